//! The gate a retrained model passes before it is written over the shipped one: it must
//! have beaten the rules on cross-validation, and the reader with it must pass every test
//! that pins the reader down (the library's unit tests and the bot-level tests that read
//! plain words), read the development set no
//! worse than the shipped models do, keep every training file's per-field floor, and read
//! no amount of them in the wrong currency or off by ten times or more.
//!
//! Models are gated one at a time (intent, rationale, date roles), each on top of the ones
//! already accepted, so each gets its own verdict and a refused one keeps the shipped file.

use crate::corpus_scoring::*;
pub use crate::verdict::Cv;
use crate::verdict::{verdict, Evidence, FieldRead, Read};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};
use valuebridge::reader::model::CANDIDATES_ENV;
use valuebridge::reader::{IntentModel, ReasonModel};

/// The model files, in the order they are gated.
pub const FILES: [&str; 3] = ["intent.model", "rationale.model", "dates.model"];

/// A set of model texts, one per file of [`FILES`].
#[derive(Clone, PartialEq)]
pub struct Models(pub [String; 3]);

impl Models {
    /// The models as shipped in `dir`.
    pub fn read(dir: &Path) -> Models {
        Models(FILES.map(|f| {
            let path = dir.join(f);
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        }))
    }

    /// Writes each model to its file in `dir` (made if missing).
    pub fn write(&self, dir: &Path) {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for (file, text) in FILES.iter().zip(&self.0) {
            let path = dir.join(file);
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }

    /// `tenant`'s reader with these models.
    fn reader(&self, tenant: &Tenant) -> valuebridge::reader::Reader {
        let parse = |k: usize| {
            ReasonModel::from_text(&self.0[k]).unwrap_or_else(|e| panic!("{}: {e}", FILES[k]))
        };
        let intent = IntentModel::from_text(&self.0[0]).unwrap_or_else(|e| panic!("{e}"));
        tenant
            .reader
            .with_model(Arc::new(intent))
            .with_reason_model(Arc::new(parse(1)))
            .with_date_model(Arc::new(parse(2)))
    }
}

/// Labelled sets read by the gate: each with its organisation.
pub struct Sets {
    /// The development set's organisations (never trained on).
    pub dev: Vec<(Tenant, Vec<Case>)>,
    /// Every training file, by name.
    pub training: Vec<(String, Tenant, Vec<Case>)>,
}

impl Sets {
    pub fn load() -> Sets {
        let dir = corpus_dir().join("dev");
        let mut orgs: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.is_dir())
            .collect();
        orgs.sort();
        let cases = |file: &Path| load_cases(file).into_iter().map(|(_, c)| c).collect();
        Sets {
            dev: orgs
                .iter()
                .map(|o| {
                    let tenant = load_tenant(&o.join("directory.json"));
                    (tenant, cases(&o.join("messages.jsonl")))
                })
                .collect(),
            training: training_sets()
                .into_iter()
                .map(|(name, d, f)| (name, load_tenant(&d), cases(&f)))
                .collect(),
        }
    }
}

fn score(models: &Models, sets: &[(&Tenant, &[Case])]) -> Score {
    let mut s = Score::new();
    for (tenant, cases) in sets {
        let reader = models.reader(tenant);
        for case in *cases {
            score_case(case, tenant, &reader, &mut s);
        }
    }
    s
}

fn read(s: &Score) -> Read {
    Read {
        wholly_right: s.wholly_right,
        fields_right: s.correct.iter().sum(),
    }
}

/// The bot-level tests that read plain words through the reader (a conversation, the
/// README's examples, drafts that must store what they show …): each pins readings the
/// library's unit tests do not see, so a candidate must pass them too.
const READER_TESTS: [&str; 11] = [
    "conversation",
    "readme_examples",
    "several_records",
    "draft_round_trip",
    "short_names",
    "follow_ups",
    "plain_words_records_currency",
    "everyday_dates",
    "combined_draft",
    "parse_json",
    "investment_story",
];

