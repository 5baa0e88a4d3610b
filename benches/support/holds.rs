//! Many held bookings whose holds have run out, for timing a tick with real work to do. Written
//! straight through SQL (one transaction, `synchronous=OFF`): placing 10,000 holds through the
//! engine would cost 10,000 fsyncs of setup.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::writer::{Claim, NewBooking, Seat, Who, Writer};

/// Booking codes of these holds start far beyond the history's, so the two never clash.
const FIRST_CODE: u64 = 500_000_000;

/// Adds `count` held bookings of two seats each, spread round robin over `showings` (rows A-H,
/// which the benchmarks keep free), each hold having expired a minute before `now`.
pub fn add_expired_holds(path: &Path, showings: &[i64], count: usize, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let tx = conn.transaction()?;
    let mut pairs: HashMap<i64, Vec<[Seat; 2]>> = HashMap::new();
    {
        let mut select = tx.prepare(
            "SELECT st.id, st.label, st.kind, st.row_label FROM inventory i JOIN seat st ON st.id = i.seat_id \
             WHERE i.showing_id = ?1 AND i.status = 'available' AND st.row_label BETWEEN 'A' AND 'H' \
             ORDER BY st.grid_row, st.grid_col",
        )?;
        for &showing in showings {
            let seats: Vec<(Seat, String)> = select
                .query_map([showing], |row| {
                    let kind: String = row.get(2)?;
                    Ok((
                        Seat { id: row.get(0)?, label: row.get(1)?, kind: kind.parse().expect("a stored seat kind") },
                        row.get(3)?,
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let mut free = Vec::new();
            let mut seats = seats.into_iter().peekable();
            while let Some((first, row)) = seats.next() {
                if let Some((second, _)) = seats.next_if(|(_, next_row)| *next_row == row) {
                    free.push([first, second]);
                }
            }
            pairs.insert(showing, free);
        }
    }
    let mut writer = Writer::new(&tx, FIRST_CODE);
    let expires_at = now.timestamp() - 60;
    let who = Who { counter: "counter-2", staff: Some("Budi") };
    for n in 0..count {
        let showing = showings[n % showings.len()];
        let pair = pairs[&showing]
            .get(n / showings.len())
            .ok_or_else(|| anyhow::anyhow!("showing {showing} has too few free seats for {count} holds"))?;
        let code = writer.code();
        let new = NewBooking {
            showing,
            status: "held",
            created_at: expires_at - 600,
            hold_expires_at: expires_at,
            paid: None,
            who,
        };
        let booking = writer.booking(&code, &new)?;
        let claims: Vec<Claim<'_>> =
            pair.iter().map(|seat| Claim { seat, state: "held", ticket: None, refund: None }).collect();
        writer.claims(booking, showing, &claims)?;
        for seat in pair {
            writer.inventory(showing, seat.id, "reserved", booking, Some(expires_at))?;
        }
        writer.held_event(booking, &code, &new, &[&pair[0], &pair[1]])?;
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(())
}
