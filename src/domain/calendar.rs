//! Dates for people, in the counter's language: day and month names and their order. English
//! keeps the box office's established `Mon 30 Nov`; Indonesian writes `Senin, 30 Nov`.

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, Weekday};

use super::lang::Lang;

const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_ID: [&str; 7] = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
/// Indonesian abbreviates August as `Agu`, not the first three letters of its English name.
const MONTHS_SHORT_ID: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/// The weekday's full name: `Monday`, `Senin`.
#[must_use]
pub fn weekday_name(lang: Lang, day: Weekday) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    match lang {
        Lang::En => WEEKDAYS_EN[index],
        Lang::Id => WEEKDAYS_ID[index],
    }
}

/// The month's full name (1 = January): `November`, `Desember`.
#[must_use]
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let index = month.clamp(1, 12) as usize - 1;
    match lang {
        Lang::En => MONTHS_EN[index],
        Lang::Id => MONTHS_ID[index],
    }
}

/// The month's short name: `Nov`, `Des`, `Agu`.
#[must_use]
pub fn month_short(lang: Lang, month: u32) -> &'static str {
    let index = month.clamp(1, 12) as usize - 1;
    match lang {
        Lang::En => &MONTHS_EN[index][..3],
        Lang::Id => MONTHS_SHORT_ID[index],
    }
}

/// A day on a line: `Mon 30 Nov` / `Senin, 30 Nov`.
#[must_use]
pub fn day(lang: Lang, date: NaiveDate) -> String {
    let month = month_short(lang, date.month());
    match lang {
        Lang::En => format!("{} {:02} {month}", &weekday_name(lang, date.weekday())[..3], date.day()),
        Lang::Id => format!("{}, {} {month}", weekday_name(lang, date.weekday()), date.day()),
    }
}

/// A day with its year: `Mon 30 Nov 2026` / `Senin, 30 Nov 2026`.
#[must_use]
pub fn day_year(lang: Lang, date: NaiveDate) -> String {
    format!("{} {}", day(lang, date), date.year())
}

/// A day written out in full, for a heading: `Monday 30 November 2026` / `Senin, 30 November 2026`.
#[must_use]
pub fn long_day(lang: Lang, date: NaiveDate) -> String {
    let weekday = weekday_name(lang, date.weekday());
    let month = month_name(lang, date.month());
    match lang {
        Lang::En => format!("{weekday} {:02} {month} {}", date.day(), date.year()),
        Lang::Id => format!("{weekday}, {} {month} {}", date.day(), date.year()),
    }
}

/// A day and a time of day: `Mon 30 Nov 19:00` / `Senin, 30 Nov 19:00`.
#[must_use]
pub fn day_time(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {}", day(lang, at.date()), at.format("%H:%M"))
}

/// A day with its year and a time: `Mon 30 Nov 2026 19:00` / `Senin, 30 Nov 2026 19:00`.
#[must_use]
pub fn day_year_time(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {}", day_year(lang, at.date()), at.format("%H:%M"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn english_keeps_the_established_short_form() {
        assert_eq!(day(Lang::En, date(2026, 11, 30)), "Mon 30 Nov");
        assert_eq!(day(Lang::En, date(2026, 12, 3)), "Thu 03 Dec");
        assert_eq!(long_day(Lang::En, date(2026, 11, 30)), "Monday 30 November 2026");
        let at = date(2026, 11, 30).and_hms_opt(19, 5, 0).expect("a real time");
        assert_eq!(day_time(Lang::En, at), "Mon 30 Nov 19:05");
        assert_eq!(day_year_time(Lang::En, at), "Mon 30 Nov 2026 19:05");
    }

    #[test]
    fn indonesian_names_the_day_first_then_day_month_year() {
        assert_eq!(day(Lang::Id, date(2026, 11, 30)), "Senin, 30 Nov");
        assert_eq!(day(Lang::Id, date(2026, 12, 3)), "Kamis, 3 Des");
        assert_eq!(day(Lang::Id, date(2026, 8, 17)), "Senin, 17 Agu");
        assert_eq!(long_day(Lang::Id, date(2026, 12, 6)), "Minggu, 6 Desember 2026");
        assert_eq!(day_year(Lang::Id, date(2027, 1, 1)), "Jumat, 1 Jan 2027");
    }

    #[test]
    fn every_day_and_month_has_its_indonesian_name() {
        let names: Vec<&str> =
            (0..7_u8).map(|n| weekday_name(Lang::Id, Weekday::try_from(n).expect("0..7 is a weekday"))).collect();
        assert_eq!(names, ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]);
        assert_eq!(month_name(Lang::Id, 1), "Januari");
        assert_eq!(month_name(Lang::Id, 12), "Desember");
        assert_eq!(month_short(Lang::Id, 5), "Mei");
        assert_eq!(month_short(Lang::En, 5), "May");
    }
}
