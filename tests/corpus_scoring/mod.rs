//! Shared by the corpus test and the reader's training program: loading the labelled
//! corpus (`tests/corpus/`) and scoring readings against its labels.

#![allow(
    dead_code,
    reason = "the corpus test and the training program use different parts"
)]

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use valuebridge::money::{Currency, Money};
use valuebridge::reader::{InvestmentName, Reader, ReaderSettings, StaticDirectory, UnitName};

mod people;
pub use people::{People, PEOPLE};

#[derive(Deserialize)]
pub struct Header {
    today: NaiveDate,
    speaker: String,
    /// Absent in the main corpus, which is UK (day first).
    day_first: Option<bool>,
    /// The tenant's currency: amounts written without one take it. GBP when absent.
    currency: Option<Currency>,
    /// The last working day of the tenant's week ("Thu" for Sunday–Thursday); Friday when
    /// absent.
    week_ends: Option<chrono::Weekday>,
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

/// One labelled record: each field the reader fills, by its name in the reading's JSON.
pub type Label = serde_json::Map<String, Value>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub message: String,
    pub today: Option<NaiveDate>,
    pub speaker: Option<String>,
    pub day_first: Option<bool>,
    /// The message's first record.
    pub expected: Label,
    /// The records after the first, in order, labelled like `expected` (the reading's own
    /// name for them). Absent: the message holds one record, where its file labels every
    /// record (see [`labels_every_record`]).
    #[serde(default)]
    pub also: Vec<Label>,
    /// Whether a message without `also` is labelled as holding one record: true for the
    /// training files, whose later records were labelled; not in the label itself.
    #[serde(skip)]
    pub every_record: bool,
}

pub const FIELDS: [&str; 12] = [
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

pub const INTENTS: [&str; 5] = ["decision", "note", "investment", "benefit", "none"];
pub const VERDICTS: [&str; 6] = ["approve", "reject", "defer", "stop", "continue", "rescope"];
pub const MISSING: [&str; 3] = ["investment", "unit", "amount"];

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// One organisation the messages are read against: its directory and reading settings.
pub struct Tenant {
    pub today: NaiveDate,
    pub speaker: String,
    pub directory: StaticDirectory,
    pub settings: ReaderSettings,
    /// Prepared once for the directory; swap its intent model to compare.
    pub reader: Reader,
}

pub fn load_tenant(path: &Path) -> Tenant {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header: Header =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let defaults = ReaderSettings::default();
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
                aliases: vec![],
            })
            .collect(),
    };
    let settings = ReaderSettings {
        day_first: header.day_first.unwrap_or(defaults.day_first),
        default_currency: header.currency.unwrap_or(defaults.default_currency),
    };
    Tenant {
        today: header.today,
        speaker: header.speaker,
        reader: Reader::new(&directory, settings.clone())
            .with_week_ending(header.week_ends.unwrap_or(chrono::Weekday::Fri)),
        directory,
        settings,
    }
}

/// Money may be labelled as `{"minor", "currency"}` or as text `Money::parse` reads. A bare
/// `$` is the folder's own dollar when its currency is one: an Australian folder's "$4,500"
/// is A$4,500, as its writers mean it (`Money::parse` alone reads a bare `$` as US dollars).
pub fn label_money(v: &Value, default: Currency) -> Value {
    match v {
        Value::String(s) => {
            let own_dollar = s
                .trim_start()
                .strip_prefix('$')
                .filter(|_| is_dollar(default));
            let m = Money::parse(own_dollar.unwrap_or(s), default)
                .unwrap_or_else(|e| panic!("label {s}: {e}"));
            serde_json::to_value(m).unwrap()
        }
        other => other.clone(),
    }
}

