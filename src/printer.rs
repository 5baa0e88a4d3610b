//! The counter's ESC/POS thermal printer: what a print run looks like in the printer's own
//! commands ([`layout`]) and how the bytes reach it ([`target`]). Nothing here touches the
//! database; the engine records the print before the bytes are sent, so a printer that fails
//! never undoes a sale, and a reprint fixes the paper.

pub mod layout;
pub mod target;

pub use target::{PrintError, Target};

use std::time::Duration;

/// How long a print may take before the cashier is told it failed: a network printer that is
/// off answers nothing at all, and a USB device can block a write indefinitely.
pub const TIMEOUT: Duration = Duration::from_secs(8);

/// Sends `bytes` to `target` on a thread of its own and waits at most `timeout`: a printer that
/// hangs leaves a thread waiting on it, never the caller.
///
/// # Errors
/// The printer could not be reached, refused the bytes, is out of paper, or did not finish in
/// time.
pub fn send(target: &Target, bytes: Vec<u8>, timeout: Duration) -> Result<(), PrintError> {
    let (done, answer) = std::sync::mpsc::channel();
    let target = target.clone();
    std::thread::Builder::new()
        .name("printer".to_owned())
        .spawn(move || {
            let _ = done.send(target.write(&bytes, timeout));
        })
        .map_err(|error| PrintError::Io(format!("could not start printing: {error}")))?;
    answer.recv_timeout(timeout).unwrap_or(Err(PrintError::TimedOut))
}
