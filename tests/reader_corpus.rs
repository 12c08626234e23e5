//! Reads every labelled message in `tests/corpus/` (the files at its top and the
//! organisations under `training/`) and reports per-field accuracy; fails when any field is
//! below 95%, when any amount is read in the wrong currency or off by ten times or more,
//! or when the later records of messages that hold several fall below their floors. Also
//! reads the second holdout (`tests/corpus/holdout2/`, one folder per
//! organisation) and the development set (`tests/corpus/dev/`) and reports their scores,
//! amounts with the wrong magnitude or currency included, without holding them to a target.
//! Run with `--nocapture` to see the tables and the misses.

mod corpus_scoring;

use chrono::NaiveDate;
use corpus_scoring::*;
use std::path::PathBuf;
use valuebridge::reader::{
    read, Intent, InvestmentName, ReaderSettings, StaticDirectory, UnitName,
};

#[test]
fn corpus_accuracy_is_at_least_95_percent_per_field() {
    let mut score = Score::new();
    let mut per_file: Vec<String> = Vec::new();
    let mut hidden = 0;
    for (name, directory, file) in training_sets() {
        let tenant = load_tenant(&directory);
        let mut own = Score::new();
        score_file(&file, &tenant, &mut own);
        // `holdout.jsonl` is scored with the rest, but nobody tunes on its text: its misses
        // are counted, not shown, so reading this output never shows its messages.
        if name == "holdout.jsonl" {
            hidden += own.misses.len() + own.later.misses.len();
            own.misses.clear();
            own.later.misses.clear();
            own.people.misses.clear();
            // Still counted against the record-count floor and the money check.
            for m in own.count_misses.iter_mut().chain(&mut own.money_errors) {
                *m = "(a holdout.jsonl message, not shown)".to_string();
            }
        }
        per_file.push(format!(
            "{name:<22}{:>5} messages {:>6.1}% of fields right {:>6.1}% wholly right",
            own.messages,
            own.fields_pct(),
            own.wholly_pct()
        ));
        score.add(own);
    }
    let total = score.messages;
    assert!(
        total >= 600,
        "the corpus has {total} messages; it needs at least 600"
    );
    println!("\nreader corpus: {total} messages");
    score.print_fields();
    let failing: Vec<String> = FIELDS
        .iter()
        .enumerate()
        .map(|(f, field)| (field, 100.0 * score.correct[f] as f64 / total as f64))
        .filter(|(_, pct)| *pct < 95.0)
        .map(|(field, pct)| format!("{field} {pct:.1}%"))
        .collect();
    println!("\nby file:");
    for line in &per_file {
        println!("{line}");
    }
    println!(
        "\namounts with the wrong magnitude or currency: {}",
        score.money_errors.len()
    );
    println!("{}", score.later_lines());
    println!("{}", score.people.line());
    println!("\nmisses (holdout.jsonl's {hidden} not shown):");
    for m in &score.misses {
        println!("{m}");
    }
    print_later_misses(&score);
    assert!(
        failing.is_empty(),
        "fields below 95%: {}",
        failing.join(", ")
    );
    // A wrong currency, or an amount off by ten times or more (a lost "k", a price per
    // thing taken for the whole), misleads worse than an amount left out: none is allowed.
    assert!(
        score.money_errors.is_empty(),
        "amounts read with the wrong magnitude or currency:\n{}",
        score.money_errors.join("\n")
    );
    // The later records' floors. They are tens, not thousands, so one record moves the
    // figures by points: the floors sit below the first records' 95% with room for that.
    let later = &score.later;
    assert!(
        later.labelled >= 20,
        "{} later records labelled; the training files label at least 20",
        later.labelled
    );
    assert!(
        later.fields_pct() >= 90.0 && later.wholly_pct() >= 75.0,
        "later records below their floors (90% of fields, 75% wholly right): {:.1}%, {:.1}%",
        later.fields_pct(),
        later.wholly_pct()
    );
    assert!(
        score.count_misses.len() * 100 <= score.counted,
        "{} of {} messages read with another number of records than labelled: more than 1%",
        score.count_misses.len(),
        score.counted
    );
}

