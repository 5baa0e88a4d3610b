//! The staff rules through the binary: PINs never on the command line, exit 2 without a
//! signed-in staff member, approvals with `--approver` and `BOXOFFICE_APPROVER_PIN`, and the
//! manager's commands.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const MORNING: &str = "2026-11-27T11:00:00+07:00";

struct Counter {
    dir: TempDir,
}

impl Counter {
    fn new() -> Self {
        let counter = Self { dir: tempfile::tempdir().expect("temp dir") };
        counter.run(&["init", "--demo"], &[]).success();
        counter
    }

    fn command(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_boxoffice"));
        command
            .env_remove("BOXOFFICE_PIN")
            .env_remove("BOXOFFICE_APPROVER_PIN")
            .arg("--db")
            .arg(self.dir.path().join("box.db"))
            .env("BOXOFFICE_NOW", MORNING)
            .args(["--counter", "counter-1"])
            .args(args)
            .envs(env.iter().copied());
        command
    }

    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> assert_cmd::assert::Assert {
        self.command(args, env).assert()
    }

    /// `staff add`, signed in as `by` (name, PIN) when given.
    fn add(&self, name: &str, role: &str, pin: &str, by: Option<(&str, &str)>) -> assert_cmd::assert::Assert {
        let mut args = Vec::new();
        let mut env = Vec::new();
        if let Some((signer, signer_pin)) = by {
            args.extend(["--staff", signer]);
            env.push(("BOXOFFICE_PIN", signer_pin));
        }
        args.extend(["staff", "add", name, "--role", role, "--pin-stdin"]);
        self.command(&args, &env).write_stdin(format!("{pin}\n")).assert()
    }

    fn json(&self, args: &[&str], env: &[(&str, &str)]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let output = self.run(&all, env).success().get_output().stdout.clone();
        serde_json::from_slice(&output).expect("json")
    }
}

fn one_line(assert: &assert_cmd::assert::Assert) -> String {
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line expected: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

const AYU: [(&str, &str); 1] = [("BOXOFFICE_PIN", "1111")];
const BUDI: [(&str, &str); 1] = [("BOXOFFICE_PIN", "2222")];

fn staffed() -> Counter {
    let counter = Counter::new();
    counter.add("Ayu", "manager", "1111", None).success();
    counter.add("Budi", "cashier", "2222", Some(("Ayu", "1111"))).success();
    counter
}

#[test]
fn a_pin_is_never_accepted_on_the_command_line() {
    let counter = Counter::new();
    let refused = counter.run(&["staff", "add", "Ayu", "--role", "manager", "--pin", "1111"], &[]).code(2);
    one_line(&refused);
}

#[test]
fn adding_staff_after_the_first_needs_a_manager() {
    let counter = Counter::new();
    counter.add("Ayu", "manager", "1111", None).success();
    let refused = counter.add("Budi", "cashier", "2222", None).code(2);
    assert!(one_line(&refused).contains("--staff"));
    counter.add("Budi", "cashier", "2222", Some(("Ayu", "1111"))).success();
    let refused = counter.add("Citra", "cashier", "3333", Some(("Budi", "2222"))).code(2);
    assert!(one_line(&refused).contains("manager"));
}

#[test]
fn writing_commands_need_a_signed_in_staff_member_once_staff_exist() {
    let counter = staffed();
    one_line(&counter.run(&["hold", "3", "A1"], &[]).code(2));
    one_line(&counter.run(&["--staff", "Budi", "hold", "3", "A1"], &[]).code(2));
    one_line(&counter.run(&["--staff", "Budi", "hold", "3", "A1"], &[("BOXOFFICE_PIN", "0000")]).code(2));
    counter.run(&["--staff", "Budi", "hold", "3", "A1"], &BUDI).success();
    // Reading needs no PIN.
    counter.run(&["seats", "3"], &[]).success();
}

#[test]
fn a_cashier_refund_after_the_start_needs_an_approver_and_records_them() {
    let counter = staffed();
    counter.run(&["--staff", "Budi", "shift", "open", "--float", "100000"], &BUDI).success();
    let hold = counter.json(&["--staff", "Budi", "hold", "3", "D1", "D2"], &BUDI);
    let code = hold["booking"].as_str().expect("code").to_owned();
    counter.run(&["--staff", "Budi", "sell", &code, "--payment", "cash"], &BUDI).success();
    let late = ["--now", "2026-11-27T15:10:00+07:00"];
    let refused = counter
        .run(&[&late[..], &["--staff", "Budi", "refund", &code, "--reason", "fire alarm"]].concat(), &BUDI)
        .code(2);
    assert!(one_line(&refused).contains("approval"));
    let own = [("BOXOFFICE_PIN", "1111"), ("BOXOFFICE_APPROVER_PIN", "1111")];
    let self_approved = counter
        .run(
            &[&late[..], &["--staff", "Ayu", "--approver", "Ayu", "refund", &code, "--reason", "fire alarm"]].concat(),
            &own,
        )
        .code(2);
    assert!(one_line(&self_approved).contains("nobody approves"));
    let approved = [("BOXOFFICE_PIN", "2222"), ("BOXOFFICE_APPROVER_PIN", "1111")];
    let args =
        [&late[..], &["--json", "--staff", "Budi", "--approver", "Ayu", "refund", &code, "--reason", "fire alarm"]]
            .concat();
    counter.run(&args, &approved).success();
    let events = counter.run(&["events"], &[]).success().get_output().stdout.clone();
    let refunded: Value = String::from_utf8_lossy(&events)
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("json line"))
        .find(|event| event["kind"] == "refunded")
        .expect("refund event");
    assert_eq!((refunded["staff"].as_str(), refunded["approver"].as_str()), (Some("Budi"), Some("Ayu")));
}

