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
            WHERE NOT EVENT_TRIGGER(t.name)",
    },
    Check {
        rule: "in a real database, time in the log never runs backwards",
        breaches: "SELECT 'event ' || e.id || ' (' || e.kind || ') is dated ' || (p.at - e.at) || ' s before event ' || p.id \
            FROM event e JOIN event p ON p.id = e.id - 1 \
            WHERE e.at < p.at AND COALESCE((SELECT training FROM setting WHERE id = 1), 0) = 0",
    },
    Check {
        rule: "a training database says so in its log",
        breaches: "SELECT 'the database is marked training but no training_started event says so' \
            WHERE COALESCE((SELECT training FROM setting WHERE id = 1), 0) = 1 \
              AND NOT EXISTS (SELECT 1 FROM event WHERE kind = 'training_started')",
    },
    Check {
        rule: "every staff member is the one the log added, with that role, active unless the log disabled them",
        breaches: "SELECT 'staff ' || s.name || ' (' || s.role || ') ' || CASE \
                WHEN e.id IS NULL THEN 'was never added by a recorded event' \
                ELSE 'was added as ' || JSON_TEXT(e.data, 'role') END \
            FROM staff s LEFT JOIN event e ON e.kind = 'staff_added' AND lower(JSON_TEXT(e.data, 'name')) = lower(s.name) \
            WHERE e.id IS NULL OR JSON_TEXT(e.data, 'role') IS DISTINCT FROM s.role \
            UNION ALL SELECT 'staff ' || s.name || ' is ' || CASE s.active WHEN 1 THEN 'active' ELSE 'disabled' END \
              || ' but the log ' || CASE s.active WHEN 1 THEN 'disabled them' ELSE 'never disabled them' END \
            FROM staff s WHERE (s.active = 1) = EXISTS (SELECT 1 FROM event e WHERE e.kind = 'staff_disabled' \
              AND lower(JSON_TEXT(e.data, 'name')) = lower(s.name))",
    },
    Check {
        rule: "every event names a booking that exists",
        breaches: "SELECT 'event ' || e.id || ' (' || e.kind || ') names booking ' || e.booking_id || ', which is gone' \
            FROM event e WHERE e.booking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.id = e.booking_id)",
    },
    Check {
        rule: "a sale is what the log recorded: payment, total, and each ticket's type and price",
        breaches: "SELECT 'booking ' || b.code || ' was paid ' || b.payment || ' ' || b.total || ' but the log says ' \
              || COALESCE(JSON_TEXT(e.data, 'payment'), 'nothing') || ' ' || COALESCE(JSON_TEXT(e.data, 'total'), '') \
            FROM booking b LEFT JOIN event e ON e.booking_id = b.id AND e.kind = 'sold' \
            WHERE b.status IN ('paid', 'refunded') AND (b.payment IS DISTINCT FROM JSON_TEXT(e.data, 'payment') \
              OR b.total IS DISTINCT FROM JSON_INT(e.data, 'total')) \
            UNION ALL SELECT 'booking ' || b.code || ' seat ' || st.label || ' is ' || bs.ticket_type || ' at ' || bs.price \
              || ' but the sale recorded ' || COALESCE((SELECT JSON_TEXT(j.value, 'ticket_type') || ' at ' || JSON_TEXT(j.value, 'price') \
                 FROM JSON_ITEMS(e.data, 'tickets') j WHERE JSON_TEXT(j.value, 'seat') = st.label), 'no such ticket') \
            FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id JOIN seat st ON st.id = bs.seat_id \
            JOIN event e ON e.booking_id = b.id AND e.kind = 'sold' \
            WHERE bs.state IN ('sold', 'refunded') AND NOT EXISTS (SELECT 1 FROM JSON_ITEMS(e.data, 'tickets') j \
              WHERE JSON_TEXT(j.value, 'seat') = st.label AND JSON_TEXT(j.value, 'ticket_type') IS NOT DISTINCT FROM bs.ticket_type \
              AND JSON_INT(j.value, 'price') IS NOT DISTINCT FROM bs.price)",
    },
    Check {
        rule: "a refund is what the log recorded: amount, reason, who and who approved",
        breaches: "SELECT 'refund ' || r.id || ' of booking ' || b.code || ' returns ' || r.amount || ' but ' || CASE \
                WHEN e.id IS NULL THEN 'the log has no such refund' \
                ELSE 'the log says ' || JSON_TEXT(e.data, 'amount') || ' by ' || COALESCE(e.staff, '-') \
                  || ', approved by ' || COALESCE(e.approver, '-') END \
            FROM refund r JOIN booking b ON b.id = r.booking_id \
            LEFT JOIN event e ON e.kind = 'refunded' AND e.booking_id = r.booking_id AND JSON_INT(e.data, 'refund') = r.id \
            WHERE e.id IS NULL OR JSON_INT(e.data, 'amount') IS DISTINCT FROM r.amount OR JSON_TEXT(e.data, 'reason') IS DISTINCT FROM r.reason \
              OR e.staff IS DISTINCT FROM r.staff OR e.approver IS DISTINCT FROM r.approver",
    },
    Check {
        rule: "a shift is what the log opened and closed: counter, cashier, float and count",
        breaches: "SELECT 'shift ' || sh.id || ' at ' || sh.counter || ' (float ' || sh.float || ') ' || CASE \
                WHEN o.id IS NULL THEN 'was never opened in the log' \
                ELSE 'was opened in the log at ' || COALESCE(o.counter, '-') || ' by ' || COALESCE(o.staff, '-') \
                  || ' with float ' || JSON_TEXT(o.data, 'float') END \
            FROM shift sh LEFT JOIN event o ON o.kind = 'shift_opened' AND JSON_INT(o.data, 'shift') = sh.id \
            WHERE o.id IS NULL OR JSON_INT(o.data, 'float') IS DISTINCT FROM sh.float OR o.counter IS DISTINCT FROM sh.counter \
              OR o.staff IS DISTINCT FROM sh.staff \
            UNION ALL SELECT 'shift ' || sh.id || CASE WHEN sh.closed_at IS NULL THEN ' is open but the log closed it' \
                ELSE ' counted ' || sh.counted || ' but the log says ' || COALESCE(JSON_TEXT(c.data, 'counted'), 'it was never closed') END \
            FROM shift sh LEFT JOIN event c ON c.kind = 'shift_closed' AND JSON_INT(c.data, 'shift') = sh.id \
            WHERE (sh.closed_at IS NULL) != (c.id IS NULL) OR JSON_INT(c.data, 'counted') IS DISTINCT FROM sh.counted \
              OR JSON_INT(c.data, 'expected') IS DISTINCT FROM sh.expected",
    },
    Check {
        rule: "a showing is where its import put it",
        breaches: "WITH recorded AS MATERIALIZED (SELECT JSON_AT(j.value, 0) AS id, JSON_AT(j.value, 1) AS starts_at, \
                JSON_AT(j.value, 2) AS ends_at FROM event e, JSON_ITEMS(e.data, 'showings') j WHERE e.kind = 'imported') \
            SELECT 'showing ' || sh.id || ' runs ' || sh.starts_at || '..' || sh.ends_at || ' but was imported for ' \
              || r.starts_at || '..' || r.ends_at \
            FROM showing sh JOIN recorded r ON r.id = sh.id WHERE r.starts_at IS DISTINCT FROM sh.starts_at OR r.ends_at IS DISTINCT FROM sh.ends_at \
            UNION ALL SELECT 'showing ' || sh.id || ' was never imported' FROM showing sh \
            WHERE NOT EXISTS (SELECT 1 FROM recorded r WHERE r.id = sh.id) \
              AND NOT EXISTS (SELECT 1 FROM event e WHERE e.kind = 'imported' AND JSON_ABSENT(e.data, 'showings'))",
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
