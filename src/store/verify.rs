//! Integrity and lifecycle checks over the whole database. Each check is a query that lists
//! breaches in words; an empty list means the rule holds.

mod against_log;
mod portable;
mod replay;

use super::Tx;
use super::sql::{Dialect, Params};
use anyhow::Context as _;

/// A rule and the query that lists what breaks it (one text column per breach).
struct Check {
    rule: &'static str,
    breaches: &'static str,
}

/// At most this many breaches of one rule are listed: enough to find the cause.
const LIMIT: usize = 20;

const CHECKS: &[Check] = &[
    Check {
        rule: "a reserved seat belongs to a held booking that claims it, with the same expiry",
        breaches: "SELECT 'showing ' || i.showing_id || ' seat ' || st.label || ' is reserved by booking ' || COALESCE(b.code, CAST(i.booking_id AS TEXT)) \
            || ' (' || COALESCE(b.status, 'missing') || ', claim ' || COALESCE(bs.state, 'missing') || ')' \
            FROM inventory i JOIN seat st ON st.id = i.seat_id LEFT JOIN booking b ON b.id = i.booking_id \
            LEFT JOIN booking_seat bs ON bs.booking_id = i.booking_id AND bs.seat_id = i.seat_id \
            WHERE i.status = 'reserved' AND (b.status IS DISTINCT FROM 'held' OR bs.state IS DISTINCT FROM 'held' OR b.hold_expires_at != i.hold_expires_at)",
    },
    Check {
        rule: "an occupied seat has exactly one paid, unrefunded ticket",
        breaches: "SELECT 'showing ' || i.showing_id || ' seat ' || st.label || ' is occupied by booking ' || COALESCE(b.code, CAST(i.booking_id AS TEXT)) \
            || ' (' || COALESCE(b.status, 'missing') || ', ticket ' || COALESCE(bs.state, 'missing') || ')' \
            FROM inventory i JOIN seat st ON st.id = i.seat_id LEFT JOIN booking b ON b.id = i.booking_id \
            LEFT JOIN booking_seat bs ON bs.booking_id = i.booking_id AND bs.seat_id = i.seat_id \
            WHERE i.status = 'occupied' AND (b.status IS DISTINCT FROM 'paid' OR bs.state IS DISTINCT FROM 'sold')",
    },
    Check {
        rule: "every live hold or ticket of an open showing is on the seat map",
        breaches: "SELECT 'booking ' || b.code || ' claims seat ' || st.label || ' of showing ' || bs.showing_id || ' as ' || bs.state \
            || ' but the seat is ' || COALESCE(i.status, 'missing') \
            FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id JOIN seat st ON st.id = bs.seat_id \
            JOIN showing sh ON sh.id = bs.showing_id \
            LEFT JOIN inventory i ON i.showing_id = bs.showing_id AND i.seat_id = bs.seat_id \
            WHERE sh.status = 'open' AND bs.state IN ('held', 'sold') \
            AND (i.booking_id IS DISTINCT FROM bs.booking_id OR i.status IS DISTINCT FROM CASE bs.state WHEN 'held' THEN 'reserved' ELSE 'occupied' END)",
    },
    Check {
        rule: "a finished showing is restocked: nothing reserved or occupied",
        breaches: "SELECT 'showing ' || sh.id || ' is finished but seat ' || st.label || ' is still ' || i.status \
            FROM showing sh JOIN inventory i ON i.showing_id = sh.id JOIN seat st ON st.id = i.seat_id \
            WHERE sh.status = 'finished' AND i.status IN ('reserved', 'occupied')",
    },
    Check {
        rule: "an out-of-service seat is blocked in every showing",
        breaches: "SELECT 'showing ' || i.showing_id || ' seat ' || st.label || ' is out of service but ' || i.status \
            FROM inventory i JOIN seat st ON st.id = i.seat_id WHERE st.kind = 'out_of_service' AND i.status != 'blocked'",
    },
    Check {
        rule: "every seat of every showing has exactly one inventory row",
        breaches: "SELECT 'showing ' || sh.id || ' has ' || (SELECT count(*) FROM inventory i WHERE i.showing_id = sh.id) \
            || ' inventory rows for ' || (SELECT count(*) FROM seat st WHERE st.auditorium_id = sh.auditorium_id) || ' seats' \
            FROM showing sh WHERE (SELECT count(*) FROM inventory i WHERE i.showing_id = sh.id) \
            != (SELECT count(*) FROM seat st WHERE st.auditorium_id = sh.auditorium_id)",
    },
    Check {
        rule: "a booking's claims match its state",
        breaches: "SELECT 'booking ' || b.code || ' is ' || b.status || ' but has a ' || bs.state || ' seat' \
            FROM booking b JOIN booking_seat bs ON bs.booking_id = b.id \
            WHERE (b.status = 'held' AND bs.state != 'held') \
               OR (b.status IN ('cancelled', 'expired') AND bs.state != 'released') \
               OR (b.status IN ('paid', 'refunded') AND bs.state NOT IN ('sold', 'refunded')) \
               OR (b.status = 'refunded' AND bs.state = 'sold') \
            UNION ALL SELECT 'booking ' || b.code || ' has no seats' FROM booking b \
            WHERE NOT EXISTS (SELECT 1 FROM booking_seat bs WHERE bs.booking_id = b.id) \
            UNION ALL SELECT 'booking ' || b.code || ' is paid but every seat is refunded' FROM booking b \
            WHERE b.status = 'paid' AND NOT EXISTS (SELECT 1 FROM booking_seat bs WHERE bs.booking_id = b.id AND bs.state = 'sold')",
    },
    Check {
        rule: "a paid booking's total is the sum of its ticket prices",
        breaches: "SELECT 'booking ' || b.code || ' total ' || b.total || ' but tickets sum to ' || COALESCE(sum(bs.price), 0) \
            FROM booking b LEFT JOIN booking_seat bs ON bs.booking_id = b.id AND bs.state IN ('sold', 'refunded') \
            WHERE b.status IN ('paid', 'refunded') GROUP BY b.id HAVING b.total != COALESCE(sum(bs.price), 0)",
    },
    Check {
        rule: "a refund covers at least one seat and returns no more than those seats cost",
        breaches: "SELECT 'refund ' || r.id || ' of booking ' || b.code || ' returns ' || r.amount || ' for seats costing ' || COALESCE(sum(bs.price), 0) \
            FROM refund r JOIN booking b ON b.id = r.booking_id LEFT JOIN booking_seat bs ON bs.refund_id = r.id \
            GROUP BY r.id, b.code HAVING count(bs.seat_id) = 0 OR r.amount > COALESCE(sum(bs.price), 0)",
    },
    Check {
        rule: "the events record every booking, sale, cancellation, expiry, refund and restock",
        breaches: "SELECT 'booking ' || b.code || ' has no ' || k.kind || ' event' FROM booking b \
            JOIN (SELECT 'held' AS kind, NULL AS status UNION ALL SELECT 'sold', 'paid' UNION ALL SELECT 'sold', 'refunded' \
                  UNION ALL SELECT 'cancelled', 'cancelled' UNION ALL SELECT 'expired', 'expired') k \
              ON k.status IS NULL OR k.status = b.status \
            WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.booking_id = b.id AND e.kind = k.kind) \
            UNION ALL SELECT 'booking ' || b.code || ' has ' || count(DISTINCT r.id) || ' refunds but ' \
              || (SELECT count(*) FROM event e WHERE e.booking_id = b.id AND e.kind = 'refunded') || ' refund events' \
            FROM booking b JOIN refund r ON r.booking_id = b.id GROUP BY b.id \
            HAVING count(DISTINCT r.id) != (SELECT count(*) FROM event e WHERE e.booking_id = b.id AND e.kind = 'refunded') \
            UNION ALL SELECT 'showing ' || sh.id || ' is finished without a restocked event' FROM showing sh \
            WHERE sh.status = 'finished' AND NOT EXISTS (SELECT 1 FROM event e WHERE e.showing_id = sh.id AND e.kind = 'restocked')",
    },
    Check {
        rule: "a cancelled showing has no live hold or ticket",
        breaches: "SELECT 'showing ' || sh.id || ' is cancelled but booking ' || b.code || ' still has a ' || bs.state || ' seat' \
            FROM showing sh JOIN booking_seat bs ON bs.showing_id = sh.id JOIN booking b ON b.id = bs.booking_id \
            WHERE sh.status = 'cancelled' AND bs.state IN ('held', 'sold') \
            UNION ALL SELECT 'showing ' || sh.id || ' is cancelled without a showing_cancelled event' FROM showing sh \
            WHERE sh.status = 'cancelled' AND NOT EXISTS (SELECT 1 FROM event e WHERE e.showing_id = sh.id AND e.kind = 'showing_cancelled')",
    },
    Check {
        rule: "every seat blocked for a showing was blocked by a recorded event",
        breaches: "SELECT 'showing ' || sh.id || ' has ' || blocked || ' seats blocked but the events block ' || net FROM ( \
              SELECT s.id, \
                (SELECT count(*) FROM inventory i JOIN seat st ON st.id = i.seat_id \
                 WHERE i.showing_id = s.id AND i.status = 'blocked' AND st.kind != 'out_of_service') AS blocked, \
                (SELECT COALESCE(sum(CASE e.kind WHEN 'blocked' THEN 1 ELSE -1 END * JSON_LEN(e.data, 'seats')), 0) \
                 FROM event e WHERE e.showing_id = s.id AND e.kind IN ('blocked', 'unblocked')) AS net \
              FROM showing s WHERE s.id IN (SELECT showing_id FROM event WHERE kind IN ('blocked', 'unblocked')) \
                 OR s.id IN (SELECT i.showing_id FROM inventory i JOIN seat st ON st.id = i.seat_id \
                             WHERE i.status = 'blocked' AND st.kind != 'out_of_service') \
            ) sh WHERE blocked != net",
    },
    Check {
        rule: "a closed shift expected its float plus cash sales minus cash refunds",
        breaches: "SELECT 'shift ' || sh.id || ' expected ' || sh.expected || ' but float and cash movements give ' || \
              (sh.float + COALESCE((SELECT sum(total) FROM booking b WHERE b.shift_id = sh.id AND b.payment = 'cash'), 0) \
               - COALESCE((SELECT sum(r.amount) FROM refund r JOIN booking b ON b.id = r.booking_id WHERE r.shift_id = sh.id AND b.payment = 'cash'), 0)) \
            FROM shift sh WHERE sh.closed_at IS NOT NULL AND sh.expected != \
              (sh.float + COALESCE((SELECT sum(total) FROM booking b WHERE b.shift_id = sh.id AND b.payment = 'cash'), 0) \
               - COALESCE((SELECT sum(r.amount) FROM refund r JOIN booking b ON b.id = r.booking_id WHERE r.shift_id = sh.id AND b.payment = 'cash'), 0))",
    },
    Check {
        rule: "the money in the events adds up to the money in the bookings and refunds",
        breaches: "SELECT 'sales: bookings say ' || (SELECT COALESCE(sum(total), 0) FROM booking WHERE status IN ('paid', 'refunded')) \
              || ', events say ' || (SELECT COALESCE(sum(JSON_INT(data, 'total')), 0) FROM event WHERE kind = 'sold') \
            WHERE (SELECT COALESCE(sum(total), 0) FROM booking WHERE status IN ('paid', 'refunded')) \
              != (SELECT COALESCE(sum(JSON_INT(data, 'total')), 0) FROM event WHERE kind = 'sold') \
            UNION ALL SELECT 'refunds: refund rows say ' || (SELECT COALESCE(sum(amount), 0) FROM refund) \
              || ', events say ' || (SELECT COALESCE(sum(JSON_INT(data, 'amount')), 0) FROM event WHERE kind = 'refunded') \
            WHERE (SELECT COALESCE(sum(amount), 0) FROM refund) \
              != (SELECT COALESCE(sum(JSON_INT(data, 'amount')), 0) FROM event WHERE kind = 'refunded')",
    },
    Check {
        rule: "an admitted seat was a sold ticket of its booking, at that booking's showing",
        breaches: "SELECT 'booking ' || COALESCE(b.code, CAST(ad.booking_id AS TEXT)) || ' seat ' || COALESCE(st.label, CAST(ad.seat_id AS TEXT)) \
            || ' was admitted to showing ' || ad.showing_id || ' as ' || COALESCE(bs.state, 'no ticket') \
            FROM admission ad LEFT JOIN booking b ON b.id = ad.booking_id LEFT JOIN seat st ON st.id = ad.seat_id \
            LEFT JOIN booking_seat bs ON bs.booking_id = ad.booking_id AND bs.seat_id = ad.seat_id \
            WHERE bs.state IS NULL OR bs.state NOT IN ('sold', 'refunded') OR b.showing_id IS DISTINCT FROM ad.showing_id",
    },
    Check {
        rule: "every admission has its admitted event, and no admitted event lacks its admission",
        breaches: "SELECT 'showing ' || s.id || ' has ' || s.admissions || ' admissions and ' || s.events || ' admitted events' \
            FROM (SELECT sh.id, (SELECT count(*) FROM admission ad WHERE ad.showing_id = sh.id) AS admissions, \
                (SELECT count(*) FROM event e WHERE e.showing_id = sh.id AND e.kind = 'admitted') AS events FROM showing sh) s \
            WHERE s.admissions != s.events",
    },
];

