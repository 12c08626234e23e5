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
//! or not, to DIR; see `options.rs`). Deterministic: the same corpus gives the same files.

#[path = "../../tests/corpus_scoring/mod.rs"]
mod corpus_scoring;
mod gate;
mod options;
mod verdict;

use corpus_scoring::*;
use gate::{Cv, Models};
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

/// The intent model's examples from one labelled message: each record the reader reads,
/// with its label. The records pair with the labels (`expected`, then `also`) in order when
/// the reader reads as many as are labelled; otherwise only the first pairs surely, and only
/// it is taken (as it always was before later records were labelled).
fn examples(tenant: &Tenant, case: &Case) -> Vec<Example> {
    let read = tenant
        .reader
        .with_settings(settings(tenant, case))
        .intent_examples(
            &case.message,
            case.speaker.as_deref().unwrap_or(&tenant.speaker),
            case.today.unwrap_or(tenant.today),
        );
    let take = if read.len() == 1 + case.also.len() {
        read.len()
    } else {
        1
    };
    let labels = std::iter::once(&case.expected).chain(&case.also);
    read.into_iter()
        .zip(labels)
        .take(take)
        .map(|((features, rule), label)| Example {
            features,
            rule,
            label: serde_json::from_value(label["intent"].clone())
                .unwrap_or_else(|e| panic!("{}: intent label: {e}", case.message)),
        })
        .collect()
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
    let mut tenants: Vec<Tenant> = Vec::new();
    let mut items: Vec<(usize, Case)> = Vec::new();
    // Each tenant's place, when it is one of the folders scored as first seen.
    let mut first_seen: Vec<usize> = Vec::new();
    for (name, directory, file) in training_sets() {
        if opts.first_seen.contains(&name) {
            first_seen.push(tenants.len());
        }
        let mut tenant = load_tenant(&directory);
        // The rules alone, not the models built into this program: what it measures and
        // trains must not depend on which models it was built with.
        tenant.reader = tenant
            .reader
            .with_model(Arc::new(IntentModel::default()))
            .with_reason_model(Arc::new(ReasonModel::default()))
            .with_date_model(Arc::new(ReasonModel::default()));
        for (at, case) in load_cases(&file) {
            check_label(&case, &tenant, &at);
            items.push((tenants.len(), case));
        }
        tenants.push(tenant);
    }
    if first_seen.len() != opts.first_seen.len() {
        eprintln!(
            "--first-seen: not every name is a folder under tests/corpus/training: {}",
            opts.first_seen.join(", ")
        );
        std::process::exit(2);
    }
    // Features come from the exact passes, which the model does not change.
    let examples: Vec<Vec<Example>> = items
        .iter()
        .map(|(t, c)| {
            let mut e = examples(&tenants[*t], c);
            if opts.first_records {
                e.truncate(1);
            }
            e
        })
        .collect();
    let records: usize = examples.iter().map(Vec::len).sum();
    let labelled: usize = items.iter().map(|(_, c)| c.also.len()).sum();
    let later = if opts.first_records {
        format!("none of the {labelled} labelled later records: --first-records")
    } else {
        format!(
            "{} of the {labelled} labelled later records; the others' messages were read as another number of records",
            records - items.len()
        )
    };
    println!(
        "training corpus: {} messages, {} organisations' directories; the intent model learns from {records} records ({later})",
        items.len(),
        tenants.len(),
    );

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/reader");
    let shipped = Models::read(&dir);
    if let (Some(t), Some(keep)) = (opts.train_only, &opts.keep) {
        let model = IntentModel::train(&flat(&examples, |_| true), EPOCHS, t);
        let mut kept = shipped.clone();
        kept.0[0] = stamped(
            &model.to_text(),
            model.is_empty(),
            items.len(),
            tenants.len(),
        );
        kept.write(keep);
        println!(
            "--train-only: intent model at threshold {t} ({} weighted features) kept in {}",
            model.len(),
            keep.display()
        );
        return;
    }
    let rules = Arc::new(IntentModel::default());
    let mut rules_score = Score::new();
    for (t, case) in &items {
        let tenant = &tenants[*t];
        score_case(
            case,
            tenant,
            &tenant.reader.with_model(rules.clone()),
            &mut rules_score,
        );
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
    // Each threshold's (threshold, wholly right held out by organisation, on 5-fold, fields).
    let mut tried: Vec<(f32, usize, usize, f64)> = Vec::new();
    for &(scheme, folds, fold_of) in &schemes {
        if scheme == FIRST_SEEN {
            println!(
                "\nfirst seen ({}; read by models trained on the other folders):",
                opts.first_seen.join(", ")
            );
            let mut score = Score::new();
            for (t, case) in items.iter().filter(|(t, _)| seen(0, *t) == 0) {
                let tenant = &tenants[*t];
                score_case(case, tenant, &tenant.reader, &mut score);
            }
            println!("{}", line("rules alone", &score));
        } else {
            println!("\n{scheme} cross-validation ({folds} folds; each message read by a model trained without its fold):");
            println!("{}", line("rules alone", &rules_score));
        }
        for (k, threshold) in THRESHOLDS.into_iter().enumerate() {
            let mut score = Score::new();
            for fold in 0..folds {
                let train = flat(&examples, |i| fold_of(i, items[i].0) != fold);
                let model = Arc::new(IntentModel::train(&train, EPOCHS, threshold));
                for (i, (t, case)) in items.iter().enumerate() {
                    if fold_of(i, *t) == fold {
                        let tenant = &tenants[*t];
                        score_case(
                            case,
                            tenant,
                            &tenant.reader.with_model(model.clone()),
                            &mut score,
                        );
                    }
                }
            }
            println!("{}", line(&format!("model, threshold {threshold}"), &score));
            if scheme == FIRST_SEEN {
                continue;
            }
            if scheme == "k-fold" {
                tried.push((threshold, 0, score.wholly_right, score.fields_pct()));
            } else {
                tried[k].1 = score.wholly_right;
            }
        }
    }
    // The thresholds that beat the rules, best first: on the stricter, organisation-wise
    // estimate, ties to the 5-fold one, then to the higher (more cautious) threshold. The
    // first whose model keeps the behaviour the library's unit tests pin down is chosen:
    // among thresholds cross-validation cannot tell apart, a cautious one leaves the
    // rules' "not a record" on lines the model reads right ("Estates floated a £45k tide
    // gauge upgrade"), and an eager one overrides the rules where they are right.
    let mut ranked: Vec<(f32, usize, usize, f64)> = tried
        .iter()
        .copied()
        .filter(|t| t.1 > rules_score.wholly_right)
        .collect();
    ranked.sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then(b.0.total_cmp(&a.0)));
    let all = flat(&examples, |_| true);
    let mut chosen: Option<((f32, usize, usize, f64), IntentModel)> = None;
    for &t in &ranked {
        let m = IntentModel::train(&all, EPOCHS, t.0);
        let mut with = shipped.clone();
        with.0[0] = m.to_text();
        match gate::unit_failures(&with) {
            Ok(f) if f.is_empty() => {
                println!("threshold {}: every test pinning the reader passes", t.0);
                chosen = Some((t, m));
                break;
            }
            Ok(f) => println!(
                "threshold {}: {} tests pinning the reader fail: {}",
                t.0,
                f.len(),
                f.join(", ")
            ),
            Err(e) => panic!("the tests pinning the reader could not be run:\n{e}"),
        }
    }
    if chosen.is_none() {
        // None keeps the pinned behaviour: the best by cross-validation, for the gate to refuse.
        chosen = ranked
            .first()
            .map(|&t| (t, IntentModel::train(&all, EPOCHS, t.0)));
    }
    let intent_cv = Cv {
        rules: rules_score.wholly_right,
        model: chosen.as_ref().map_or(rules_score.wholly_right, |c| c.0 .1),
        won: chosen.is_some(),
    };
    let (threshold, model) = match chosen {
        Some((t, m)) => (t.0, m),
        None => {
            println!("\nthe model does not beat the rules on cross-validation; shipping an empty model (rules decide)");
            (THRESHOLDS[0], IntentModel::default())
        }
    };
    println!(
        "\nchosen threshold {threshold}; final model: {} weighted features",
        model.len()
    );
    let model = Arc::new(model);

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
        items: &items,
        examples: &examples,
        tenants: &tenants,
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
        stamped(
            &model.to_text(),
            model.is_empty(),
            items.len(),
            tenants.len(),
        ),
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

/// The training corpus and the intent model chosen on it, for training the ranking models.
struct Corpus<'a> {
    items: &'a [(usize, Case)],
    /// Each message's intent examples, one per record paired with a label.
    examples: &'a [Vec<Example>],
    tenants: &'a [Tenant],
    schemes: &'a [(&'a str, usize, FoldOf<'a>)],
    /// The intent model's chosen threshold, for each fold's intent model.
    threshold: f32,
    /// The intent model trained on the whole corpus.
    model: &'a Arc<IntentModel>,
    /// `--show`: print, held out by organisation at threshold 0, each message whose
    /// reading a ranking model changes, with its label.
    show: bool,
    /// `--try-rankers`: the threshold a refused ranking model is kept at anyway.
    try_rankers: Option<f32>,
}

