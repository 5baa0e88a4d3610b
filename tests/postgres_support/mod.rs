//! A throwaway PostgreSQL server for the tests: `initdb` and `pg_ctl` from the system's
//! PostgreSQL binaries, a private data folder and Unix socket in a temporary directory, a free
//! TCP port on 127.0.0.1, stopped and removed when the test ends however it ends. So
//! `cargo test` needs no server set up by hand; `.ci/run` installs the `postgresql` package
//! where it is missing.
//!
//! `initdb` refuses to run as root, and CI runs as root: there the server runs as the
//! `postgres` system user (created by the package), through `runuser`.
#![allow(dead_code, reason = "each PostgreSQL test file uses its own part of the helpers")]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use tempfile::TempDir;

/// A running server with one database, `boxoffice`, owned by the role `boxoffice`.
pub struct Server {
    folder: TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl Server {
    /// Starts a new server; panics with what to install when PostgreSQL is missing.
    #[must_use]
    pub fn start() -> Self {
        let bin = binaries();
        let folder = tempfile::Builder::new().prefix("boxoffice-pg").tempdir().expect("a temporary folder");
        let as_postgres = is_root();
        if as_postgres {
            // The server's own user must own its folders.
            run(Command::new("chown").args(["-R", "postgres:postgres"]).arg(folder.path()));
        }
        let server = Self { port: free_port(), folder, bin, as_postgres };
        server
            .command("initdb")
            .args(["--auth=trust", "--username=boxoffice", "--encoding=UTF8", "--no-sync", "-D"])
            .arg(server.data())
            .output()
            .map(|out| check("initdb", &out))
            .expect("initdb runs");
        server.resume();
        run(Command::new(server.bin.join("createdb")).args([
            "-h",
            "127.0.0.1",
            "-p",
            &server.port.to_string(),
            "-U",
            "boxoffice",
            "boxoffice",
        ]));
        server
    }

    /// Starts the server (again, after [`Server::halt`]) on its port and folder.
    pub fn resume(&self) {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off -c max_connections=60",
            self.port,
            self.folder.path().display()
        );
        self.command("pg_ctl")
            .args(["-w", "-l"])
            .arg(self.folder.path().join("server.log"))
            .args(["-D"])
            .arg(self.data())
            .args(["-o", &options, "start"])
            .output()
            .map(|out| check("pg_ctl start", &out))
            .expect("pg_ctl runs");
    }

    /// Stops the server at once, cutting every connection: the server a counter loses.
    pub fn halt(&self) {
        self.command("pg_ctl")
            .args(["-w", "-m", "immediate", "-D"])
            .arg(self.data())
            .arg("stop")
            .output()
            .map(|out| check("pg_ctl stop", &out))
            .expect("pg_ctl runs");
    }

    /// The one server of this test binary, started on first use. A static is never dropped, so
    /// a watchdog stops the server and removes its folder once this process has ended.
    pub fn shared() -> &'static Self {
        static SHARED: OnceLock<Server> = OnceLock::new();
        SHARED.get_or_init(|| {
            let server = Self::start();
            server.stop_when_this_process_ends();
            server
        })
    }

    /// A new, empty database on this server (`t_1`, `t_2`, …) and its URL: one per test, so
    /// tests on the shared server never see each other's rows.
    pub fn fresh_database(&self) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        let name = format!("t_{}", NEXT.fetch_add(1, Ordering::Relaxed));
        let mut client =
            ::postgres::Client::connect(&self.url(), ::postgres::NoTls).expect("connect to the test server");
        client.batch_execute(&format!("CREATE DATABASE {name}")).expect("create a test database");
        format!("postgres://boxoffice@127.0.0.1:{}/{name}", self.port)
    }

    fn stop_when_this_process_ends(&self) {
        let pg_ctl = self.bin.join("pg_ctl");
        let stop = format!(
            "(while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {runuser}{pg_ctl} -m immediate -D {data} stop; rm -rf {folder}) &",
            pid = std::process::id(),
            runuser = if self.as_postgres { "runuser -u postgres -- " } else { "" },
            pg_ctl = pg_ctl.display(),
            data = self.data().display(),
            folder = self.folder.path().display(),
        );
        Command::new("sh")
            .args(["-c", &stop])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("start the server's watchdog");
    }

    /// The URL of its database over TCP, as a counter on another PC would use.
    #[must_use]
    pub fn url(&self) -> String {
        format!("postgres://boxoffice@127.0.0.1:{}/boxoffice", self.port)
    }

    fn data(&self) -> PathBuf {
        self.folder.path().join("data")
    }

    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(path);
            command
        } else {
            Command::new(path)
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Immediate: the data is thrown away with the folder anyway.
        let _ = self.command("pg_ctl").args(["-m", "immediate", "-D"]).arg(self.data()).arg("stop").output();
    }
}

/// The newest installed PostgreSQL's server binaries (15 or newer).
fn binaries() -> PathBuf {
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if dir.join("initdb").exists() {
            return dir;
        }
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| Some((entry.file_name().to_str()?.parse().ok()?, entry.path().join("bin"))))
        .filter(|(version, bin): &(u32, PathBuf)| *version >= 15 && bin.join("initdb").exists())
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin).expect("PostgreSQL 15 or newer is installed (apt-get install postgresql)")
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// A port nobody listens on now (the kernel picks it; the server takes it a moment later).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|listener| listener.local_addr()).expect("a free port").port()
}

fn run(command: &mut Command) {
    let out = command.output().expect("the command runs");
    check(&format!("{command:?}"), &out);
}

fn check(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
