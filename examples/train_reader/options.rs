//! The training program's command line: `--check` (run everything, gate included, without
//! writing), `--keep DIR` (also write every candidate model to DIR, shipped or refused, so
//! a refused one can be diagnosed with `explain_intent`), `--show` (print the messages a
//! ranking model reads differently), `--first-records` (train the intent model on each
//! message's first record only, as before later records were labelled: to compare),
//! `--first-seen DIR,DIR` (also score the models trained without those training folders on
//! them: written after the rules, they tell how the models do on a stranger's text).

use std::path::PathBuf;

/// What the program was asked to do.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    pub check_only: bool,
    pub keep: Option<PathBuf>,
    pub show: bool,
    pub first_records: bool,
    /// Training folders (organisation names) to score as first seen.
    pub first_seen: Vec<String>,
}

/// Reads the program's arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut o = Options::default();
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--check" => o.check_only = true,
            "--show" => o.show = true,
            "--first-records" => o.first_records = true,
            "--keep" => {
                let dir = args
                    .next()
                    .filter(|d| !d.starts_with("--"))
                    .ok_or("--keep needs a directory: `--keep /tmp/candidates`")?;
                o.keep = Some(PathBuf::from(dir));
            }
            "--first-seen" => {
                let dirs = args
                    .next()
                    .filter(|d| !d.starts_with("--") && !d.is_empty())
                    .ok_or("--first-seen needs training folder names: `--first-seen acme,globex`")?;
                o.first_seen = dirs.split(',').map(str::to_string).collect();
            }
            other => {
                return Err(format!(
                "unknown argument `{other}`; usage: train_reader [--check] [--keep DIR] [--show] [--first-records] [--first-seen DIR,DIR]"
            ))
            }
        }
    }
    Ok(o)
}
