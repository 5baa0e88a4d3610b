//! A cashier screen wired to a real engine on a temporary demo database, with no threads: each
//! command the app returns is carried out at once by the same functions the worker threads use,
//! and their answers are fed back in, in the order the threads would send them.

use std::collections::VecDeque;
use std::path::PathBuf;

use chrono::{DateTime, Duration, TimeZone as _, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::domain::Role;
use crate::engine::{Actor, Engine};
use crate::tui::app::App;
use crate::tui::event::{Command, Event, Watch};
use crate::tui::theme::Theme;
use crate::tui::worker::{desk, watcher};

/// Tuesday 24 November 2026, 11:00 in Jakarta: the 11:30 showing is the next one that sells.
pub fn opening_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 4, 0, 0).single().expect("a valid time")
}

pub struct Harness {
    pub app: App,
    pub engine: Engine,
    pub now: DateTime<Utc>,
    pub db: PathBuf,
    receipts: PathBuf,
    watch: Watch,
    /// Commands the app asked for and the harness has not carried out yet (see [`Self::hold_back`]).
    pending: VecDeque<Command>,
    holding_back: bool,
    pub quit: bool,
    /// Every command the app returned, in order.
    pub log: Vec<Command>,
    _dir: tempfile::TempDir,
}

impl Harness {
    /// The demo venue at [`opening_time`], the screen on the showings list, 120 x 40.
    pub fn new(name: &str) -> Self {
        Self::build(name, false, opening_time())
    }

    /// The demo venue with the screen started at `now` (the demo's showings are of that day).
    pub fn started_at(name: &str, now: DateTime<Utc>) -> Self {
        Self::build(name, false, now)
    }

    /// The demo venue with staff: Ayu the manager (PIN 1111), Budi (2222) and Citra (3333) the
    /// cashiers; the screen on sign-in, as it starts once staff are set up.
    pub fn with_staff(name: &str) -> Self {
        Self::build(name, true, opening_time())
    }