/// A dollar: a currency whose own sign ends in `$` (A$, CA$, NZ$, S$, HK$, and the US `$`)
/// and whose code ends in "D" (the real's R$ is no dollar).
fn is_dollar(currency: Currency) -> bool {
    currency.code().ends_with('D') && currency.symbol().ends_with('$')
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

fn normalise(field: &str, v: &Value, currency: Currency) -> Value {
    match field {
        "amount" | "annual_benefit" => label_money(v, currency),
        "investment" | "rationale" => text(v),
        _ => v.clone(),
    }
}

/// An amount read in another currency, or off by a factor of ten or more (a lost "k", a
/// monthly figure taken as yearly), misleads worse than an amount left out.
fn wrong_magnitude_or_currency(want: &Value, have: &Value) -> bool {
    let (Ok(want), Ok(have)) = (
        serde_json::from_value::<Money>(want.clone()),
        serde_json::from_value::<Money>(have.clone()),
    ) else {
        return false;
    };
    if want.currency != have.currency {
        return true;
    }
    let (w, h) = (
        want.minor.unsigned_abs() as f64,
        have.minor.unsigned_abs() as f64,
    );
    w.max(h) >= 10.0 * w.min(h)
}

/// What reading a set of labelled messages scored. The message figures (`messages`,
/// `correct`, `wholly_right`) are each message's first record, as they always were; the
/// records after it are scored apart (`later`), and so is their number (`counted`).
pub struct Score {
    pub messages: usize,
    pub correct: [usize; FIELDS.len()],
    pub wholly_right: usize,
    pub misses: Vec<String>,
    pub money_errors: Vec<String>,
    /// The labelled records after a message's first, each paired in order with the
    /// reading's; one the reader did not return has every field wrong.
    pub later: Later,
    /// Messages whose number of records was checked: every message of a file that labels
    /// every record, and any message labelled with `also`.
    pub counted: usize,
    /// Those where the reader returned another number of records than labelled.
    pub count_misses: Vec<String>,
    /// Who decided and who owns the follow-up, every record whose label says (apart).
    pub people: People,
}

/// The score of the records after each message's first.
#[derive(Default)]
pub struct Later {
    pub labelled: usize,
    pub wholly_right: usize,
    pub correct: [usize; FIELDS.len()],
    pub misses: Vec<String>,
}

impl Later {
    pub fn fields_right(&self) -> usize {
        self.correct.iter().sum()
    }

    pub fn fields_pct(&self) -> f64 {
        100.0 * self.fields_right() as f64 / (self.labelled * FIELDS.len()).max(1) as f64
    }

    pub fn wholly_pct(&self) -> f64 {
        100.0 * self.wholly_right as f64 / self.labelled.max(1) as f64
    }
}

impl Score {
    pub fn new() -> Score {
        Score {
            messages: 0,
            correct: [0; FIELDS.len()],
            wholly_right: 0,
            misses: Vec::new(),
            money_errors: Vec::new(),
            later: Later::default(),
            counted: 0,
            count_misses: Vec::new(),
            people: People::default(),
        }
    }

    /// Adds another set's score to this one.
    pub fn add(&mut self, other: Score) {
        self.messages += other.messages;
        self.wholly_right += other.wholly_right;
        for f in 0..FIELDS.len() {
            self.correct[f] += other.correct[f];
            self.later.correct[f] += other.later.correct[f];
        }
        self.misses.extend(other.misses);
        self.money_errors.extend(other.money_errors);
        self.later.labelled += other.later.labelled;
        self.later.wholly_right += other.later.wholly_right;
        self.later.misses.extend(other.later.misses);
        self.counted += other.counted;
        self.count_misses.extend(other.count_misses);
        self.people.add(other.people);
    }

    /// The later records' figures and the record-count check, as report lines.
    pub fn later_lines(&self) -> String {
        format!(
            "later records: {} of {} wholly right ({:.1}%), {:.1}% of fields right ({} of {})\n\
             messages with another number of records than labelled: {} of {} checked",
            self.later.wholly_right,
            self.later.labelled,
            self.later.wholly_pct(),
            self.later.fields_pct(),
            self.later.fields_right(),
            self.later.labelled * FIELDS.len(),
            self.count_misses.len(),
            self.counted
        )
    }

    pub fn fields_pct(&self) -> f64 {
        let right: usize = self.correct.iter().sum();
        100.0 * right as f64 / (self.messages * FIELDS.len()).max(1) as f64
    }

    pub fn wholly_pct(&self) -> f64 {
        100.0 * self.wholly_right as f64 / self.messages.max(1) as f64
    }

    pub fn print_fields(&self) {
        println!("{:<16}{:>9}{:>10}", "field", "correct", "accuracy");
        for (f, field) in FIELDS.iter().enumerate() {
            let pct = 100.0 * self.correct[f] as f64 / self.messages.max(1) as f64;
            println!("{field:<16}{:>9}{:>9.1}%", self.correct[f], pct);
        }
    }
}

/// Checks a message's labels are well-formed: known fields, known intents, verdicts and
/// missing fields, and units that are the tenant's; a later record is a record (not
/// `none`), and a message that holds none has no later records.
pub fn check_label(case: &Case, tenant: &Tenant, at: &str) {
    check_record(&case.expected, tenant, at);
    for (k, label) in case.also.iter().enumerate() {
        let at = format!("{at}: also[{k}]");
        check_record(label, tenant, &at);
        let intent = label.get("intent").and_then(Value::as_str);
        assert!(
            intent.is_some_and(|i| i != "none"),
            "{at}: a later record needs an intent other than none"
        );
    }
    let none = case.expected.get("intent").and_then(Value::as_str) == Some("none");
    assert!(
        !none || case.also.is_empty(),
        "{at}: a message whose first record is none holds no record; label the records \
         in `expected` and `also`"
    );
}

fn check_record(label: &Label, tenant: &Tenant, at: &str) {
    for (key, value) in label {
        let person = PEOPLE.contains(&key.as_str());
        assert!(
            FIELDS.contains(&key.as_str()) || person,
            "{at}: unknown field {key}"
        );
        assert!(
            !person || people::well_formed(value),
            "{at}: {key} must be a name or null, not {value}"
        );
        let known = |set: &[&str], v: &Value| v.as_str().is_some_and(|s| set.contains(&s));
        match key.as_str() {
            "intent" => assert!(known(&INTENTS, value), "{at}: unknown intent {value}"),
            "verdict" => assert!(known(&VERDICTS, value), "{at}: unknown verdict {value}"),
            "missing" => {
                let list = value.as_array();
                let ok = list.is_some_and(|l| l.iter().all(|m| known(&MISSING, m)));
                assert!(
                    ok,
                    "{at}: missing must be a list of {MISSING:?}, not {value}"
                );
            }
            "unit" => {
                let name = value.as_str().unwrap_or_default();
                let ours = tenant.directory.units.iter().any(|u| u.name == name);
                assert!(ours, "{at}: {name} is not a unit of this directory");
            }
            _ => {}
        }
    }
}

/// Whether a file labels every record of its messages, so a message without `also` holds
/// one: the training files do. `holdout.jsonl`, `dev/` and `holdout2/` were labelled with
/// each message's first record only, and are not relabelled after their scores were seen.
pub fn labels_every_record(file: &Path) -> bool {
    let corpus = corpus_dir();
    let top = file.parent() == Some(corpus.as_path());
    let training = file.starts_with(corpus.join("training"));
    (top && !file.ends_with("holdout.jsonl")) || training
}

/// The labelled messages of one `.jsonl` file, each with where it is (`file:line`).
pub fn load_cases(file: &Path) -> Vec<(String, Case)> {
    let body = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let every_record = labels_every_record(file);
    body.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let at = format!("{}:{}", file.display(), n + 1);
            let mut case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
            case.every_record = every_record;
            (at, case)
        })
        .collect()
}

