//! The learned part of the reader: an averaged perceptron that decides a record's intent
//! (decision, note, investment, benefit, or not a record) from the words of its clause and
//! the signals the exact passes found (a verdict, money, cues, a follow-up, a unit, a name).
//!
//! Hand rules read their own authors' text well and strangers' text less well; the model
//! learns from the labelled corpus which signals count, and overrides the rules only when
//! it is confident (its margin over the rules' choice is at least the model's `threshold`).
//! Amounts, dates and names are still read by the exact parsers.
//!
//! Features are hashed (FNV-1a) so the model file holds numbers, not words. Training is
//! deterministic: a fixed example order, shuffled each epoch by a fixed-seed generator.
//! Retrain with `cargo run --release --example train_reader` (see the README).

use super::names::{NameMatch, Target};
use super::tokens::{TokKind, Token};
use super::Intent;
use rustc_hash::FxHashMap as HashMap;
use std::sync::{Arc, OnceLock};

/// The classes, in the order of the model's weight columns.
pub const INTENTS: [Intent; 5] = [
    Intent::Decision,
    Intent::Note,
    Intent::Investment,
    Intent::Benefit,
    Intent::None,
];
const N: usize = INTENTS.len();

fn class(i: Intent) -> usize {
    INTENTS.iter().position(|c| *c == i).expect("every intent")
}

/// What the exact passes found in a record's tokens, as the model sees them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Signals {
    pub question: bool,
    pub verdict: Option<crate::domain::Verdict>,
    pub benefit_cue: bool,
    pub forecast_cue: bool,
    pub investment_cue: bool,
    pub meeting_cue: bool,
    pub report_cue: bool,
    pub money: bool,
    pub money_per_period: bool,
    pub action: bool,
    pub unit: bool,
    pub investment: bool,
    /// A result measured, a run of time since a known thing, dates past or ahead.
    pub measures: super::measured::Measures,
}

pub(crate) fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// A token as a feature word: numbers and amounts collapse to a shape.
fn shape(t: &Token) -> &str {
    match t.kind {
        TokKind::Num => "#num",
        // Bytes, not chars: an ASCII digit is one byte, never inside another letter's.
        TokKind::Word if t.lower.bytes().any(|b| b.is_ascii_digit()) => "#alnum",
        _ => t.lower.as_str(),
    }
}

/// The hashed features of one record: its words and word pairs, its first words, and the
/// signals and the rules' intent.
/// Words of the directory's names are features by kind ("#investment", "#unit"), not by
/// spelling: another organisation has other names.
/// Each feature counts once, however often it occurs: a long message says "the" many times,
/// and four "the"s are no more evidence of chat than one.
pub fn features(toks: &[Token], names: &[NameMatch], s: &Signals, rule: Intent) -> Vec<u64> {
    let mut f = Vec::with_capacity(toks.len() * 2 + 16);
    feature_parts(toks, names, s, rule, |parts| f.push(fnv(parts)));
    f.sort_unstable();
    f.dedup();
    f
}

/// [`features`] by name ("w palletiser"), each with its hash and once, in the order first
/// met: to explain a reading.
pub fn feature_names(
    toks: &[Token],
    names: &[NameMatch],
    s: &Signals,
    rule: Intent,
) -> Vec<(String, u64)> {
    let mut f: Vec<(String, u64)> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    feature_parts(toks, names, s, rule, |parts| {
        let h = fnv(parts);
        if seen.insert(h) {
            f.push((parts.join(" "), h));
        }
    });
    f
}

