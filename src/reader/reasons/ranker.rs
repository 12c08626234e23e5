//! The ranking model that may choose a rationale among the candidates: its examples,
//! training, scoring and its text form.

use super::*;

/// One labelled record for training: its candidates' features, "none"'s features, the
/// rules' option and the right option (`None`: no rationale).
#[derive(Debug, Clone)]
pub struct Example {
    pub options: Vec<Vec<u64>>,
    pub rule: usize,
    pub gold: usize,
}

/// An averaged-perceptron ranker over a record's candidate clauses and "none".
#[derive(Debug, Clone, Default)]
pub struct ReasonModel {
    weights: HashMap<u64, f32>,
    pub threshold: f32,
}

impl ReasonModel {
    pub(super) fn score(&self, f: &[u64]) -> f32 {
        f.iter().filter_map(|k| self.weights.get(k)).sum()
    }

    /// The option to use among `options` (the candidates, then "none"), given the rules'.
    pub fn choose(&self, options: &[Vec<u64>], rule: usize) -> usize {
        let scores: Vec<f32> = options.iter().map(|o| self.score(o)).collect();
        let best = (0..scores.len())
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
            .unwrap_or(rule);
        if best != rule && scores[best] - scores[rule] >= self.threshold {
            best
        } else {
            rule
        }
    }

    /// Trains on `examples` for `epochs` passes in a fixed-seed order; deterministic.
    pub fn train(examples: &[Example], epochs: usize, threshold: f32) -> ReasonModel {
        let mut m = ReasonModel {
            weights: HashMap::new(),
            threshold: 0.0,
        };
        let mut total: HashMap<u64, f32> = HashMap::new();
        let mut stamp: HashMap<u64, u64> = HashMap::new();
        let mut t: u64 = 0;
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut seed: u64 = 0x5eed_2026_1130;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            for &i in &order {
                t += 1;
                let ex = &examples[i];
                let scores: Vec<f32> = ex.options.iter().map(|o| m.score(o)).collect();
                let guess = (0..scores.len())
                    .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                    .expect("at least none");
                if guess == ex.gold {
                    continue;
                }
                for (opt, delta) in [(ex.gold, 1.0f32), (guess, -1.0)] {
                    for k in &ex.options[opt] {
                        let w = m.weights.entry(*k).or_insert(0.0);
                        let s = stamp.entry(*k).or_insert(0);
                        *total.entry(*k).or_insert(0.0) += (t - *s) as f32 * *w;
                        *s = t;
                        *w += delta;
                    }
                }
            }
        }
        let mut weights = HashMap::new();
        for (k, w) in &m.weights {
            let avg = (total[k] + (t - stamp[k]) as f32 * w) / t.max(1) as f32;
            if avg.abs() > 1e-4 {
                weights.insert(*k, avg);
            }
        }
        ReasonModel { weights, threshold }
    }

    /// The model as text: a `threshold` line, then `hash weight` lines, sorted.
    pub fn to_text(&self) -> String {
        self.to_text_as("rationale model: averaged perceptron ranking clauses")
    }

    /// [`ReasonModel::to_text`] with another description in its header line (the same
    /// ranker also chooses date roles).
    pub fn to_text_as(&self, what: &str) -> String {
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort();
        let mut out = format!(
            "# valuebridge reader {what}\nthreshold {}\n",
            self.threshold
        );
        for k in keys {
            out.push_str(&format!("{k:016x} {:.4}\n", self.weights[k]));
        }
        out
    }

    pub fn from_text(text: &str) -> Result<ReasonModel, String> {
        let mut m = ReasonModel::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || format!("line {}: not a model line: {line}", n + 1);
            let (head, value) = line.split_once(' ').ok_or_else(bad)?;
            let value: f32 = value.trim().parse().map_err(|_| bad())?;
            if head == "threshold" {
                m.threshold = value;
            } else {
                m.weights
                    .insert(u64::from_str_radix(head, 16).map_err(|_| bad())?, value);
            }
        }
        Ok(m)
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}
