//! The learned choice of a record's rationale (or, for a benefit, its evidence): which
//! clause of the message explains it, if any. The candidates are the message's clauses and
//! the parts of them after a reason word ("because", "since", "until"); an averaged
//! perceptron scores each, and "no rationale", from the clause's words, where it sits
//! against the verdict, and whether the hand rules chose it. The model's choice replaces
//! the rules' only when it wins by the model's `threshold`.

use super::model::fnv;
use super::tokens::{TokKind, Token};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// One clause that might be the rationale: a token range of the record.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What the features of a candidate are read against.
pub struct Context<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Is token j part of an amount or a date?
    pub skip: &'a dyn Fn(usize) -> bool,
    /// The verdict's token range, when there is one.
    pub verdict: Option<(usize, usize)>,
    /// "decision" or "benefit", and the verdict's word.
    pub kind: &'a str,
    /// The rules' choice.
    pub rule: Option<&'a str>,
}

/// Text as the corpus compares it: lower case, single spaces, no outer punctuation.
pub fn normalise(s: &str) -> String {
    let t: Vec<&str> = s.split_whitespace().collect();
    t.join(" ")
        .to_lowercase()
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_string()
}

fn is_clause_break(t: &Token) -> bool {
    t.is_break() || (t.is_sym("-") && !t.attached)
}

const LEADS: &[&str] = &["because", "since", "as", "given", "citing", "so", "but"];
const KEPT_LEADS: &[&str] = &["until", "till", "unless", "pending", "waiting", "awaiting"];

/// The candidate clauses of the record, without repeats, in order.
pub fn candidates(text: &str, toks: &[Token]) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |a: usize, b: usize| {
        if a >= b || b > toks.len() {
            return;
        }
        let t = text[toks[a].start..toks[b - 1].end].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '—' | ')' | '(')
        });
        if t.is_empty() || out.iter().any(|c| c.start == a && c.end == b) {
            return;
        }
        out.push(Candidate {
            start: a,
            end: b,
            text: t.to_string(),
        });
    };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    // Clauses between any breaks, and sentences between sentence ends.
    for sentence_only in [false, true] {
        let mut s = 0;
        for (j, t) in toks.iter().enumerate() {
            let end = if sentence_only {
                matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
            } else {
                is_clause_break(t)
            };
            if end {
                ranges.push((s, j));
                s = j + 1;
            }
        }
        ranges.push((s, toks.len()));
    }
    for (a, b) in ranges {
        if a >= b || b - a > 60 {
            continue;
        }
        push(a, b);
        for j in a..b {
            let w = toks[j].lower.as_str();
            let next = toks.get(j + 1).map_or("", |t| t.lower.as_str());
            if KEPT_LEADS.contains(&w) {
                push(j, b);
            } else if LEADS.contains(&w) {
                push(j + 1, b);
            } else if matches!(w, "due" | "thanks" | "owing" | "because") && next == "to"
                || (w == "because" && next == "of")
            {
                push(j + 2, b);
            } else if matches!(w, "from" | "by" | "through" | "via") && j > a {
                push(j + 1, b);
            }
        }
    }
    out
}

fn bucket(n: usize) -> &'static str {
    match n {
        0..=1 => "1",
        2 => "2",
        3..=4 => "3-4",
        5..=8 => "5-8",
        9..=15 => "9-15",
        _ => "16+",
    }
}

fn word(t: &Token) -> &str {
    match t.kind {
        TokKind::Num => "#num",
        _ => t.lower.as_str(),
    }
}