/// Hands each feature of a record, as its parts, to `emit`.
fn feature_parts(
    toks: &[Token],
    names: &[NameMatch],
    s: &Signals,
    rule: Intent,
    mut emit: impl FnMut(&[&str]),
) {
    emit(&["bias"]);
    let rule_name = match rule {
        Intent::Decision => "Decision",
        Intent::Note => "Note",
        Intent::Investment => "Investment",
        Intent::Benefit => "Benefit",
        Intent::None => "None",
    };
    emit(&["rule", rule_name]);
    let flags = [
        (s.question, "question"),
        (s.verdict.is_some(), "verdict"),
        (s.benefit_cue, "benefit_cue"),
        (s.forecast_cue, "forecast_cue"),
        (s.investment_cue, "investment_cue"),
        (s.meeting_cue, "meeting_cue"),
        (s.report_cue, "report_cue"),
        (s.money, "money"),
        (s.money_per_period, "money_per_period"),
        (s.action, "action"),
        (s.unit, "unit"),
        (s.investment, "investment"),
    ];
    for (on, name) in flags {
        if on {
            emit(&["sig", name]);
            emit(&["sig+rule", name, rule_name]);
        }
    }
    // Which signals are on together, as one feature: "a follow-up and nothing else" says
    // note however unfamiliar the words around it are.
    let on: Vec<&str> = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
    let signature = on.join("+");
    emit(&["sigs", &signature]);
    emit(&["sigs+rule", &signature, rule_name]);
    if let Some(v) = s.verdict {
        emit(&["verdict", &v.to_string()]);
    }
    measure_parts(s, rule_name, &mut emit);
    let mut kinds: Vec<Option<&str>> = vec![None; toks.len()];
    for m in names {
        let kind = match m.targets.first() {
            Some(Target::Unit(_)) => "#unit",
            _ => "#investment",
        };
        for k in kinds.iter_mut().take(m.end.min(toks.len())).skip(m.start) {
            *k = Some(kind);
        }
    }
    let mut words: Vec<&str> = Vec::with_capacity(toks.len());
    for (j, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Sym && !matches!(t.lower.as_str(), "?" | "!" | "@") {
            continue;
        }
        match kinds[j] {
            // One feature word for the whole name.
            Some(k) if j > 0 && kinds[j - 1] == Some(k) => {}
            Some(k) => words.push(k),
            None => words.push(shape(t)),
        }
        if words.len() >= 80 {
            break;
        }
    }
    // "Item 9 …", "MIN 15/2026 – …", "Agenda item 4 …": a minutes' item label says nothing
    // of the record, which opens on what follows it, as after a bullet or "4.2".
    let label = match words.as_slice() {
        ["agenda", "item", "#num", ..] => 2,
        ["item" | "items" | "min" | "minute" | "minutes" | "para" | "section", "#num", ..] => 1,
        _ => 0,
    };
    // "MIN 15/2026": every number of the label.
    let label = match label {
        0 => 0,
        l => l + words[l..].iter().take_while(|w| **w == "#num").count(),
    };
    if label > 0 && label < words.len() {
        words.drain(..label);
    }
    for (k, w) in words.iter().enumerate() {
        emit(&["w", w]);
        if k < 2 {
            emit(&["first", w]);
        }
        if let Some(next) = words.get(k + 1) {
            emit(&["bi", w, next]);
        }
    }
    if words.len() <= 4 {
        emit(&["short"]);
    }
}

/// The measures' features, alone and with the rules' intent: a result counted since a
/// known thing, with an amount beside it, is reported, not proposed, whatever the words
/// around it. Kept out of the "sigs" signature, so a model trained before them reads as it
/// did.
fn measure_parts(s: &Signals, rule_name: &str, emit: &mut impl FnMut(&[&str])) {
    let m = &s.measures;
    let measures = [
        (m.change_counted, "change_counted"),
        (m.change_in_money, "change_in_money"),
        (m.since_known, "since_known"),
        (m.dated_past, "dated_past"),
        (m.dated_ahead, "dated_ahead"),
    ];
    for (on, name) in measures {
        if on {
            emit(&["m", name]);
            emit(&["m+rule", name, rule_name]);
            if s.money {
                emit(&["m+money", name]);
            }
            if s.investment {
                emit(&["m+investment", name]);
            }
        }
    }
    let changed = m.change_counted || m.change_in_money;
    if changed && s.money && !s.investment_cue {
        emit(&["m", "result_with_amount"]);
        emit(&["m+rule", "result_with_amount", rule_name]);
    }
}

