//! Tickets on paper and at the door, through the real binary: a sale prints one ticket per seat
//! to a fake printer (a `file:` target or a TCP listener on 127.0.0.1); the bytes are decoded
//! as a printer would, and the QR payload is fed to `boxoffice admit`.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;
mod escpos;

use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::path::Path;
use std::time::Duration;

use common::workers::{Gate, Reaper, finish, gate_launcher};
use common::{BIN, Boxoffice, SHOW_STARTS, minutes_after};
use escpos::{Paper, decode};
use serde_json::json;

/// When the door lets the first showing in: ten minutes before it starts.
fn at_the_door() -> String {
    minutes_after(SHOW_STARTS, -10)
}

fn printed(path: &Path) -> Vec<Paper> {
    decode(&std::fs::read(path).expect("the printer file")).expect("a stream a printer reads")
}

/// Buys `seats` of the first showing with the tickets printed to a fresh `file:` printer.
fn buy_printed(bo: &Boxoffice, seats: &[&str], file: &str) -> (String, Vec<Paper>) {
    let show = bo.showing_starting(SHOW_STARTS);
    let code = bo.hold(show, seats);
    let path = bo.dir().join(file);
    let printer = format!("file:{}", path.display());
    let run = bo.run(&["--printer", &printer, "sell", &code, "--payment", "cash"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stderr.is_empty(), "a printed sale has nothing to warn about: {run:#?}");
    (code, printed(&path))
}

/// `boxoffice` at `now`, at the counter (or door) `counter`.
fn at(bo: &Boxoffice, now: &str, counter: &str, args: &[&str]) -> common::Run {
    let output = std::process::Command::new(BIN)
        .env_remove("BOXOFFICE_PRINTER")
        .arg("--db")
        .arg(bo.db())
        .args(["--now", now, "--counter", counter])
        .args(args)
        .output()
        .expect("run boxoffice");
    common::Run {
        code: output.status.code().expect("an exit code"),
        stdout: String::from_utf8(output.stdout).expect("utf-8"),
        stderr: String::from_utf8(output.stderr).expect("utf-8"),
    }
}

fn admit(bo: &Boxoffice, payload: &str) -> common::Run {
    at(bo, &at_the_door(), "door-east", &["admit", payload])
}

#[test]
fn a_sale_prints_a_ticket_per_seat_and_a_receipt_and_each_ticket_admits_once() {
    let bo = Boxoffice::jakarta();
    let (code, papers) = buy_printed(&bo, &["C3", "C4"], "t.bin");
    assert_eq!(papers.len(), 3, "two tickets and a receipt: {papers:#?}");
    assert!(papers.iter().all(|p| p.cut), "every document is cut off");
    let (tickets, receipt) = (&papers[..2], &papers[2]);
    for (ticket, seat) in tickets.iter().zip(["SEAT 3", "SEAT 4"]) {
        let text = ticket.text();
        for expected in [
            "Bioskop Uji",
            "Laskar Pelangi",
            "(SU)",
            "Studio 1",
            "Tue 24 Nov 2026 19:00",
            "ROW C",
            seat,
            &code,
            "IDR 75,000",
        ] {
            assert!(text.contains(expected), "{expected:?} missing on the ticket:\n{text}");
        }
        assert!(!text.contains("REPRINT"), "a first print is no reprint:\n{text}");
        assert_eq!(ticket.qr_codes.len(), 1, "one QR code per ticket");
        assert!(ticket.qr_codes[0].len() <= 32, "a short payload: {}", ticket.qr_codes[0]);
    }
    assert!(receipt.text().contains("IDR 150,000") && receipt.text().contains(&code), "{}", receipt.text());
    assert!(receipt.qr_codes.is_empty(), "the receipt admits nobody");

    let payload = &tickets[0].qr_codes[0];
    let first = admit(&bo, payload);
    assert_eq!(first.code, 0, "{first:#?}");
    assert!(
        first.stdout.contains("Laskar Pelangi") && first.stdout.contains("Studio 1") && first.stdout.contains("C3")
    );
    let again = admit(&bo, payload);
    assert_eq!(again.code, 3, "{again:#?}");
    common::assert_one_clean_line(&again.stderr);
    assert!(
        again.stderr.contains("already admitted")
            && again.stderr.contains("18:50")
            && again.stderr.contains("door-east"),
        "{again:#?}"
    );
    assert_eq!(admit(&bo, &tickets[1].qr_codes[0]).code, 0, "the other seat is its own ticket");

    let report = bo.json(&["report", "--date", "2026-11-24", "--format", "json"]);
    let show = &report["showings"][0];
    assert_eq!((show["admitted"].as_i64(), show["sold"].as_i64()), (Some(2), Some(2)), "{report:#}");
    let kinds: Vec<String> = bo.events().iter().map(|e| common::text(&e["kind"])).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "admitted").count(), 2, "{kinds:?}");
    assert_eq!(kinds.iter().filter(|k| *k == "printed").count(), 1, "{kinds:?}");
    bo.assert_verified();
}

