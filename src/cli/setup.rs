//! Setting up and looking after the database: init, import, tick, verify, and opening the screen.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::json;

use super::output::Output;
use super::{Context, Database};
use crate::domain::Lang;
use crate::domain::time::local_date;
use crate::domain::venue_file;
use crate::engine::Breach;
use crate::engine::demo::SCHEDULE_DAYS;
use crate::engine::{Engine, EngineError, ImportReport, Seal};
use crate::i18n;
use crate::tr;

/// `~/.local/share/boxoffice/boxoffice.db` on Linux; the platform's data folder elsewhere.
pub fn default_db_path() -> Result<PathBuf, EngineError> {
    Ok(data_dir()?.join("boxoffice.db"))
}

/// The platform data folder for boxoffice (database, demo database, receipts, log).
pub fn data_dir() -> Result<PathBuf, EngineError> {
    crate::engine::data_folder().ok_or_else(|| EngineError::BadInput(tr!("cli-no-home")))
}

/// This machine's name, the default counter name.
pub fn host_name() -> String {
    let name = gethostname::gethostname().to_string_lossy().trim().to_owned();
    if name.is_empty() { "counter".to_owned() } else { name }
}

/// `boxoffice init [--demo]`.
pub fn init(ctx: &Context, demo: bool, training: bool, out: &Output) -> Result<(), EngineError> {
    let existed = ctx.db.exists();
    let mut engine = ctx.sign_in(ctx.open(Database::CreateIfMissing, training)?)?;
    let report =
        if demo { Some(ctx.approved(&mut engine, |engine| engine.install_demo(ctx.clock.now()))?) } else { None };
    // A server's URL is shown without its password.
    let path = engine.database_location();
    let training = engine.is_training();
    let value =
        json!({ "database": path, "created": !existed, "training": training, "demo": report.map(|r| report_json(&r)) });
    let done = match (existed, training) {
        (false, false) => tr!("cli-init-created", path = path.as_str()),
        (false, true) => tr!("cli-init-created-training", path = path.as_str()),
        (true, false) => tr!("cli-init-opened", path = path.as_str()),
        (true, true) => tr!("cli-init-opened-training", path = path.as_str()),
    };
    out.answer(&value, || match report {
        Some(report) => tr!("cli-init-demo", done = done, report = describe(&report), path = path.as_str()),
        None => tr!("cli-init-empty", done = done, path = path.as_str()),
    });
    Ok(())
}

/// `boxoffice import FILE.toml`.
pub fn import(ctx: &Context, file: &Path, days: Option<u32>, out: &Output) -> Result<(), EngineError> {
    let text = read_venue_file(file)?;
    let shown = file.display();
    let parsed = venue_file::parse(&text).map_err(|error| EngineError::BadInput(format!("{shown}: {error}")))?;
    let now = ctx.clock.now();
    let report = ctx
        .act_on(Database::CreateIfMissing, |engine| {
            let zone = match &parsed.venue {
                Some(venue) => venue.zone,
                None => engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone),
            };
            engine.import(&parsed, local_date(zone, now), days.unwrap_or(SCHEDULE_DAYS), now)
        })
        .map_err(|error| match error {
            EngineError::BadInput(message) => EngineError::BadInput(format!("{shown}: {message}")),
            other => other,
        })?;
    out.answer(&report_json(&report), || tr!("cli-imported", file = shown.to_string(), report = describe(&report)));
    Ok(())
}

