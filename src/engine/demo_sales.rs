//! The demo's own customers: on the first start of a demo day, other counters have already sold
//! some seats of today's showings (and one is holding a few), so a new installation shows a
//! house that is selling, with every seat state on the map.

use chrono::{DateTime, Datelike as _, Utc};

use super::{Actor, Engine, EngineError};
use crate::domain::selling::SalesState;
use crate::domain::time::local_date;
use crate::domain::{PaymentMethod, SeatLabel};

/// The other counters of the demo.
const COUNTERS: [&str; 2] = ["Counter 2", "Counter 3"];
/// Groups sold per showing at most: enough to see, quick to write (each sale is two fsyncs).
const MAX_GROUPS: usize = 8;

impl Engine {
    /// Sells a day's worth of demo bookings at other counters, unless today already has any.
    /// The same day always gets the same sales. Skipped where staff are set up.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn seed_demo_sales(&mut self, now: DateTime<Utc>) -> Result<usize, EngineError> {
        if self.staff_required()? {
            return Ok(0);
        }
        let Some(venue) = self.venue()? else { return Ok(0) };
        let today = local_date(venue.zone, now);
        let day = self.showings(Some(today), now)?;
        if day.showings.iter().any(|(s, _)| s.occupied + s.reserved > 0) {
            return Ok(0);
        }
        let mut rng = fastrand::Rng::with_seed(u64::try_from(today.num_days_from_ce()).unwrap_or(0));
        let own = self.actor.clone();
        let mut sold = 0;
        let selling: Vec<_> =
            day.showings.iter().filter(|(_, state)| *state == SalesState::Selling).map(|(s, _)| s.showing.id).collect();
        let outcome = (|| -> Result<(), EngineError> {
            for (index, showing) in selling.iter().enumerate() {
                let groups = rng.usize(2..=MAX_GROUPS);
                for group in 0..groups {
                    let Some(seats) = self.best_seats(*showing, rng.usize(1..=4), now)? else { break };
                    self.actor = Actor::counter(COUNTERS[rng.usize(..COUNTERS.len())]);
                    let hold = self.hold(*showing, &seats, None, now)?;
                    // The next showing keeps one group on hold at another counter.
                    if index == 0 && group + 1 == groups {
                        continue;
                    }
                    let payment = [PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Qris][rng.usize(..3)];
                    self.sell(&hold.booking, payment, None, now)?;
                    sold += seats.len();
                }
            }
            Ok(())
        })();
        self.actor = own;
        outcome.map(|()| sold)
    }

    /// The labels of the `count` best free seats of a showing, if there is room.
    fn best_seats(
        &mut self,
        showing: crate::domain::ShowingId,
        count: usize,
        now: DateTime<Utc>,
    ) -> Result<Option<Vec<SeatLabel>>, EngineError> {
        match self.best(showing, count, None, now) {
            Ok(best) => Ok(Some(best.seats())),
            Err(EngineError::Conflict { .. }) => Ok(None),
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use crate::domain::SeatStatus;
    use crate::engine::{Actor, Engine};

    fn morning() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-27T11:00:00+07:00").expect("valid").with_timezone(&Utc)
    }

    #[test]
    fn the_demo_day_starts_with_sales_and_a_hold_at_other_counters_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut engine = Engine::create(&dir.path().join("demo.db"), Actor::counter("counter-1")).expect("open");
        engine.install_demo(morning()).expect("demo");
        let sold = engine.seed_demo_sales(morning()).expect("seed");
        assert!(sold > 0);
        assert_eq!(engine.seed_demo_sales(morning()).expect("again"), 0, "a second start adds nothing");
        let day = engine.showings(None, morning()).expect("showings");
        let next = day.showings.iter().find(|(s, _)| s.reserved > 0).expect("a hold at another counter");
        let map = engine.seat_map(next.0.showing.id, morning()).expect("map");
        let held = map.seats.iter().find(|s| s.status == SeatStatus::Reserved).expect("held seat");
        assert!(held.counter.as_deref().is_some_and(|c| c != "counter-1"));
        assert!(engine.verify().expect("verify").is_empty());
    }
}