/// A label's bare `$` amount is the folder's own dollar when its currency is one (the trap:
/// an AUD folder's "$4,500" was read as US dollars, so every such label had to be written
/// as `{minor, currency}`); elsewhere a bare `$` is still US dollars.
#[test]
fn a_bare_dollar_label_is_the_folders_own_dollar() {
    use serde_json::json;
    use valuebridge::money::Currency;
    let aud = Currency::from_code("AUD").unwrap();
    assert_eq!(
        label_money(&json!("$4,500"), aud),
        json!({"minor": 450000, "currency": "AUD"})
    );
    assert_eq!(
        label_money(&json!("$4.5k"), aud),
        label_money(&json!({"minor": 450000, "currency": "AUD"}), aud)
    );
    for code in ["CAD", "NZD", "SGD", "HKD", "USD"] {
        let own = Currency::from_code(code).unwrap();
        assert_eq!(
            label_money(&json!("$12k"), own),
            json!({"minor": 1200000, "currency": code}),
            "{code}"
        );
    }
    // Not a dollar folder: a bare `$` says US dollars; a currency said outright is kept.
    assert_eq!(
        label_money(&json!("$4,500"), Currency::GBP),
        json!({"minor": 450000, "currency": "USD"})
    );
    assert_eq!(
        label_money(&json!("£4,500"), aud),
        json!({"minor": 450000, "currency": "GBP"})
    );
    let brl = Currency::from_code("BRL").unwrap();
    assert_eq!(
        label_money(&json!("$4,500"), brl),
        json!({"minor": 450000, "currency": "USD"})
    );
}

/// The second holdout is a measurement, not a target: it must be well-formed and its score
/// is printed (fields right, messages wholly right, amounts with the wrong magnitude or
/// currency), but no accuracy is asserted, so nobody is tempted to tune against it.
#[test]
fn second_holdout_is_well_formed_and_its_score_is_reported() {
    report_folder("second holdout", "holdout2", 3, 50, 150, SHOW_HOLDOUT);
}

/// The development set (`tests/corpus/dev/`): organisations of industries the training
/// corpus lacks, never trained on; its score is printed, not asserted. Like the holdout it
/// prints its summary only unless [`SHOW_DEV`] is set, so that a round reading its score does
/// not read the messages it missed.
#[test]
fn dev_set_is_well_formed_and_its_score_is_reported() {
    report_folder("development set", "dev", 2, 30, 60, SHOW_DEV);
}

/// Set to 1 to print the holdout's misses. Without it the holdout prints its summary only
/// (fields, messages, money errors, per field and per organisation), so that reading its
/// score does not show the messages it missed: the holdout is for measuring, never tuning.
const SHOW_HOLDOUT: &str = "VALUEBRIDGE_SHOW_HOLDOUT_MISSES";

/// Set to 1 to print the development set's misses (its summary is always printed).
const SHOW_DEV: &str = "VALUEBRIDGE_SHOW_DEV_MISSES";

fn shown(var: &str) -> bool {
    std::env::var(var).is_ok_and(|v| v == "1")
}

