//! The features of a rationale option's edges, for the ranking model: which boundary each
//! edge sits at, the words and shapes either side, the sentence against the verdict's, and
//! how the edges differ from the rules' choice. "…eats half the gas, and the fitter is
//! booked" against the rules' "…eats half the gas": it runs on over ", and".

use super::edges::{boundary, end_kind, sentence_end, sentence_start, start_kind};
use super::*;

fn shape(t: Option<&Token>) -> &'static str {
    match t {
        None => "-",
        Some(t) if t.kind == TokKind::Num => "num",
        Some(t) if t.kind == TokKind::Sym => "sym",
        Some(t) if t.caps => "CAPS",
        Some(t) if t.capital => "Cap",
        Some(_) => "low",
    }
}

fn order(x: usize, y: usize) -> &'static str {
    match x.cmp(&y) {
        std::cmp::Ordering::Less => "earlier",
        std::cmp::Ordering::Equal => "same",
        std::cmp::Ordering::Greater => "later",
    }
}

/// The features of an option's edges: the boundary at each, the words and shapes either
/// side of each, the sentence it lies in against the verdict's, what it holds (the verdict,
/// a date or amount last, an "@name"), and how its edges differ from the rules' choice.
pub(super) fn edge_features(
    ctx: &Context,
    c: &Candidate,
    rule_at: Option<(usize, usize)>,
    f: &mut Vec<u64>,
) {
    let toks = ctx.toks;
    let (sk, ek) = (start_kind(toks, c.start), end_kind(toks, c.end));
    f.push(fnv(&["e_start", sk]));
    f.push(fnv(&["e_end", ek]));
    f.push(fnv(&["e_edges", sk, ek]));
    f.push(fnv(&["e_edges", sk, ek, ctx.kind]));
    let prev = c.start.checked_sub(1).and_then(|j| toks.get(j));
    let first = toks.get(c.start);
    let last = toks.get(c.end.wrapping_sub(1));
    let next = toks.get(c.end);
    fn w(t: Option<&Token>) -> &str {
        t.map_or("^$", |t| closed(word(t)))
    }
    f.push(fnv(&["e_shapes", shape(first), shape(last)]));
    f.push(fnv(&["e_outer_shapes", shape(prev), shape(next)]));
    f.push(fnv(&["e_prev_first", w(prev), w(first)]));
    f.push(fnv(&["e_last_next", w(last), w(next)]));
    f.push(fnv(&["e_first_last", w(first), w(last)]));
    f.push(fnv(&["e_start_first", sk, w(first)]));
    f.push(fnv(&["e_end_last", ek, w(last)]));
    if c.end > c.start && (ctx.skip)(c.end - 1) {
        f.push(fnv(&["e_ends_amount_or_date", ctx.kind]));
    }
    let inner = &toks[c.start..c.end];
    if inner.iter().any(|t| t.is("@")) {
        f.push(fnv(&["e_at_name"]));
    }
    let breaks = (c.start..c.end)
        .filter(|&j| boundary(toks, j).is_some())
        .count();
    f.push(fnv(&["e_inner_breaks", bucket(breaks)]));
    // Which sentence, against the verdict's (or the rules' choice's).
    let anchor = ctx.verdict.or(rule_at).map(|(a, _)| a);
    let rel = match anchor {
        None => "no_anchor",
        Some(v) => {
            let (vs, ve) = (sentence_start(toks, v), sentence_end(toks, v));
            if c.end <= vs {
                if c.end + 1 >= vs && sentence_start(toks, c.start) + 1 >= vs.min(c.start + 1) {
                    "sentence_before"
                } else {
                    "sentences_before"
                }
            } else if c.start > ve {
                if sentence_start(toks, c.start) == ve + 1 {
                    "sentence_after"
                } else {
                    "sentences_after"
                }
            } else if c.start >= vs && c.end <= ve {
                "same_sentence"
            } else {
                "across_sentences"
            }
        }
    };
    f.push(fnv(&["e_rel", rel]));
    f.push(fnv(&["e_rel", rel, ctx.kind]));
    f.push(fnv(&["e_rel", rel, sk, ek]));
    f.push(fnv(&["e_rel_len", rel, bucket(c.end - c.start)]));
    if let Some(v) = ctx.verdict {
        if c.start < v.1 && c.end > v.0 {
            f.push(fnv(&["e_holds_verdict", ctx.kind, ek]));
        }
    }
    // How its edges differ from the rules' choice, and over which boundary.
    match rule_at {
        None => f.push(fnv(&[
            "e_vs_rule",
            if ctx.rule.is_none() {
                "none"
            } else {
                "elsewhere"
            },
            rel,
        ])),
        Some((a, b)) => {
            let (so, eo) = (order(c.start, a), order(c.end, b));
            f.push(fnv(&["e_vs_rule", so, eo]));
            f.push(fnv(&["e_vs_rule", so, eo, ctx.kind]));
            match eo {
                "later" => {
                    let crossed = end_kind(toks, b);
                    f.push(fnv(&["e_runs_on", crossed, ek]));
                    f.push(fnv(&["e_runs_on", crossed, w(toks.get(b + 1))]));
                }
                "earlier" => {
                    f.push(fnv(&["e_cut_at", ek, w(next)]));
                    f.push(fnv(&["e_cut_at", ek, w(toks.get(b - 1))]));
                }
                _ => {}
            }
            match so {
                "later" => {
                    f.push(fnv(&["e_drops_head", sk, w(toks.get(a))]));
                    f.push(fnv(&["e_drops_head", sk, w(prev)]));
                }
                "earlier" => {
                    f.push(fnv(&["e_adds_head", start_kind(toks, a), w(first)]));
                }
                _ => {}
            }
        }
    }
}