/// One broken rule and what breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub rule: String,
    pub details: Vec<String>,
}

impl Tx<'_> {
    /// Runs SQLite's own integrity and foreign-key checks (on SQLite), the event chain, the
    /// replay, then every lifecycle rule, written once for both backends.
    pub fn verify(&self) -> anyhow::Result<Vec<Breach>> {
        let mut breaches = Vec::new();
        // PostgreSQL keeps its own pages and foreign keys; SQLite is asked, a file can be edited.
        if self.sql.dialect() == Dialect::Sqlite {
            breaches.extend(self.sqlite_checks()?);
        }
        let chain = self.verify_event_chain(LIMIT)?;
        if !chain.is_empty() {
            breaches.push(Breach {
                rule: "the event log is unbroken: no row edited, inserted or deleted".to_owned(),
                details: chain,
            });
        }
        let pins = self.staff_pins_unlike_the_log()?;
        if !pins.is_empty() {
            breaches.push(Breach {
                rule: "every staff member's PIN is the one the log recorded".to_owned(),
                details: pins,
            });
        }
        breaches.extend(self.replay_breaches(LIMIT)?);
        let dialect = self.sql.dialect();
        for check in CHECKS.iter().chain(against_log::CHECKS) {
            let sql = format!("SELECT * FROM ({}) breach LIMIT {LIMIT}", portable::expand(check.breaches, dialect));
            let details: Vec<String> = match self.sql.rows(&sql, Params::NONE, |row| row.get(0)) {
                Ok(details) => details,
                // Amounts planted too large to add up are a breach to name, not a reason for
                // verify to fail for good.
                Err(error)
                    if ["integer overflow", "out of range"]
                        .iter()
                        .any(|words| format!("{error:#}").contains(words)) =>
                {
                    vec!["the amounts on record are too large to add up".to_owned()]
                }
                Err(error) => return Err(error.context(format!("could not run the check: {}", check.rule))),
            };
            if !details.is_empty() {
                breaches.push(Breach { rule: check.rule.to_owned(), details });
            }
        }
        Ok(breaches)
    }
}

impl Tx<'_> {
    /// SQLite's own integrity and foreign-key checks.
    fn sqlite_checks(&self) -> anyhow::Result<Vec<Breach>> {
        let mut breaches = Vec::new();
        let integrity: Vec<String> = self
            .sql
            .rows("PRAGMA integrity_check", Params::NONE, |row| row.get(0))
            .context("could not run the integrity check")?;
        if integrity != ["ok"] {
            breaches.push(Breach { rule: "SQLite integrity check".to_owned(), details: integrity });
        }
        let foreign: Vec<String> = self
            .sql
            .rows("PRAGMA foreign_key_check", Params::NONE, |row| {
                Ok(format!(
                    "{} row {} points to a missing {}",
                    row.get::<String>(0)?,
                    row.get::<i64>(1)?,
                    row.get::<String>(2)?
                ))
            })
            .context("could not run the foreign key check")?;
        if !foreign.is_empty() {
            breaches.push(Breach { rule: "every reference points to an existing row".to_owned(), details: foreign });
        }
        Ok(breaches)
    }
}