/// A ranking model (which clause is the rationale, which role a date has) and how to
/// train, install and report it.
struct Ranker<'a> {
    name: &'a str,
    /// What the rules alone are called in the report.
    rules: &'a str,
    /// What the model is called beside a threshold in the report.
    tried: &'a str,
    /// What one training example is.
    trained_on: &'a str,
    thresholds: &'a [f32],
    examples: &'a dyn Fn(&Reader, usize, &Case) -> Vec<reasons::Example>,
    install: &'a dyn Fn(&Reader, Arc<ReasonModel>) -> Reader,
    /// The fields the model decides, as a report line's tail.
    figures: &'a dyn Fn(&Score) -> String,
    /// Its place in [`gate::FILES`], and its text as written there.
    slot: usize,
    text: &'a dyn Fn(&ReasonModel) -> String,
}

impl Corpus<'_> {
    /// Cross-validates `ranker` with each fold's intent model against the rules, at each of
    /// its thresholds, and trains it on the whole corpus if it clearly beats the rules held out
    /// by organisation and does no worse on 5-fold; otherwise the empty model (the rules decide).
    /// `base` holds the models the ranker is read with (the ones chosen before it).
    fn ranker(&self, ranker: &Ranker, base: &Models) -> (ReasonModel, Cv, Option<ReasonModel>) {
        let (items, tenants, threshold) = (self.items, self.tenants, self.threshold);
        let mut org: Vec<(f32, usize, f64)> = Vec::new();
        let mut kfold: Vec<(Option<f32>, usize)> = Vec::new();
        let mut rules_org = 0;
        let show = self.show;
        for &(scheme, folds, fold_of) in self.schemes {
            println!(
                "\n{scheme} cross-validation of the {} (with the fold's intent model, threshold {threshold}):",
                ranker.name
            );
            let tries = std::iter::once(None).chain(ranker.thresholds.iter().copied().map(Some));
            for tried in tries {
                let mut score = Score::new();
                for fold in 0..folds {
                    let train: Vec<usize> = (0..items.len())
                        .filter(|&i| fold_of(i, items[i].0) != fold)
                        .collect();
                    let fold_examples = flat(self.examples, |i| fold_of(i, items[i].0) != fold);
                    let im = Arc::new(IntentModel::train(&fold_examples, EPOCHS, threshold));
                    let model = match tried {
                        None => Arc::new(ReasonModel::default()),
                        Some(rt) => {
                            let ex: Vec<_> = train
                                .iter()
                                .flat_map(|&i| {
                                    let (t, case) = &items[i];
                                    (ranker.examples)(
                                        &tenants[*t].reader.with_model(im.clone()),
                                        *t,
                                        case,
                                    )
                                })
                                .collect();
                            Arc::new(ReasonModel::train(&ex, EPOCHS, rt))
                        }
                    };
                    for (i, (t, case)) in items.iter().enumerate() {
                        if fold_of(i, *t) == fold {
                            let tenant = &tenants[*t];
                            let reader = (ranker.install)(
                                &tenant.reader.with_model(im.clone()),
                                model.clone(),
                            );
                            if show && tried == Some(0.0) && scheme != "k-fold" {
                                let rules = (ranker.install)(
                                    &tenant.reader.with_model(im.clone()),
                                    Arc::new(ReasonModel::default()),
                                );
                                show_change(case, tenant, &rules, &reader);
                            }
                            score_case(case, tenant, &reader, &mut score);
                        }
                    }
                }
                let name = match tried {
                    None => ranker.rules.to_string(),
                    Some(rt) => format!("+ {}, thr. {rt}", ranker.tried),
                };
                println!("{}{}", line(&name, &score), (ranker.figures)(&score));
                // The threshold is chosen on the stricter, organisation-wise estimate; the
                // 5-fold one must not get worse with it (a one-message win on one
                // estimate and a loss on the other is noise, not a better reader).
                if scheme == FIRST_SEEN {
                    continue;
                }
                if scheme == "k-fold" {
                    kfold.push((tried, score.wholly_right));
                    continue;
                }
                let Some(rt) = tried else {
                    rules_org = score.wholly_right;
                    continue;
                };
                org.push((rt, score.wholly_right, score.fields_pct()));
            }
        }
        let kfold_of = |t: Option<f32>| kfold.iter().find(|(k, _)| *k == t).map(|(_, w)| *w);
        // A win by a message or two held out by organisation is within what another split of
        // the same corpus would undo, and the development set has shown such models reading
        // worse: a ranker ships only when it wins by at least one message in 300, and is no
        // worse on 5-fold.
        let clear_win = items.len().div_ceil(300).max(2);
        let mut ranked: Vec<(f32, usize, f64)> = org
            .iter()
            .copied()
            .filter(|&(rt, w, _)| {
                w >= rules_org + clear_win && kfold_of(Some(rt)) >= kfold_of(None)
            })
            .collect();
        // Best first: wholly right held out by organisation, then fields, then the lower
        // threshold; the first that keeps the behaviour the unit tests pin down is chosen.
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.2.total_cmp(&a.2))
                .then(a.0.total_cmp(&b.0))
        });
        let ex: Vec<_> = if ranked.is_empty() {
            Vec::new()
        } else {
            items
                .iter()
                .flat_map(|(t, case)| {
                    (ranker.examples)(&tenants[*t].reader.with_model(self.model.clone()), *t, case)
                })
                .collect()
        };
        let mut chosen: Option<((f32, usize, f64), ReasonModel)> = None;
        for &r in &ranked {
            let m = ReasonModel::train(&ex, EPOCHS, r.0);
            let mut with = base.clone();
            with.0[ranker.slot] = (ranker.text)(&m);
            match gate::unit_failures(&with) {
                Ok(f) if f.is_empty() => {
                    println!(
                        "{}, threshold {}: every test pinning the reader passes",
                        ranker.name, r.0
                    );
                    chosen = Some((r, m));
                    break;
                }
                Ok(f) => println!(
                    "{}, threshold {}: {} tests pinning the reader fail: {}",
                    ranker.name,
                    r.0,
                    f.len(),
                    f.join(", ")
                ),
                Err(e) => panic!("the tests pinning the reader could not be run:\n{e}"),
            }
        }
        if chosen.is_none() {
            // None keeps the pinned behaviour: the best by cross-validation, for the gate
            // to refuse.
            chosen = ranked
                .first()
                .map(|&r| (r, ReasonModel::train(&ex, EPOCHS, r.0)));
        }
        let best_org = org.iter().map(|o| o.1).max().unwrap_or(rules_org);
        let cv = Cv {
            rules: rules_org,
            model: chosen.as_ref().map_or(best_org, |c| c.0 .1),
            won: chosen.is_some(),
        };
        let model = match chosen {
            Some((r, m)) => {
                println!(
                    "\n{}: {} {}, threshold {}",
                    ranker.name,
                    ex.len(),
                    ranker.trained_on,
                    r.0
                );
                m
            }
            None => {
                println!(
                    "\nthe {} does not clearly beat the rules on cross-validation; shipping an empty one (rules decide)",
                    ranker.name
                );
                ReasonModel::default()
            }
        };
        println!("final {}: {} weighted features", ranker.name, model.len());
        // `--try-rankers`: the refused model, trained on everything anyway, for the keep
        // directory only.
        let tried = self.try_rankers.filter(|_| model.is_empty()).map(|t| {
            let ex: Vec<_> = self
                .items
                .iter()
                .flat_map(|(i, case)| {
                    (ranker.examples)(
                        &self.tenants[*i].reader.with_model(self.model.clone()),
                        *i,
                        case,
                    )
                })
                .collect();
            let m = ReasonModel::train(&ex, EPOCHS, t);
            println!(
                "tried {} at threshold {t}: {} weighted features, kept only",
                ranker.name,
                m.len()
            );
            m
        });
        (model, cv, tried)
    }
}

