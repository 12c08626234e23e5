//! The training program's command line: `--check` (run everything, gate included, without
//! writing), `--keep DIR` (also write every candidate model to DIR, shipped or refused, so
//! a refused one can be diagnosed with `explain_intent`), `--show` (print the messages a
//! ranking model reads differently), `--first-records` (train the intent model on each
//! message's first record only, as before later records were labelled: to compare),
//! `--first-seen DIR,DIR` (also score the models trained without those training folders on
//! them: written after the rules, they tell how the models do on a stranger's text),
//! `--try-rankers T` (with `--keep`: a ranking model cross-validation refuses is still
//! trained on everything at threshold T and written to the keep directory, never shipped,
//! so it can be read against a set the program does not see), `--train-only T` (with
//! `--keep`: train the intent model on everything at threshold T and write it, with the
//! shipped ranking models, to the keep directory; no cross-validation, no gate, nothing
//! shipped: a candidate in a minute, to test the pinned tests against many times with
//! `VALUEBRIDGE_READER_MODELS=DIR cargo test --lib`; with `--first-seen`, trained without
//! those folders, to read them message by message as the first-seen scheme does), `--recall` (print how often a
//! rationale label is among the rationale model's options at all, the ceiling of any
//! ranker, and stop; with `--show`, every label that is none of them), `--intent-only`
//! (retrain and gate the intent model only; both ranking models stay as shipped: the
//! rankers' cross-validation is most of a run's hour on a shared machine).

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
    /// Ranking models' threshold to keep them at even when refused (`--keep` only).
    pub try_rankers: Option<f32>,
    /// Intent threshold to train a candidate at, without cross-validation (`--keep` only).
    pub train_only: Option<f32>,
    /// Only report the rationale options' recall.
    pub recall: bool,
    /// Keep the shipped date-role model as the candidate, without retraining it.
    pub rationale_only: bool,
    /// Retrain and gate the intent model only; keep both shipped ranking models.
    pub intent_only: bool,
}

/// Reads the program's arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut o = Options::default();
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--check" => o.check_only = true,
            "--show" => o.show = true,
            "--recall" => o.recall = true,
            "--rationale-only" => o.rationale_only = true,
            "--intent-only" => o.intent_only = true,
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
            "--try-rankers" => o.try_rankers = Some(threshold(args.next(), "--try-rankers")?),
            "--train-only" => o.train_only = Some(threshold(args.next(), "--train-only")?),
            other => {
                return Err(format!(
                "unknown argument `{other}`; usage: train_reader [--check] [--keep DIR] [--show] [--first-records] [--first-seen DIR,DIR] [--try-rankers T] [--train-only T] [--recall] [--rationale-only] [--intent-only]"
            ))
            }
        }
    }
    if o.try_rankers.is_some() && o.keep.is_none() {
        return Err(
            "--try-rankers needs --keep DIR: a tried model is only ever kept, never shipped".into(),
        );
    }
    if o.train_only.is_some() && o.keep.is_none() {
        return Err("--train-only needs --keep DIR: the candidate is only ever kept".into());
    }
    Ok(o)
}

/// A threshold argument of `option`: a finite number, not negative.
fn threshold(arg: Option<String>, option: &str) -> Result<f32, String> {
    arg.and_then(|t| t.parse::<f32>().ok())
        .filter(|t| t.is_finite() && *t >= 0.0)
        .ok_or(format!("{option} needs a threshold: `{option} 2`"))
}
