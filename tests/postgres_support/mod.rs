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
    /// Syncs commits to disk (the benchmarks); the tests' servers skip it.
    durable: bool,
    /// Speaks TLS too, with the certificates made in its folder.
    tls: bool,
}

impl Server {
    /// Starts a new server; panics with what to install when PostgreSQL is missing. Its data is
    /// thrown away, so it skips fsync.
    #[must_use]
    pub fn start() -> Self {
        Self::start_with(false, false)
    }

    /// A server that syncs every commit to disk as a real one does, for the benchmarks.
    #[must_use]
    pub fn start_durable() -> Self {
        Self::start_with(true, false)
    }

    /// Starts a new server that also speaks TLS, with a certificate for 127.0.0.1 signed by a
    /// private CA (see [`Server::ca_file`]).
    #[must_use]
    pub fn start_with_tls() -> Self {
        Self::start_with(false, true)
    }

    /// The private CA that signed the server's certificate.
    #[must_use]
    pub fn ca_file(&self) -> PathBuf {
        self.folder.path().join("ca.pem")
    }

    fn start_with(durable: bool, tls: bool) -> Self {
        let bin = binaries();
        let folder = tempfile::Builder::new().prefix("boxoffice-pg").tempdir().expect("a temporary folder");
        if tls {
            make_certificates(folder.path());
        }
        let as_postgres = is_root();
        if as_postgres {
            // The server's own user must own its folders.
            run(Command::new("chown").args(["-R", "postgres:postgres"]).arg(folder.path()));
        }
        let server = Self { port: free_port(), folder, bin, as_postgres, durable, tls };
        server
            .command("initdb")
            // The C locale: the server must not depend on the locales this machine has installed.
            .args(["--auth=trust", "--username=boxoffice", "--encoding=UTF8", "--no-locale", "--no-sync", "-D"])
            .arg(server.data())
            .output()
            .map(|out| check("initdb", &out))
            .expect("initdb runs");
        server.pg_ctl_start();
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

    /// Stops the server at once, as a crash or a pulled cable would: its clients' connections
    /// break.
    pub fn stop(&self) {
        let out = self.command("pg_ctl").args(["-m", "immediate", "-w", "-D"]).arg(self.data()).arg("stop").output();
        check("pg_ctl stop", &out.expect("pg_ctl runs"));
    }

    /// Starts the stopped server again, on the same port with the same data.
    pub fn restart(&self) {
        self.pg_ctl_start();
    }

    fn pg_ctl_start(&self) {
        let mut options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync={} -c max_connections=60",
            self.port,
            self.folder.path().display(),
            if self.durable { "on" } else { "off" }
        );
        if self.tls {
            let file = |name: &str| self.folder.path().join(name).display().to_string();
            options +=
                &format!(" -c ssl=on -c ssl_cert_file={} -c ssl_key_file={}", file("server.crt"), file("server.key"));
        }
        let out = self
            .command("pg_ctl")
            .args(["-w", "-l"])
            .arg(self.folder.path().join("server.log"))
            .args(["-D"])
            .arg(self.data())
            .args(["-o", &options, "start"])
            .output();
        check("pg_ctl start", &out.expect("pg_ctl runs"));
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

    /// Stops the server and removes its folder once this process has ended (for a server kept in
    /// a static, which is never dropped).
    pub fn stop_when_this_process_ends(&self) {
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

    /// The URL of another database on this server.
    #[must_use]
    pub fn database_url(&self, name: &str) -> String {
        format!("postgres://boxoffice@127.0.0.1:{}/{name}", self.port)
    }

    /// Runs statements as the owner, outside any database of boxoffice's (CREATE DATABASE …).
    pub fn admin(&self, statements: &str) {
        let mut client = ::postgres::Client::connect(&self.url(), ::postgres::NoTls).expect("connect to the server");
        client.batch_execute(statements).unwrap_or_else(|error| panic!("{statements}: {error}"));
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

/// A private CA and a server certificate for 127.0.0.1 signed by it, made with the openssl tool.
fn make_certificates(folder: &std::path::Path) {
    let openssl = |args: &[&str]| run(Command::new("openssl").current_dir(folder).args(args));
    openssl(
        &["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=boxoffice test CA"]
            .iter()
            .chain(&["-keyout", "ca.key", "-out", "ca.pem"])
            .copied()
            .collect::<Vec<_>>(),
    );
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    ]);
    std::fs::write(folder.join("server.ext"), "subjectAltName=IP:127.0.0.1\n").expect("write the extension file");
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.crt",
    ]);
    // The server refuses a key others may read.
    std::fs::set_permissions(folder.join("server.key"), std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .expect("make the key private");
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
