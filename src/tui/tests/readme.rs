//! The README's keystroke table, read from the README itself: each count is what its keys add
//! up to, so the table cannot drift from the keys it shows.

use super::harness::{Harness, keys};
use crate::tui::app::Screen;

const README: &str = include_str!("../../../README.md");

/// Key names as the README writes them and as the harness types them.
const NAMES: &[(&str, &str)] = &[("→", "Right"), ("←", "Left"), ("↓", "Down"), ("↑", "Up")];

/// (task, script, count cell) of each row of the table after "Keystrokes for the common tasks".
fn rows() -> Vec<(String, String, String)> {
    let table = README.split("Keystrokes for the common tasks").nth(1).expect("the keystroke table in the README");
    table
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            let script = cells[1].split('`').nth(1).expect("keys in backticks").to_owned();
            (cells[0].to_owned(), script, cells[2].to_owned())
        })
        .collect()
}

/// The README's notation as a harness script.
fn script(readme: &str) -> String {
    readme
        .split(' ')
        .map(|word| NAMES.iter().find(|(arrow, _)| *arrow == word).map_or(word, |(_, name)| name))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Keys the harness knows by name; any other word of two or more characters is typed.
const KEY_NAMES: &[&str] = &["Enter", "Esc", "Space", "Tab", "BackTab", "Right", "Left", "Up", "Down", "Bksp"];

/// The characters typed as values (an amount, a name, a PIN), which a `+` in the count leaves out.
fn typed_values(script: &str) -> usize {
    script.split(' ').filter(|word| word.len() > 1 && !KEY_NAMES.contains(word)).map(str::len).sum()
}

/// The bold number of a count cell: `**4**`, `**2** + the digits`.
fn bold(cell: &str) -> usize {
    cell.split("**").nth(1).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no bold count in {cell:?}"))
}

#[test]
fn every_count_in_the_readme_keystroke_table_adds_up() {
    let rows = rows();
    assert!(rows.len() >= 10, "the table was found: {rows:?}");
    for (task, readme_keys, cell) in rows {
        let script = script(&readme_keys);
        let all = keys(&script).len();
        if cell.contains('+') {
            assert_eq!(bold(&cell), all - typed_values(&script), "{task}: {readme_keys} against {cell}");
        } else {
            assert_eq!(bold(&cell), all, "{task}: {readme_keys} against {cell}");
        }
    }
}

#[test]
fn the_readme_sale_does_what_it_says() {
    let (task, readme_keys, _) = rows().into_iter().next().expect("a first row");
    assert!(task.starts_with("sell the 2 best seats"), "{task}");
    let mut h = Harness::new("readme_first_row");
    h.press(&script(&readme_keys));
    assert_eq!(h.app.screen, Screen::Sold, "{task}: {}", h.app.message.text);
}

#[test]
fn the_readmes_indonesian_counter_is_the_screen_the_snapshot_holds() {
    // The snapshot is the Indonesian checkout the views test draws; the README shows its lines.
    let snapshot = include_str!("snapshots/boxoffice__tui__tests__views__checkout_id_120x40.snap");
    let block = README
        .split("The cashier screen in Indonesian")
        .nth(1)
        .and_then(|rest| rest.split("```text\n").nth(1))
        .and_then(|rest| rest.split("```").next())
        .expect("the Indonesian counter in the README");
    let screen: Vec<&str> = snapshot.lines().collect();
    for line in block.lines().filter(|line| !line.trim().is_empty()) {
        assert!(screen.contains(&line), "the README shows a line the screen does not: {line:?}");
    }
}
