//! The command line in Bahasa Indonesia: the language is chosen by --lang, BOXOFFICE_LANG, the
//! venue's `language`, the locale, then English; the human lines, money and errors follow it, and
//! the JSON answers and exit codes never do.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use common::{Boxoffice, JAKARTA, Run, SHOW_STARTS};
use serde_json::Value;

/// Runs `args` with these environment variables set (the harness clears the language ones).
fn run_with(bo: &Boxoffice, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut command = bo.command();
    for (name, value) in env {
        command.env(name, value);
    }
    Run::from(command.args(args).output().expect("run boxoffice"))
}

fn indonesian(bo: &Boxoffice, args: &[&str]) -> Run {
    run_with(bo, &[("BOXOFFICE_LANG", "id")], args)
}

fn first_showing() -> (Boxoffice, String) {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS).to_string();
    (bo, show)
}

#[test]
fn a_sale_reads_in_indonesian_with_rupiah_as_indonesians_write_it() {
    let (bo, show) = first_showing();
    let held = indonesian(&bo, &["hold", &show, "A1", "A2"]);
    assert_eq!(held.code, 0, "{held:#?}");
    assert!(held.stdout.contains("Kursi A1, A2 ditahan untuk jadwal tayang"), "{}", held.stdout);
    let code = held.stdout.lines().next().expect("the code first").to_owned();
    let sold = indonesian(&bo, &["sell", &code, "--payment", "cash", "--types", "adult,child"]);
    assert_eq!(sold.code, 0, "{sold:#?}");
    assert!(sold.stdout.contains(&format!("Pesanan {code} dibayar tunai: Rp85.000")), "{}", sold.stdout);
    assert!(sold.stdout.contains("Rp50.000") && sold.stdout.contains("Rp35.000"), "{}", sold.stdout);
    assert!(!sold.stdout.contains("IDR"), "{}", sold.stdout);
}

#[test]
fn a_refund_counts_its_seats_in_either_language() {
    let (bo, show) = first_showing();
    let code = bo.buy(show.parse().unwrap(), &["B1", "B2", "B3"]);
    let one = bo.ok(&["refund", &code, "--seats", "B1", "--reason", "salah jadwal"]);
    assert!(one.starts_with("Refunded seat B1 of"), "{one}");
    let two = indonesian(&bo, &["refund", &code, "--reason", "film batal"]);
    assert_eq!(two.code, 0, "{two:#?}");
    assert!(two.stdout.starts_with("Dana 2 kursi (B2, B3) pesanan"), "{}", two.stdout);
    assert!(two.stdout.contains("tidak ada kursi tersisa") && two.stdout.contains("Rp100.000"), "{}", two.stdout);

    let code = bo.buy(show.parse().unwrap(), &["C1", "C2"]);
    let both = bo.ok(&["refund", &code, "--reason", "double booking"]);
    assert!(both.starts_with("Refunded 2 seats C1, C2 of"), "{both}");
}

#[test]
fn an_error_is_one_indonesian_line_with_the_same_exit_code() {
    let (bo, _) = first_showing();
    let english = bo.run(&["booking", "ZZZZZZ"]);
    let line = indonesian(&bo, &["booking", "ZZZZZZ"]);
    assert_eq!(line.refused(4), "boxoffice: tidak ada pesanan ZZZZZZ");
    assert_eq!(english.refused(4), "boxoffice: there is no booking ZZZZZZ");
    bo.hold(bo.showing_starting(SHOW_STARTS), &["A5"]);
    let refused = indonesian(&bo, &["hold", &bo.showing_starting(SHOW_STARTS).to_string(), "A5"]);
    assert!(refused.refused(3).contains("kursi A5 baru saja diambil"), "{refused:#?}");
}

#[test]
fn json_answers_are_the_same_whatever_the_language() {
    let (bo, show) = first_showing();
    let json = |run: Run| -> Value {
        assert_eq!(run.code, 0, "{run:#?}");
        serde_json::from_str(run.stdout.trim_end()).expect("one JSON document")
    };
    for args in [vec!["--json", "showings", "--all"], vec!["--json", "seats", &show], vec!["--json", "report"]] {
        let english = json(bo.run(&args));
        let other = json(indonesian(&bo, &args));
        assert_eq!(english, other, "{args:?}");
    }
    let code = bo.hold(show.parse().unwrap(), &["D1"]);
    let sold = json(indonesian(&bo, &["--json", "sell", &code, "--payment", "qris"]));
    assert_eq!(sold["payment"], "qris", "stored words stay machine words");
    assert_eq!(sold["currency"], "IDR");
    assert_eq!(sold["total"], 50_000, "money stays an integer in the minor unit");
    let error = indonesian(&bo, &["--json", "booking", "ZZZZZZ"]);
    let error: Value = serde_json::from_str(error.refused(4)).expect("a JSON error");
    assert_eq!(error["error"], "not_found", "the kind is a machine word in any language");
}