    fn build(name: &str, staff: bool, now: DateTime<Utc>) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = dir.path().join("boxoffice.db");
        let mut engine = Engine::create(&db, Actor::counter("counter-1")).expect("open");
        engine.install_demo(now).expect("demo");
        if staff {
            engine.add_staff("Ayu", Role::Manager, "1111", now).expect("the first manager");
            engine.sign_in("Ayu", "1111", now).expect("Ayu signs in");
            engine.add_staff("Budi", Role::Cashier, "2222", now).expect("a cashier");
            engine.add_staff("Citra", Role::Cashier, "3333", now).expect("another cashier");
            engine.sign_out();
        }
        // Booking codes come from this thread's generator: seeded once the database exists (its
        // creation draws a temporary name), the snapshots are stable.
        fastrand::seed(7);
        let mut app = App::new("counter-1", Theme { color: false }, now, (120, 40));
        if staff {
            app.sign_in_first(None);
        }
        let mut harness = Self {
            app,
            engine,
            now,
            db,
            receipts: PathBuf::from("target/test-receipts").join(name),
            watch: Watch::default(),
            pending: VecDeque::new(),
            holding_back: false,
            quit: false,
            log: Vec::new(),
            _dir: dir,
        };
        let start = harness.app.start();
        harness.run(start);
        harness
    }

    /// A theater with one 40-row, 60-seat auditorium (the largest the screen is built for) and one
    /// showing at noon, instead of the demo.
    pub fn big(name: &str) -> Self {
        Self::with_venue_file(name, &big_venue())
    }

    /// The demo venue with `more` imported on top: the `[[auditorium]]`, `[[film]]`,
    /// `[[price_list]]` and `[[showing]]` tables of a venue file (the demo's `[venue]` goes first).
    pub fn with_venue_file(name: &str, more: &str) -> Self {
        let mut harness = Self::new(name);
        let venue = "[venue]\nname = \"Bioskop Merdeka\"\ntimezone = \"Asia/Jakarta\"\ncurrency = \"IDR\"\ncurrency_decimals = 0\n";
        let file = crate::domain::venue_file::parse(&format!("{venue}\n{more}")).expect("a valid venue file");
        let day = crate::domain::time::local_date(harness.app.zone, harness.now);
        harness.engine.import(&file, day, 0, harness.now).expect("imported");
        harness.refresh();
        harness
    }

    /// A second counter on the same database, as another cashier's screen would have.
    pub fn other_counter(&self, name: &str) -> Engine {
        Engine::open(&self.db, Actor::counter(name)).expect("open")
    }

    /// From now on commands wait until [`Self::release`]: the database is "slow".
    pub fn hold_back(&mut self) {
        self.holding_back = true;
    }

    /// Carries out everything held back.
    pub fn release(&mut self) {
        self.holding_back = false;
        let pending: Vec<Command> = self.pending.drain(..).collect();
        self.run(pending);
    }

    /// Feeds one event and carries out what follows.
    pub fn send(&mut self, event: Event) {
        let commands = self.app.update(event);
        self.run(commands);
    }

    /// Signs `name` in on the sign-in screen with their PIN (see [`Self::with_staff`]).
    pub fn sign_in(&mut self, name: &str) {
        let pin = match name {
            "Ayu" => "1111",
            "Budi" => "2222",
            _ => "3333",
        };
        self.press(&format!("{name} Tab {pin} Enter"));
        assert_eq!(self.app.screen, crate::tui::app::Screen::Showings, "{}", self.app.message.text);
    }

    /// Types a key script: names (`Enter`, `Esc`, `Space`, `Tab`, `BackTab`, `Up`, `Down`,
    /// `Left`, `Right`, `Bksp`, `C-c`) or runs of characters, separated by spaces.
    pub fn press(&mut self, script: &str) {
        for key in keys(script) {
            self.send(Event::Key(key));
        }
    }

    /// The clock moves on by `seconds`, and the watcher ticks as it would.
    pub fn wait(&mut self, seconds: i64) {
        self.now += Duration::seconds(seconds);
        self.engine.tick(self.now).expect("tick");
        self.send(Event::Tick(self.now));
        self.refresh();
    }

    /// The watcher noticed a change (another counter wrote): reload what the screen shows.
    pub fn refresh(&mut self) {
        let loads = watcher::load(&mut self.engine, &self.watch, self.now);
        for loaded in loads {
            self.send(Event::Loaded(loaded));
        }
    }

    fn run(&mut self, commands: Vec<Command>) {
        self.log.extend(commands.iter().cloned());
        self.pending.extend(commands);
        while !self.holding_back {
            let Some(command) = self.pending.pop_front() else { break };
            let mut events = Vec::new();
            match command {
                Command::Quit => self.quit = true,
                Command::Watch(watch) => {
                    self.watch = watch;
                    let loads = watcher::load(&mut self.engine, &self.watch, self.now);
                    events.extend(loads.into_iter().map(Event::Loaded));
                }
                action => {
                    if let Some(done) = desk::perform(&mut self.engine, action, self.now, &self.receipts) {
                        events.push(Event::Done(done));
                    }
                    let loads = watcher::load(&mut self.engine, &self.watch, self.now);
                    events.extend(loads.into_iter().map(Event::Loaded));
                }
            }
            for event in events {
                let more = self.app.update(event);
                self.log.extend(more.iter().cloned());
                self.pending.extend(more);
            }
        }
    }

    /// The screen as text, at `width` x `height`.
    pub fn screen(&self, width: u16, height: u16) -> String {
        render(&self.app, width, height)
    }
}

