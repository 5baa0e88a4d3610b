//! Logging to a file in the data folder, never to the screen (the screen belongs to the
//! cashier, stderr to the one error line). `BOXOFFICE_LOG` sets the level (default `info`).
//! Not beside the database: a command pointed at someone else's folder must leave it untouched.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;

/// The log file's name, in the data folder.
pub const LOG_FILE: &str = "boxoffice.log";

/// Starts logging to `<folder>/boxoffice.log`. Keep the guard alive until exit so the last
/// lines are written. A folder that cannot be written just means no log.
pub fn start(folder: &Path) -> Option<WorkerGuard> {
    // The log names staff and counters: private, and never written through a planted link.
    if crate::text_file::private_dir(folder).is_err() {
        return None;
    }
    if crate::text_file::private_options().create(true).append(true).open(folder.join(LOG_FILE)).is_err() {
        return None;
    }
    let appender = tracing_appender::rolling::never(folder, LOG_FILE);
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = EnvFilter::try_from_env("BOXOFFICE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let installed = tracing_subscriber::fmt().with_writer(writer).with_ansi(false).with_env_filter(filter).try_init();
    installed.is_ok().then_some(guard)
}

/// Replaces the default panic output (a backtrace hint on stderr) with one line, and logs the
/// details. The screen installs its own hook on top, which restores the terminal first.
pub fn one_line_panics() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        tracing::error!("panic{location}: {message}");
        eprintln!("boxoffice: internal error: {message} (this is a bug; nothing half-written was kept)");
    }));
}
