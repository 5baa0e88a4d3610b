//! The verify checks are written once, with a few markers where SQLite and PostgreSQL name the
//! same thing differently (reading the event log's JSON, finding a trigger); [`expand`] turns
//! them into either dialect. On SQLite the result is exactly the SQL the checks always ran.
//!
//! - `JSON_TEXT(expr, key)`, `JSON_INT(expr, key)`: a member of a JSON object, as text or integer
//! - `JSON_AT(expr, n)`: the `n`th element of a JSON array, as an integer
//! - `JSON_LEN(expr, key)`: the length of an array member
//! - `JSON_ITEMS(expr, key)`: the elements of an array member, as rows with a `value` column
//! - `JSON_ABSENT(expr, key)`: whether the member is missing
//! - `EVENT_TRIGGER(name)`: whether the event table has the trigger of that name

use crate::store::sql::Dialect;

const MARKERS: &[&str] =
    &["JSON_TEXT", "JSON_INT", "JSON_AT", "JSON_LEN", "JSON_ITEMS", "JSON_ABSENT", "EVENT_TRIGGER"];

/// The check's SQL in `dialect`.
#[must_use]
pub fn expand(template: &str, dialect: Dialect) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some((at, marker)) = next_marker(rest) {
        out.push_str(&rest[..at]);
        let open = at + marker.len();
        let Some(close) = closing(rest, open) else {
            out.push_str(&rest[at..]);
            return out;
        };
        let args: Vec<String> =
            split_args(&rest[open + 1..close]).iter().map(|arg| expand(arg.trim(), dialect)).collect();
        out.push_str(&render(marker, &args, dialect));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn next_marker(sql: &str) -> Option<(usize, &'static str)> {
    MARKERS
        .iter()
        .filter_map(|marker| sql.find(&format!("{marker}(")).map(|at| (at, *marker)))
        .min_by_key(|(at, _)| *at)
}

/// The index of the `)` that closes the `(` at `open`.
fn closing(sql: &str, open: usize) -> Option<usize> {
    let mut depth = 0_i32;
    let mut quoted = false;
    for (index, c) in sql.char_indices().skip_while(|(index, _)| *index < open) {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

fn split_args(args: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0_i32, false, 0);
    for (index, c) in args.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                parts.push(&args[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(&args[start..]);
    parts
}

fn render(marker: &str, args: &[String], dialect: Dialect) -> String {
    let expr = args.first().map_or("", String::as_str);
    let key = args.get(1).map_or("", |key| key.trim_matches('\''));
    match (marker, dialect) {
        ("JSON_TEXT" | "JSON_INT", Dialect::Sqlite) => format!("json_extract({expr}, '$.{key}')"),
        ("JSON_TEXT", Dialect::Postgres) => format!("(({expr})::json ->> '{key}')"),
        ("JSON_INT", Dialect::Postgres) => format!("(({expr})::json ->> '{key}')::bigint"),
        ("JSON_AT", Dialect::Sqlite) => format!("json_extract({expr}, '$[{key}]')"),
        ("JSON_AT", Dialect::Postgres) => format!("(({expr})::json ->> {key})::bigint"),
        ("JSON_LEN", Dialect::Sqlite) => format!("json_array_length({expr}, '$.{key}')"),
        ("JSON_LEN", Dialect::Postgres) => format!("json_array_length(({expr})::json -> '{key}')"),
        ("JSON_ITEMS", Dialect::Sqlite) => format!("json_each({expr}, '$.{key}')"),
        ("JSON_ITEMS", Dialect::Postgres) => format!("json_array_elements(({expr})::json -> '{key}')"),
        ("JSON_ABSENT", Dialect::Sqlite) => format!("json_type({expr}, '$.{key}') IS NULL"),
        ("JSON_ABSENT", Dialect::Postgres) => format!("(({expr})::json -> '{key}') IS NULL"),
        ("EVENT_TRIGGER", Dialect::Sqlite) => format!(
            "EXISTS (SELECT 1 FROM sqlite_schema s WHERE s.type = 'trigger' AND s.name = {expr} AND s.tbl_name = 'event')"
        ),
        ("EVENT_TRIGGER", Dialect::Postgres) => {
            format!("EXISTS (SELECT 1 FROM pg_trigger s WHERE s.tgrelid = 'event'::regclass AND s.tgname = {expr})")
        }
        _ => format!("{marker}({})", args.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_sqlite_the_markers_are_sqlites_own_json_functions() {
        let sql = "SELECT JSON_TEXT(e.data, 'payment') FROM event e, JSON_ITEMS(e.data, 'tickets') j \
                   WHERE JSON_INT(j.value, 'price') IS NOT bs.price AND JSON_ABSENT(e.data, 'showings')";
        assert_eq!(
            expand(sql, Dialect::Sqlite),
            "SELECT json_extract(e.data, '$.payment') FROM event e, json_each(e.data, '$.tickets') j \
                   WHERE json_extract(j.value, '$.price') IS NOT bs.price AND json_type(e.data, '$.showings') IS NULL"
        );
    }

    #[test]
    fn on_postgres_json_is_read_with_its_operators_and_integers_cast() {
        assert_eq!(expand("JSON_INT(e.data, 'total')", Dialect::Postgres), "((e.data)::json ->> 'total')::bigint");
        assert_eq!(expand("JSON_AT(j.value, 1)", Dialect::Postgres), "((j.value)::json ->> 1)::bigint");
        assert_eq!(
            expand("sum(JSON_LEN(e.data, 'seats')) + 1", Dialect::Postgres),
            "sum(json_array_length((e.data)::json -> 'seats')) + 1"
        );
        assert!(expand("EVENT_TRIGGER(t.name)", Dialect::Postgres).contains("pg_trigger"));
    }

    #[test]
    fn markers_nest_and_quoted_parentheses_are_text() {
        assert_eq!(
            expand("COALESCE(JSON_TEXT(e.data, 'reason'), '(none)')", Dialect::Postgres),
            "COALESCE(((e.data)::json ->> 'reason'), '(none)')"
        );
    }
}
