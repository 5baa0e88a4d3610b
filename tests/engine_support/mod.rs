//! Fixtures for tests that drive the engine in-process: a demo theater on a temp file with a
//! fixed clock, and small helpers to find a showing that sells.
#![expect(dead_code, reason = "each test file uses a different part")]

use boxoffice::domain::{Role, SeatLabel, ShowingId};
use boxoffice::engine::{Actor, Engine};
use chrono::{DateTime, Duration, Utc};
use tempfile::TempDir;

/// Friday 27 November 2026, 11:00 in Jakarta: the demo's showings of the day are ahead.
pub fn morning() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T11:00:00+07:00").expect("valid").with_timezone(&Utc)
}

/// A demo theater on a fresh database file.
pub struct Theater {
    pub dir: TempDir,
    pub engine: Engine,
}

impl Theater {
    pub fn new() -> Self {
        Self::build(false)
    }

    /// The demo theater on a training database, so the binary honours a fixed clock on it.
    pub fn training() -> Self {
        Self::build(true)
    }

    fn build(training: bool) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut engine = Engine::create(&dir.path().join("box.db"), Actor::counter("counter-1")).expect("open");
        if training {
            engine.make_training(morning()).expect("a training database");
        }
        engine.install_demo(morning()).expect("demo");
        Self { dir, engine }
    }

    pub fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("box.db")
    }

    /// Another engine on the same file, as another counter.
    pub fn counter(&self, name: &str) -> Engine {
        Engine::open(&self.db(), Actor::counter(name)).expect("open")
    }

    /// The first showing in Studio 1 (rows A–G standard, H–K premium, L wheelchair and
    /// companion) that starts at least two hours after `now`.
    pub fn later_showing(&mut self, now: DateTime<Utc>) -> (ShowingId, DateTime<Utc>) {
        let day = self.engine.showings(None, now).expect("showings");
        day.showings
            .iter()
            .map(|(summary, _)| &summary.showing)
            .find(|show| show.auditorium == "Studio 1" && show.starts_at >= now + Duration::hours(2))
            .map(|show| (show.id, show.starts_at))
            .expect("a later showing")
    }

    /// Sets up a manager (Ayu, PIN 1111) and a cashier (Budi, PIN 2222), and signs Budi in.
    pub fn with_staff(&mut self, now: DateTime<Utc>) {
        self.engine.add_staff("Ayu", Role::Manager, "1111", now).expect("first manager");
        self.engine.sign_in("Ayu", "1111", now).expect("manager signs in");
        self.engine.add_staff("Budi", Role::Cashier, "2222", now).expect("cashier");
        self.engine.sign_out();
        self.engine.sign_in("Budi", "2222", now).expect("cashier signs in");
    }
}

pub fn seats(list: &str) -> Vec<SeatLabel> {
    SeatLabel::parse_list([list]).expect("valid seats")
}
