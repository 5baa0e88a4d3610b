//! When a showing sells: open until `sales_close_minutes` after its start, finished once its
//! film has ended and the cleanup time has passed.

use chrono::{DateTime, Duration, Utc};

use super::status::ShowingStatus;

/// What a cashier can do with a showing right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SalesState {
    /// Seats can be held and sold.
    Selling,
    /// Past the sales close but the showing is not over: refunds only.
    SalesClosed,
    /// Over (whether or not the tick has restocked it yet): nothing sells or refunds.
    Finished,
    /// Called off.
    Cancelled,
}

impl SalesState {
    /// The words the showings list uses.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Selling => "open",
            Self::SalesClosed => "selling closed",
            Self::Finished => "finished",
            Self::Cancelled => "cancelled",
        }
    }
}

/// The timing rules of one showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShowTimes {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: ShowingStatus,
}

impl ShowTimes {
    /// The sales state at `now`.
    #[must_use]
    pub fn state(&self, now: DateTime<Utc>, sales_close_minutes: u32, cleanup_minutes: u32) -> SalesState {
        match self.status {
            ShowingStatus::Cancelled => SalesState::Cancelled,
            ShowingStatus::Finished => SalesState::Finished,
            ShowingStatus::Open if now >= self.finishes_at(cleanup_minutes) => SalesState::Finished,
            ShowingStatus::Open if now > self.sales_close_at(sales_close_minutes) => SalesState::SalesClosed,
            ShowingStatus::Open => SalesState::Selling,
        }
    }

    /// The last instant a seat may be sold.
    #[must_use]
    pub fn sales_close_at(&self, sales_close_minutes: u32) -> DateTime<Utc> {
        self.starts_at + Duration::minutes(i64::from(sales_close_minutes))
    }

    /// When the showing counts as finished and its seats are restocked.
    #[must_use]
    pub fn finishes_at(&self, cleanup_minutes: u32) -> DateTime<Utc> {
        self.ends_at + Duration::minutes(i64::from(cleanup_minutes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::UNIX_EPOCH + Duration::minutes(minute)
    }

    #[test]
    fn a_showing_sells_until_the_close_then_finishes_after_cleanup() {
        let show = ShowTimes { starts_at: at(100), ends_at: at(220), status: ShowingStatus::Open };
        assert_eq!(show.state(at(0), 20, 15), SalesState::Selling);
        assert_eq!(show.state(at(120), 20, 15), SalesState::Selling, "the close minute itself still sells");
        assert_eq!(show.state(at(121), 20, 15), SalesState::SalesClosed);
        assert_eq!(show.state(at(234), 20, 15), SalesState::SalesClosed);
        assert_eq!(show.state(at(235), 20, 15), SalesState::Finished, "finished without waiting for the tick");
    }

    #[test]
    fn stored_states_win() {
        let show = ShowTimes { starts_at: at(100), ends_at: at(220), status: ShowingStatus::Cancelled };
        assert_eq!(show.state(at(0), 20, 15), SalesState::Cancelled);
        let show = ShowTimes { status: ShowingStatus::Finished, ..show };
        assert_eq!(show.state(at(0), 20, 15), SalesState::Finished);
    }
}
