//! `valuebridge digest` from the store's digest snapshot, when there is one: one file read
//! instead of opening the store and scanning its aggregates (0.4–2.3 s at 1.9M records),
//! its investments read in place.
//! Anything it cannot answer exactly as the store would (a unit named by an alias, a
//! period that does not parse) is left to the store.

use super::DigestFormat;
use crate::config::Config;
use crate::digest::{self, Digest, DigestRequest, DigestSettings, Period};
use crate::ids::TenantId;
use crate::store::aggregates::snapshot;
use std::io::{IsTerminal, Write};

/// The digest, or `None` when the store must answer.
pub fn answer(
    config: &Config,
    tenant: &TenantId,
    unit: Option<&str>,
    period: Option<&str>,
    as_of: Option<chrono::NaiveDate>,
) -> Option<Digest> {
    let snap = snapshot::Snapshot::read(&config.store.data_dir, tenant)?;
    let as_of = as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let unit = match unit {
        None => None,
        Some(name) => {
            let wanted = crate::store::normalise_name(name);
            let found = snap
                .units()?
                .into_iter()
                .find(|(_, n)| crate::store::normalise_name(n) == wanted)?;
            Some(found.0)
        }
    };
    let period = Period::parse(period.unwrap_or("week"), as_of).ok()?;
    let settings = DigestSettings::from_config(config).ok()?;
    let image = snap.image(tenant, unit)?;
    let d = digest::from_investments(
        &image.rest,
        &image.investments,
        &settings,
        &DigestRequest {
            unit,
            period,
            as_of,
        },
    );
    // The process ends once the digest is printed: freeing the image (a hundred thousand
    // small allocations) and unmapping the file would only delay the exit.
    std::mem::forget(image);
    std::mem::forget(snap);
    Some(d)
}

/// Prints the digest as the store's answer would be printed. Plain text and Markdown are
/// written as they are made: a whole portfolio's is tens of megabytes, never held whole.
/// (JSON is not: its keys are sorted, which `serde_json` does only through a `Value`.)
pub fn print(d: &Digest, format: DigestFormat) -> anyhow::Result<()> {
    let written = match format {
        DigestFormat::Text => {
            let stdout = std::io::stdout();
            let terminal = stdout.is_terminal();
            let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
            digest::write_plain(d, ForTerminal { out, terminal }).map(drop)
        }
        DigestFormat::Markdown => {
            let stdout = std::io::stdout();
            let terminal = stdout.is_terminal();
            let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
            digest::write_markdown(d, ForTerminal { out, terminal }).map(drop)
        }
        DigestFormat::Json => {
            let text = super::store_commands::digest_text(d, format)?;
            super::here_or_running::print_output(&super::Output::success(text));
            Ok(())
        }
    };
    match written {
        // The reader stopped reading (`| head`): nothing more to say.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Ends the process once the digest is printed, leaving its memory to the system: freeing
/// a whole portfolio's image and lines one by one, and the allocator then handing every
/// page back (which it does in full at a normal exit), is time spent on nothing the user
/// sees. Standard output and error are flushed first.
pub fn end_now(d: Digest) -> anyhow::Result<std::process::ExitCode> {
    std::mem::forget(d);
    std::io::stdout().flush()?;
    std::io::stderr().flush()?;
    // SAFETY: `_exit` ends the process without running exit handlers; everything this
    // command wrote is flushed above, and it holds no store, lock or temporary file.
    unsafe { libc::_exit(0) }
}

/// Standard output, showing control characters as symbols when it is a terminal, as
/// every other command's output is shown.
struct ForTerminal<W: Write> {
    out: W,
    terminal: bool,
}

impl<W: Write> Write for ForTerminal<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.terminal.then(|| std::str::from_utf8(buf)) {
            Some(Ok(text)) => self
                .out
                .write_all(crate::terminal::for_terminal(text).as_bytes()),
            _ => self.out.write_all(buf),
        }?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
