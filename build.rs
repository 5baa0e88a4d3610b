//! Rebuild when a PostgreSQL migration is added or changed: refinery's `embed_migrations!` reads
//! the folder at compile time, and cargo would not otherwise notice a new file in it.

fn main() {
    println!("cargo:rerun-if-changed=src/store/postgres/migrations");
}
