//! Printing: human text or JSON on stdout, one-line errors on stderr.

use std::io::Write as _;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

use crate::domain::text::{printable, shortened};
use crate::domain::time::rfc3339;
use crate::engine::EngineError;

/// The longest error message printed; anything longer is cut with an ellipsis.
const MAX_MESSAGE_CHARS: usize = 400;

/// How this invocation prints.
pub struct Output {
    pub json: bool,
}

impl Output {
    /// Prints a JSON value (one document) or human lines, whichever was asked for.
    pub fn answer(&self, json_value: &Value, human: impl FnOnce() -> String) {
        // Human text carries names from the database: whatever was planted there, no escape
        // sequence reaches the terminal. (JSON escapes control characters itself.)
        let text = if self.json { json_value.to_string() } else { printable(&human()).into_owned() };
        // A closed pipe (e.g. `| head`) is not an error worth a panic.
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{}", text.trim_end_matches('\n'));
    }

    /// Prints an error and returns its exit code.
    pub fn error(&self, error: &EngineError) -> ExitCode {
        // The log keeps SQLite's own words too: a storage fault's sentence is for the cashier, the
        // code behind it for whoever repairs the machine.
        if let EngineError::Failed(cause) = error {
            tracing::info!(kind = error.kind(), "command failed: {error}: {cause:#}");
        } else {
            tracing::info!(kind = error.kind(), "command failed: {error:#}");
        }
        // One line, without control characters, and not a whole 130 KB argument echoed back.
        let message = shortened(&printable(&one_line(&error.to_string())), MAX_MESSAGE_CHARS).into_owned();
        if self.json {
            let mut object = json!({ "error": error.kind(), "message": message });
            if let EngineError::Conflict { conflict, seats, .. } = error {
                object["reason"] = json!(conflict.as_str());
                if !seats.is_empty() {
                    object["seats"] = json!(seats);
                }
            }
            eprintln!("{object}");
        } else {
            eprintln!("boxoffice: {message}");
        }
        ExitCode::from(error.exit_code())
    }
}

/// A usage error from clap, as one line (or the help and version texts, which are not errors).
pub fn usage_error(error: &clap::Error, json_wanted: bool) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = error.print();
        return if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    // clap's message is a paragraph (the error, an indented detail, usage, a tip); the first
    // paragraph folded onto one line says it all.
    let rendered = error.to_string();
    let paragraph: Vec<&str> = rendered
        .lines()
        .skip_while(|line| line.trim().is_empty())
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    let message = paragraph.join(" ");
    let message = message.trim_start_matches("error: ");
    let message = if message.is_empty() { "invalid usage" } else { message };
    let message = format!("{message} (see boxoffice --help)");
    if json_wanted {
        eprintln!("{}", json!({ "error": "usage", "message": message }));
    } else {
        eprintln!("boxoffice: {message}");
    }
    ExitCode::from(2)
}

/// Folds a possibly multi-line message onto one line.
pub fn one_line(text: &str) -> String {
    text.split('\n').map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("; ")
}

/// An instant as RFC 3339 with the venue's offset.
pub fn time(zone: Tz, at: DateTime<Utc>) -> String {
    rfc3339(zone, at)
}