/// The most a venue file may weigh: a year of a large multiplex is well under a megabyte.
const MAX_VENUE_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads a venue file: only a regular file, and only up to [`MAX_VENUE_FILE_BYTES`], so that
/// `/dev/zero` or a fifo cannot fill the memory.
fn read_venue_file(file: &Path) -> Result<String, EngineError> {
    use std::io::Read as _;
    let shown = file.display();
    let cannot = |error: std::io::Error| {
        EngineError::BadInput(tr!("cli-cannot-read", file = shown.to_string(), error = error.to_string()))
    };
    let opened = std::fs::File::open(file).map_err(cannot)?;
    let metadata = opened.metadata().map_err(cannot)?;
    if !metadata.is_file() {
        return Err(EngineError::BadInput(tr!("cli-not-a-file", file = shown.to_string())));
    }
    let mut bytes = Vec::new();
    opened.take(MAX_VENUE_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > MAX_VENUE_FILE_BYTES {
        return Err(EngineError::BadInput(tr!("cli-file-too-large", file = shown.to_string())));
    }
    String::from_utf8(bytes).map_err(|_| EngineError::BadInput(tr!("cli-not-utf8", file = shown.to_string())))
}

fn report_json(report: &ImportReport) -> serde_json::Value {
    json!({
        "auditoriums_added": report.auditoriums_added,
        "auditoriums_changed": report.auditoriums_changed,
        "films": report.films,
        "price_lists": report.price_lists,
        "showings_added": report.showings_added,
        "showings_existing": report.showings_existing,
    })
}

fn describe(report: &ImportReport) -> String {
    tr!(
        "cli-import-report",
        auditoriums = report.auditoriums_added,
        films = report.films,
        price_lists = report.price_lists,
        showings = report.showings_added,
        existing = report.showings_existing,
    )
}

/// `boxoffice tick`.
pub fn tick(engine: &mut Engine, now: DateTime<Utc>, out: &Output) -> Result<(), EngineError> {
    let report = engine.tick(now)?;
    out.answer(
        &json!({
            "expired_holds": report.expired_holds,
            "released_seats": report.released_seats,
            "restocked_showings": report.restocked_showings,
        }),
        || {
            tr!(
                "cli-tick",
                holds = report.expired_holds,
                seats = report.released_seats,
                showings = report.restocked_showings,
            )
        },
    );
    Ok(())
}

/// `boxoffice verify`: exit 1 on any breach.
pub fn verify(engine: &mut Engine, seal: Option<&str>, out: &Output) -> Result<(), EngineError> {
    let seal = seal.map(Seal::parse).transpose()?;
    let mut breaches = engine.verify()?;
    // The rule broken by a seal, in English in the JSON like every other rule.
    let mut seal_rule = None;
    if let Some(seal) = &seal
        && let Some(broken) = engine.check_seal(seal)?
    {
        let english = i18n::Localizer::new(Lang::En).tr("verify-seal-rule", &[("event", seal.event.into())]);
        seal_rule = Some((english.clone(), tr!("verify-seal-rule", event = seal.event)));
        breaches.push(Breach { rule: english, details: vec![broken] });
    }
    let value = json!({
        "ok": breaches.is_empty(),
        "breaches": breaches.iter().map(|b| json!({ "rule": b.rule, "details": b.details })).collect::<Vec<_>>(),
    });
    out.answer(&value, || {
        if breaches.is_empty() {
            match &seal {
                Some(seal) => tr!("verify-ok-seal", event = seal.event),
                None => tr!("verify-ok"),
            }
        } else {
            let mut text = format!("{}\n", tr!("verify-broken", count = breaches.len()));
            for breach in &breaches {
                let rule = match &seal_rule {
                    Some((english, shown)) if *english == breach.rule => shown.clone(),
                    _ => i18n::verify_rule(&breach.rule),
                };
                text.push_str(&format!("- {rule}\n"));
                for detail in &breach.details {
                    text.push_str(&format!("    {detail}\n"));
                }
            }
            text
        }
    });
    if breaches.is_empty() {
        Ok(())
    } else {
        Err(EngineError::Failed(anyhow::anyhow!(tr!("verify-failed", count = breaches.len()))))
    }
}

/// `boxoffice` / `boxoffice tui` / `boxoffice demo`: the cashier screen. The screen gets two
/// engines on the same file: one for the cashier's actions, one for the watcher that ticks and
/// reloads what other counters changed. Receipts go to `receipts/` beside the database file,
/// or in the data folder when the database is on a server.
pub fn screen(ctx: &Context, demo: bool) -> Result<(), EngineError> {
    let (db, mode) = if demo {
        let db = match &ctx.db_given {
            Some(db) => db.clone(),
            None => data_dir()?.join("demo.db"),
        };
        (db, Database::CreateIfMissing)
    } else {
        // A missing database is an error that says what to do, not a new empty file.
        (ctx.db.clone(), Database::Existing)
    };
    let mut desk = mode.open(&db, ctx.actor.clone())?;
    if demo {
        desk.make_training(ctx.clock.now())?;
    }
    // Before anything is ticked or shown: a fixed clock on a real database would restock
    // tomorrow's showings at the sign-in view.
    let clock_warning = desk.settle_clock(ctx.clock)?.1;
    if demo {
        let now = ctx.clock.now();
        desk.install_demo(now)?;
        desk.tick(now)?;
        desk.seed_demo_sales(now)?;
    }
    super::settle_language(&mut desk);
    // A screen with nothing to sell helps nobody: say what to do instead of opening it.
    if desk.venue()?.is_none() {
        return Err(EngineError::BadInput(tr!("cli-screen-no-venue", path = desk.database_location())));
    }
    let watcher = Engine::open(&db, ctx.actor.clone())?;
    // Receipts go beside a database file, or into this user's data folder on a server: never
    // into a folder named after the server's URL.
    let folder = desk.files_folder().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or_else(|| PathBuf::from("."));
    crate::tui::run(crate::tui::Setup {
        desk,
        watcher,
        clock: ctx.clock,
        receipts: folder.join("receipts"),
        printer: ctx.printer.clone(),
        clock_warning,
    })
}

/// The usher's door view, on the database that must exist.
pub fn door(ctx: &Context, showing: Option<i64>) -> Result<(), EngineError> {
    let mut engine = ctx.engine()?;
    if engine.venue()?.is_none() {
        return Err(EngineError::BadInput(crate::engine::messages::no_venue_yet()));
    }
    crate::tui::door::run(engine, ctx.clock, showing.map(crate::domain::ShowingId))
}