/// The venue file of [`JAKARTA`] saying which language the counters speak.
fn venue_speaking(lang: &str) -> Boxoffice {
    Boxoffice::with_venue(
        &JAKARTA.replace("cleanup_minutes = 15", &format!("cleanup_minutes = 15\nlanguage = \"{lang}\"")),
    )
}

fn speaks_indonesian(run: &Run) -> bool {
    assert_eq!(run.code, 0, "{run:#?}");
    run.stdout.contains("jadwal tayang")
}

#[test]
fn the_flag_beats_the_environment() {
    let bo = Boxoffice::jakarta();
    assert!(!speaks_indonesian(&run_with(&bo, &[("BOXOFFICE_LANG", "id")], &["--lang", "en", "showings", "--all"])));
    assert!(speaks_indonesian(&run_with(&bo, &[("BOXOFFICE_LANG", "en")], &["--lang", "id", "showings", "--all"])));
}

#[test]
fn the_environment_beats_the_venue() {
    let bo = venue_speaking("id");
    assert!(!speaks_indonesian(&run_with(&bo, &[("BOXOFFICE_LANG", "en")], &["showings", "--all"])));
}

#[test]
fn the_venue_beats_the_locale() {
    let bo = venue_speaking("id");
    assert!(speaks_indonesian(&run_with(&bo, &[("LANG", "en_US.UTF-8")], &["showings", "--all"])));
    let bo = venue_speaking("en");
    assert!(!speaks_indonesian(&run_with(&bo, &[("LANG", "id_ID.UTF-8")], &["showings", "--all"])));
}

#[test]
fn the_locale_beats_english_and_english_is_the_last_word() {
    let bo = Boxoffice::jakarta();
    assert!(speaks_indonesian(&run_with(&bo, &[("LANG", "id_ID.UTF-8")], &["showings", "--all"])));
    assert!(speaks_indonesian(&run_with(&bo, &[("LC_ALL", "id_ID.UTF-8"), ("LANG", "en_US")], &["showings", "--all"])));
    assert!(!speaks_indonesian(&run_with(&bo, &[("LANG", "fr_FR.UTF-8")], &["showings", "--all"])));
    assert!(!speaks_indonesian(&bo.run(&["showings", "--all"])));
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let bo = Boxoffice::jakarta();
    let line = bo.run(&["--lang", "fr", "showings"]).refused(2).to_owned();
    assert!(line.contains("fr"), "{line}");
}

#[test]
fn tickets_and_the_receipt_print_in_indonesian() {
    let (bo, show) = first_showing();
    let code = bo.hold(show.parse().unwrap(), &["A3"]);
    let path = bo.dir().join("printer.bin");
    let printer = format!("file:{}", path.display());
    let sold = indonesian(&bo, &["--printer", &printer, "sell", &code, "--payment", "card"]);
    assert_eq!(sold.code, 0, "{sold:#?}");
    let paper = String::from_utf8_lossy(&std::fs::read(&path).expect("the printer file")).into_owned();
    for words in [
        "BARIS A  KURSI 3",
        "Pesanan",
        "Rp50.000",
        "Bayar",
        "kartu",
        "Terima kasih, selamat menonton!",
        "Selasa, 24 Nov 2026 19:00",
    ] {
        assert!(paper.contains(words), "{words:?} not on the paper:\n{paper}");
    }
    for english in ["ROW", "SEAT", "Paid by", "Thank you", "IDR"] {
        assert!(!paper.contains(english), "{english:?} on an Indonesian ticket:\n{paper}");
    }
}

#[test]
fn verify_reports_in_indonesian_and_its_json_keeps_the_english_rule() {
    let (bo, _) = first_showing();
    let seal = format!("1:{}", "f".repeat(64));
    let human = indonesian(&bo, &["verify", "--seal", &seal]);
    assert_eq!(human.code, 1, "{human:#?}");
    assert!(
        human.stdout.starts_with("1 aturan dilanggar:\n- log masih menyimpan peristiwa bersegel 1"),
        "{}",
        human.stdout
    );
    assert_eq!(human.stderr.trim_end(), "boxoffice: verify menemukan 1 aturan yang dilanggar");
    let json = |run: Run| -> Value { serde_json::from_str(run.stdout.trim_end()).expect("one JSON document") };
    let english = json(bo.run(&["--json", "verify", "--seal", &seal]));
    assert_eq!(english["breaches"][0]["rule"], "the log still holds the sealed event 1");
    assert_eq!(json(indonesian(&bo, &["--json", "verify", "--seal", &seal])), english);
    let ok = indonesian(&bo, &["verify"]);
    assert_eq!(ok.stdout.trim_end(), "ok: basis data utuh dan semua aturan siklus kursi terpenuhi");
}