/// Prints how `model` reads `case` differently from `rules`, field by field, with the label.
fn show_change(case: &Case, tenant: &Tenant, rules: &Reader, model: &Reader) {
    let read = |r: &Reader| {
        let s = ReaderSettings {
            day_first: case.day_first.unwrap_or(tenant.settings.day_first),
            ..tenant.settings.clone()
        };
        let got = r
            .with_settings(s)
            .read(
                &case.message,
                case.speaker.as_deref().unwrap_or(&tenant.speaker),
                case.today.unwrap_or(tenant.today),
            )
            .expect("reads");
        serde_json::to_value(got).expect("serialises")
    };
    let (a, b) = (read(rules), read(model));
    for f in ["rationale", "date", "review_date", "due"] {
        if a[f] != b[f] {
            let want = case.expected.get(f).cloned().unwrap_or_default();
            let mark = if b[f].as_str().map(reasons::normalise)
                == want.as_str().map(reasons::normalise)
            {
                "GAIN"
            } else if a[f].as_str().map(reasons::normalise) == want.as_str().map(reasons::normalise)
            {
                "LOSS"
            } else {
                "both wrong"
            };
            println!(
                "  {mark:<10} {f}: rules {} model {} want {}  <- {}",
                a[f], b[f], want, case.message
            );
        }
    }
}
