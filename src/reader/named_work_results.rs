//! A benefit told with the work as the subject, where it runs said with its name, then a
//! past verb of what it did: "Dual fuel on fleet 1 burned 38% less diesel in November,
//! about $190k", "Rio Verde biogas generated 1.150 MWh in october, …". The measured result,
//! from its verb, is the evidence; a time ending it dates the benefit and is left out
//! (conventions 5 and 37).

use super::tokens::{TokKind, Token};

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// A verb saying what the work did: a past ending in "-ed", or one not spelt so.
fn did(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "installed" | "planned" | "scheduled" | "approved" | "needed" | "used"
        )
        || matches!(
            w,
            "cut" | "caught" | "burnt" | "made" | "sold" | "saved" | "took" | "found" | "done"
        )
}

/// The evidence, or `None`: the work's name (`name_end(j)` ends a name of an investment
/// starting at `j`) opening the message, after "the" / "our" / "new" or a place's
/// capitalised words (two at most), with "on" / "at" / "in" / "across" and a few words of
/// where after it; then the verb and a result that counts (a figure, no money).
pub(super) fn result_after_named_work(
    text: &str,
    toks: &[Token],
    name_end: &dyn Fn(usize) -> Option<usize>,
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let mut k = 0;
    while matches!(word(toks, k), "the" | "our" | "new") {
        k += 1;
    }
    // "Rio Verde biogas", "Chester-le-Street label printers": a place before the name.
    let (start, mut v) = (k..(k + 7).min(toks.len()))
        .take_while(|&j| {
            j == k || toks[j - 1].capital || toks[j - 1].is_sym("-") || toks[j].is_sym("-")
        })
        .find_map(|j| name_end(j).map(|e| (j, e)))?;
    if start > k && !toks[k].capital {
        return None;
    }
    // "on fleet 1", "at the Durham branch": where it runs.
    if matches!(word(toks, v), "on" | "at" | "in" | "across") {
        v = (v + 1..(v + 6).min(toks.len())).find(|&j| did(word(toks, j)) || toks[j].is_break())?;
    }
    if matches!(word(toks, v), "has" | "have") {
        v += 1;
    }
    if !did(word(toks, v)) {
        return None;
    }
    // "shockwave at subi has done 140 sessions": the helping word goes with the work
    // (convention 73), "done 140 sessions".
    let e = (v + 1..toks.len())
        .find(|&j| toks[j].is_break() || toks[j].is_sym("-") && !toks[j].attached)
        .unwrap_or(toks.len());
    let counts = (v + 1..e).any(|j| toks[j].kind == TokKind::Num && !money(j) && !skip(j));
    if !counts || (v..e).any(money) {
        return None;
    }
    // "… in November": the time ending it dates the benefit.
    let mut d = e;
    while d > v + 1 && skip(d - 1) && !money(d - 1) {
        d -= 1;
    }
    let e = if d < e && d > v + 3 && matches!(word(toks, d - 1), "in" | "during" | "over" | "since")
    {
        d - 1
    } else if d < e && d > v + 2 && matches!(word(toks, d), "last" | "this") {
        d
    } else {
        e
    };
    (e >= v + 3).then(|| text[toks[v].start..toks[e - 1].end].trim().to_string())
}

/// Where a benefit's result in `a..b` starts once the work told as its subject is left
/// out: "the LPR cameras at the Featherbrooke gate flagged 14 cloned plates …" is read from
/// "flagged" (the work's name, `name_end(j)`, after "the" / "our" / "new", with where it
/// runs, then a past verb); `a` when it opens otherwise.
pub(super) fn past_named_subject(
    toks: &[Token],
    a: usize,
    b: usize,
    name_end: &dyn Fn(usize) -> Option<usize>,
) -> usize {
    let mut k = a;
    while k < b && matches!(word(toks, k), "the" | "our" | "new") {
        k += 1;
    }
    let Some(mut v) = name_end(k).filter(|&v| v < b) else {
        return a;
    };
    if matches!(word(toks, v), "on" | "at" | "in" | "across") {
        let Some(j) = (v + 1..(v + 6).min(b)).find(|&j| did(word(toks, j)) || toks[j].is_break())
        else {
            return a;
        };
        v = j;
    }
    if matches!(word(toks, v), "has" | "have") {
        v += 1;
    }
    if v + 3 <= b && did(word(toks, v)) {
        v
    } else {
        a
    }
}