/// Scores every organisation folder under `tests/corpus/<folder>` and prints the score;
/// asserts only the set's size. Its misses are printed only when the variable `show` is 1.
fn report_folder(
    title: &str,
    folder: &str,
    min_orgs: usize,
    min_each: usize,
    min_total: usize,
    show: &str,
) {
    let dir = corpus_dir().join(folder);
    let mut orgs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    orgs.sort();
    assert!(
        orgs.len() >= min_orgs,
        "the {title} has {} organisations; it needs at least {min_orgs}",
        orgs.len()
    );
    let mut score = Score::new();
    let mut per_org: Vec<String> = Vec::new();
    for org in &orgs {
        let tenant = load_tenant(&org.join("directory.json"));
        let mut own = Score::new();
        score_file(&org.join("messages.jsonl"), &tenant, &mut own);
        let name = org.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            own.messages >= min_each,
            "{name} has {} messages; each organisation needs at least {min_each}",
            own.messages
        );
        per_org.push(format!(
            "{name:<20}{:>5} messages {:>6.1}% of fields right {:>6.1}% wholly right",
            own.messages,
            own.fields_pct(),
            own.wholly_pct()
        ));
        score.add(own);
    }
    assert!(
        score.messages >= min_total,
        "the {title} has {} messages; it needs at least {min_total}",
        score.messages
    );
    println!(
        "\n{title}: {} messages, {} organisations\nfields right: {:.1}%\nmessages wholly right: {:.1}% ({} of {})\namounts with the wrong magnitude or currency: {}\n",
        score.messages,
        orgs.len(),
        score.fields_pct(),
        score.wholly_pct(),
        score.wholly_right,
        score.messages,
        score.money_errors.len()
    );
    println!("{}", score.later_lines());
    println!("{}", score.people.line());
    score.print_fields();
    println!("\nby organisation:");
    for line in &per_org {
        println!("{line}");
    }
    if !shown(show) {
        println!("\nmisses not shown: the {title} is read by its summary only (set {show}=1 to see them)");
        return;
    }
    println!("\nwrong magnitude or currency:");
    for m in &score.money_errors {
        println!("{m}");
    }
    println!("\nmisses:");
    for m in &score.misses {
        println!("{m}");
    }
    print_later_misses(&score);
}

fn print_later_misses(score: &Score) {
    println!("\nlater records' misses:");
    for m in &score.later.misses {
        println!("{m}");
    }
    println!("\npeople's misses (who decided, who owns the follow-up):");
    for m in &score.people.misses {
        println!("{m}");
    }
    println!("\nanother number of records than labelled:");
    for m in &score.count_misses {
        println!("{m}");
    }
}

/// Real messages stopped short: every training message cut after each of its words, left
/// as it is and with a dangling comma, dash, colon or opening bracket, as someone pressing
/// enter too early writes it. Each must read without a panic (a continue whose reason would
/// start after the last word once indexed past the end; a bracketed result opening at the
/// end).
#[test]
fn every_training_message_cut_short_reads_without_panicking() {
    let read = read_every_variant(|message| {
        message
            .char_indices()
            .filter(|&(_, c)| c.is_whitespace())
            .map(|(i, _)| i)
            .chain([message.len()])
            .flat_map(|end| {
                let cut = &message[..end];
                ["", ",", " -", " —", ":", " ("].map(|tail| format!("{cut}{tail}"))
            })
            .collect()
    });
    assert!(read > 100_000, "only {read} cut messages were read");
}

/// Every training message with each word in turn made "both" or "and", words the record
/// splitting turns on: whatever they join or precede, the reader reads without failing.
/// ("both the AP automation and the hydrant replacement approved" once sliced backwards.)
#[test]
fn every_training_message_with_a_joining_word_put_in_reads_without_panicking() {
    let read = read_every_variant(|message| {
        let words: Vec<&str> = message.split(' ').collect();
        (0..words.len())
            .flat_map(|k| {
                let words = &words;
                ["both", "and"].map(move |joining| {
                    let mut changed = words.clone();
                    changed[k] = joining;
                    changed.join(" ")
                })
            })
            .collect()
    });
    assert!(read > 50_000, "only {read} changed messages were read");
}