/// An averaged-perceptron intent classifier.
#[derive(Debug, Clone, Default)]
pub struct IntentModel {
    weights: HashMap<u64, [f32; N]>,
    /// How far the model's best score must exceed its score for the rules' intent before it
    /// overrides the rules.
    pub threshold: f32,
}

/// One labelled record for training: its features, the rules' intent and the right one.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<u64>,
    pub rule: Intent,
    pub label: Intent,
}

impl IntentModel {
    fn scores(&self, features: &[u64]) -> [f32; N] {
        let mut s = [0.0f32; N];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for c in 0..N {
                    s[c] += w[c];
                }
            }
        }
        s
    }

    /// The model's intent and its margin over the rules' intent.
    pub fn predict(&self, features: &[u64], rule: Intent) -> (Intent, f32) {
        let s = self.scores(features);
        let best = (0..N)
            .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
            .expect("classes");
        (INTENTS[best], s[best] - s[class(rule)])
    }

    /// The intent to use: the model's where it is confident, the rules' otherwise.
    pub fn decide(&self, features: &[u64], rule: Intent) -> Intent {
        self.decide_among(features, rule, |_| true)
    }

    /// [`IntentModel::decide`] among the intents `possible` allows (the rules' intent is
    /// always possible): the model's best of them where it beats the rules' by the
    /// threshold, the rules' otherwise.
    pub fn decide_among(
        &self,
        features: &[u64],
        rule: Intent,
        possible: impl Fn(Intent) -> bool,
    ) -> Intent {
        if self.weights.is_empty() {
            return rule;
        }
        let s = self.scores(features);
        let best = (0..N)
            .filter(|&c| INTENTS[c] == rule || possible(INTENTS[c]))
            .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
            .expect("the rules' intent");
        if INTENTS[best] != rule && s[best] - s[class(rule)] >= self.threshold {
            INTENTS[best]
        } else {
            rule
        }
    }

    /// Trains on `examples` in their given order for `epochs` passes; deterministic.
    pub fn train(examples: &[Example], epochs: usize, threshold: f32) -> IntentModel {
        let mut w: HashMap<u64, [f32; N]> = HashMap::default();
        // Sums for averaging, kept with the usual timestamp trick.
        let mut total: HashMap<u64, [f32; N]> = HashMap::default();
        let mut stamp: HashMap<u64, [u64; N]> = HashMap::default();
        let mut t: u64 = 0;
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut seed: u64 = 0x5eed_2026_1130;
        for _ in 0..epochs {
            // Fisher–Yates with a fixed-seed xorshift: the same order on every machine.
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            for &i in &order {
                t += 1;
                let ex = &examples[i];
                let model = IntentModel {
                    weights: std::mem::take(&mut w),
                    threshold: 0.0,
                };
                let s = model.scores(&ex.features);
                w = model.weights;
                let guess = (0..N)
                    .max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a)))
                    .expect("classes");
                let truth = class(ex.label);
                if guess == truth {
                    continue;
                }
                for f in &ex.features {
                    let wf = w.entry(*f).or_insert([0.0; N]);
                    let tf = total.entry(*f).or_insert([0.0; N]);
                    let sf = stamp.entry(*f).or_insert([0; N]);
                    for (c, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                        tf[c] += (t - sf[c]) as f32 * wf[c];
                        sf[c] = t;
                        wf[c] += delta;
                    }
                }
            }
        }
        let mut weights = HashMap::default();
        for (f, wf) in &w {
            let tf = total[f];
            let sf = stamp[f];
            let mut avg = [0.0f32; N];
            for c in 0..N {
                avg[c] = (tf[c] + (t - sf[c]) as f32 * wf[c]) / t as f32;
            }
            if avg.iter().any(|x| x.abs() > 1e-4) {
                weights.insert(*f, avg);
            }
        }
        IntentModel { weights, threshold }
    }

    /// The model as text: a `threshold` line, then one line per feature (hash in hex, then
    /// a weight per class), sorted so the file is stable.
    pub fn to_text(&self) -> String {
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort();
        let mut out = format!(
            "# valuebridge reader intent model: averaged perceptron, classes {}\nthreshold {}\n",
            INTENTS.map(|i| format!("{i:?}").to_lowercase()).join(" "),
            self.threshold
        );
        for k in keys {
            let w = self.weights[k];
            out.push_str(&format!("{k:016x}"));
            for x in w {
                out.push_str(&format!(" {x:.4}"));
            }
            out.push('\n');
        }
        out
    }

    /// Reads [`IntentModel::to_text`]'s format.
    pub fn from_text(text: &str) -> Result<IntentModel, String> {
        let mut m = IntentModel::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || format!("line {}: not a model line: {line}", n + 1);
            let mut parts = line.split_whitespace();
            let head = parts.next().ok_or_else(bad)?;
            if head == "threshold" {
                m.threshold = parts.next().and_then(|x| x.parse().ok()).ok_or_else(bad)?;
                continue;
            }
            let key = u64::from_str_radix(head, 16).map_err(|_| bad())?;
            let mut w = [0.0f32; N];
            for x in w.iter_mut() {
                *x = parts.next().and_then(|x| x.parse().ok()).ok_or_else(bad)?;
            }
            m.weights.insert(key, w);
        }
        Ok(m)
    }

    /// Each named feature's weights, the largest first: why the model reads a record as
    /// it does.
    pub fn explain(&self, features: &[(String, u64)]) -> Vec<(String, [f32; N])> {
        let mut out: Vec<(String, [f32; N])> = features
            .iter()
            .filter_map(|(name, h)| self.weights.get(h).map(|w| (name.clone(), *w)))
            .collect();
        let size = |w: &[f32; N]| w.iter().map(|x| x.abs()).fold(0.0f32, f32::max);
        out.sort_by(|a, b| size(&b.1).total_cmp(&size(&a.1)));
        out
    }

    /// How many features carry weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// Names a directory of candidate model files (`intent.model`, `rationale.model`,
