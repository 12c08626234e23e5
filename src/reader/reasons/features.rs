//! The features a reason candidate is described by for the ranking model: its length, its
//! lead word, what closes it, negation, its place against the verdict.

use super::*;

pub(super) fn bucket(n: usize) -> &'static str {
    match n {
        0..=1 => "1",
        2 => "2",
        3..=4 => "3-4",
        5..=8 => "5-8",
        9..=15 => "9-15",
        _ => "16+",
    }
}

pub(super) fn word(t: &Token) -> &str {
    match t.kind {
        TokKind::Num => "#num",
        _ => t.lower.as_str(),
    }
}

/// What kind of word opens a clause: a cause, a condition, a joining word, what something
/// came from, a negation, or none of these.
pub(super) fn lead_class(w: &str) -> &'static str {
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
pub(super) fn closed(w: &str) -> &str {
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

pub(super) fn negated(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "not" | "no" | "nobody" | "never" | "none" | "nothing" | "without"
    ) || t.lower.ends_with("n't")
}

pub(super) fn sentence_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// The features of a candidate, and of "no rationale" when `c` is `None`.
pub fn features(ctx: &Context, c: Option<&Candidate>, n: usize) -> Vec<u64> {
    features_against(ctx, c, n, None)
}

/// [`features`], with where the rules' choice lies (`rule_at`) when it is a clause of the
/// record: a candidate that holds it, or lies inside it, says how the model would change
/// the rules' boundaries.
pub(super) fn features_against(
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
    if c.end > c.start + 1 && crate::reader::intent::own_clause(toks, c.start, c.end) {
        f.push(fnv(&["own_clause", place_of(ctx, c)]));
    }
    if crate::reader::clauses::judges_price(toks, c.start, c.end) {
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
    edge_features::edge_features(ctx, c, rule_at, &mut f);
    f
}

/// Where a candidate sits against the verdict: before, holding or after it.
pub(super) fn place_of(ctx: &Context, c: &Candidate) -> &'static str {
    match ctx.verdict {
        None => "no_verdict",
        Some((a, b)) if c.start < b && c.end > a => "holds_verdict",
        Some((a, _)) if c.end <= a => "before_verdict",
        Some(_) => "after_verdict",
    }
}
