//! The 4-key sale (`Enter 2 Enter Enter`) on a real terminal speaking Indonesian: tmux runs the
//! binary with `BOXOFFICE_LANG=id`, the same keys as in English sell the two best seats for cash,
//! and every line the cashier reads on the way is Indonesian, with rupiah as Indonesians write it.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod tmux_support;

use std::path::Path;

use tmux_support::{BIN, Tmux};

/// Tuesday 11:00 in Jakarta: the next showing that sells is Laskar Pelangi at 11:30, Studio 2.
const NOW: &str = "2026-11-24T11:00:00+07:00";

fn cli(db: &Path, args: &[&str]) -> String {
    tmux_support::cli_ok(db, NOW, args)
}

#[test]
fn the_four_key_sale_in_indonesian_sells_two_seats_for_cash() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("loket.db");
    cli(&db, &["init", "--demo"]);
    let tmux = Tmux::new(dir.path());
    tmux.start("satu", &format!("BOXOFFICE_LANG=id '{BIN}' --db '{}' --now {NOW} --counter loket-1 tui", db.display()));

    let showings = tmux.wait_text("satu", "▶ 11:30 Laskar Pelangi");
    assert!(showings.contains("Jadwal tayang") && showings.contains("Selasa, 24 November 2026"), "{showings}");
    assert!(showings.contains("cari pesanan") && showings.contains("keluar"), "the key bar: {showings}");

    tmux.keys("satu", &["Enter"]);
    let seats = tmux.wait_text("satu", "LAYAR");
    assert!(seats.contains("90 dari 90 kosong"), "{seats}");

    tmux.keys("satu", &["2"]);
    let chosen = tmux.wait_text("satu", "2 dipilih:");
    assert!(chosen.contains("Rp90.000"), "two adult seats at Rp45.000: {chosen}");

    tmux.keys("satu", &["Enter"]);
    let checkout = tmux.wait_text("satu", "(uang pas; ketik jumlah untuk kembalian)");
    assert!(checkout.contains("· Bayar") && checkout.contains("[tunai]"), "{checkout}");
    assert!(checkout.contains("Total") && checkout.contains("Rp90.000"), "{checkout}");

    tmux.keys("satu", &["Enter"]);
    let sold = tmux.wait_text("satu", "Kode pesanan");
    assert!(sold.contains("Total Rp90.000 · dibayar dengan tunai"), "{sold}");
    assert!(sold.contains("Enter pelanggan berikutnya"), "{sold}");
    for english in ["Booking", "Sold", "Receipt", "cash", "Total IDR", "next customer"] {
        assert!(!sold.contains(english), "{english:?} on an Indonesian screen:\n{sold}");
    }

    let seats: serde_json::Value =
        serde_json::from_str(&cli(&db, &["--json", "seats", &showing_at_1130(&db)])).expect("JSON");
    let occupied = seats["seats"].as_array().expect("seats").iter().filter(|s| s["status"] == "occupied").count();
    assert_eq!(occupied, 2, "the two seats were sold");
}

fn showing_at_1130(db: &Path) -> String {
    tmux_support::showing_at_1130(db, NOW)
}
