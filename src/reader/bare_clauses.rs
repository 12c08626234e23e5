//! Clauses too bare to be a reason: only an exclamation ("yes, finally", "sweet as"), only
//! a length of time ("12 months", "since 2 months"), a line announcing results, praise
//! with no measure, the money asked for set against the money granted, or a list of
//! names.

use super::tokens::{TokKind, Token};

/// From `s` to `e`, only words of mood ("yes, finally", "sweet as", "about time!"), which
/// say how the writer feels about the verdict, not why it was taken.
pub(super) fn only_exclamation(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let words: Vec<&str> = (s..e)
        .filter(|&j| toks[j].is_word())
        .map(|j| toks[j].lower.as_str())
        .collect();
    !words.is_empty()
        && (s..e).all(|j| toks[j].is_word() || matches!(toks[j].lower.as_str(), "," | "!"))
        && words.iter().enumerate().all(|(k, w)| {
            let next = words.get(k + 1).copied().unwrap_or("");
            let before = k.checked_sub(1).map_or("", |p| words[p]);
            match *w {
                "yes" | "yep" | "yeah" | "yay" | "finally" | "woohoo" | "woo" | "hooray"
                | "phew" | "whoop" | "nice" | "awesome" | "brilliant" | "excellent" | "ace"
                | "lovely" | "sweet" | "beauty" | "bonza" | "rad" => true,
                // "sweet as", "about time", "at last".
                "as" => before == "sweet",
                "about" => next == "time",
                "time" => before == "about",
                "at" => next == "last",
                "last" => before == "at",
                _ => false,
            }
        })
}

/// From `s` to `e`, only a length of time, with "since" or "for" before it at most
/// ("24 months", "for 3 years", "since 2 months"): a term or an age, no reason.
pub(super) fn only_duration(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let s = s + usize::from(
        toks.get(s)
            .is_some_and(|t| matches!(t.lower.as_str(), "since" | "for" | "over")),
    );
    e == s + 2
        && toks[s].kind == TokKind::Num
        && matches!(
            toks[s + 1].lower.as_str(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "wks"
                | "month"
                | "months"
                | "mths"
                | "mos"
                | "year"
                | "years"
                | "yrs"
        )
}

/// Where the evidence in tokens `s..e` (a clause, `limit` the record's end) starts once
/// praise before a counted result ("did its thing, 412 new members") is left out: the
/// counted clause after its comma, with where it ends; `None` when it opens with no praise.
pub(super) fn counted_after_praise(
    toks: &[Token],
    s: usize,
    e: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    if !(praise_only(toks, s, e) && toks.get(e).is_some_and(|t| t.is(","))) {
        return None;
    }
    let s2 = e + 1;
    let e2 = super::clauses::clause_end(toks, s2, limit);
    (e2 > s2 + 1 && (s2..e2).any(|j| toks[j].kind == TokKind::Num)).then_some((s2, e2))
}

/// Where the evidence in tokens `a..b` starts once a clause of praise before its first
/// comma is left out, when a counted result follows; `a` otherwise.
pub(super) fn past_praise(toks: &[Token], a: usize, b: usize) -> usize {
    let b = b.min(toks.len());
    (a + 1..b)
        .find(|&j| toks[j].is(","))
        .filter(|&c| {
            praise_only(toks, a, c) && c + 2 < b && (c + 1..b).any(|j| toks[j].kind == TokKind::Num)
        })
        .map_or(a, |c| c + 1)
}

/// From `s` to `e`, only a line that announces results ("results from the first month are
/// in", "the Q3 numbers are out"): the evidence is what follows.
pub(super) fn announces_results(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let mut k = s;
    while k < e && matches!(toks[k].lower.as_str(), "the" | "our" | "first" | "early") {
        k += 1;
    }
    let results = k < e
        && matches!(
            toks[k].lower.as_str(),
            "results" | "figures" | "numbers" | "stats" | "metrics"
        );
    let w = |j: usize| toks[j].lower.as_str();
    results
        && e >= k + 3
        && e - s <= 10
        && matches!(w(e - 2), "are" | "is")
        && matches!(w(e - 1), "in" | "out" | "back")
}

/// From `s` to `e`, praise with no measure ("did their thing", "are saving heaps
/// already", "is paying off"): before a counted result, no part of the evidence.
pub(super) fn praise_only(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let w = |j: usize| toks[j].lower.as_str();
    (s..e).any(|j| {
        matches!(w(j), "heaps" | "gangbusters" | "ripper")
            || w(j) == "did"
                && j + 2 < e
                && matches!(w(j + 1), "its" | "their")
                && w(j + 2) == "thing"
            || matches!(w(j), "paying" | "paid") && j + 1 < e && w(j + 1) == "off"
    })
}

/// From `s` to `e`, the money asked for set against the money granted ("not the 520 that
/// agronomy asked", "not the £52k Facilities asked for"): which figure, not why.
pub(super) fn asked_amount_set_against(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    e > s + 2
        && e <= s + 9
        && toks[s].is("not")
        && (s + 1..(s + 4).min(e)).any(|j| toks[j].kind == TokKind::Num)
        && (s + 2..e).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "asked" | "wanted" | "requested" | "proposed" | "quoted" | "budgeted"
            )
        })
}

/// From `s` to `e`, only proper names joined as a list ("Scottsdale + Peoria", "Leeds &
/// York", "Ashby and Kelsall"): where, or for whom, not why.
pub(super) fn only_names(text: &str, toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let capital = |j: usize| text[toks[j].start..].starts_with(char::is_uppercase);
    let joiner = |j: usize| matches!(toks[j].lower.as_str(), "+" | "&" | "and" | ",");
    let names = (s..e).filter(|&j| toks[j].is_word() && capital(j)).count();
    e > s + 2
        && e <= s + 7
        && names >= 2
        && (s..e).any(joiner)
        && (s..e).all(|j| toks[j].is_word() && capital(j) || joiner(j))
}

/// From `s` to the message's end, after a dash, only a name of one to three capitalised
/// words ("… ❌ — Chief Tari", "… not this year — Miss Forde", round S61): the one who signs
/// the line, who gave the verdict, not why.
pub(super) fn signed_off(text: &str, toks: &[Token], s: usize, e: usize) -> bool {
    let capital = |j: usize| text[toks[j].start..].starts_with(char::is_uppercase);
    e == toks.len()
        && s >= 1
        && (1..=3).contains(&(e - s))
        && matches!(toks[s - 1].lower.as_str(), "—" | "–" | "-")
        && (s..e).all(|j| toks[j].is_word() && capital(j))
}

/// "Big thanks to Lonnie for working the holiday", "Thanks Lindsey for staying late",
/// "Shout out to the yard crew": a sentence opening at `s` that thanks someone is no reason
/// (round R50).
pub(super) fn thanks_someone(toks: &[Token], s: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let at = s + usize::from(matches!(
        word(s),
        "big" | "huge" | "many" | "special" | "massive" | "and"
    ));
    // "Tankyu tumas to Jimmy for the report": Bislama's and Tok Pisin's thanks (round R63).
    matches!(
        word(at),
        "thanks" | "thank" | "thx" | "kudos" | "tankyu" | "tenkyu"
    ) || word(at) == "shout" && matches!(word(at + 1), "out" | "-")
}
