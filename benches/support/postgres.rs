//! The benchmarks on PostgreSQL: one durable throwaway server for the run (fsync on, as a
//! theater's server has it), the cached SQLite databases copied into it once as template
//! databases with `boxoffice copy`'s engine call, and a fresh clone of a template for each bench.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use boxoffice::engine::{Actor, Engine};

use super::fixtures::{Db, template};

#[path = "../../tests/postgres_support/mod.rs"]
mod postgres_support;

use postgres_support::Server;

/// The run's server, started on first use and stopped when the process ends.
fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let server = Server::start_durable();
        server.stop_when_this_process_ends();
        server
    })
}

/// The server's version, for the report.
pub fn version() -> String {
    let mut client = ::postgres::Client::connect(&server().url(), ::postgres::NoTls).expect("connect");
    client.query_one("SHOW server_version", &[]).expect("the version").get(0)
}

/// A fresh database on the run's server holding what the cached `db` holds; its URL.
pub fn scratch(db: Db) -> String {
    static TEMPLATES: OnceLock<std::sync::Mutex<Vec<Db>>> = OnceLock::new();
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    let server = server();
    let template_name = format!("template_{}", db.name());
    {
        let mut made = TEMPLATES.get_or_init(Default::default).lock().expect("the template list");
        if !made.contains(&db) {
            server.admin(&format!("CREATE DATABASE {template_name}"));
            let started = Instant::now();
            let mut from =
                Engine::open(&template(db, false), Actor::counter("bench-setup")).expect("the cached database");
            let url = server.database_url(&template_name);
            let mut to = Engine::create(std::path::Path::new(&url), Actor::counter("bench-setup")).expect("the server");
            let copied = from.copy_into(&mut to).expect("copy into the server");
            eprintln!(
                "{}: copied {} events into PostgreSQL in {:.1} s",
                db.name(),
                copied.of("event"),
                started.elapsed().as_secs_f64()
            );
            drop(to);
            // Fresh statistics, as a server that has run for a while has them.
            let mut client = ::postgres::Client::connect(&url, ::postgres::NoTls).expect("connect");
            client.batch_execute("VACUUM ANALYZE").expect("analyze the copy");
            made.push(db);
        }
    }
    let name = format!("bench_{}_{}", db.name(), NEXT.fetch_add(1, Ordering::Relaxed));
    server.admin(&format!("CREATE DATABASE {name} TEMPLATE {template_name}"));
    server.database_url(&name)
}
