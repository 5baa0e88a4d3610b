//! The tables against the event log: every row that matters must be the one the log recorded.
//! The chain proves the log was not edited; these prove the tables were not edited around it
//! (a seat moved, a payment changed, a manager forged), even by a raw SQLite client.
//!
//! Each table built from the log is `MATERIALIZED`: SQLite would otherwise recompute it for every
//! row it is joined with, which took half a minute on a year of history. (A booking's seats
//! against its hold are compared in `replay.rs`, in one pass, for the same reason.)

use super::Check;

pub const CHECKS: &[Check] = &[
    Check {
        rule: "every amount is within what a venue file may set (so sums add up)",
        breaches: "SELECT 'price list ' || price_list_id || ' ' || ticket_type || '/' || seat_kind || ' costs ' || amount FROM price \
              WHERE amount > 10000000000 \
            UNION ALL SELECT 'booking ' || b.code || ' seat ' || bs.seat_id || ' was sold for ' || bs.price \
              FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id WHERE bs.price > 10000000000 \
            UNION ALL SELECT 'booking ' || code || ' totals ' || total FROM booking WHERE total > 100 * 10000000000 \
            UNION ALL SELECT 'refund ' || id || ' returns ' || amount FROM refund WHERE amount > 100 * 10000000000",
    },
    Check {
        rule: "the event log is append-only: its triggers are in place",
        breaches: "SELECT 'the trigger ' || t.name || ' was dropped' FROM (SELECT 'event_refuses_update' AS name \
              UNION ALL SELECT 'event_refuses_delete') t \
            WHERE NOT EXISTS (SELECT 1 FROM sqlite_schema s WHERE s.type = 'trigger' AND s.name = t.name AND s.tbl_name = 'event')",
    },
    Check {
        rule: "in a real database, time in the log never runs backwards",
        breaches: "SELECT 'event ' || e.id || ' (' || e.kind || ') is dated ' || (p.at - e.at) || ' s before event ' || p.id \
            FROM event e JOIN event p ON p.id = e.id - 1 \
            WHERE e.at < p.at AND NOT ifnull((SELECT training FROM setting WHERE id = 1), 0)",
    },
    Check {
        rule: "a training database says so in its log",
        breaches: "SELECT 'the database is marked training but no training_started event says so' \
            WHERE ifnull((SELECT training FROM setting WHERE id = 1), 0) \
              AND NOT EXISTS (SELECT 1 FROM event WHERE kind = 'training_started')",
    },
    Check {
        rule: "every staff member is the one the log added, with that role, active unless the log disabled them",
        breaches: "SELECT 'staff ' || s.name || ' (' || s.role || ') ' || CASE \
                WHEN e.id IS NULL THEN 'was never added by a recorded event' \
                ELSE 'was added as ' || json_extract(e.data, '$.role') END \
            FROM staff s LEFT JOIN event e ON e.kind = 'staff_added' AND json_extract(e.data, '$.name') = s.name COLLATE NOCASE \
            WHERE e.id IS NULL OR json_extract(e.data, '$.role') IS NOT s.role \
            UNION ALL SELECT 'staff ' || s.name || ' is ' || CASE s.active WHEN 1 THEN 'active' ELSE 'disabled' END \
              || ' but the log ' || CASE s.active WHEN 1 THEN 'disabled them' ELSE 'never disabled them' END \
            FROM staff s WHERE s.active = EXISTS (SELECT 1 FROM event e WHERE e.kind = 'staff_disabled' \
              AND json_extract(e.data, '$.name') = s.name COLLATE NOCASE)",
    },
    Check {
        rule: "every event names a booking that exists",
        breaches: "SELECT 'event ' || e.id || ' (' || e.kind || ') names booking ' || e.booking_id || ', which is gone' \
            FROM event e WHERE e.booking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.id = e.booking_id)",
    },
    Check {
        rule: "a sale is what the log recorded: payment, total, and each ticket's type and price",
        breaches: "SELECT 'booking ' || b.code || ' was paid ' || b.payment || ' ' || b.total || ' but the log says ' \
              || ifnull(json_extract(e.data, '$.payment'), 'nothing') || ' ' || ifnull(json_extract(e.data, '$.total'), '') \
            FROM booking b LEFT JOIN event e ON e.booking_id = b.id AND e.kind = 'sold' \
            WHERE b.status IN ('paid', 'refunded') AND (b.payment IS NOT json_extract(e.data, '$.payment') \
              OR b.total IS NOT json_extract(e.data, '$.total')) \
            UNION ALL SELECT 'booking ' || b.code || ' seat ' || st.label || ' is ' || bs.ticket_type || ' at ' || bs.price \
              || ' but the sale recorded ' || ifnull((SELECT json_extract(j.value, '$.ticket_type') || ' at ' || json_extract(j.value, '$.price') \
                 FROM json_each(e.data, '$.tickets') j WHERE json_extract(j.value, '$.seat') = st.label), 'no such ticket') \
            FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id JOIN seat st ON st.id = bs.seat_id \
            JOIN event e ON e.booking_id = b.id AND e.kind = 'sold' \
            WHERE bs.state IN ('sold', 'refunded') AND NOT EXISTS (SELECT 1 FROM json_each(e.data, '$.tickets') j \
              WHERE json_extract(j.value, '$.seat') = st.label AND json_extract(j.value, '$.ticket_type') IS bs.ticket_type \
              AND json_extract(j.value, '$.price') IS bs.price)",
    },
    Check {
        rule: "a refund is what the log recorded: amount, reason, who and who approved",
        breaches: "SELECT 'refund ' || r.id || ' of booking ' || b.code || ' returns ' || r.amount || ' but ' || CASE \
                WHEN e.id IS NULL THEN 'the log has no such refund' \
                ELSE 'the log says ' || json_extract(e.data, '$.amount') || ' by ' || ifnull(e.staff, '-') \
                  || ', approved by ' || ifnull(e.approver, '-') END \
            FROM refund r JOIN booking b ON b.id = r.booking_id \
            LEFT JOIN event e ON e.kind = 'refunded' AND e.booking_id = r.booking_id AND json_extract(e.data, '$.refund') = r.id \
            WHERE e.id IS NULL OR json_extract(e.data, '$.amount') IS NOT r.amount OR json_extract(e.data, '$.reason') IS NOT r.reason \
              OR e.staff IS NOT r.staff OR e.approver IS NOT r.approver",
    },
    Check {
        rule: "a shift is what the log opened and closed: counter, cashier, float and count",
        breaches: "SELECT 'shift ' || sh.id || ' at ' || sh.counter || ' (float ' || sh.float || ') ' || CASE \
                WHEN o.id IS NULL THEN 'was never opened in the log' \
                ELSE 'was opened in the log at ' || ifnull(o.counter, '-') || ' by ' || ifnull(o.staff, '-') \
                  || ' with float ' || json_extract(o.data, '$.float') END \
            FROM shift sh LEFT JOIN event o ON o.kind = 'shift_opened' AND json_extract(o.data, '$.shift') = sh.id \
            WHERE o.id IS NULL OR json_extract(o.data, '$.float') IS NOT sh.float OR o.counter IS NOT sh.counter \
              OR o.staff IS NOT sh.staff \
            UNION ALL SELECT 'shift ' || sh.id || CASE WHEN sh.closed_at IS NULL THEN ' is open but the log closed it' \
                ELSE ' counted ' || sh.counted || ' but the log says ' || ifnull(json_extract(c.data, '$.counted'), 'it was never closed') END \
            FROM shift sh LEFT JOIN event c ON c.kind = 'shift_closed' AND json_extract(c.data, '$.shift') = sh.id \
            WHERE (sh.closed_at IS NULL) != (c.id IS NULL) OR json_extract(c.data, '$.counted') IS NOT sh.counted \
              OR json_extract(c.data, '$.expected') IS NOT sh.expected",
    },
    Check {
        rule: "a showing is where its import put it",
        breaches: "WITH recorded AS MATERIALIZED (SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS starts_at, \
                json_extract(j.value, '$[2]') AS ends_at FROM event e, json_each(e.data, '$.showings') j WHERE e.kind = 'imported') \
            SELECT 'showing ' || sh.id || ' runs ' || sh.starts_at || '..' || sh.ends_at || ' but was imported for ' \
              || r.starts_at || '..' || r.ends_at \
            FROM showing sh JOIN recorded r ON r.id = sh.id WHERE r.starts_at IS NOT sh.starts_at OR r.ends_at IS NOT sh.ends_at \
            UNION ALL SELECT 'showing ' || sh.id || ' was never imported' FROM showing sh \
            WHERE NOT EXISTS (SELECT 1 FROM recorded r WHERE r.id = sh.id) \
              AND NOT EXISTS (SELECT 1 FROM event e WHERE e.kind = 'imported' AND json_type(e.data, '$.showings') IS NULL)",
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_amount_bound_is_the_venue_files_maximum_price() {
        let bound = crate::domain::money::MAX_PRICE.to_string();
        assert!(super::CHECKS[0].breaches.contains(&format!("amount > {bound}")));
    }
}