#[test]
fn the_shift_close_writes_a_report_that_adds_up() {
    let counter = staffed();
    counter.run(&["--staff", "Budi", "shift", "open", "--float", "200000"], &BUDI).success();
    let hold = counter.json(&["--staff", "Budi", "hold", "3", "E1", "E2"], &BUDI);
    let code = hold["booking"].as_str().expect("code").to_owned();
    counter.run(&["--staff", "Budi", "sell", &code, "--payment", "cash"], &BUDI).success();
    let closed = counter.json(&["--staff", "Budi", "shift", "close", "--counted", "285000"], &BUDI);
    assert_eq!(closed["expected_cash"], 200_000 + 90_000);
    assert_eq!(closed["over_short"], -5_000);
    let path = closed["report_file"].as_str().expect("report file");
    let text = std::fs::read_to_string(path).expect("shift report");
    assert!(text.contains("IDR 290,000") && text.contains("short"), "{text}");
}

#[test]
fn manager_commands_block_and_cancel_a_showing() {
    let counter = staffed();
    one_line(&counter.run(&["--staff", "Budi", "block", "3", "B5", "--reason", "house seat"], &BUDI).code(2));
    counter.run(&["--staff", "Ayu", "block", "3", "B5", "--reason", "house seat"], &AYU).success();
    let seats = counter.json(&["seats", "3"], &[]);
    let b5 = seats["seats"].as_array().expect("seats").iter().find(|s| s["label"] == "B5").expect("B5").clone();
    assert_eq!(b5["status"], "blocked");
    one_line(&counter.run(&["--staff", "Ayu", "cancel-showing", "3"], &AYU).code(2));
    let done = counter.json(&["--staff", "Ayu", "cancel-showing", "3", "--reason", "projector failure"], &AYU);
    assert_eq!(done["status"], "cancelled");
    one_line(&counter.run(&["--staff", "Budi", "hold", "3", "A1"], &BUDI).code(3));
    counter.run(&["verify"], &[]).success();
}

#[test]
fn the_report_comes_as_table_csv_and_json() {
    let counter = Counter::new();
    let hold = counter.json(&["hold", "3", "F1"], &[]);
    let code = hold["booking"].as_str().expect("code").to_owned();
    counter.run(&["sell", &code, "--payment", "qris"], &[]).success();
    let table = counter.run(&["report"], &[]).success().get_output().stdout.clone();
    assert!(String::from_utf8_lossy(&table).contains("NET IDR 45,000"));
    let csv = counter.run(&["report", "--format", "csv"], &[]).success().get_output().stdout.clone();
    assert!(String::from_utf8_lossy(&csv).lines().any(|line| line == "sales,qris,1,45000,"));
    let json = counter.json(&["report"], &[]);
    assert_eq!(json["net"], 45_000);
}
