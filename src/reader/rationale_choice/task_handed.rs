//! "ok boss approve the drinks fridges for all stalls, 22 units $26k, ah huat arrange",
//! "…, darlene get um set up b4 xmas", "… Jason follow up with vendor for the go-live date",
//! "…, Master Huang responsible" (round R54),
//! "…, 4 x $250, marcus handle it", "…, 1.8k, dean crack on", "… Marcus, get it on them
//! before Christmas.": a task handed to someone by name after the decision says who does the
//! work next (convention 47's follow-up), not why: no part of the reason.

use super::*;
use crate::reader::tokens::word_before;

/// Verbs a task is handed over with, straight after the name.
const TASK_VERBS: &[&str] = &[
    "handle",
    "arrange",
    "crack",
    "sort",
    "chase",
    "follow",
    "action",
    "organise",
    "organize",
    "pls",
    "please",
    "responsible",
];

/// Verbs a task is handed over with after the name and its comma ("Marcus, get it on …").
const CALLED_VERBS: &[&str] = &[
    "get", "book", "order", "set", "take", "look", "schedule", "call", "ring", "email", "tell",
    "check", "put", "go",
];

/// Words that open a clause's subject, never a name a task is handed to.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "we",
    "they",
    "it",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "staff",
    "everyone",
    "everybody",
    "nobody",
    "people",
    "users",
    "customers",
    "crews",
    "our",
    "their",
    "ops",
    "team",
    "members",
    "and",
    "but",
    "so",
    "then",
];

/// The reason `said` without a task handed to someone closing it; none when nothing but a
/// figure is left before it.
pub(super) fn without_task_handed(text: &str, toks: &[Token], said: String) -> Option<String> {
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return Some(said);
    };
    // "…, 4 x 2,500, lars handle it" with the task read as the follow-up and left out of
    // the reason (round V56): a figure before the task handed over is no reason either.
    let end = (b..toks.len())
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    if toks.get(b).is_some_and(|t| t.is(",")) && task_at(toks, b + 1, end) {
        let words = (a..b)
            .filter(|&j| toks[j].is_word() && toks[j].lower.len() > 2)
            .count();
        return (words >= 2).then_some(said);
    }
    // The task opens the reason or follows its last comma.
    let k = (a..b).rev().find(|&j| toks[j].is(",")).map_or(a, |c| c + 1);
    let k = if task_at(toks, k, b) {
        k
    } else if k > a && task_at(toks, a, b) {
        a
    } else {
        return Some(said);
    };
    let before = (a..k).rev().find(|&j| !toks[j].is(",")).map(|j| j + 1);
    let words = before.map_or(0, |e| {
        (a..e)
            .filter(|&j| toks[j].is_word() && toks[j].lower.len() > 2)
            .count()
    });
    match before {
        Some(e) if words >= 2 => Some(text[toks[a].start..toks[e - 1].end].trim().to_string()),
        _ => None,
    }
}

/// Does a task handed to a named person fill `k..b`: one or two name words, a task verb
/// (after a comma, or one of the plain handing-over verbs), and at most eight words more?
/// Or a named person doing the thing's next step (`next_step_at`)?
fn task_at(toks: &[Token], k: usize, b: usize) -> bool {
    handed_at(toks, k, b) || next_step_at(toks, k, b) || lead_named_at(toks, k, b)
}

/// Does a named person made the work's lead fill `k..b` — "Ebrima is lead, to start with
/// the new season in February", "Marcus is the lead, wants it in before the ponds warm up",
/// "Kervin in charge, she want the first payday on it in February" (round R66): one or two
/// capitalised name words, "is" or not, "the" or not, then "lead" or "in charge", and at
/// most a dozen words more with no cause among them? It says who runs the work (convention
/// 47's follow-up), not why.
fn lead_named_at(toks: &[Token], k: usize, b: usize) -> bool {
    if !toks.get(k).is_some_and(|t| t.capital) {
        return false;
    }
    lead_named_at_past_its_first_test(toks, k, b)
}