#[test]
fn a_ticket_altered_by_one_character_or_typed_up_is_refused_as_bad_input() {
    let bo = Boxoffice::jakarta();
    let (code, papers) = buy_printed(&bo, &["A1", "A2"], "t.bin");
    let payload = papers[0].qr_codes[0].clone();
    // The seat moved one place along, and the last signature character changed.
    let other_seat = payload.replace(":A1:", ":A2:");
    let last = payload.chars().last().unwrap();
    let resigned = format!("{}{}", &payload[..payload.len() - 1], if last == 'A' { 'B' } else { 'A' });
    for forged in [other_seat, resigned] {
        let run = admit(&bo, &forged);
        assert_eq!(run.code, 2, "{forged}: {run:#?}");
        assert!(run.stderr.contains("signature"), "{run:#?}");
    }
    let typed_up = format!("BO1:{code}:A1:AAAAAAAAAAAAAAAA");
    assert_eq!(admit(&bo, &typed_up).code, 2);
    let run = admit(&bo, "https://example.com/not-a-ticket");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a boxoffice ticket"), "{run:#?}");
    assert_eq!(admit(&bo, &payload).code, 0, "the real ticket still admits after the forgeries");
}

#[test]
fn a_refunded_seat_is_refused_at_the_door_and_the_refund_prints_a_slip() {
    let bo = Boxoffice::jakarta();
    let (code, papers) = buy_printed(&bo, &["B1", "B2"], "t.bin");
    let slip_path = bo.dir().join("slip.bin");
    let printer = format!("file:{}", slip_path.display());
    bo.ok(&["--printer", &printer, "refund", &code, "--seats", "B1", "--reason", "customer felt unwell"]);
    let slips = printed(&slip_path);
    assert_eq!(slips.len(), 1, "{slips:#?}");
    let slip = slips[0].text();
    for expected in ["REFUND", &code, "B1", "IDR 50,000", "customer felt unwell"] {
        assert!(slip.contains(expected), "{expected:?} missing on the slip:\n{slip}");
    }
    let run = admit(&bo, &papers[0].qr_codes[0]);
    assert_eq!(run.code, 3, "{run:#?}");
    assert!(run.stderr.contains("refunded"), "{run:#?}");
    assert_eq!(admit(&bo, &papers[1].qr_codes[0]).code, 0, "B2 is still a good ticket");
}

#[test]
fn the_door_window_and_the_doors_showing_are_kept() {
    let bo = Boxoffice::jakarta();
    let (_, papers) = buy_printed(&bo, &["A3"], "t.bin");
    let payload = &papers[0].qr_codes[0];
    let door = |now: &str, extra: &[&str]| at(&bo, now, "door-1", &[&["admit", payload.as_str()], extra].concat());
    let early = door(&minutes_after(SHOW_STARTS, -31), &[]);
    assert_eq!(early.code, 3, "{early:#?}");
    assert!(early.stderr.contains("too early: the door for Laskar Pelangi opens at 18:30"), "{early:#?}");
    let late = door(&minutes_after(SHOW_STARTS, 31), &[]);
    assert_eq!(late.code, 3, "{late:#?}");
    assert!(late.stderr.contains("too late: the door for Laskar Pelangi closed at 19:30"), "{late:#?}");
    let tomorrow = bo.showing_starting("2026-11-25T19:00:00+07:00").to_string();
    let other = door(SHOW_STARTS, &["--showing", &tomorrow]);
    assert_eq!(other.code, 3, "{other:#?}");
    assert!(other.stderr.contains("wrong showing: this ticket is for Laskar Pelangi, Studio 1, Tue 24 Nov 19:00"));
    let last_minute = door(&minutes_after(SHOW_STARTS, 30), &[]);
    assert_eq!(last_minute.code, 0, "the last minute of the window admits: {last_minute:#?}");
}

#[test]
fn a_reprint_over_tcp_says_reprint_with_its_count_and_is_an_event() {
    let bo = Boxoffice::jakarta();
    let (code, _) = buy_printed(&bo, &["A5", "A6"], "t.bin");
    let listener = TcpListener::bind("127.0.0.1:0").expect("a fake network printer");
    let port = listener.local_addr().unwrap().port();
    let printer = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("the counter connects");
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).expect("the print job");
        bytes
    });
    let target = format!("tcp://127.0.0.1:{port}");
    let out = bo.json(&["--printer", &target, "print", &code, "--seats", "A6"]);
    assert_eq!(out["printed"], json!(["A6"]));
    let papers = decode(&printer.join().unwrap()).expect("decodable");
    assert_eq!(papers.len(), 1, "only the ticket asked for, no receipt: {papers:#?}");
    assert!(papers[0].text().contains("REPRINT 1"), "{}", papers[0].text());
    assert_eq!(admit(&bo, &papers[0].qr_codes[0]).code, 0, "a reprinted ticket admits like the first");
    let last = bo.events().last().cloned().unwrap();
    assert_eq!(last["kind"], "admitted");
    let printed: Vec<_> = bo.events().into_iter().filter(|e| e["kind"] == "printed").collect();
    assert_eq!(printed.len(), 2);
    assert_eq!(printed[1]["data"]["reprint"], true, "{:#}", printed[1]);
    assert_eq!(printed[1]["data"]["documents"], json!([{ "document": "ticket", "seat": "A6", "copy": 2 }]));
}

