//! Where a counter's printer is: `tcp://HOST[:PORT]` (raw printing, port 9100 by default), a
//! device path such as `/dev/usb/lp0`, or `file:PATH` (appends the exact bytes: for tests, and
//! for printing later).

use std::fs::OpenOptions;
use std::io::{Read as _, Write as _};
use std::net::{TcpStream, ToSocketAddrs as _};
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// The port of raw ESC/POS printing over the network ("JetDirect").
pub const DEFAULT_PORT: u16 = 9100;

/// ESC/POS real-time status request, paper roll sensor (`DLE EOT 4`).
const PAPER_STATUS: &[u8] = &[0x10, 0x04, 0x04];
/// In the answer to [`PAPER_STATUS`]: both "paper end" bits.
const PAPER_END: u8 = 0x60;
/// How long a printer has to answer the status request; many compatibles never do.
const STATUS_WAIT: Duration = Duration::from_millis(300);

/// A printer's address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `host:port` of a network printer.
    Tcp(String),
    /// A character device (USB or parallel printer).
    Device(PathBuf),
    /// A file the bytes are appended to.
    File(PathBuf),
}

/// Why a print did not reach the paper.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error("{0}")]
    Io(String),
    #[error("the printer is out of paper")]
    OutOfPaper,
    #[error("the printer did not answer in time")]
    TimedOut,
}

impl FromStr for Target {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix("tcp://") {
            let rest = rest.trim_end_matches('/');
            if rest.is_empty() {
                return Err(format!("{text:?} names no printer (write tcp://192.168.1.50:9100)"));
            }
            let has_port = rest.rsplit_once(':').is_some_and(|(_, port)| port.parse::<u16>().is_ok());
            return Ok(Self::Tcp(if has_port { rest.to_owned() } else { format!("{rest}:{DEFAULT_PORT}") }));
        }
        if let Some(path) = text.strip_prefix("file:") {
            if path.is_empty() {
                return Err("file: needs a path (write file:/tmp/tickets.bin)".to_owned());
            }
            return Ok(Self::File(PathBuf::from(path)));
        }
        if text.starts_with('/') {
            return Ok(Self::Device(PathBuf::from(text)));
        }
        Err(format!("{text:?} is not a printer (write tcp://HOST:PORT, a device path like /dev/usb/lp0, or file:PATH)"))
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Tcp(address) => write!(f, "tcp://{address}"),
            Self::Device(path) => write!(f, "{}", path.display()),
            Self::File(path) => write!(f, "file:{}", path.display()),
        }
    }
}

impl Target {
    /// Writes the bytes, blocking; [`super::send`] runs this on its own thread.
    pub(super) fn write(&self, bytes: &[u8], timeout: Duration) -> Result<(), PrintError> {
        let io = |what: &'static str| move |error: std::io::Error| PrintError::Io(format!("{what} {self}: {error}"));
        match self {
            Self::Tcp(address) => {
                let addr = address
                    .to_socket_addrs()
                    .map_err(io("cannot find the printer"))?
                    .next()
                    .ok_or_else(|| PrintError::Io(format!("cannot find the printer {self}")))?;
                let mut stream = TcpStream::connect_timeout(&addr, timeout).map_err(io("cannot reach the printer"))?;
                stream.set_write_timeout(Some(timeout)).map_err(io("cannot use the printer"))?;
                paper_check(&mut stream)?;
                stream.write_all(bytes).map_err(io("could not send to the printer"))?;
                stream.flush().map_err(io("could not send to the printer"))
            }
            Self::Device(path) => {
                let mut device = OpenOptions::new().append(true).open(path).map_err(io("cannot open the printer"))?;
                device.write_all(bytes).map_err(io("could not send to the printer"))
            }
            Self::File(path) => {
                // Private and never through a planted symbolic link, like every file we write.
                let mut file = crate::text_file::private_options()
                    .append(true)
                    .create(true)
                    .open(path)
                    .map_err(io("cannot open"))?;
                // One write of the whole run, so a reader of the file never sees half a ticket.
                file.write_all(bytes).map_err(io("could not write to"))?;
                file.sync_data().map_err(io("could not write to"))
            }
        }
    }
}

/// Asks a network printer for its paper sensor; a printer that does not answer is assumed fine.
fn paper_check(stream: &mut TcpStream) -> Result<(), PrintError> {
    if stream.write_all(PAPER_STATUS).is_err() || stream.set_read_timeout(Some(STATUS_WAIT)).is_err() {
        return Ok(());
    }
    let mut answer = [0_u8; 1];
    match stream.read(&mut answer) {
        Ok(1) if answer[0] & PAPER_END == PAPER_END => Err(PrintError::OutOfPaper),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_read_as_the_design_says() {
        assert_eq!("tcp://10.0.0.7".parse(), Ok(Target::Tcp("10.0.0.7:9100".to_owned())));
        assert_eq!("tcp://printer.local:9101".parse(), Ok(Target::Tcp("printer.local:9101".to_owned())));
        assert_eq!("/dev/usb/lp0".parse(), Ok(Target::Device("/dev/usb/lp0".into())));
        assert_eq!("file:/tmp/t.bin".parse(), Ok(Target::File("/tmp/t.bin".into())));
        for bad in ["", "tcp://", "file:", "printer", "lp0"] {
            assert!(bad.parse::<Target>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_file_target_appends_the_exact_bytes() {
        let dir = tempfile::tempdir().expect("dir");
        let target = Target::File(dir.path().join("t.bin"));
        target.write(&[0x1B, 0x40, b'A'], Duration::from_secs(1)).expect("first");
        target.write(&[0x00, 0xFF], Duration::from_secs(1)).expect("second");
        assert_eq!(std::fs::read(dir.path().join("t.bin")).expect("read"), [0x1B, 0x40, b'A', 0x00, 0xFF]);
    }

    #[test]
    fn a_file_target_never_writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().expect("dir");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep me").expect("victim");
        std::os::unix::fs::symlink(&victim, dir.path().join("t.bin")).expect("link");
        let target = Target::File(dir.path().join("t.bin"));
        assert!(target.write(b"ticket", Duration::from_secs(1)).is_err(), "a planted link is refused");
        assert_eq!(std::fs::read_to_string(&victim).expect("read"), "keep me");
    }

    #[test]
    fn a_printer_that_is_not_there_is_an_error_not_a_hang() {
        let target = Target::Device("/nonexistent/lp0".into());
        assert!(matches!(super::super::send(&target, vec![1], Duration::from_secs(2)), Err(PrintError::Io(_))));
    }
}
