//! Options at clause edges for the rationale model: the rules' choice, the verdict's
//! sentence and the sentences either side of it, with an edge moved to the next or the
//! previous clause boundary. "The kiln stays, the new burner eats half the gas, and the
//! fitter is already booked": the rules may stop at "gas", the label run on over ", and";
//! "Quay cranes: lifts are up 12% since May": the label may start after the heading and end
//! before the date. The rules' candidates end only where a clause ends, so without these a
//! ranker could never choose such a span.

use super::*;

/// At most this many edge options a record: the reader must stay fast.
pub(super) const MOST: usize = 12;

/// Words that open a clause by joining it to the one before, dropped from an option's start.
const JOINING: &[&str] = &[
    "since", "because", "as", "so", "and", "but", "then", "also", "plus",
];

/// Verbs a result's clause turns on after its subject ("the new tags cut …").
const VERBS: &[&str] = &[
    "cut", "took", "saved", "saves", "has", "have", "is", "are", "was", "were", "went", "got",
    "made", "paid", "brought", "halved", "doubled", "means", "meant", "let", "lets",
];

/// Words that tie a trailing date or amount to the clause ("… fewer calls in November").
const TIES: &[&str] = &[
    "in",
    "on",
    "by",
    "at",
    "for",
    "from",
    "since",
    "of",
    "to",
    "this",
    "last",
    "next",
    "per",
    "over",
    "about",
    "around",
    "approx",
    "approximately",
    "~",
];

/// What kind of clause boundary token `j` is, if it is one: a sentence's end, a semicolon,
/// a colon, a dash, a bracket, or a comma (told apart by the joining word after it).
pub(super) fn boundary(toks: &[Token], j: usize) -> Option<&'static str> {
    let t = toks.get(j)?;
    if t.kind != TokKind::Sym {
        return None;
    }
    Some(match t.lower.as_str() {
        "." | "!" | "?" | "\n" => "sentence",
        ";" => "semicolon",
        ":" if !t.is_clock_colon() => "colon",
        "—" | "–" => "dash",
        "-" if !t.attached => "dash",
        "(" | ")" => "bracket",
        "," => match toks.get(j + 1).map(|n| n.lower.as_str()) {
            Some("and") => "comma_and",
            Some("so") => "comma_so",
            Some("but") => "comma_but",
            _ => "comma",
        },
        _ => return None,
    })
}

/// The boundary an option starting at `a` starts after ("^" at the message's start).
pub(super) fn start_kind(toks: &[Token], a: usize) -> &'static str {
    if a == 0 {
        return "^";
    }
    boundary(toks, a - 1).unwrap_or(if a >= 2 && boundary(toks, a - 2).is_some() {
        "after_break_word"
    } else {
        "word"
    })
}

/// The boundary an option ending at `b` ends before ("$" at the message's end).
pub(super) fn end_kind(toks: &[Token], b: usize) -> &'static str {
    if b >= toks.len() {
        return "$";
    }
    boundary(toks, b).unwrap_or("word")
}

fn ends_sentence(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// Where the sentence holding token `j` starts.
pub(super) fn sentence_start(toks: &[Token], j: usize) -> usize {
    toks[..j.min(toks.len())]
        .iter()
        .rposition(ends_sentence)
        .map_or(0, |k| k + 1)
}

/// Where the sentence holding token `j` ends (its end mark's index, or the message's end).
pub(super) fn sentence_end(toks: &[Token], j: usize) -> usize {
    let from = j.min(toks.len());
    toks[from..]
        .iter()
        .position(ends_sentence)
        .map_or(toks.len(), |k| from + k)
}

/// Where an option on `(a, b)` may start instead: after a joining word that opens it, at
/// its verb (the subject naming the work dropped), after its first inner boundary or a
/// bare "and", back at the boundary before it or the sentence's start (and their verbs).
fn starts(ctx: &Context, a: usize, b: usize) -> Vec<usize> {
    let toks = ctx.toks;
    let mut out = Vec::with_capacity(8);
    if JOINING.contains(&toks[a].lower.as_str()) {
        out.push(a + 1);
    }
    out.extend(verb_from(toks, a, b));
    if let Some(k) = (a..b.saturating_sub(1)).find(|&j| boundary(toks, j).is_some()) {
        out.push(k + 1);
    }
    if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&j| bare_and(toks, j)) {
        out.push(k + 1);
    }
    let opens = sentence_start(toks, a);
    if a > opens {
        let back = (opens..a - 1)
            .rev()
            .find(|&j| boundary(toks, j).is_some())
            .map_or(opens, |k| k + 1);
        for s in [back, opens] {
            out.push(s);
            out.extend(verb_from(toks, s, b));
        }
    }
    out
}

