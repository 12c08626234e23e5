//! Who decided, told after the verdict in a few words of their own (round S53): "Decided by
//! Jógvan today.", "(per gloria)", "(Jógvan signed today)", "Jógvan ok.", "Board okayed on
//! Tuesday.", "Mr. Hendricks ok'd it Tuesday." The verdict is told first, bare; the one who
//! gave it closes the sentence or the message.

use super::decider_looks::AtVerdict;
use super::decider_words::is_decider_word;
use super::deciders::is_body;
use super::tokens::{TokKind, Token};

/// Words of a yes or a decision said by its subject, closing what follows it.
fn gave_it(w: &str) -> bool {
    matches!(
        w,
        "ok" | "okay"
            | "ok'd"
            | "okd"
            | "oked"
            | "okayed"
            | "signed"
            | "agreed"
            | "approved"
            | "decided"
            | "confirmed"
    )
}

/// Words that may close such a line after its verb: a time or the end.
fn closes(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let mut k = k;
    if matches!(word(k), "it" | "this" | "that") {
        k += 1;
    }
    if matches!(word(k), "on" | "last") {
        k += 1;
    }
    if matches!(
        word(k),
        "today"
            | "yesterday"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "night"
            // "Tuilagi signed this morning." (round V62).
            | "morning"
            | "afternoon"
            | "evening"
            | "arvo"
    ) {
        k += 1;
    }
    toks.get(k)
        .is_none_or(|t| t.is_break() || t.kind == TokKind::Sym && t.lower != "@")
}

/// A name of one or two words from `s` (an honorific first, or a body's word), before `e`:
/// its text.
fn a_name(text: &str, toks: &[Token], s: usize, e: usize) -> Option<String> {
    if s >= e || e - s > 2 {
        return None;
    }
    let honorific = |t: &Token| matches!(t.lower.as_str(), "mr" | "mrs" | "ms" | "dr" | "madam");
    let named = toks[s..e].iter().enumerate().all(|(n, t)| {
        t.kind == TokKind::Word
            && t.lower.chars().all(char::is_alphabetic)
            && is_decider_word(&t.lower)
            && (n == 0 && e - s == 2 && honorific(t)
                || e - s == 1 && (t.capital || is_body(&t.lower))
                || n == 1 && t.capital)
    });
    named.then(|| text[toks[s].start..toks[e - 1].end].to_string())
}

/// The decider told after the verdict at `verb`, in a closing line of its own.
pub(super) fn closing_decider(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    (verb + 1..toks.len()).find_map(|k| {
        if !toks[k - 1].is_break() {
            return None;
        }
        // "Decided by Jógvan today."
        if look.word(k) == "decided" && look.word(k + 1) == "by" {
            let e = (k + 2..(k + 4).min(toks.len()))
                .take_while(|&j| toks[j].is_word() && !closes(toks, j))
                .last()?
                + 1;
            return a_name(text, toks, k + 2, e).filter(|_| closes(toks, e));
        }
        // "(per gloria)": whose word it is, one word closing the brackets.
        if toks[k - 1].is_sym("(") && look.word(k) == "per" {
            let t = toks.get(k + 1)?;
            let named = t.kind == TokKind::Word
                && t.lower.chars().all(char::is_alphabetic)
                && is_decider_word(&t.lower)
                && toks.get(k + 2).is_some_and(|n| n.is_sym(")"));
            return named.then(|| text[t.start..t.end].to_string());
        }
        // "Jógvan ok.", "(Jógvan signed today)", "Board okayed on Tuesday.", "Mr. Hendricks
        // ok'd it Tuesday."; "Ms Ferguson signed off $42,000 this morning", "Cap ok wid dat."
        let verb_at = (k + 1..(k + 3).min(toks.len())).find(|&j| {
            gave_it(look.word(j)) || look.word(j) == "sign" && look.word(j + 1) == "off"
        })?;
        a_name(text, toks, k, verb_at).filter(|_| closes(toks, after_the_yes(toks, verb_at + 1)))
    })
}

/// After a yes's verb at `k - 1`, where its line may go on: past "off" ("signed off"), "with
/// that" ("ok wid dat", round S56), and the money signed off ("$42,000", "N$42,000") when a
/// time or the end follows it.
fn after_the_yes(toks: &[Token], k: usize) -> usize {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let mut k = k;
    if word(k) == "off" {
        k += 1;
    }
    if matches!(word(k), "with" | "wid") && matches!(word(k + 1), "that" | "dat" | "it" | "this") {
        k += 2;
    }
    // The money: an optional currency word written onto its "$", then the symbol and figure.
    let start = k;
    if toks.get(k).is_some_and(|t| t.kind == TokKind::Word)
        && toks.get(k + 1).is_some_and(|t| t.is_sym("$") && t.attached)
    {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Sym && t.lower != "@")
    {
        k += 1;
    }
    if k > start && toks.get(k).is_some_and(|t| t.kind == TokKind::Num) {
        k += 1;
        if matches!(word(k), "k" | "m") && toks[k].attached {
            k += 1;
        }
        if matches!(word(k), "this" | "dis") && matches!(word(k + 1), "morning" | "afternoon") {
            k += 2;
        }
        return k;
    }
    start
}
