//! `boxoffice staff add|list|disable`.

use std::io::BufRead as _;

use serde_json::json;

use super::Context;
use super::args::StaffCommand;
use super::output::{Output, time};
use crate::domain::Role;
use crate::engine::EngineError;

pub fn run(ctx: &Context, command: &StaffCommand, out: &Output) -> Result<(), EngineError> {
    let now = ctx.clock.now();
    match command {
        StaffCommand::Add { name, role, pin_stdin } => {
            let role: Role = role
                .trim()
                .to_ascii_lowercase()
                .parse()
                .map_err(|_| EngineError::BadInput(format!("{role:?} is not a role (cashier or manager)")))?;
            ctx.act(|engine| {
                let pin = if *pin_stdin { pin_from_stdin()? } else { pin_from_terminal(name)? };
                engine.add_staff(name, role, &pin, now)
            })?;
            out.answer(&json!({ "staff": name.trim(), "role": role.as_str() }), || {
                format!("Added {} as {role}.", name.trim())
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
                    return "No staff: this is a single-user counter. \
                            Add a manager with: boxoffice staff add NAME --role manager"
                        .to_owned();
                }
                let mut text = String::new();
                for s in &staff {
                    let state = match (s.active, s.locked_until.filter(|until| *until > now)) {
                        (false, _) => "disabled".to_owned(),
                        (true, Some(until)) => {
                            format!("locked until {}", until.with_timezone(&zone).format("%H:%M:%S"))
                        }
                        (true, None) => "active".to_owned(),
                    };
                    text.push_str(&format!("{:<24} {:<8} {state}\n", s.name, s.role.as_str()));
                }
                text
            });
        }
        StaffCommand::Disable { name } => {
            ctx.act(|engine| engine.disable_staff(name, now))?;
            out.answer(&json!({ "staff": name.trim(), "active": false }), || format!("Disabled {}.", name.trim()));
        }
    }
    Ok(())
}

/// The PIN typed twice on the terminal, without echo.
fn pin_from_terminal(name: &str) -> Result<String, EngineError> {
    let ask = |prompt: String| {
        rpassword::prompt_password(prompt)
            .map_err(|e| EngineError::BadInput(format!("cannot read a PIN from the terminal ({e}); use --pin-stdin")))
    };
    let first = ask(format!("PIN for {}: ", name.trim()))?;
    let second = ask("Again: ".to_owned())?;
    if first != second {
        return Err(EngineError::BadInput("the two PINs differ; nothing was added".to_owned()));
    }
    Ok(first)
}

/// The first line of standard input.
fn pin_from_stdin() -> Result<String, EngineError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| EngineError::BadInput(format!("cannot read the PIN from standard input: {e}")))?;
    Ok(line.trim().to_owned())
}
