//! The theater the benchmarks run on: six auditoriums of 188 seats, five showings a day each,
//! Asia/Jakarta (no daylight saving, so every day has the same five start times).

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use chrono_tz::Asia::Jakarta;

use boxoffice::domain::SeatLabel;

/// The first day of the generated year (venue-local).
pub fn year_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid date")
}

/// Days of showings in the year-sized database.
pub const YEAR_DAYS: u32 = 365;

/// The moment every benchmark acts at: 1 October, 14:00 in Jakarta. The nine months before it are
/// history (finished, restocked showings with their tickets and refunds); the three after it sell.
pub fn bench_now() -> DateTime<Utc> {
    Jakarta.with_ymd_and_hms(2026, 10, 1, 14, 0, 0).single().expect("Jakarta has no DST gap").with_timezone(&Utc)
}

/// The week the measured operations act on: showings 8 to 14 days after [`bench_now`], which
/// sell and carry no history, in the year-sized and the empty database alike.
pub fn bench_week_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 9).expect("a valid date")
}

/// Days of the bench week.
pub const BENCH_WEEK_DAYS: u32 = 7;

/// Start times of each auditorium: 2h45 apart, room for the longest film and the cleanup.
const TIMES: [&str; 5] = ["10:00", "12:45", "15:30", "18:15", "21:00"];

/// Films with runtimes from 92 to 148 minutes, so showings end at different times.
const FILMS: [(&str, u32, &str); 10] = [
    ("Laskar Pelangi", 125, "SU"),
    ("Misi Merapi", 128, "13+"),
    ("Senja di Pelabuhan", 118, "13+"),
    ("Hantu Kampus 3", 102, "17+"),
    ("Kopi dan Hujan", 112, "13+"),
    ("Jagoan Komodo", 95, "SU"),
    ("Ombak Selatan", 148, "13+"),
    ("Rumah Nenek", 92, "SU"),
    ("Kereta Malam", 131, "17+"),
    ("Pasar Terapung", 107, "SU"),
];

/// Rows A-H are standard, J-L premium, M has wheelchair spaces and companion seats: 188 seats.
fn layout(auditorium: usize) -> String {
    let mut rows = String::new();
    for row in ["A", "B", "C", "D", "E", "F", "G", "H"] {
        rows.push_str(&format!("{row} ssss.ssssssss.ssss\n"));
    }
    for row in ["J", "K", "L"] {
        rows.push_str(&format!("{row} pppp.pppppppp.pppp\n"));
    }
    // One seat of Studio 3 is out of service all year, so the blocked state is in the data too.
    rows.push_str(if auditorium == 3 { "M ww..cc.ssxs.cc..ww\n" } else { "M ww..cc.ssss.cc..ww\n" });
    rows
}

/// The venue file: settings, six auditoriums, ten films, one price list, and a weekly schedule
/// of 30 showings a day that `import` expands over as many days as asked.
pub fn venue_toml() -> String {
    let mut text = String::from(
        "[venue]\nname = \"Bioskop Tolok Ukur\"\ntimezone = \"Asia/Jakarta\"\ncurrency = \"IDR\"\n\
         currency_decimals = 0\nhold_minutes = 10\nsales_close_minutes = 20\ncleanup_minutes = 15\n\n",
    );
    for auditorium in 1..=6 {
        text.push_str(&format!(
            "[[auditorium]]\nname = \"Studio {auditorium}\"\nrows = \"\"\"\n{}\"\"\"\n\n",
            layout(auditorium)
        ));
    }
    for (title, runtime, rating) in FILMS {
        text.push_str(&format!(
            "[[film]]\ntitle = \"{title}\"\nruntime_minutes = {runtime}\nrating = \"{rating}\"\n\n"
        ));
    }
    text.push_str(
        "[[price_list]]\nname = \"regular\"\nadult = { standard = 50000, premium = 75000 }\n\
         child = { standard = 35000, premium = 60000 }\nstudent = { standard = 40000, premium = 65000 }\n\n",
    );
    for auditorium in 1..=6 {
        for (slot, time) in TIMES.iter().enumerate() {
            let (film, _, _) = FILMS[(auditorium * 3 + slot) % FILMS.len()];
            text.push_str(&format!(
                "[[schedule]]\nfilm = \"{film}\"\nauditorium = \"Studio {auditorium}\"\nprice_list = \"regular\"\ntimes = [\"{time}\"]\n\n"
            ));
        }
    }
    text
}

/// The four-seat blocks the hold benchmarks take: rows A-H, seats 1-4, 5-8, 9-12 and 13-16,
/// each block side by side without an aisle between.
pub fn seat_blocks() -> Vec<Vec<SeatLabel>> {
    let mut blocks = Vec::new();
    for row in ["A", "B", "C", "D", "E", "F", "G", "H"] {
        for first in [1_u16, 5, 9, 13] {
            blocks.push((first..first + 4).map(|n| SeatLabel::new(row, n).expect("a valid label")).collect());
        }
    }
    blocks
}
