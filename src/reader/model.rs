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

mod features;
pub use self::features::*;

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
mod tests;
