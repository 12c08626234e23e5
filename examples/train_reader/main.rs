//! Trains the reader's intent, rationale and date-role models on the labelled training
//! corpus (`tests/corpus/`, not `holdout2/` nor `dev/`; the intent model on every labelled
//! record of a message, the ranking models on its first), each after a k-fold and a
//! leave-one-organisation-out cross-validation that compares the model (combined with the
//! rules) against the rules alone and picks the confidence threshold; then gates each model
//! (see `gate.rs`) and writes to `assets/reader/` only the ones that pass, with a verdict
//! per model.
//!
//! Run: `cargo run --release --example train_reader` (add `-- --check` to run everything,
//! gate included, without writing; `-- --keep DIR` to also write every candidate, refused
//! or not, to DIR; `-- --recall` to only print how often a rationale label is among the
//! rationale model's options; see `options.rs`). Deterministic: the same corpus gives the same files.

mod corpus;
#[path = "../../tests/corpus_scoring/mod.rs"]
mod corpus_scoring;
mod gate;
mod intent;
mod options;
mod ranker;
mod recall;
mod verdict;

use corpus::Training;
use corpus_scoring::*;
use gate::{Cv, Models};
use ranker::{Corpus, Ranker};
use std::sync::Arc;
use valuebridge::reader::model::{Example, IntentModel};
use valuebridge::reader::{reasons, Reader, ReaderSettings, ReasonModel};

const FOLDS: usize = 5;

/// Which fold a message (its index, its organisation's index) is held out in.
type FoldOf<'a> = &'a dyn Fn(usize, usize) -> usize;
const EPOCHS: usize = 10;
/// The date-role model file's description.
const DATES_HEADER: &str = "date-role model: averaged perceptron ranking a date's roles";
/// The scheme scoring `--first-seen` folders with models trained on the others.
const FIRST_SEEN: &str = "first-seen";
const THRESHOLDS: [f32; 6] = [0.0, 0.5, 1.0, 2.0, 4.0, 8.0];

fn settings(tenant: &Tenant, case: &Case) -> ReaderSettings {
    ReaderSettings {
        day_first: case.day_first.unwrap_or(tenant.settings.day_first),
        ..tenant.settings.clone()
    }
}

/// The examples of the messages `keep` keeps, every record's.
fn flat(examples: &[Vec<Example>], keep: impl Fn(usize) -> bool) -> Vec<Example> {
    examples
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .flat_map(|(_, e)| e.iter().cloned())
        .collect()
}

fn line(name: &str, s: &Score) -> String {
    format!(
        "{name:<22} intent {:>5.1}%  fields {:>5.1}%  wholly right {:>5.1}% ({} of {})  later records {} of {}, {} counts off",
        100.0 * s.correct[0] as f64 / s.messages.max(1) as f64,
        s.fields_pct(),
        s.wholly_pct(),
        s.wholly_right,
        s.messages,
        s.later.wholly_right,
        s.later.labelled,
        s.count_misses.len()
    )
}