/// 40 rows (A-Z, AA-AN) of 60 seats in three blocks, premium at the back, wheelchair spaces and
/// companion seats in the front row, a broken seat in the middle.
/// The tables after `[venue]`, which [`Harness::with_venue_file`] puts first.
pub fn big_venue() -> String {
    let mut rows = String::new();
    for index in 0..40 {
        let letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let label = if index < 26 {
            char::from(letters[index]).to_string()
        } else {
            format!("A{}", char::from(letters[index - 26]))
        };
        let kind = if index >= 32 { 'p' } else { 's' };
        let block = |n: usize| kind.to_string().repeat(n);
        let mut places = format!("{}.{}.{}", block(10), block(40), block(10));
        if index == 0 {
            places = format!("wwcc{}.{}.{}ccww", block(6), block(40), block(6));
        }
        if index == 20 {
            places.replace_range(30..31, "x");
        }
        rows.push_str(&format!("{label} {places}\n"));
    }
    format!(
        r#"[[auditorium]]
name = "Megaplex"
rows = """
{rows}"""

[[film]]
title = "Kereta Terakhir"
runtime_minutes = 140
rating = "13+"

[[price_list]]
name = "big"
adult = {{ standard = 50000, premium = 80000 }}

[[showing]]
film = "Kereta Terakhir"
auditorium = "Megaplex"
price_list = "big"
starts_at = "2026-11-24 11:15"
"#
    )
}

/// Runs `scene` once in each language, the screen speaking it from the first key to the last
/// (the status line keeps the words of the moment they were said).
pub fn in_every_language(mut scene: impl FnMut()) {
    for lang in crate::i18n::Lang::ALL {
        crate::tui::text::speak(lang);
        scene();
    }
}

/// The screen at the two snapshot sizes, 120 x 40 (a normal counter terminal) and 60 x 16 (the
/// smallest the screen is laid out for), each with its snapshot name: `{name}_{w}x{h}` in
/// English, `{name}_{lang}_{w}x{h}` in any other language.
pub fn snapshots(h: &mut Harness, name: &str) -> Vec<(String, String)> {
    let name = spoken(name);
    let screens = [(120, 40), (60, 16)]
        .into_iter()
        .map(|(width, height)| {
            h.send(Event::Resize(width, height));
            (format!("{name}_{width}x{height}"), h.screen(width, height))
        })
        .collect();
    h.send(Event::Resize(120, 40));
    screens
}

/// A snapshot's name in the language the screen speaks: `name` in English, `name_id` in
/// Indonesian (the English snapshots keep the names they always had).
pub fn spoken(name: &str) -> String {
    let lang = crate::tui::text::lang();
    if lang == crate::i18n::Lang::En { name.to_owned() } else { format!("{name}_{lang}") }
}

/// Draws `app` on a `TestBackend` and returns its buffer.
pub fn draw(app: &App, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| frame.render_widget(app, frame.area())).expect("drawn");
    terminal.backend().buffer().clone()
}

/// Draws `app` on a `TestBackend` and returns its lines, trailing blanks trimmed.
pub fn render(app: &App, width: u16, height: u16) -> String {
    let buffer = &draw(app, width, height);
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// Parses a key script (see [`Harness::press`]).
pub fn keys(script: &str) -> Vec<KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let mut out = Vec::new();
    for word in script.split(' ').filter(|w| !w.is_empty()) {
        let named = match word {
            "Enter" => Some(KeyCode::Enter),
            "Esc" => Some(KeyCode::Esc),
            "Space" => Some(KeyCode::Char(' ')),
            "Tab" => Some(KeyCode::Tab),
            "BackTab" => Some(KeyCode::BackTab),
            "Up" => Some(KeyCode::Up),
            "Down" => Some(KeyCode::Down),
            "Left" => Some(KeyCode::Left),
            "Right" => Some(KeyCode::Right),
            "Bksp" => Some(KeyCode::Backspace),
            "C-c" => {
                out.push(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
                continue;
            }
            _ => None,
        };
        match named {
            Some(code) => out.push(plain(code)),
            None => out.extend(word.chars().map(|c| plain(KeyCode::Char(c)))),
        }
    }
    out
}