/// [`lead_named_at`] once its first test (a capital at `k`) is passed.
fn lead_named_at_past_its_first_test(toks: &[Token], k: usize, b: usize) -> bool {
    let w = |j: usize| word_before(toks, j, b);
    let name = |j: usize| capital_name_at(toks, j, &["is", "in", "lead"]);
    (k + 1..(k + 3).min(b)).any(|v| {
        let mut j = v + usize::from(w(v) == "is");
        j += usize::from(w(j) == "the");
        let end = match (w(j), w(j + 1)) {
            ("lead", _) => j + 1,
            ("in", "charge") => j + 2,
            _ => return false,
        };
        (k..v).all(&name)
            && b.saturating_sub(end) <= 12
            && (end..b).all(|i| {
                !matches!(
                    w(i),
                    "because" | "since" | "as" | "so" | "cos" | "but" | "cause" | "coz"
                )
            })
            && toks.get(end).is_none_or(|t| end >= b || !t.is_word())
    })
}

/// Is the token at `j` a capitalised name word: no apostrophe in it, not one of the words
/// never a name, nor one of `nor` (the shape's own verbs)?
fn capital_name_at(toks: &[Token], j: usize, nor: &[&str]) -> bool {
    toks.get(j).is_some_and(|t| {
        t.is_word()
            && t.capital
            && !t.lower.contains('\'')
            && !NOT_NAMES.contains(&t.lower.as_str())
            && !nor.contains(&t.lower.as_str())
    })
}

/// Verbs of the thing's next step, said as done or to do ("Dale ordered them", "Marios
/// prepares the contract", "Pa Sesay sign the requisition this morning"; round R65).
const NEXT_STEPS: &[&str] = &[
    "order", "orders", "ordered", "sign", "signs", "prepare", "prepares", "prepared", "book",
    "books", "booked", "place", "places", "placed", "draft", "drafts", "drafted", "set", "sets",
];

/// Does a named person doing the thing's next step fill `k..b`: one or two capitalised name
/// words, a verb of the next step ("set" only with "it", "them" or "up" after it), and at
/// most six words more, with no "and", "but" or cause among them (so "Ramón ordered the
/// old one in 2009 and it has split twice" stays)?
fn next_step_at(toks: &[Token], k: usize, b: usize) -> bool {
    if !toks.get(k).is_some_and(|t| t.capital) {
        return false;
    }
    next_step_at_past_its_first_test(toks, k, b)
}

/// [`next_step_at`] once its first test (a capital at `k`) is passed.
fn next_step_at_past_its_first_test(toks: &[Token], k: usize, b: usize) -> bool {
    let w = |j: usize| word_before(toks, j, b);
    let name = |j: usize| capital_name_at(toks, j, NEXT_STEPS);
    (k + 1..(k + 3).min(b)).any(|v| {
        let set_up = !matches!(w(v), "set" | "sets")
            || matches!(w(v + 1), "it" | "them" | "um" | "em" | "up");
        (k..v).all(&name)
            && NEXT_STEPS.contains(&w(v))
            && set_up
            && b - v <= 7
            && (v + 1..b).all(|j| {
                toks[j].is_word()
                    && !matches!(
                        w(j),
                        "and" | "but" | "because" | "since" | "as" | "so" | "which" | "cos"
                    )
            })
    })
}

/// Does a task handed to a named person by a handing-over verb fill `k..b`?
fn handed_at(toks: &[Token], k: usize, b: usize) -> bool {
    let name = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.is_word()
                && !t.lower.contains('\'')
                && !NOT_NAMES.contains(&t.lower.as_str())
                && !TASK_VERBS.contains(&t.lower.as_str())
                && !CALLED_VERBS.contains(&t.lower.as_str())
        })
    };
    if !name(k) {
        return false;
    }
    (k + 1..(k + 3).min(b)).any(|v| {
        let comma = toks[v].is(",");
        let verb_at = if comma { v + 1 } else { v };
        let named = (k..v).all(&name);
        let w = toks.get(verb_at).map_or("", |t| t.lower.as_str());
        // "marit get um set up b4 xmas": "get" with the work as its object, no comma.
        let get_it = w == "get"
            && toks
                .get(verb_at + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "it" | "um" | "them" | "em"));
        named
            && verb_at < b
            && (TASK_VERBS.contains(&w) || get_it || comma && CALLED_VERBS.contains(&w))
            && b - verb_at <= 11
    })
}