/// Where an option on `(a, b)` may end instead: over the boundary that ends it to the next
/// one or the sentence's end, at its last inner boundary, before a bare "and", before a
/// date or amount told after its words ("… 38% less diesel in November, about $190k").
fn ends(ctx: &Context, a: usize, b: usize) -> Vec<usize> {
    let toks = ctx.toks;
    let n = toks.len();
    let mut out = Vec::with_capacity(8);
    if b < n && boundary(toks, b) != Some("sentence") {
        out.push(
            (b + 1..n)
                .find(|&j| boundary(toks, j).is_some())
                .unwrap_or(n),
        );
        out.push(sentence_end(toks, b));
    }
    if let Some(k) = (a + 1..b.saturating_sub(1))
        .rev()
        .find(|&j| boundary(toks, j).is_some())
    {
        out.push(k);
    }
    if let Some(k) = (a + 2..b.saturating_sub(1))
        .rev()
        .find(|&j| bare_and(toks, j))
    {
        out.push(k);
    }
    // The first date or amount after two words of the span, with the words that tie it on.
    if let Some(mut e) = (a + 2..b).find(|&j| (ctx.skip)(j)) {
        while e > a + 1
            && (TIES.contains(&toks[e - 1].lower.as_str()) || boundary(toks, e - 1).is_some())
        {
            e -= 1;
        }
        out.push(e);
    }
    out
}

/// "and" with no comma before it, joining two clauses of one sentence.
fn bare_and(toks: &[Token], j: usize) -> bool {
    toks[j].is("and") && j > 0 && boundary(toks, j - 1).is_none()
}

/// The first verb in the few words from `a` with no boundary before it: where a clause's
/// words start once the subject naming the work is dropped ("the new tags cut …").
fn verb_from(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    (a + 1..b.min(a + 6))
        .take_while(|&j| boundary(toks, j).is_none())
        .find(|&j| {
            let w = toks[j].lower.as_str();
            toks[j].kind == TokKind::Word
                && (w.ends_with("ed") && w.len() > 4 || VERBS.contains(&w))
        })
}

/// The spans one or two edges away from `(a, b)`, one edge moved first.
fn variants(ctx: &Context, a: usize, b: usize, out: &mut Vec<(usize, usize)>, both: bool) {
    if a >= b || b > ctx.toks.len() {
        return;
    }
    let (ss, es) = (starts(ctx, a, b), ends(ctx, a, b));
    out.extend(ss.iter().map(|&s| (s, b)));
    out.extend(es.iter().map(|&e| (a, e)));
    if both {
        for &s in &ss {
            out.extend(es.iter().map(|&e| (s, e)));
        }
    }
}

/// Adds the edge options of a record to `cands` (each new span and text once, at most
/// [`MOST`]): the variants of the rules' choice, the verdict's sentence whole and its part
/// after the verdict, the sentences before and after it whole, and their variants, each
/// with one edge moved before any with two.
pub(super) fn add_edge_options(
    ctx: &Context,
    cands: &mut Vec<Candidate>,
    rule_at: Option<(usize, usize)>,
) {
    let toks = ctx.toks;
    let n = toks.len();
    if n == 0 {
        return;
    }
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(64);
    if let Some((a, b)) = rule_at {
        variants(ctx, a, b, &mut spans, false);
    }
    // The sentence the record turns on: the verdict's, else the rules' choice's, else the
    // first.
    let at = ctx.verdict.or(rule_at).map_or(0, |(a, _)| a.min(n - 1));
    let (s, e) = (sentence_start(toks, at), sentence_end(toks, at));
    spans.push((s, e));
    if let Some((_, vb)) = ctx.verdict {
        if let Some(k) = (vb..e).find(|&j| boundary(toks, j).is_some()) {
            spans.push((k + 1, e));
        }
    }
    let before = (s > 1).then(|| (sentence_start(toks, s - 1), s - 1));
    let after = (e + 1 < n).then(|| (e + 1, sentence_end(toks, e + 1)));
    spans.extend(before);
    spans.extend(after);
    if let Some((a, b)) = rule_at {
        variants(ctx, a, b, &mut spans, true);
    } else {
        variants(ctx, s, e, &mut spans, true);
    }
    for (a, b) in after.into_iter().chain(before) {
        variants(ctx, a, b, &mut spans, false);
    }
    let mut added = 0;
    for (a, b) in spans {
        if added == MOST {
            break;
        }
        if a >= b || b > n || b - a > 60 || cands.iter().any(|c| c.start == a && c.end == b) {
            continue;
        }
        let text = ctx.text[toks[a].start..toks[b - 1].end].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '—' | '–' | ')' | '(')
        });
        if text.is_empty() || cands.iter().any(|c| c.text.eq_ignore_ascii_case(text)) {
            continue;
        }
        cands.push(Candidate {
            start: a,
            end: b,
            text: text.to_string(),
        });
        added += 1;
    }
}
