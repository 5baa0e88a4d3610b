//! `boxoffice staff add|list|disable`.

use std::io::BufRead as _;

use serde_json::json;

use super::Context;
use super::args::StaffCommand;
use super::output::{Output, time};
use crate::domain::Role;
use crate::domain::text::padded;
use crate::engine::EngineError;
use crate::i18n::words;
use crate::tr;

pub fn run(ctx: &Context, command: &StaffCommand, out: &Output) -> Result<(), EngineError> {
    let now = ctx.clock.now();
    match command {
        StaffCommand::Add { name, role, pin_stdin } => {
            let role: Role = role
                .trim()
                .to_ascii_lowercase()
                .parse()
                .map_err(|_| EngineError::BadInput(tr!("cli-bad-role", role = format!("{role:?}"))))?;
            ctx.act(|engine| {
                let pin = if *pin_stdin { pin_from_stdin()? } else { pin_from_terminal(name)? };
                engine.add_staff(name, role, &pin, now)
            })?;
            out.answer(&json!({ "staff": name.trim(), "role": role.as_str() }), || {
                tr!("cli-staff-added", name = name.trim(), role = words::role(role.as_str()))
            });
        }
        StaffCommand::List => {
            let mut engine = ctx.engine()?;
            let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
            let staff = engine.staff()?;
            let value: Vec<_> = staff
                .iter()
                .map(|s| {
                    json!({
                        "name": s.name, "role": s.role.as_str(), "active": s.active,
                        "locked_until": s.locked_until.filter(|until| *until > now).map(|until| time(zone, until)),
                    })
                })
                .collect();
            out.answer(&json!(value), || {
                if staff.is_empty() {
                    return tr!("cli-staff-none");
                }
                let mut text = String::new();
                for s in &staff {
                    let state = match (s.active, s.locked_until.filter(|until| *until > now)) {
                        (false, _) => tr!("cli-staff-disabled"),
                        (true, Some(until)) => {
                            tr!("cli-staff-locked", until = until.with_timezone(&zone).format("%H:%M:%S").to_string())
                        }
                        (true, None) => tr!("cli-staff-active"),
                    };
                    let (name, role) = (padded(&s.name, 24, true), padded(&words::role(s.role.as_str()), 8, true));
                    text.push_str(&format!("{name} {role} {state}\n"));
                }
                text
            });
        }
        StaffCommand::Disable { name } => {
            ctx.act(|engine| engine.disable_staff(name, now))?;
            out.answer(&json!({ "staff": name.trim(), "active": false }), || {
                tr!("cli-staff-disabled-done", name = name.trim())
            });
        }
    }
    Ok(())
}

/// The PIN typed twice on the terminal, without echo.
fn pin_from_terminal(name: &str) -> Result<String, EngineError> {
    let ask = |prompt: String| {
        rpassword::prompt_password(prompt)
            .map_err(|e| EngineError::BadInput(tr!("cli-pin-no-terminal", error = e.to_string())))
    };
    let first = ask(format!("{} ", tr!("cli-pin-prompt", name = name.trim())))?;
    let second = ask(format!("{} ", tr!("cli-pin-again")))?;
    if first != second {
        return Err(EngineError::BadInput(tr!("cli-pin-differ")));
    }
    Ok(first)
}

/// The first line of standard input.
fn pin_from_stdin() -> Result<String, EngineError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| EngineError::BadInput(tr!("cli-pin-no-stdin", error = e.to_string())))?;
    Ok(line.trim().to_owned())
}