fn main() {
    let opts = options::parse(std::env::args().skip(1)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2);
    });
    let training = corpus::load(&opts);
    let Training {
        tenants,
        items,
        first_seen,
        examples,
    } = &training;

    if opts.recall {
        recall::report(&training, opts.show);
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/reader");
    let shipped = Models::read(&dir);
    if let (Some(t), Some(keep)) = (opts.train_only, &opts.keep) {
        // With `--first-seen`, trained without those folders: the model that reads them as
        // a stranger's text, to see its readings of them message by message.
        let trained = |i: usize| !first_seen.contains(&items[i].0);
        let model = IntentModel::train(&flat(examples, trained), EPOCHS, t);
        let mut kept = shipped.clone();
        kept.0[0] = stamped(
            &model.to_text(),
            model.is_empty(),
            (0..items.len()).filter(|&i| trained(i)).count(),
            tenants.len() - first_seen.len(),
        );
        kept.write(keep);
        println!(
            "--train-only: intent model at threshold {t} ({} weighted features; without {} first-seen folders) kept in {}",
            model.len(),
            first_seen.len(),
            keep.display()
        );
        return;
    }
    // Two ways to hold out: every fifth message (k-fold), and each organisation's whole
    // set in turn (closer to a stranger's text: its names and habits were never seen).
    let kfold = |i: usize, _: usize| i % FOLDS;
    let by_org = |_: usize, t: usize| t;
    // And, when asked, the folders written after the rules as one fold (the others train):
    // reported only, never used to choose.
    let seen = |_: usize, t: usize| usize::from(!first_seen.contains(&t));
    let mut schemes: Vec<(&str, usize, FoldOf)> = vec![
        ("k-fold", FOLDS, &kfold),
        ("leave-one-organisation-out", tenants.len(), &by_org),
    ];
    if !first_seen.is_empty() {
        schemes.push((FIRST_SEEN, 1, &seen));
    }
    let (threshold, model, intent_cv) =
        intent::choose(&training, &schemes, &opts.first_seen, &shipped);
    let model = Arc::new(model);
    // The intent model trained on everything, as its file would hold it.
    let intent_text = stamped(
        &model.to_text(),
        model.is_empty(),
        items.len(),
        tenants.len(),
    );
    // A model kept as shipped: its verdict is UNCHANGED, never judged.
    let unchanged = || Cv {
        rules: 0,
        model: 0,
        won: false,
    };
    if opts.intent_only {
        println!("\n--intent-only: both ranking models are kept as shipped");
        let mut candidates = shipped.clone();
        candidates.0[0] = intent_text.clone();
        if let Some(keep) = &opts.keep {
            candidates.write(keep);
            println!("\nthe candidates are kept in {}", keep.display());
        }
        let cvs = [intent_cv, unchanged(), unchanged()];
        let accepted = gate::gate(&shipped, &candidates, cvs, &gate::Sets::load());
        return write_accepted(&opts, &dir, &shipped, &accepted);
    }

    // The rationale model, trained and measured with the intent model of the same fold.
    let reason_examples = |reader: &Reader, t: usize, case: &Case| {
        let tenant = &tenants[t];
        let labels: Vec<Option<&str>> = std::iter::once(&case.expected)
            .chain(&case.also)
            .map(|l| l.get("rationale").and_then(|v| v.as_str()))
            .collect();
        reader
            .with_settings(settings(tenant, case))
            .rationale_examples(
                &case.message,
                case.speaker.as_deref().unwrap_or(&tenant.speaker),
                case.today.unwrap_or(tenant.today),
                &labels,
            )
    };
    let corpus = Corpus {
        items,
        examples,
        tenants,
        schemes: &schemes,
        threshold,
        model: &model,
        show: opts.show,
        try_rankers: opts.try_rankers,
    };
    let mut reasons_base = shipped.clone();
    reasons_base.0[0] = model.to_text();
    let (reasons, reasons_cv, reasons_tried) = corpus.ranker(
        &Ranker {
            name: "rationale model",
            rules: "intent model only",
            tried: "rationale",
            trained_on: "training records",
            thresholds: &[0.0, 0.5, 1.0, 2.0],
            examples: &reason_examples,
            install: &|reader, m| reader.with_reason_model(m),
            figures: &|score| {
                format!(
                    "  rationale {:>5.1}%",
                    100.0 * score.correct[10] as f64 / score.messages.max(1) as f64
                )
            },
            slot: 1,
            text: &|m| m.to_text(),
        },
        &reasons_base,
    );
    let reasons = Arc::new(reasons);
    // The ranker can only choose among the candidate clauses: how many labelled reasons
    // are one of them tells the boundaries' share of the misses from the choice's.
    let labelled = items
        .iter()
        .flat_map(|(_, case)| std::iter::once(&case.expected).chain(&case.also))
        .filter(|l| {
            matches!(l["intent"].as_str(), Some("decision" | "benefit"))
                && l.get("rationale").is_some_and(|r| r.is_string())
        })
        .count();
    let among: usize = items
        .iter()
        .map(|(t, case)| {
            reason_examples(&tenants[*t].reader.with_model(model.clone()), *t, case)
                .iter()
                .filter(|e| e.gold + 1 < e.options.len())
                .count()
        })
        .sum();
    println!("rationale labels among the candidate clauses: {among} of {labelled}");

    // The date-role model, trained and measured with the intent model of the same fold.
    let date_labels = |case: &Case| {
        ["date", "review_date", "due"].map(|f| {
            case.expected.get(f).and_then(|v| v.as_str()).map(|s| {
                s.parse()
                    .unwrap_or_else(|e| panic!("{}: {f}: {e}", case.message))
            })
        })
    };
    let date_examples = |reader: &Reader, t: usize, case: &Case| {
        let tenant = &tenants[t];
        reader.with_settings(settings(tenant, case)).date_examples(
            &case.message,
            case.speaker.as_deref().unwrap_or(&tenant.speaker),
            case.today.unwrap_or(tenant.today),
            date_labels(case),
        )
    };
    if opts.rationale_only {
        println!(
            "\n--rationale-only: the date-role model is not retrained (the shipped one is kept)"
        );
        let mut candidates = shipped.clone();
        candidates.0[0] = intent_text.clone();
        candidates.0[1] = reasons.to_text();
        if let Some(keep) = &opts.keep {
            let mut kept = candidates.clone();
            if let Some(m) = &reasons_tried {
                kept.0[1] = m.to_text();
            }
            kept.write(keep);
            println!("\nthe candidates are kept in {}", keep.display());
        }
        let cvs = [intent_cv, reasons_cv, unchanged()];
        let accepted = gate::gate(&shipped, &candidates, cvs, &gate::Sets::load());
        return write_accepted(&opts, &dir, &shipped, &accepted);
    }
    let mut dates_base = reasons_base.clone();
    dates_base.0[1] = reasons.to_text();
    let (roles, roles_cv, roles_tried) = corpus.ranker(
        &Ranker {
            name: "date-role model",
            rules: "date rules",
            tried: "date roles",
            trained_on: "training date mentions",
            thresholds: &[0.0, 0.5, 1.0, 2.0, 4.0],
            examples: &date_examples,
            install: &|reader, m| reader.with_reason_model(reasons.clone()).with_date_model(m),
            figures: &|score| {
                let pct = |k: usize| 100.0 * score.correct[k] as f64 / score.messages.max(1) as f64;
                format!(
                    "  date {:>5.1}%  review {:>5.1}%  due {:>5.1}%",
                    pct(7),
                    pct(8),
                    pct(9)
                )
            },
            slot: 2,
            text: &|m| m.to_text_as(DATES_HEADER),
        },
        &dates_base,
    );
    let candidates = Models([
        intent_text,
        reasons.to_text(),
        roles.to_text_as(DATES_HEADER),
    ]);
    if let Some(keep) = &opts.keep {
        let mut kept = candidates.clone();
        if let Some(m) = &reasons_tried {
            kept.0[1] = m.to_text();
        }
        if let Some(m) = &roles_tried {
            kept.0[2] = m.to_text_as(DATES_HEADER);
        }
        kept.write(keep);
        println!("\nthe candidates are kept in {}", keep.display());
    }
    let accepted = gate::gate(
        &shipped,
        &candidates,
        [intent_cv, reasons_cv, roles_cv],
        &gate::Sets::load(),
    );
    write_accepted(&opts, &dir, &shipped, &accepted);
}

/// Writes the accepted models that differ from the shipped ones (not with `--check`).
fn write_accepted(
    opts: &options::Options,
    dir: &std::path::Path,
    shipped: &Models,
    accepted: &Models,
) {
    if opts.check_only {
        println!("\n--check: nothing written");
        return;
    }
    for (k, file) in gate::FILES.iter().enumerate() {
        if accepted.0[k] != shipped.0[k] {
            let path = dir.join(file);
            std::fs::write(&path, &accepted.0[k])
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            println!("wrote {}", path.display());
        }
    }
}

/// A model's text with a second header line saying what it was trained on and how to
/// retrain it (an empty model keeps its text: the rules decide, nothing was learnt).
fn stamped(text: &str, empty: bool, messages: usize, directories: usize) -> String {
    if empty {
        return text.to_string();
    }
    let (head, rest) = text.split_once('\n').unwrap_or((text, ""));
    format!(
        "{head}\n# trained on {messages} labelled messages ({directories} directories) by \
         `cargo run --release --example train_reader`\n{rest}"
    )
}
