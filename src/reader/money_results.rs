//! A benefit's result told as a measure moved up or down by money: "avg spend per table up
//! $6 at Manly since Sept, roughly $45k extra a year", "dead stock down $120k since it went
//! live, and …". The money inside it is part of what was measured, not the benefit's
//! amount said apart, so the clause is the evidence whole.

use super::tokens::{TokKind, Token};

/// A clause break: punctuation, or a dash or hyphen with spaces ("are flying - basket …"),
/// or an equals sign setting off what the work gave ("toast on truck 1 = avg ticket up
/// $2.40 …").
fn breaks(t: &Token) -> bool {
    t.is_break() || matches!(t.lower.as_str(), "-" | "—" | "–" | "=") && !t.attached
}

/// Verbs whose particle "up" or "down" makes them what was done ("freed up £60k of
/// overtime", "paid down £20k"), not a measure that moved.
fn with_particle(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "paid" | "cut" | "set" | "brought" | "took" | "shut" | "put" | "ate" | "built"
        )
}

/// The first clause of `toks[..limit]` opening on one to six words that name a measure,
/// then "up" or "down" (or "up by", "down by") and an amount, up to the clause's break,
/// less a time it is counted since ("since Sept"; "since it went live" stays).
pub fn result_up_or_down_by_money(
    text: &str,
    toks: &[Token],
    limit: usize,
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let limit = limit.min(toks.len());
    (1..limit).find_map(|j| {
        if !matches!(toks[j].lower.as_str(), "up" | "down") || with_particle(&toks[j - 1].lower) {
            return None;
        }
        let m = j + 1 + usize::from(toks.get(j + 1).is_some_and(|t| t.is("by")));
        if m >= limit || !money(m) {
            return None;
        }
        let s = (0..j)
            .rev()
            .find(|&k| breaks(&toks[k]))
            .map_or(0, |k| k + 1);
        let measure = (1..=6).contains(&(j - s))
            && (s..j).all(|k| toks[k].kind == TokKind::Word && !money(k));
        if !measure {
            return None;
        }
        let e = (m..limit).find(|&k| breaks(&toks[k])).unwrap_or(limit);
        let e = (m..e)
            .find(|&k| toks[k].is("since") && k + 1 < e && (k + 1..e).all(skip))
            .unwrap_or(e);
        Some(text[toks[s].start..toks[e - 1].end].trim().to_string())
    })
}