/// Reads every message of one `.jsonl` file against `tenant` and adds to `score`.
pub fn score_file(file: &Path, tenant: &Tenant, score: &mut Score) {
    for (at, case) in load_cases(file) {
        check_label(&case, tenant, &at);
        score_case(&case, tenant, &tenant.reader, score);
    }
}

/// Reads one labelled message with `reader` (prepared for `tenant`'s directory) and adds
/// to `score`.
pub fn score_case(case: &Case, tenant: &Tenant, reader: &Reader, score: &mut Score) {
    let currency = tenant.settings.default_currency;
    let settings = ReaderSettings {
        day_first: case.day_first.unwrap_or(tenant.settings.day_first),
        ..tenant.settings.clone()
    };
    let reading = reader
        .with_settings(settings)
        .read(
            &case.message,
            case.speaker.as_deref().unwrap_or(&tenant.speaker),
            case.today.unwrap_or(tenant.today),
        )
        .unwrap();
    let got = serde_json::to_value(&reading).unwrap();
    score.messages += 1;
    let first = compare(&case.expected, &got, currency, &case.message);
    for f in first.right_fields() {
        score.correct[f] += 1;
    }
    if first.misses.is_empty() {
        score.wholly_right += 1;
    }
    score.misses.extend(first.misses);
    score.money_errors.extend(first.money_errors);
    score.people.score(&case.expected, &got, &case.message);
    let read_also = got["also"].as_array().map_or(&[][..], Vec::as_slice);
    for (k, label) in case.also.iter().enumerate() {
        let have = read_also.get(k).unwrap_or(&Value::Null);
        let at = format!("{} (record {})", case.message, k + 2);
        let later = compare(label, have, currency, &at);
        score.people.score(label, have, &at);
        score.later.labelled += 1;
        for f in later.right_fields() {
            score.later.correct[f] += 1;
        }
        if later.misses.is_empty() {
            score.later.wholly_right += 1;
        }
        score.later.misses.extend(later.misses);
        score.money_errors.extend(later.money_errors);
    }
    if case.every_record || !case.also.is_empty() {
        score.counted += 1;
        let (want, have) = (1 + case.also.len(), 1 + read_also.len());
        if want != have {
            score.count_misses.push(format!(
                "want {want} records got {have}  <- {}",
                case.message
            ));
        }
    }
}