/// The test programs that pin the reader's behaviour: the library's unit tests and
/// [`READER_TESTS`], built once (debug, with the `candidate-models` feature so that the
/// library they link reads the candidates), each with the name its failures are given.
fn test_programs() -> Result<&'static [(String, PathBuf)], String> {
    static PROGRAMS: OnceLock<Result<Vec<(String, PathBuf)>, String>> = OnceLock::new();
    PROGRAMS
        .get_or_init(|| {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let mut build = Command::new(cargo);
            build
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args([
                    "test",
                    "-p",
                    "valuebridge",
                    "--features",
                    "candidate-models",
                ])
                .args(["--lib", "--no-run", "--message-format", "json"]);
            for t in READER_TESTS {
                build.args(["--test", t]);
            }
            // `cargo run` hands this program the variables it sets for a crate; build
            // scripts that watch them (ring's) would see them changed and rebuild.
            for (key, _) in std::env::vars_os() {
                let key = key.to_string_lossy();
                let crate_var = key.starts_with("CARGO_")
                    && ![
                        "HOME",
                        "TARGET_DIR",
                        "BUILD_",
                        "TERM_",
                        "NET_",
                        "HTTP_",
                        "REGISTR",
                    ]
                    .iter()
                    .any(|k| key["CARGO_".len()..].starts_with(k));
                if crate_var || key == "OUT_DIR" {
                    build.env_remove(key.as_ref());
                }
            }
            let out = build
                .output()
                .map_err(|e| format!("could not run cargo test: {e}"))?;
            if !out.status.success() {
                return Err(String::from_utf8_lossy(&out.stderr).into_owned());
            }
            let programs: Vec<(String, PathBuf)> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter(|v| v["profile"]["test"] == true)
                .filter_map(|v| {
                    let exe = PathBuf::from(v["executable"].as_str()?);
                    let lib = v["target"]["kind"][0] == "lib";
                    let name = if lib {
                        String::new()
                    } else {
                        format!("{}::", v["target"]["name"].as_str()?)
                    };
                    Some((name, exe))
                })
                .collect();
            if programs.len() != READER_TESTS.len() + 1 {
                return Err(format!(
                    "cargo built {} of the {} test programs that pin the reader",
                    programs.len(),
                    READER_TESTS.len() + 1
                ));
            }
            Ok(programs)
        })
        .as_deref()
        .map_err(|e| e.clone())
}

/// Whether `models` keep every behaviour the library's tests pin down; says which way in
/// the report, under `label` ("threshold 2", "rationale model, threshold 1").
pub fn keeps_pinned(models: &Models, label: &str) -> bool {
    match unit_failures(models) {
        Ok(f) if f.is_empty() => {
            println!("{label}: every test pinning the reader passes");
            true
        }
        Ok(f) => {
            println!(
                "{label}: {} tests pinning the reader fail: {}",
                f.len(),
                f.join(", ")
            );
            false
        }
        Err(e) => panic!("the tests pinning the reader could not be run:\n{e}"),
    }
}

