//! Reads every labelled message in `tests/corpus/` and reports per-field accuracy; fails when
//! any field is below 95%. Run with `--nocapture` to see the table and the misses.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use valuebridge::money::{Currency, Money};
use valuebridge::reader::{read, InvestmentName, ReaderSettings, StaticDirectory, UnitName};

#[derive(Deserialize)]
struct Header {
    today: NaiveDate,
    speaker: String,
    units: Vec<UnitJson>,
    investments: Vec<InvestmentJson>,
}

#[derive(Deserialize)]
struct UnitJson {
    name: String,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct InvestmentJson {
    name: String,
    unit: String,
}

#[derive(Deserialize)]
struct Case {
    message: String,
    today: Option<NaiveDate>,
    speaker: Option<String>,
    day_first: Option<bool>,
    expected: serde_json::Map<String, Value>,
}

const FIELDS: [&str; 12] = [
    "intent",
    "verdict",
    "unit",
    "investment",
    "amount",
    "annual_benefit",
    "years",
    "date",
    "review_date",
    "due",
    "rationale",
    "missing",
];

fn corpus_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Money may be labelled as `{"minor", "currency"}` or as text `Money::parse` reads.
fn money(v: &Value) -> Value {
    match v {
        Value::String(s) => {
            let m = Money::parse(s, Currency::GBP).unwrap_or_else(|e| panic!("label {s}: {e}"));
            serde_json::to_value(m).unwrap()
        }
        other => other.clone(),
    }
}

/// Text fields compare without case, outer punctuation or repeated spaces.
fn text(v: &Value) -> Value {
    match v {
        Value::String(s) => {
            let t: Vec<&str> = s.split_whitespace().collect();
            let t = t.join(" ").to_lowercase();
            Value::String(
                t.trim_matches(|c: char| c.is_ascii_punctuation())
                    .to_string(),
            )
        }
        other => other.clone(),
    }
}

fn normalise(field: &str, v: &Value) -> Value {
    match field {
        "amount" | "annual_benefit" => money(v),
        "investment" | "rationale" => text(v),
        _ => v.clone(),
    }
}

#[test]
fn corpus_accuracy_is_at_least_95_percent_per_field() {
    let dir = corpus_dir();
    let header: Header =
        serde_json::from_str(&std::fs::read_to_string(dir.join("directory.json")).unwrap())
            .unwrap();
    let directory = StaticDirectory {
        units: header
            .units
            .into_iter()
            .map(|u| UnitName {
                name: u.name,
                aliases: u.aliases,
            })
            .collect(),
        investments: header
            .investments
            .into_iter()
            .map(|i| InvestmentName {
                name: i.name,
                unit: i.unit,
            })
            .collect(),
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut correct = [0usize; FIELDS.len()];
    let mut total = 0usize;
    let mut misses = Vec::new();
    let mut per_file: Vec<String> = Vec::new();
    for file in &files {
        let (before_total, before_misses) = (total, misses.len());
        for (n, line) in std::fs::read_to_string(file).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Case = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), n + 1));
            for key in case.expected.keys() {
                assert!(
                    FIELDS.contains(&key.as_str()),
                    "{}:{}: unknown field {key}",
                    file.display(),
                    n + 1
                );
            }
            let settings = ReaderSettings {
                day_first: case.day_first.unwrap_or(true),
                ..ReaderSettings::default()
            };
            let reading = read(
                &case.message,
                case.speaker.as_deref().unwrap_or(&header.speaker),
                case.today.unwrap_or(header.today),
                &directory,
                &settings,
            )
            .unwrap();
            let got = serde_json::to_value(&reading).unwrap();
            total += 1;
            for (f, field) in FIELDS.iter().enumerate() {
                let default = if *field == "missing" {
                    Value::Array(vec![])
                } else {
                    Value::Null
                };
                let want = normalise(field, case.expected.get(*field).unwrap_or(&default));
                let have = normalise(field, &got[*field]);
                if want == have {
                    correct[f] += 1;
                } else {
                    misses.push(format!(
                        "{field:>14}: want {want} got {have}  <- {}",
                        case.message
                    ));
                }
            }
        }
        let n = total - before_total;
        let wrong = misses.len() - before_misses;
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let pct = 100.0 * (1.0 - wrong as f64 / (n * FIELDS.len()) as f64);
        per_file.push(format!(
            "{name:<18}{n:>5} messages {pct:>6.1}% of fields right"
        ));
    }
    assert!(
        total >= 300,
        "the corpus has {total} messages; it needs at least 300"
    );
    println!(
        "\nreader corpus: {total} messages\n{:<16}{:>9}{:>10}",
        "field", "correct", "accuracy"
    );
    let mut failing = Vec::new();
    for (f, field) in FIELDS.iter().enumerate() {
        let pct = 100.0 * correct[f] as f64 / total as f64;
        println!("{field:<16}{:>9}{:>9.1}%", correct[f], pct);
        if pct < 95.0 {
            failing.push(format!("{field} {pct:.1}%"));
        }
    }
    println!("\nby file:");
    for line in &per_file {
        println!("{line}");
    }
    println!("\nmisses:");
    for m in &misses {
        println!("{m}");
    }
    assert!(
        failing.is_empty(),
        "fields below 95%: {}",
        failing.join(", ")
    );
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
                },
                InvestmentName {
                    name: "CRM Replacement".into(),
                    unit: "Customer Service".into(),
                },
                InvestmentName {
                    name: "Data Lake".into(),
                    unit: "Sales".into(),
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
