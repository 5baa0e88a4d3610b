use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;

/// Every message id a `tr!("…")`, `tr("…")` or `.tr("…")` in the sources names.
fn ids_used_in_code() -> BTreeSet<String> {
    fn walk(dir: &Path, found: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
                let text = std::fs::read_to_string(&path).expect("a readable source file");
                // Comments may show the macro with a made-up id.
                let code: Vec<&str> = text.lines().filter(|line| !line.trim_start().starts_with("//")).collect();
                let code = code.join("\n");
                for opener in ["tr!(", "tr("] {
                    for (at, _) in code.match_indices(opener) {
                        let before = code[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue; // attr(, ptr( and the like
                        }
                        let Some(rest) = code[at + opener.len()..].trim_start().strip_prefix('"') else { continue };
                        if let Some(end) = rest.find('"') {
                            found.insert(rest[..end].to_owned());
                        }
                    }
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    found
}

/// A `.ftl` file's messages, each with the variables it uses: `true` where a variable is shown,
/// `false` where it only chooses a plural form (`{ $count -> ... }`).
fn messages(source: &str) -> BTreeMap<String, BTreeMap<String, bool>> {
    let mut messages: BTreeMap<String, BTreeMap<String, bool>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if line.starts_with('#') {
            current = None;
            continue;
        }
        let body = if starts_entry {
            let (id, body) = line.split_once('=').expect("an entry line has an =");
            current = Some(id.trim().to_owned());
            messages.entry(id.trim().to_owned()).or_default();
            body
        } else {
            line
        };
        let Some(id) = &current else { continue };
        for (at, _) in body.match_indices('$') {
            let rest = &body[at + 1..];
            let name: String =
                rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            let shown = !rest[name.len()..].trim_start().starts_with("->");
            let entry = messages.get_mut(id).expect("entry made above").entry(name).or_insert(false);
            *entry |= shown;
        }
    }
    messages
}

#[test]
fn every_language_file_parses_without_errors() {
    for (lang, source) in SOURCES {
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("{lang}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_id_in_code_exists_in_every_language_and_none_is_unused() {
    let used = ids_used_in_code();
    assert!(!used.is_empty(), "the scan found no tr! calls at all");
    for (lang, source) in SOURCES {
        // verify's rules are found by their English words (see every_rule_verify_names_...).
        let defined: BTreeSet<String> = messages(source).into_keys().filter(|id| !id.starts_with("rule-")).collect();
        let missing: Vec<_> = used.difference(&defined).collect();
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(unused.is_empty(), "{lang}.ftl has ids no code uses: {unused:?}");
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let english = messages(SOURCES[0].1);
    for (lang, source) in &SOURCES[1..] {
        let other = messages(source);
        assert_eq!(other.keys().collect::<Vec<_>>(), english.keys().collect::<Vec<_>>(), "{lang}.ftl: the same ids");
        for (id, variables) in &english {
            let theirs = &other[id];
            // A language without plural forms (Indonesian) may leave out a variable that only
            // chooses one; every variable that is shown must be shown, and none may be made up.
            let shown: BTreeSet<&String> = variables.iter().filter(|(_, shown)| **shown).map(|(n, _)| n).collect();
            let missing: Vec<_> = shown.iter().filter(|name| !theirs.contains_key(**name)).collect();
            let made_up: Vec<_> = theirs.keys().filter(|name| !variables.contains_key(*name)).collect();
            assert!(missing.is_empty(), "{lang}.ftl: {id} does not show {missing:?}");
            assert!(made_up.is_empty(), "{lang}.ftl: {id} uses {made_up:?}, which the code does not pass");
        }
    }
}

#[test]
fn plurals_follow_the_language_rules() {
    let en = Localizer::new(Lang::En);
    let id = Localizer::new(Lang::Id);
    let seats = |l: &Localizer, n: i64| {
        l.tr("cli-cancelled", &[("booking", "B1".into()), ("count", n.into()), ("seats", "A1".into())])
    };
    assert!(seats(&en, 1).ends_with("A1 is free again."), "{}", seats(&en, 1));
    assert!(seats(&en, 2).ends_with("A1 are free again."), "{}", seats(&en, 2));
    assert_eq!(seats(&id, 1), seats(&id, 2), "Indonesian nouns do not change with the count");
    assert!(seats(&id, 1).contains("kosong lagi"), "{}", seats(&id, 1));
}

#[test]
fn messages_carry_no_isolation_marks() {
    let id = Localizer::new(Lang::Id);
    let text = id.tr("cli-cancelled", &[("booking", "B1".into()), ("count", 2.into()), ("seats", "A1, A2".into())]);
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    assert!(text.contains("B1") && text.contains("A1, A2"), "{text:?}");
}

#[test]
fn a_missing_message_shows_its_id_rather_than_nothing() {
    assert_eq!(Localizer::new(Lang::Id).tr("no-such-message", &[]), "no-such-message");
}

#[test]
fn the_flag_beats_the_venue_which_beats_the_locale_which_beats_english() {
    let locale = |value: &'static str| move |name: &str| (name == "LANG").then(|| value.to_owned());
    assert_eq!(choose(Some(Lang::En), Some(Lang::Id), locale("id_ID.UTF-8")), Lang::En);
    assert_eq!(choose(Some(Lang::Id), Some(Lang::En), locale("en_US.UTF-8")), Lang::Id);
    assert_eq!(choose(None, Some(Lang::Id), locale("en_US.UTF-8")), Lang::Id);
    assert_eq!(choose(None, Some(Lang::En), locale("id_ID.UTF-8")), Lang::En);
    assert_eq!(choose(None, None, locale("id_ID.UTF-8")), Lang::Id);
    assert_eq!(choose(None, None, locale("fr_FR.UTF-8")), Lang::En);
    assert_eq!(choose(None, None, |_| None), Lang::En);
}

#[test]
fn the_locale_is_read_as_posix_does_lc_all_first() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    };
    assert_eq!(choose(None, None, env(&[("LC_ALL", "id_ID.UTF-8"), ("LANG", "en_US")])), Lang::Id);
    assert_eq!(choose(None, None, env(&[("LC_MESSAGES", "id_ID"), ("LANG", "en_US")])), Lang::Id);
    assert_eq!(choose(None, None, env(&[("LC_ALL", "C"), ("LANG", "id_ID.UTF-8")])), Lang::En);
    assert_eq!(choose(None, None, env(&[("LC_ALL", ""), ("LANG", "id_ID.UTF-8")])), Lang::Id);
}

/// The English words of every rule `verify` names, as the store writes them.
fn verify_rules_in_the_store() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    let mut files = vec![dir.join("verify.rs")];
    files.extend(std::fs::read_dir(dir.join("verify")).expect("src/store/verify/").flatten().map(|e| e.path()));
    let mut rules = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        for opener in ["rule: \"", "push(\"", "Breach { rule: \""] {
            for (at, _) in text.match_indices(opener) {
                let rest = &text[at + opener.len()..];
                rules.push(rest[..rest.find('"').expect("a closing quote")].to_owned());
            }
        }
    }
    rules
}

#[test]
fn every_rule_verify_names_has_its_words_in_every_language() {
    let rules = verify_rules_in_the_store();
    assert!(rules.len() > 30, "the scan found the rules: {rules:?}");
    let id = Localizer::new(Lang::Id);
    for rule in &rules {
        let shown = verify_rule_in(&id, rule);
        assert_ne!(&shown, rule, "verify's rule {rule:?} has no rule-* message in en.ftl with those words");
    }
    assert_eq!(
        verify_rule_in(&id, "a booking's claims match its state"),
        "klaim kursi sebuah pesanan sesuai dengan statusnya"
    );
    assert_eq!(verify_rule_in(&id, "a rule nobody wrote down"), "a rule nobody wrote down");
}