/// Reads every variant `variants` makes of each training message, as its own organisation
/// and writer would send it; each must read without a panic or an error. How many were read.
fn read_every_variant(variants: impl Fn(&str) -> Vec<String>) -> usize {
    let mut read = 0usize;
    for (_, directory, file) in training_sets() {
        let tenant = load_tenant(&directory);
        for (at, case) in load_cases(&file) {
            let speaker = case.speaker.as_deref().unwrap_or(&tenant.speaker);
            let today = case.today.unwrap_or(tenant.today);
            for text in variants(&case.message) {
                let outcome = std::panic::catch_unwind(|| {
                    tenant.reader.read(&text, speaker, today).map(|_| ())
                });
                assert!(
                    matches!(outcome, Ok(Ok(()))),
                    "{at}: the reader failed on {text:?}"
                );
                read += 1;
            }
        }
    }
    read
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use valuebridge::reader::{ReadError, MAX_MESSAGE_BYTES};

    fn directory() -> StaticDirectory {
        StaticDirectory {
            units: vec![
                UnitName {
                    name: "Sales".into(),
                    aliases: vec!["Commercial".into()],
                },
                UnitName {
                    name: "Customer Service".into(),
                    aliases: vec!["Service".into()],
                },
            ],
            investments: vec![
                InvestmentName {
                    name: "CRM Replacement".into(),
                    unit: "Sales".into(),
                    aliases: vec![],
                },
                InvestmentName {
                    name: "CRM Replacement".into(),
                    unit: "Customer Service".into(),
                    aliases: vec![],
                },
                InvestmentName {
                    name: "Data Lake".into(),
                    unit: "Sales".into(),
                    aliases: vec![],
                },
            ],
        }
    }

    /// Words the reader reacts to, so random sentences reach its deeper paths.
    const VOCAB: &[&str] = &[
        "£",
        "$",
        "€",
        "250",
        "k",
        "1.2",
        "m",
        "a",
        "quarter",
        "of",
        "million",
        "half",
        "per",
        "year",
        "p.a.",
        "month",
        "approved",
        "not",
        "didn't",
        "parked",
        "till",
        "Q3",
        "by",
        "Friday",
        "next",
        "end",
        "31/03/2027",
        "2027-03-31",
        "CRM",
        "replacment",
        "Data",
        "Lake",
        "Sales",
        "for",
        "the",
        "in",
        "because",
        "—",
        ",",
        ".",
        "?",
        ":",
        "I'll",
        "send",
        "met",
        "delivered",
        "cut",
        "to",
        "(",
        ")",
        "over",
        "3",
        "years",
        "new",
        "investment",
        "called",
        "'",
        "-",
        "\n",
        "ß",
        "🎉",
        "İ",
        "ﬀ",
    ];

    fn check(message: &str) -> Result<(), TestCaseError> {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let got = read(
            message,
            "ana",
            today,
            &directory(),
            &ReaderSettings::default(),
        );
        if message.len() > MAX_MESSAGE_BYTES {
            let too_long = matches!(got, Err(ReadError::TooLong { .. }));
            prop_assert!(too_long, "a message over the limit must be refused");
        } else {
            let reading = got.expect("messages under the limit are read");
            // The reading must serialise: it goes straight to the CLI as JSON.
            serde_json::to_string(&reading).unwrap();
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(20261127), ..ProptestConfig::default() })]

        #[test]
        fn any_unicode_never_panics(message in any::<String>()) {
            check(&message)?;
        }

        #[test]
        fn vocabulary_soup_never_panics(words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..200), spaces in any::<u64>()) {
            let mut message = String::new();
            for (i, w) in words.iter().enumerate() {
                if spaces >> (i % 64) & 1 == 1 {
                    message.push(' ');
                }
                message.push_str(w);
            }
            check(&message)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(20261127), ..ProptestConfig::default() })]

        #[test]
        fn long_inputs_stay_fast(words in proptest::collection::vec(proptest::sample::select(VOCAB), 1..40), extra in 0usize..2048) {
            let unit = words.join(" ") + " ";
            let target = MAX_MESSAGE_BYTES - extra;
            let message: String = unit.repeat(target / unit.len() + 1);
            let message = &message[..message.floor_char_boundary_compat(target)];
            check(message)?;
            check(&format!("{message}{}", "x".repeat(extra + 1)))?;
        }
    }

    trait FloorBoundary {
        fn floor_char_boundary_compat(&self, at: usize) -> usize;
    }

    impl FloorBoundary for String {
        fn floor_char_boundary_compat(&self, mut at: usize) -> usize {
            at = at.min(self.len());
            while !self.is_char_boundary(at) {
                at -= 1;
            }
            at
        }
    }
}