/// The tests pinning the reader (the library's unit tests and [`READER_TESTS`]) that fail
/// with `models`, by running them against the candidate files; `Err` when the tests could
/// not be run at all.
pub fn unit_failures(models: &Models) -> Result<Vec<String>, String> {
    let programs = test_programs()?;
    let dir =
        std::env::temp_dir().join(format!("valuebridge-reader-models-{}", std::process::id()));
    models.write(&dir);
    let mut failed = Vec::new();
    let mut result = Ok(());
    for (name, program) in programs {
        match failures_of(program, &dir) {
            Ok(f) => failed.extend(f.into_iter().map(|t| format!("{name}{t}"))),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    result.map(|()| failed)
}

/// The tests of one test program that fail with the candidates in `dir`.
fn failures_of(program: &Path, dir: &Path) -> Result<Vec<String>, String> {
    let out = Command::new(program)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("--quiet")
        .env(CANDIDATES_ENV, dir)
        .output()
        .map_err(|e| format!("could not run {}: {e}", program.display()))?;
    if out.status.success() {
        return Ok(Vec::new());
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The harness lists the failing tests, indented, after its last "failures:" line.
    let failed: Vec<String> = stdout
        .rsplit_once("\nfailures:\n")
        .map(|(_, list)| {
            list.lines()
                .take_while(|l| l.starts_with("    "))
                .map(|l| l.trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    if failed.is_empty() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
        return Err(tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
    }
    Ok(failed)
}

/// The verdict on one model (see [`verdict`]): `Ok` with what it passed, or `Err` with why
/// it is refused.
fn judge(
    cv: &Cv,
    empty: bool,
    now: &Models,
    with: &Models,
    sets: &Sets,
) -> Result<String, Vec<String>> {
    let dev: Vec<(&Tenant, &[Case])> = sets.dev.iter().map(|(t, c)| (t, c.as_slice())).collect();
    let (fields, money_errors) = training_reads(now, with, sets);
    verdict(&Evidence {
        cv,
        empty,
        unit_failures: unit_failures(with),
        dev: [read(&score(now, &dev)), read(&score(with, &dev))],
        fields,
        money_errors,
    })
}

/// Whether every training file keeps its per-field floor with `with` against `now`; says
/// which fields fall under it, under `label`, when some do.
pub fn keeps_floors(now: &Models, with: &Models, sets: &Sets, label: &str) -> bool {
    let below = crate::verdict::below_floors(&training_reads(now, with, sets).0);
    if !below.is_empty() {
        println!(
            "{label}: {} fields below their floor: {}",
            below.len(),
            below.join("; ")
        );
    }
    below.is_empty()
}

/// Every field of every training file read with `now` and with `with`, and the amounts
/// `with` reads in the wrong currency or magnitude.
fn training_reads<'a>(
    now: &Models,
    with: &Models,
    sets: &'a Sets,
) -> (Vec<FieldRead<'a>>, Vec<String>) {
    let mut fields = Vec::new();
    let mut money_errors = Vec::new();
    for (name, tenant, cases) in &sets.training {
        let (a, b) = (
            score(now, &[(tenant, cases)]),
            score(with, &[(tenant, cases)]),
        );
        money_errors.extend(
            b.money_errors
                .iter()
                .map(|m| format!("{name}: {}", m.trim())),
        );
        for (f, field) in FIELDS.iter().enumerate() {
            fields.push(FieldRead {
                file: name,
                field,
                before: a.correct[f],
                after: b.correct[f],
                messages: a.messages,
            });
        }
    }
    (fields, money_errors)
}

/// Gates each candidate in turn on top of the models accepted before it; prints a verdict
/// per model and returns the models to ship.
pub fn gate(shipped: &Models, candidates: &Models, cvs: [Cv; 3], sets: &Sets) -> Models {
    // Failures the shipped models have too come from the rules, not from a retrain; said
    // first so a refusal for them is not mistaken for the candidate's fault.
    match unit_failures(shipped) {
        Ok(f) if f.is_empty() => {
            println!("\nthe shipped models pass every test pinning the reader")
        }
        Ok(f) => println!(
            "\nwith the shipped models {} tests pinning the reader already fail: {}",
            f.len(),
            f.join(", ")
        ),
        Err(e) => panic!("the tests pinning the reader could not be run:\n{e}"),
    }
    let mut accepted = shipped.clone();
    let mut verdicts: Vec<String> = Vec::new();
    for (k, cv) in cvs.iter().enumerate() {
        let name = FILES[k];
        if candidates.0[k] == accepted.0[k] {
            verdicts.push(format!(
                "{name}: UNCHANGED (the retrain is the shipped model)"
            ));
            continue;
        }
        let mut with = accepted.clone();
        with.0[k] = candidates.0[k].clone();
        println!("\ngating {name} …");
        // A model that lost on cross-validation is written empty, so the rules decide.
        let empty = candidates.0[k]
            .lines()
            .all(|l| l.starts_with('#') || l.starts_with("threshold") || l.trim().is_empty());
        match judge(cv, empty, &accepted, &with, sets) {
            Ok(passed) => {
                verdicts.push(format!("{name}: SHIP ({passed})"));
                accepted = with;
            }
            Err(why) => verdicts.push(format!(
                "{name}: REFUSED, the shipped one is kept:\n  - {}",
                why.join("\n  - ")
            )),
        }
    }
    println!("\nverdicts:");
    for v in verdicts {
        println!("{v}");
    }
    accepted
}
