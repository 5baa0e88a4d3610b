//! The `boxoffice` binary: everything lives in the library; this only runs the command line.

use std::process::ExitCode;

fn main() -> ExitCode {
    boxoffice::cli::run()
}