/// How one read record compares with its label, field by field.
struct Compared {
    wrong: [bool; FIELDS.len()],
    misses: Vec<String>,
    money_errors: Vec<String>,
}

impl Compared {
    fn right_fields(&self) -> impl Iterator<Item = usize> + '_ {
        (0..FIELDS.len()).filter(|&f| !self.wrong[f])
    }
}

/// Compares a record's label with the record read (`Null` when the reader returned none:
/// every field is then wrong, the intent included); `at` names it in the misses.
fn compare(label: &Label, got: &Value, currency: Currency, at: &str) -> Compared {
    let mut out = Compared {
        wrong: [false; FIELDS.len()],
        misses: Vec::new(),
        money_errors: Vec::new(),
    };
    for (f, field) in FIELDS.iter().enumerate() {
        let default = if *field == "missing" {
            Value::Array(vec![])
        } else {
            Value::Null
        };
        let want = normalise(field, label.get(*field).unwrap_or(&default), currency);
        let have = match got {
            Value::Null => Value::String("(no record read)".into()),
            _ => normalise(field, &got[*field], currency),
        };
        if want == have {
            continue;
        }
        out.wrong[f] = true;
        out.misses
            .push(format!("{field:>14}: want {want} got {have}  <- {at}"));
        if wrong_magnitude_or_currency(&want, &have) {
            out.money_errors
                .push(format!("{field:>14}: want {want} got {have}  <- {at}"));
        }
    }
    out
}

/// The training corpus: each labelled file with the organisation it is read against (the
/// files at the corpus's top share `directory.json`; each folder under `training/` has its
/// own). `holdout2/` is not part of it.
pub fn training_sets() -> Vec<(String, PathBuf, PathBuf)> {
    let dir = corpus_dir();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut sets: Vec<(String, PathBuf, PathBuf)> = files
        .into_iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            (name, dir.join("directory.json"), f)
        })
        .collect();
    let mut orgs: Vec<PathBuf> = std::fs::read_dir(dir.join("training"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    orgs.sort();
    for org in orgs {
        let name = org.file_name().unwrap().to_string_lossy().into_owned();
        sets.push((name, org.join("directory.json"), org.join("messages.jsonl")));
    }
    sets
}
