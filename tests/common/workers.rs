//! Worker processes for the race and crash tests. A worker is this very test executable started
//! again on one `#[ignore]`d test (`--exact NAME --ignored --nocapture`), told what to do by
//! environment variables. Workers report on stdout as `REPORT {json}` lines (the test harness
//! prints a few lines of its own around them), flushed line by line.
//!
//! A [`Gate`] releases a group of workers at the same moment: each one says it is ready, then
//! waits for the gate to open.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

/// The prefix of a worker's report lines.
pub const REPORT: &str = "REPORT ";

/// This test executable, started again to run only the ignored test `test_name`.
pub fn worker_command(test_name: &str) -> Command {
    let exe = std::env::current_exe().expect("the test executable's path");
    let mut command = Command::new(exe);
    command.args(["--exact", test_name, "--ignored", "--nocapture", "--test-threads=1"]);
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    command
}

/// A worker that waits at `gate`, then runs the binary with `args` (a JSON array of strings):
/// the racers of the multi-process tests. Add any further environment before spawning it.
pub fn gate_launcher(test_name: &str, gate: &Gate, worker: usize, args: &Value) -> Command {
    let mut command = worker_command(test_name);
    command
        .env("RACE_GATE", gate.path())
        .env("RACE_WORKER", worker.to_string())
        .env("RACE_ARGS", args.to_string())
        .env_remove("RUST_BACKTRACE");
    command
}

/// Prints one report line; stdout is line-buffered, so it leaves the process at once.
pub fn report(value: &Value) {
    println!("{REPORT}{value}");
}

/// The report lines of a worker's stdout. The harness prints `test NAME ... ` without a newline
/// before the test runs, so a report may start part-way through a line.
pub fn reports(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .filter_map(|line| line.split_once(REPORT).map(|(_, json)| json))
        .map(|json| serde_json::from_str(json).expect("a report is JSON"))
        .collect()
}

/// Kills and reaps children still running when a test fails half-way, so none is left behind.
pub struct Reaper(pub Vec<Child>);

impl Drop for Reaper {
    fn drop(&mut self) {
        for child in &mut self.0 {
            if matches!(child.try_wait(), Ok(None)) {
                let _ = child.kill();
            }
            let _ = child.wait();
        }
    }
}

/// What a finished worker left behind.
#[derive(Debug, Clone)]
pub struct Finished {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

fn drain(pipe: Option<impl std::io::Read + Send + 'static>) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    })
}

/// Waits for every child (reading their output meanwhile, so none blocks on a full pipe); kills
/// them all and fails if they are not done by `deadline`.
pub fn finish(children: &mut Reaper, deadline: Duration) -> Vec<Finished> {
    let readers: Vec<(JoinHandle<String>, JoinHandle<String>)> =
        children.0.iter_mut().map(|child| (drain(child.stdout.take()), drain(child.stderr.take()))).collect();
    let until = Instant::now() + deadline;
    let mut codes = vec![None; children.0.len()];
    loop {
        for (child, code) in children.0.iter_mut().zip(&mut codes) {
            if code.is_none() {
                *code = child.try_wait().expect("poll a worker").map(|status| status.code());
            }
        }
        if codes.iter().all(Option::is_some) {
            break;
        }
        if Instant::now() > until {
            for child in &mut children.0 {
                let _ = child.kill();
            }
            panic!("workers still running after {deadline:?}: {codes:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    readers
        .into_iter()
        .zip(codes)
        .map(|((out, err), code)| Finished {
            code: code.flatten(),
            stdout: out.join().expect("stdout reader"),
            stderr: err.join().expect("stderr reader"),
        })
        .collect()
}

/// A start line for worker processes, kept in a folder.
pub struct Gate {
    dir: PathBuf,
}

/// How long anyone waits at the gate before giving up (a stuck test, not a slow machine).
const GATE_DEADLINE: Duration = Duration::from_mins(1);

impl Gate {
    pub fn new(dir: &Path) -> Self {
        let dir = dir.join("gate");
        std::fs::create_dir_all(&dir).expect("create the gate folder");
        Self { dir }
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Waits until `count` workers are ready, then opens the gate.
    pub fn open_when_ready(&self, count: usize, children: &mut [Child]) {
        let deadline = Instant::now() + GATE_DEADLINE;
        loop {
            let ready = std::fs::read_dir(&self.dir)
                .expect("read the gate folder")
                .filter_map(Result::ok)
                .filter(|entry| entry.file_name().to_string_lossy().starts_with("ready-"))
                .count();
            if ready >= count {
                break;
            }
            for child in children.iter_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    panic!("a worker ended before the start ({status})");
                }
            }
            assert!(Instant::now() < deadline, "only {ready} of {count} workers got ready");
            std::thread::sleep(Duration::from_millis(2));
        }
        std::fs::write(self.dir.join("go"), b"").expect("open the gate");
    }

    /// Called by a worker: says it is ready, then waits for the gate to open.
    pub fn wait(dir: &Path, worker: &str) {
        std::fs::write(dir.join(format!("ready-{worker}")), b"").expect("say ready");
        let go = dir.join("go");
        let deadline = Instant::now() + GATE_DEADLINE;
        while !go.exists() {
            assert!(Instant::now() < deadline, "the gate never opened");
            std::thread::sleep(Duration::from_micros(200));
        }
    }
}

/// The body of a launcher worker: waits at the gate named in `RACE_GATE`, sleeps `RACE_DELAY_US`
/// if set, then becomes `boxoffice` with the JSON list of arguments in `RACE_ARGS`. Outside a
/// race (no `RACE_GATE`) it returns at once.
pub fn launch_boxoffice_at_the_gate() {
    use std::os::unix::process::CommandExt as _;
    let Some(gate) = std::env::var_os("RACE_GATE") else { return };
    let worker = std::env::var("RACE_WORKER").expect("RACE_WORKER");
    let args: Vec<String> = serde_json::from_str(&std::env::var("RACE_ARGS").expect("RACE_ARGS")).expect("args");
    Gate::wait(Path::new(&gate), &worker);
    if let Some(delay) = std::env::var("RACE_DELAY_US").ok().and_then(|d| d.parse().ok()) {
        std::thread::sleep(Duration::from_micros(delay));
    }
    let error = Command::new(super::BIN).args(args).exec();
    panic!("could not start boxoffice: {error}");
}
