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
    // Clauses between any breaks, sentences between sentence ends, and the stretches
    // between breaks other than commas ("— dropping the mobile app, nobody used it").
    for level in 0..3 {
        let mut s = 0;
        for (j, t) in toks.iter().enumerate() {
            let end = match level {
                0 => is_clause_break(t),
                1 => matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"),
                _ => is_clause_break(t) && !t.is(","),
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
            } else if j > a
                && (matches!(w, "from" | "by" | "through" | "via")
                    || w == "that" && toks[j - 1].is("basis"))
            {
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

/// What kind of word opens a clause: a cause, a condition, a joining word, what something
/// came from, a negation, or none of these.
fn lead_class(w: &str) -> &'static str {
    match w {
        "because" | "since" | "as" | "given" | "citing" | "due" | "owing" | "thanks" | "why"
        | "reason" | "driver" | "basis" => "cause",
        "until" | "till" | "til" | "unless" | "pending" | "waiting" | "awaiting" | "once"
        | "while" | "if" => "condition",
        "so" | "but" | "and" | "then" | "also" => "joining",
        "from" | "by" | "through" | "via" | "with" => "source",
        "not" | "no" | "nobody" | "never" | "none" | "nothing" => "negation",
        "we" | "i" | "they" | "it" | "the" | "our" | "their" | "its" => "subject",
        _ if w.ends_with("ing") => "participle",
        _ if w.ends_with("ed") => "past",
        _ => "other",
    }
}

/// A word as a feature: itself when it is punctuation or a reason, condition, joining,
/// source or negation word, or one of a few that judge ("too", "only"); else its class.
fn closed(w: &str) -> &str {
    if w.chars().all(|c| c.is_ascii_punctuation()) || w == "\n" || w == "^" || w == "$" {
        return w;
    }
    match lead_class(w) {
        "cause" | "condition" | "joining" | "source" | "negation" | "subject" => w,
        _ if matches!(
            w,
            "too"
                | "only"
                | "for"
                | "to"
                | "that"
                | "which"
                | "who"
                | "now"
                | "yet"
                | "still"
                | "of"
                | "on"
                | "in"
                | "is"
                | "was"
                | "were"
                | "are"
                | "up"
                | "down"
                | "over"
                | "more"
                | "less"
                | "fewer"
                | "used"
                | "per"
                | "why"
                | "reason"
        ) =>
        {
            w
        }
        "participle" => "#ing",
        "past" => "#ed",
        _ => "#word",
    }
}

fn negated(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "not" | "no" | "nobody" | "never" | "none" | "nothing" | "without"
    ) || t.lower.ends_with("n't")
}

fn sentence_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// The features of a candidate, and of "no rationale" when `c` is `None`.
pub fn features(ctx: &Context, c: Option<&Candidate>, n: usize) -> Vec<u64> {
    features_against(ctx, c, n, None)
}

/// [`features`], with where the rules' choice lies (`rule_at`) when it is a clause of the
/// record: a candidate that holds it, or lies inside it, says how the model would change
/// the rules' boundaries.
fn features_against(
    ctx: &Context,
    c: Option<&Candidate>,
    n: usize,
    rule_at: Option<(usize, usize)>,
) -> Vec<u64> {
    let mut f = Vec::with_capacity(64);
    let rule_none = ctx.rule.is_none();
    let toks = ctx.toks;
    let verdict_word = ctx
        .verdict
        .and_then(|(a, _)| toks.get(a))
        .map_or("-", |t| word(t));
    let Some(c) = c else {
        let yn = if rule_none { "y" } else { "n" };
        f.push(fnv(&["none"]));
        f.push(fnv(&["none", ctx.kind]));
        f.push(fnv(&["none&rule_none", yn]));
        f.push(fnv(&["none&rule_none&kind", yn, ctx.kind]));
        f.push(fnv(&["none&cands", bucket(n)]));
        f.push(fnv(&["none&verdict", verdict_word]));
        let sentences = toks.iter().filter(|t| sentence_end(t)).count();
        f.push(fnv(&["none&sentences", bucket(sentences)]));
        // A word that gives a reason anywhere after the verdict.
        let from = ctx.verdict.map_or(0, |(_, b)| b);
        let cause = toks[from.min(toks.len())..]
            .iter()
            .any(|t| lead_class(&t.lower) == "cause" || lead_class(&t.lower) == "condition");
        f.push(fnv(&["none&cause_word", if cause { "y" } else { "n" }]));
        return f;
    };
    let is_rule = ctx.rule.is_some_and(|r| normalise(r) == normalise(&c.text));
    let tag = if is_rule { "rule" } else { "other" };
    f.push(fnv(&["cand", tag]));
    f.push(fnv(&["cand", tag, ctx.kind]));
    let prev = if c.start > 0 {
        word(&toks[c.start - 1])
    } else {
        "^"
    };
    let prev2 = if c.start > 1 {
        word(&toks[c.start - 2])
    } else {
        "^"
    };
    let first = word(&toks[c.start]);
    let last = word(&toks[c.end - 1]);
    let next = toks.get(c.end).map_or("$", word);
    // Words said as themselves are the closed-class ones (punctuation, reason and joining
    // words); others by their class, so what is learnt carries to another
    // organisation's vocabulary.
    for (name, v) in [
        ("prev", prev),
        ("first", first),
        ("last", last),
        ("next", next),
    ] {
        let v = closed(v);
        f.push(fnv(&[name, v]));
        f.push(fnv(&[name, v, tag]));
    }
    f.push(fnv(&["prev2", closed(prev2), closed(prev)]));
    if let Some(second) = toks.get(c.start + 1).filter(|_| c.end > c.start + 1) {
        f.push(fnv(&["first2", closed(first), closed(word(second))]));
    }
    let lead = lead_class(first);
    let prev_lead = lead_class(prev);
    f.push(fnv(&["lead", lead]));
    f.push(fnv(&["lead", lead, tag]));
    f.push(fnv(&["lead", lead, ctx.kind]));
    f.push(fnv(&["prev_lead", prev_lead]));
    f.push(fnv(&["prev_lead", prev_lead, tag]));
    for t in &toks[c.start..c.end] {
        let w = closed(word(t));
        if !w.starts_with('#') {
            f.push(fnv(&["w", w]));
        }
    }
    let len = c.end - c.start;
    f.push(fnv(&["len", bucket(len)]));
    f.push(fnv(&["len", bucket(len), tag]));
    let skipped = (c.start..c.end).filter(|&j| (ctx.skip)(j)).count();
    if skipped == len {
        f.push(fnv(&["all_money_or_date"]));
    } else if skipped > 0 {
        f.push(fnv(&["some_money_or_date"]));
    }
    let inner = &toks[c.start..c.end];
    if inner.iter().any(negated) {
        f.push(fnv(&["negated"]));
    }
    if inner
        .iter()
        .any(|t| t.is("@") || matches!(t.lower.as_str(), "i'll" | "we'll" | "will"))
    {
        f.push(fnv(&["owner"]));
    }
    if (c.start..c.end).any(|j| !(ctx.skip)(j) && (toks[j].kind == TokKind::Num || toks[j].is("%")))
    {
        f.push(fnv(&["counts"]));
    }
    if inner.iter().any(|t| t.is(",")) {
        f.push(fnv(&["holds_comma"]));
    }
    // A clause with its own subject and verb, one that judges a price, one that opens
    // with an amount: shapes that carry across writers, said by the clause's grammar.
    if c.end > c.start + 1 && super::intent::own_clause(toks, c.start, c.end) {
        f.push(fnv(&["own_clause", place_of(ctx, c)]));
    }
    if super::clauses::judges_price(toks, c.start, c.end) {
        f.push(fnv(&["judges_price", place_of(ctx, c)]));
    }
    if (ctx.skip)(c.start) {
        f.push(fnv(&["opens_with_amount_or_date", ctx.kind]));
    }
    // Straight after the verdict, with only a break between.
    if let Some((_, b)) = ctx.verdict {
        if c.start >= b && (b..c.start).all(|j| toks[j].kind == TokKind::Sym || (ctx.skip)(j)) {
            f.push(fnv(&["next_to_verdict", closed(prev)]));
        }
    }
    // Where the clause sits among the sentences.
    let sentence = toks[..c.start].iter().filter(|t| sentence_end(t)).count();
    f.push(fnv(&["sentence", bucket(sentence + 1)]));
    let opens = c.start == 0 || sentence_end(&toks[c.start - 1]) || toks[c.start - 1].is(";");
    let closes = c.end == toks.len() || sentence_end(&toks[c.end]) || toks[c.end].is(";");
    let whole = match (opens, closes) {
        (true, true) => "whole_sentence",
        (true, false) => "sentence_head",
        (false, true) => "sentence_tail",
        (false, false) => "sentence_middle",
    };
    f.push(fnv(&["span", whole]));
    f.push(fnv(&["span", whole, tag]));
    f.push(fnv(&["span", whole, lead]));
    if c.end == toks.len() || toks[c.end..].iter().all(|t| t.kind == TokKind::Sym) {
        f.push(fnv(&["ends_message"]));
    }
    let place = place_of(ctx, c);
    f.push(fnv(&["place", place]));
    f.push(fnv(&["place", place, tag]));
    f.push(fnv(&["place", place, lead]));
    f.push(fnv(&["place", place, whole]));
    f.push(fnv(&["place", place, verdict_word]));
    // How many sentence ends lie between the verdict and the clause.
    if let Some((_, b)) = ctx.verdict {
        let (x, y) = if c.start >= b {
            (b, c.start)
        } else {
            (c.end, b)
        };
        let ends = toks[x.min(y)..y.max(x)]
            .iter()
            .filter(|t| sentence_end(t))
            .count();
        f.push(fnv(&["sentences_away", bucket(ends)]));
        f.push(fnv(&["sentences_away", bucket(ends), place]));
    }
    // How the candidate's boundaries differ from the rules' choice.
    let against = match rule_at {
        None if rule_none => "rule_none",
        None => "rule_elsewhere",
        Some(_) if is_rule => "is_rule",
        Some((a, b)) if c.start <= a && c.end >= b => "holds_rule",
        Some((a, b)) if c.start >= a && c.end <= b => "inside_rule",
        Some((a, b)) if c.start < b && c.end > a => "overlaps_rule",
        Some(_) => "apart_from_rule",
    };
    f.push(fnv(&["against", against]));
    f.push(fnv(&["against", against, lead]));
    f.push(fnv(&["against", against, prev]));
    f.push(fnv(&["against", against, whole]));
    f
}

/// Where a candidate sits against the verdict: before, holding or after it.
fn place_of(ctx: &Context, c: &Candidate) -> &'static str {
    match ctx.verdict {
        None => "no_verdict",
        Some((a, b)) if c.start < b && c.end > a => "holds_verdict",
        Some((a, _)) if c.end <= a => "before_verdict",
        Some(_) => "after_verdict",
    }
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

/// Where text `said` (a clause of the record, as the rules chose it) lies in its tokens.
pub(super) fn span_of(text: &str, toks: &[Token], said: &str) -> Option<(usize, usize)> {
    let said = said.trim();
    let at = text.find(said)?;
    let a = toks.iter().position(|t| t.start >= at)?;
    let b = toks.iter().rposition(|t| t.end <= at + said.len())? + 1;
    (a < b).then_some((a, b))
}

/// The options of a record (candidates, then "none"), and the index of the rules' choice.
/// The rules' choice is always an option, so the model can keep it as it is.
pub fn options(ctx: &Context) -> (Vec<Candidate>, Vec<Vec<u64>>, usize) {
    let mut cands = candidates(ctx.text, ctx.toks);
    let rule_at = ctx.rule.and_then(|r| {
        let r = normalise(r);
        match cands.iter().position(|c| normalise(&c.text) == r) {
            Some(k) => Some((cands[k].start, cands[k].end)),
            None => {
                let (a, b) = span_of(ctx.text, ctx.toks, ctx.rule?)?;
                cands.push(Candidate {
                    start: a,
                    end: b,
                    text: ctx.rule?.to_string(),
                });
                Some((a, b))
            }
        }
    });
    let n = cands.len();
    let mut opts: Vec<Vec<u64>> = cands
        .iter()
        .map(|c| features_against(ctx, Some(c), n, rule_at))
        .collect();
    opts.push(features_against(ctx, None, n, rule_at));
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
            let text = super::model::shipped_text(
                "rationale.model",
                include_str!("../../assets/reader/rationale.model"),
            );
            Arc::new(ReasonModel::from_text(&text).expect("the shipped model parses"))
        })
        .clone()
}