#[test]
fn a_printer_that_is_off_or_out_of_paper_never_undoes_the_sale() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    let code = bo.hold(show, &["D1"]);
    // Nothing listens on a port just freed.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let run = bo.run(&["--printer", &format!("tcp://127.0.0.1:{port}"), "sell", &code, "--payment", "cash"]);
    assert_eq!(run.code, 0, "the sale stands: {run:#?}");
    assert!(
        run.stderr.contains("did not print") && run.stderr.contains(&format!("boxoffice print {code}")),
        "{run:#?}"
    );
    assert_eq!(bo.booking(&code)["status"], "paid");

    // A printer that answers the paper-sensor request with "paper end".
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let fake = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0_u8; 3];
        stream.read_exact(&mut request).unwrap();
        assert_eq!(request, [0x10, 0x04, 0x04], "DLE EOT 4 asks for the paper sensor");
        stream.write_all(&[0x72]).unwrap();
        std::thread::sleep(Duration::from_millis(200));
    });
    let run = bo.run(&["--printer", &format!("tcp://127.0.0.1:{port}"), "print", &code]);
    fake.join().unwrap();
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(run.stderr.contains("out of paper"), "{run:#?}");
    common::assert_one_clean_line(&run.stderr);
}

#[test]
fn two_doors_scanning_one_ticket_at_once_admit_it_exactly_once() {
    const DOORS: usize = 4;
    let bo = Boxoffice::jakarta();
    let (_, papers) = buy_printed(&bo, &["A7", "A8", "B7", "B8"], "t.bin");
    for (round, paper) in papers.iter().filter(|p| !p.qr_codes.is_empty()).enumerate() {
        let gate = Gate::new(&bo.dir().join(format!("gate-{round}")));
        let mut children = Reaper(Vec::new());
        for door in 0..DOORS {
            let now = at_the_door();
            let args =
                json!(["--db", bo.db(), "--now", now, "--counter", format!("door-{door}"), "admit", paper.qr_codes[0]]);
            let child = gate_launcher("admit_launcher", &gate, door, &args).spawn().expect("start a door");
            children.0.push(child);
        }
        gate.open_when_ready(DOORS, &mut children.0);
        let finished = finish(&mut children, Duration::from_mins(1));
        let admitted = finished.iter().filter(|f| f.code == Some(0)).count();
        assert_eq!(admitted, 1, "exactly one door admits: {finished:#?}");
        for refused in finished.iter().filter(|f| f.code != Some(0)) {
            assert_eq!(refused.code, Some(3), "{refused:#?}");
            assert!(refused.stderr.contains("already admitted"), "{refused:#?}");
        }
    }
    let admissions = bo.events().iter().filter(|e| e["kind"] == "admitted").count();
    assert_eq!(admissions, 4, "one admission per ticket on record");
    bo.assert_verified();
}

