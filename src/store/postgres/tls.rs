//! Connecting to the server, encrypted when the URL asks for it.
//!
//! `sslmode=require` (or `verify-ca`, `verify-full`) connects over TLS and always checks the
//! server's certificate, against `sslrootcert=FILE` when given (a theater's own CA or the server's
//! self-signed certificate) or else the system's trusted roots: a counter must not send PINs and
//! takings to whoever answers on the LAN. Without `sslmode`, or with `disable` / `prefer`, the
//! connection is plain, as on a trusted LAN or a Unix socket; a server with TLS switched on by
//! default (Debian's snakeoil certificate) is then still reachable.
//!
//! rustls with the `ring` provider needs no system library, so the two set-up commands still
//! build on a fresh machine.

use std::sync::Arc;

use anyhow::Context as _;
use postgres::config::SslMode;
use postgres::{Client, Config, NoTls};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject as _;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::without_password;

/// How long connecting may take before the counter says the server cannot be reached, unless
/// the URL sets `connect_timeout` itself.
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Connects to the server at `url`, over TLS when its `sslmode` asks for it.
///
/// # Errors
/// When the URL is malformed, the certificate file cannot be read, or the server cannot be
/// reached or refuses us; the message names the server, never the password.
pub fn connect(url: &str) -> anyhow::Result<Client> {
    let shown = without_password(url);
    let (url, root_file) = take_root_certificate(url);
    let mut config: Config = url.parse().with_context(|| format!("{shown} is not a PostgreSQL URL"))?;
    if config.get_connect_timeout().is_none() {
        // An unreachable server (a cable pulled, no answer at all) must not hold a counter for
        // the minutes the system's own TCP timeout takes.
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    let connected = if config.get_ssl_mode() == SslMode::Require {
        config.connect(verifying_connector(root_file.as_deref())?)
    } else {
        config.connect(NoTls)
    };
    connected.with_context(|| format!("could not connect to the PostgreSQL server at {shown}"))
}

/// The URL without its `sslrootcert=FILE` parameter (the client library does not know it), and
/// that file. libpq's name is kept so the same URL works with `psql`.
fn take_root_certificate(url: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else { return (url.to_owned(), None) };
    let mut root = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.strip_prefix("sslrootcert=") {
            Some(file) => {
                root = Some(file.to_owned());
                false
            }
            None => true,
        })
        .collect();
    let url = if kept.is_empty() { base.to_owned() } else { format!("{base}?{}", kept.join("&")) };
    (url, root)
}

/// A TLS connector that trusts the certificates in `root_file`, or else the system's roots.
fn verifying_connector(root_file: Option<&str>) -> anyhow::Result<MakeRustlsConnect> {
    let mut roots = rustls::RootCertStore::empty();
    let certificates: Vec<CertificateDer<'static>> = match root_file {
        Some(file) => CertificateDer::pem_file_iter(file)
            .and_then(Iterator::collect)
            .with_context(|| format!("could not read the certificates in sslrootcert={file}"))?,
        None => rustls_native_certs::load_native_certs().certs,
    };
    let (added, _unusable) = roots.add_parsable_certificates(certificates);
    anyhow::ensure!(
        added > 0,
        "sslmode=require needs a certificate to check the server against: add sslrootcert=FILE to the URL"
    );
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("could not set up TLS")?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_certificate_is_taken_out_of_the_url_and_the_rest_kept() {
        assert_eq!(
            take_root_certificate("postgres://till@db/box?sslmode=require&sslrootcert=/etc/box/ca.pem"),
            ("postgres://till@db/box?sslmode=require".to_owned(), Some("/etc/box/ca.pem".to_owned()))
        );
        assert_eq!(
            take_root_certificate("postgres://till@db/box?sslrootcert=ca.pem"),
            ("postgres://till@db/box".to_owned(), Some("ca.pem".to_owned()))
        );
        assert_eq!(take_root_certificate("postgres://till@db/box"), ("postgres://till@db/box".to_owned(), None));
    }

    #[test]
    fn a_missing_certificate_file_is_named() {
        let error = verifying_connector(Some("/nonexistent/ca.pem")).err().expect("no such file");
        assert!(format!("{error:#}").contains("sslrootcert=/nonexistent/ca.pem"), "{error:#}");
    }
}