/// The features of a candidate, and of "no rationale" when `c` is `None`.
pub fn features(ctx: &Context, c: Option<&Candidate>, n: usize) -> Vec<u64> {
    let mut f = Vec::with_capacity(32);
    let rule_none = ctx.rule.is_none();
    let Some(c) = c else {
        f.push(fnv(&["none"]));
        f.push(fnv(&["none", ctx.kind]));
        f.push(fnv(&["none&rule_none", if rule_none { "y" } else { "n" }]));
        f.push(fnv(&["none&cands", bucket(n)]));
        return f;
    };
    let toks = ctx.toks;
    let is_rule = ctx.rule.is_some_and(|r| normalise(r) == normalise(&c.text));
    let tag = if is_rule { "rule" } else { "other" };
    f.push(fnv(&["cand", tag]));
    f.push(fnv(&["cand", tag, ctx.kind]));
    let prev = if c.start > 0 {
        word(&toks[c.start - 1])
    } else {
        "^"
    };
    let first = word(&toks[c.start]);
    let last = word(&toks[c.end - 1]);
    for (name, v) in [("prev", prev), ("first", first), ("last", last)] {
        f.push(fnv(&[name, v]));
        f.push(fnv(&[name, v, tag]));
    }
    if let Some(second) = toks.get(c.start + 1).filter(|_| c.end > c.start + 1) {
        f.push(fnv(&["first2", first, word(second)]));
    }
    for t in &toks[c.start..c.end] {
        f.push(fnv(&["w", word(t)]));
    }
    let len = c.end - c.start;
    f.push(fnv(&["len", bucket(len)]));
    let skipped = (c.start..c.end).filter(|&j| (ctx.skip)(j)).count();
    if skipped == len {
        f.push(fnv(&["all_money_or_date"]));
    } else if skipped > 0 {
        f.push(fnv(&["some_money_or_date"]));
    }
    let place = match ctx.verdict {
        None => "no_verdict",
        Some((a, b)) if c.start < b && c.end > a => "holds_verdict",
        Some((a, _)) if c.end <= a => "before_verdict",
        Some(_) => "after_verdict",
    };
    f.push(fnv(&["place", place]));
    f.push(fnv(&["place", place, tag]));
    // How many sentence ends lie between the verdict and the clause.
    if let Some((_, b)) = ctx.verdict {
        let (x, y) = if c.start >= b {
            (b, c.start)
        } else {
            (c.end, b)
        };
        let ends = toks[x.min(y)..y.max(x)]
            .iter()
            .filter(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            .count();
        f.push(fnv(&["sentences_away", bucket(ends)]));
    }
    let _ = ctx.text;
    f
}

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
    fn score(&self, f: &[u64]) -> f32 {
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

/// The options of a record (candidates, then "none"), and the index of the rules' choice.
pub fn options(ctx: &Context) -> (Vec<Candidate>, Vec<Vec<u64>>, usize) {
    let cands = candidates(ctx.text, ctx.toks);
    let n = cands.len();
    let mut opts: Vec<Vec<u64>> = cands.iter().map(|c| features(ctx, Some(c), n)).collect();
    opts.push(features(ctx, None, n));
    let rule = match ctx.rule {
        None => n,
        Some(r) => {
            let r = normalise(r);
            cands
                .iter()
                .position(|c| normalise(&c.text) == r)
                .unwrap_or(n)
        }
    };
    (cands, opts, rule)
}

/// The model shipped in the repository, read once.
pub fn shipped() -> Arc<ReasonModel> {
    static MODEL: OnceLock<Arc<ReasonModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let text = include_str!("../../assets/reader/rationale.model");
            Arc::new(ReasonModel::from_text(text).expect("the shipped model parses"))
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn candidates_cover_clauses_and_what_follows_a_reason_word() {
        let text =
            "approved the pick by voice at €70k because month-end close takes 9 days, per Sam";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(
            got.contains(&"month-end close takes 9 days".to_string()),
            "{got:?}"
        );
        assert!(got.contains(&"per Sam".to_string()), "{got:?}");
        let text = "Planning portal on hold until the new local plan is adopted";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(
            got.contains(&"until the new local plan is adopted".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn the_shipped_model_parses_and_round_trips() {
        let m = shipped();
        let again = ReasonModel::from_text(&m.to_text()).unwrap();
        assert_eq!((again.len(), again.threshold), (m.len(), m.threshold));
    }
}
