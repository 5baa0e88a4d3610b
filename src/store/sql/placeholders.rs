//! SQL is written once with SQLite's placeholders, `?1` or `:name`; PostgreSQL wants `$1`.

/// A statement with its placeholders numbered for one backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub sql: String,
    /// The names of `:name` placeholders in the order of their numbers (empty for `?N`).
    pub names: Vec<String>,
}

/// Rewrites every placeholder of `sql` to `{prefix}N`: `?N` keeps its number, a bare `?` takes
/// the next one, and each distinct `:name` gets its own number (the same name, the same number).
/// Text inside string literals, quoted identifiers and comments is left alone, and so are
/// PostgreSQL's `::type` casts.
#[must_use]
pub fn number(sql: &str, prefix: char) -> Numbered {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut names: Vec<String> = Vec::new();
    let mut next = 0_usize;
    let chars: Vec<char> = sql.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\'' | '"' => {
                let end = closing_quote(&chars, i);
                out.extend(&chars[i..end]);
                i = end;
            }
            '-' if chars.get(i + 1) == Some(&'-') => {
                let end = chars[i..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| i + p);
                out.extend(&chars[i..end]);
                i = end;
            }
            '?' => {
                let digits = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                if digits == 0 {
                    next += 1;
                    out.push(prefix);
                    out.push_str(&next.to_string());
                } else {
                    let number: String = chars[i + 1..=i + digits].iter().collect();
                    next = next.max(number.parse().unwrap_or(0));
                    out.push(prefix);
                    out.push_str(&number);
                }
                i += 1 + digits;
            }
            ':' if chars.get(i + 1) == Some(&':') => {
                out.push_str("::");
                i += 2;
            }
            ':' if chars.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c == '_') => {
                let length = chars[i + 1..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == '_').count();
                let name: String = chars[i + 1..=i + length].iter().collect();
                let position = names.iter().position(|known| *known == name).unwrap_or_else(|| {
                    names.push(name);
                    names.len() - 1
                });
                out.push(prefix);
                out.push_str(&(position + 1).to_string());
                i += 1 + length;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Numbered { sql: out, names }
}

/// The index just past the quote that closes the one at `start` (a doubled quote is an escaped
/// one, in SQL's way).
fn closing_quote(chars: &[char], start: usize) -> usize {
    let quote = chars[start];
    let mut i = start + 1;
    while i < chars.len() {
        if chars[i] == quote {
            if chars.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    chars.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dollar(sql: &str) -> String {
        number(sql, '$').sql
    }

    #[test]
    fn numbered_placeholders_keep_their_numbers() {
        assert_eq!(
            dollar("UPDATE t SET a = ?2 WHERE id = ?1 AND b = ?10"),
            "UPDATE t SET a = $2 WHERE id = $1 AND b = $10"
        );
    }

    #[test]
    fn bare_question_marks_are_numbered_in_order() {
        assert_eq!(dollar("INSERT INTO t VALUES (?, ?, ?)"), "INSERT INTO t VALUES ($1, $2, $3)");
    }

    #[test]
    fn a_name_gets_one_number_however_often_it_appears() {
        let numbered = number("WHERE a = :seat AND (b <= :now OR c = :seat) AND d = :now_2", '$');
        assert_eq!(numbered.sql, "WHERE a = $1 AND (b <= $2 OR c = $1) AND d = $3");
        assert_eq!(numbered.names, ["seat", "now", "now_2"]);
    }

    #[test]
    fn literals_identifiers_comments_and_casts_are_left_alone() {
        assert_eq!(
            dollar("SELECT '?1 :x it''s ?', \"col?\", data::json -- what? :y\nFROM t WHERE a = ?1"),
            "SELECT '?1 :x it''s ?', \"col?\", data::json -- what? :y\nFROM t WHERE a = $1"
        );
    }

    #[test]
    fn sqlite_keeps_its_own_style_with_names_numbered() {
        let numbered = number("WHERE a = :booking AND b = :booking", '?');
        assert_eq!(numbered.sql, "WHERE a = ?1 AND b = ?1");
    }
}