/// The scorer reads a message's later records against their labels, in order, and counts
/// a message whose number of records differs from its labels'.
#[test]
fn later_records_are_scored_apart_from_the_first() {
    let org = corpus_dir().join("training/ironbark-minerals");
    let tenant = load_tenant(&org.join("directory.json"));
    let line = |later: &str| {
        format!(
            r#"{{"message": "Drill core imaging approved for the second rig, $140k. Also, the FMS delivered $60k in fuel savings last month", "expected": {{"intent": "decision", "verdict": "approve", "unit": "Exploration", "investment": "Drill Core Imaging", "amount": "AUD 140k"}}{later}}}"#
        )
    };
    let benefit = r#"{"intent": "benefit", "unit": "Mine Operations", "investment": "Fleet Management System", "amount": "AUD 60k", "date": "2026-10-01"}"#;
    let score = |json: String, every_record: bool| {
        let mut case: Case = serde_json::from_str(&json).unwrap();
        case.every_record = every_record;
        check_label(&case, &tenant, "test");
        let mut s = Score::new();
        score_case(&case, &tenant, &tenant.reader, &mut s);
        s
    };

    let right = score(line(&format!(r#", "also": [{benefit}]"#)), true);
    assert_eq!((right.messages, right.wholly_right), (1, 1));
    assert_eq!((right.later.labelled, right.later.wholly_right), (1, 1));
    assert_eq!(right.later.fields_right(), FIELDS.len());
    assert_eq!((right.counted, right.count_misses.len()), (1, 0));

    // A wrong later label costs the later figure only, never the first record's.
    let wrong = benefit.replace("AUD 60k", "AUD 61k");
    let wrong = score(line(&format!(r#", "also": [{wrong}]"#)), true);
    assert_eq!((wrong.messages, wrong.wholly_right), (1, 1));
    assert_eq!((wrong.later.labelled, wrong.later.wholly_right), (1, 0));
    assert_eq!(wrong.later.fields_right(), FIELDS.len() - 1);

    // A later record the reader did not return has every field wrong, and the count is off.
    let dropped = score(line(&format!(r#", "also": [{benefit}, {benefit}]"#)), true);
    assert_eq!((dropped.later.labelled, dropped.later.wholly_right), (2, 1));
    assert_eq!(dropped.later.fields_right(), FIELDS.len());
    assert_eq!((dropped.counted, dropped.count_misses.len()), (1, 1));

    // Labelled as one record where every record is labelled: the count is off; where only
    // first records were labelled, the count is not checked.
    let single = score(line(""), true);
    assert_eq!((single.counted, single.count_misses.len()), (1, 1));
    let first_only = score(line(""), false);
    assert_eq!((first_only.counted, first_only.later.labelled), (0, 0));
}

/// The training program pairs a message's labelled records with the reader's records by
/// their number: the reader gives one intent example per record it reads, the first being
/// the one it has always trained on.
#[test]
fn intent_examples_follow_the_records_read() {
    let org = corpus_dir().join("training/ironbark-minerals");
    let tenant = load_tenant(&org.join("directory.json"));
    let today = tenant.today;
    let two = "Drill core imaging approved for the second rig, $140k. Also, the FMS delivered $60k in fuel savings last month";
    let examples = tenant.reader.intent_examples(two, "bec", today);
    let rules: Vec<_> = examples.iter().map(|e| e.1).collect();
    assert_eq!(rules, [Intent::Decision, Intent::Benefit]);
    assert_eq!(
        examples[0],
        tenant.reader.intent_example(two, "bec", today),
        "the first record's example is the one trained on before"
    );
    assert_ne!(examples[0].0, examples[1].0);
    let one = "Drill core imaging approved for the second rig, $140k";
    assert_eq!(tenant.reader.intent_examples(one, "bec", today).len(), 1);
}