/// Started by the door race: waits at the gate, then becomes `boxoffice ARGS`.
#[test]
#[ignore = "a worker process, started by the door race"]
fn admit_launcher() {
    common::workers::launch_boxoffice_at_the_gate();
}

#[test]
fn a_ticket_of_another_database_does_not_admit() {
    let (here, there) = (Boxoffice::jakarta(), Boxoffice::jakarta());
    let (_, papers) = buy_printed(&there, &["A1"], "t.bin");
    // Same venue, same seat, maybe even the same code one day: only this database's secret signs.
    let run = admit(&here, &papers[0].qr_codes[0]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert!(run.stderr.contains("signature"), "{run:#?}");
}

#[test]
fn a_database_from_before_tickets_gains_a_secret_and_the_door_window_on_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/001_initial.sql")).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1; PRAGMA application_id = 1112496207;
             INSERT INTO venue VALUES (1, 'Lama', 'Asia/Jakarta', 'IDR', 0, 10, 20, 15);",
        )
        .unwrap();
    }
    let run = std::process::Command::new(BIN).arg("--db").arg(&path).args(["--json", "verify"]).output().unwrap();
    assert!(run.status.success(), "{run:#?}");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (secret, window): (Vec<u8>, (i64, i64)) = (
        conn.query_row("SELECT secret FROM ticket_secret", [], |row| row.get(0)).unwrap(),
        conn.query_row("SELECT door_opens_minutes, door_closes_minutes FROM venue", [], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .unwrap(),
    );
    assert_eq!(secret.len(), 32);
    assert_ne!(secret, [0; 32]);
    assert_eq!(window, (30, 30));
}

#[test]
fn verify_finds_an_admission_slipped_in_without_a_ticket_or_an_event() {
    let bo = Boxoffice::jakarta();
    let (code, _) = buy_printed(&bo, &["A4"], "t.bin");
    let held = bo.hold(bo.showing_starting(SHOW_STARTS), &["B4"]);
    let conn = rusqlite::Connection::open(bo.db()).unwrap();
    conn.execute(
        "INSERT INTO admission (booking_id, seat_id, showing_id, at, door) \
         SELECT bs.booking_id, bs.seat_id, bs.showing_id, 0, 'side door' FROM booking_seat bs \
         JOIN booking b ON b.id = bs.booking_id WHERE b.code = ?1",
        [&held],
    )
    .unwrap();
    let run = bo.run(&["verify"]);
    assert_eq!(run.code, 1, "{run:#?}");
    let said = format!("{}{}", run.stdout, run.stderr);
    assert!(said.contains(&format!("booking {held} seat B4 was admitted to showing")), "{said}");
    assert!(said.contains("1 admissions and 0 admitted events"), "{said}");
    assert!(!said.contains(&code), "the real ticket is not blamed: {said}");
}