/// `dates.model`) that the reader's own unit tests read instead of the shipped ones: the
/// training program runs those tests (and the bot-level tests that read plain words, built
/// with the `candidate-models` feature) against what it is about to write, so a retrain
/// that breaks a case they pin down is refused. Read only in test builds and with that
/// feature; the product reads the files compiled in.
pub const CANDIDATES_ENV: &str = "VALUEBRIDGE_READER_MODELS";

/// The text of shipped model `file` (compiled in as `compiled`), or in a test build the
/// candidate the training program names in [`CANDIDATES_ENV`].
pub(crate) fn shipped_text(file: &str, compiled: &'static str) -> std::borrow::Cow<'static, str> {
    #[cfg(any(test, feature = "candidate-models"))]
    if let Some(dir) = std::env::var_os(CANDIDATES_ENV) {
        let path = std::path::Path::new(&dir).join(file);
        return std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("candidate model {}: {e}", path.display()))
            .into();
    }
    let _ = file;
    compiled.into()
}

/// The model shipped in the repository, read once.
pub fn shipped() -> Arc<IntentModel> {
    static MODEL: OnceLock<Arc<IntentModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let text = shipped_text(
                "intent.model",
                include_str!("../../assets/reader/intent.model"),
            );
            Arc::new(IntentModel::from_text(&text).expect("the shipped model parses"))
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_parses_and_round_trips() {
        let m = shipped();
        let again = IntentModel::from_text(&m.to_text()).unwrap();
        assert_eq!(again.len(), m.len());
        assert_eq!(again.threshold, m.threshold);
    }

    #[test]
    fn a_word_said_many_times_weighs_as_much_as_once() {
        let model = |w: [f32; N]| IntentModel {
            weights: HashMap::from_iter([(fnv(&["w", "the"]), w)]),
            threshold: 0.0,
        };
        let m = model([0.0, 0.0, 0.0, 0.0, 2.0]);
        let s = Signals::default();
        let once = super::super::tokens::tokenize("the pilot stops");
        let often = super::super::tokens::tokenize("the pilot stops, the vendor left the market");
        let score = |toks: &[Token]| m.scores(&features(toks, &[], &s, Intent::Decision))[4];
        assert_eq!(score(&once), 2.0);
        assert_eq!(score(&often), 2.0);
    }

    #[test]
    fn features_by_name_are_the_features_the_model_reads() {
        let toks = super::super::tokens::tokenize("Estates floated a £45k tide gauge upgrade");
        let s = Signals {
            money: true,
            ..Signals::default()
        };
        let named = feature_names(&toks, &[], &s, Intent::None);
        let hashed = features(&toks, &[], &s, Intent::None);
        let mut by_name: Vec<u64> = named.iter().map(|(_, h)| *h).collect();
        by_name.sort_unstable();
        assert_eq!(by_name, hashed);
        assert!(named.iter().any(|(n, _)| n == "w floated"), "{named:?}");
        // The signals on together are one feature too, with and without the rules' intent.
        assert!(named.iter().any(|(n, _)| n == "sigs money"), "{named:?}");
        assert!(
            named.iter().any(|(n, _)| n == "sigs+rule money None"),
            "{named:?}"
        );
        let mut model = IntentModel::default();
        model
            .weights
            .insert(fnv(&["w", "floated"]), [0.0, 0.0, 2.0, 0.0, 0.0]);
        let why = model.explain(&named);
        assert_eq!(why.len(), 1, "only weighted features explain: {why:?}");
        assert_eq!(why[0].0, "w floated");
    }

    #[test]
    fn a_result_measured_beside_an_amount_is_a_feature_of_its_own() {
        let toks = super::super::tokens::tokenize("no-shows down 12 pts, £6k more revenue");
        let s = Signals {
            money: true,
            measures: super::super::measured::Measures {
                change_counted: true,
                change_in_money: true,
                ..Default::default()
            },
            ..Signals::default()
        };
        let named: Vec<String> = feature_names(&toks, &[], &s, Intent::Benefit)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        for want in [
            "m change_counted",
            "m+rule change_in_money Benefit",
            "m result_with_amount",
        ] {
            assert!(named.iter().any(|n| n == want), "{want}: {named:?}");
        }
        // With a proposal's cue ("asks for £60k") the amount is not a result's.
        let s = Signals {
            money: true,
            investment_cue: true,
            ..s
        };
        let named = feature_names(&toks, &[], &s, Intent::Investment);
        assert!(!named.iter().any(|(n, _)| n == "m result_with_amount"));
        // They stay out of the signature, so a model trained before them reads as it did.
        assert!(named.iter().any(|(n, _)| n == "sigs investment_cue+money"));
    }

    #[test]
    fn training_learns_a_separable_set_and_is_deterministic() {
        let ex = |words: &[&str], label| Example {
            features: words.iter().map(|w| fnv(&["w", w])).collect(),
            rule: Intent::None,
            label,
        };
        let data = vec![
            ex(&["cheers", "team"], Intent::None),
            ex(&["produced", "savings"], Intent::Benefit),
            ex(&["thanks", "all"], Intent::None),
            ex(&["cut", "costs"], Intent::Benefit),
        ];
        let a = IntentModel::train(&data, 5, 0.0);
        let b = IntentModel::train(&data, 5, 0.0);
        assert_eq!(a.to_text(), b.to_text());
        assert_eq!(
            a.decide(&[fnv(&["w", "produced"])], Intent::None),
            Intent::Benefit
        );
        assert_eq!(
            a.decide(&[fnv(&["w", "cheers"])], Intent::Note),
            Intent::None
        );
    }
}