/// "… we lost more tags than tools lol": a laugh ending the reason is the writer's mood,
/// not part of the reason.
pub(super) fn without_trailing_laugh(text: String) -> String {
    let kept = text.trim_end();
    match kept.rsplit_once(' ') {
        Some((rest, last)) if super::small_talk::laugh(&last.to_lowercase()) => {
            rest.trim_end_matches([' ', ',']).to_string()
        }
        _ => text,
    }
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
    fn the_rules_choice_is_always_an_option_so_the_model_can_keep_it() {
        let text = "farm portal trimmed to $260k, dropping the app for good";
        let toks = tokenize(text);
        let skip = |_: usize| false;
        // A stretch no clause boundary gives.
        let rule = "the app for";
        let ctx = Context {
            text,
            toks: &toks,
            skip: &skip,
            verdict: Some((2, 3)),
            kind: "decision",
            rule: Some(rule),
        };
        let (cands, opts, k) = options(&ctx);
        assert_eq!(opts.len(), cands.len() + 1, "every candidate, then none");
        assert_eq!(cands.get(k).map(|c| c.text.as_str()), Some(rule));
    }

    #[test]
    fn a_stretch_across_a_comma_and_what_follows_on_the_basis_that_are_candidates() {
        let text = "farm portal trimmed to $260k — dropping the mobile app, nobody used it";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(
            got.contains(&"dropping the mobile app, nobody used it".to_string()),
            "{got:?}"
        );
        let text = "effluent monitoring approved, $85k, on the basis that fines were $60k";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(got.contains(&"fines were $60k".to_string()), "{got:?}");
    }

    #[test]
    fn the_shipped_model_parses_and_round_trips() {
        let m = shipped();
        let again = ReasonModel::from_text(&m.to_text()).unwrap();
        assert_eq!((again.len(), again.threshold), (m.len(), m.threshold));
    }
}
