//! A decider must be someone: a person, a named role or a body ("the board", "Head of
//! Ops", "the Ops team", a unit deciding "Ops decided …"), never the thing decided on.
//! "ServiceTitan renewal for Ops approved at £40k": the words before the verdict are what
//! was approved, a unit only said after "for"; "The payroll move is off": a subject run on to
//! "is" is the thing; "Quality can go ahead with …", "Ops gets the …": who may go ahead or gets
//! the thing did not decide it (round D43).

use super::tokens::Token;

/// Words that head a role or a group that decides, besides the bodies and units: "the Ops
/// team", "Head of Ops", "the budget office", "tonight's council meeting".
fn role_head(w: &str) -> bool {
    matches!(
        w,
        "team"
            | "teams"
            | "group"
            | "lead"
            | "leads"
            | "head"
            | "heads"
            | "manager"
            | "managers"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "office"
            | "officer"
            | "department"
            | "dept"
            | "members"
            | "management"
            | "mgmt"
            | "meeting"
            | "mtg"
    )
}

/// Words that join a thing to what qualifies it; a unit after one ("… for Ops") is not
/// the span's head.
fn preposition(w: &str) -> bool {
    matches!(
        w,
        "for" | "of" | "on" | "in" | "at" | "with" | "to" | "from" | "into" | "about" | "under"
    )
}

/// Whether a span from `off` to `end` that names no person is headed by a body, a unit or
/// a role: its last word is one, and a preposition in it only joins a role to its body
/// ("Head of Ops", "Board of Trustees"). `body_at` says whether a token is a body's word or
/// part of a unit's name.
pub(super) fn headed_by_body(
    toks: &[Token],
    off: usize,
    end: usize,
    body_at: &dyn Fn(usize) -> bool,
) -> bool {
    if off >= end {
        return false;
    }
    if let Some(p) = (off..end).find(|&j| preposition(&toks[j].lower)) {
        return toks[p].is("of") && p > off && (body_at(p - 1) || role_head(&toks[p - 1].lower));
    }
    body_at(end - 1) || role_head(&toks[end - 1].lower)
}

/// A time said right after who decided ("The exec on Tuesday agreed …", "trustees tonight",
/// "approved by the CFO under delegated authority"): the span's end before it.
pub(super) fn before_time(toks: &[Token], start: usize, end: usize) -> usize {
    let timed = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = t.lower.as_str();
            matches!(w, "today" | "tonight" | "yesterday" | "yday")
                || super::dates::weekday(w).is_some()
        })
    };
    let part_of_day = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "morning" | "afternoon" | "night" | "week"))
    };
    (start + 1..end)
        .find(|&k| {
            let w = toks[k].lower.as_str();
            timed(k)
                || w == "under"
                || (matches!(w, "on" | "at") && timed(k + 1))
                || (matches!(w, "this" | "last") && part_of_day(k + 1))
        })
        .unwrap_or(end)
}

/// "Ops gets the pipe camera", "Sales got the go-ahead", "the planer's getting a new
/// grinder", "Ops can have a pipe camera": a verdict said as getting something names who
/// gets it, not who decided; "Jobber Pro it is" names the thing chosen.
pub(super) fn gets_it(w: &str) -> bool {
    matches!(
        w,
        "gets" | "got" | "get" | "getting" | "receives" | "received" | "it"
    )
}

/// "Ops can have a pipe camera", "Quality can go ahead": who may is not who decided, unless
/// someone in the clause says so ("Finance says the quote app can wait").
pub(super) fn may_have_it(toks: &[Token], verb: usize) -> bool {
    let start = (0..verb)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    matches!(toks[verb].lower.as_str(), "can" | "may")
        && !(start..verb).any(|k| super::deciders_told::reports_verdict(&toks[k].lower))
}

/// "PIPE CAMERA APPROVED": words shouted from the clause's start up to the verdict at
/// `verb` say nothing of a name by their capitals.
pub(super) fn shouted(text: &str, toks: &[Token], verb: usize) -> bool {
    let start = (0..verb)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    let upper = |t: &Token| {
        let s = &text[t.start..t.end];
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
    };
    toks.get(verb)
        .is_some_and(|t| upper(t) && t.lower.len() > 2)
        && toks[start..verb].iter().all(|t| !t.is_word() || upper(t))
}

/// "The pipe camera's a no", "Website's scaled back": a subject run on to "'s" before words
/// that follow "is", not "has", is the thing.
pub(super) fn is_run_on(last: &Token, verb: &Token) -> bool {
    let has_s = last.lower.ends_with("'s") || last.lower.ends_with("’s");
    has_s
        && matches!(
            verb.lower.as_str(),
            "a" | "an"
                | "no"
                | "off"
                | "on"
                | "out"
                | "dead"
                | "getting"
                | "going"
                | "being"
                | "now"
                | "not"
                | "back"
                | "still"
        )
}

/// "Minister's office has agreed …", "The Commissioner's office turned down …": a person's
/// or a role's office, said with a capitalised possessive, is a body that decides.
pub(super) fn someones_office(text: &str, toks: &[Token], off: usize, end: usize) -> bool {
    end == off + 2
        && (toks[off].lower.ends_with("'s") || toks[off].lower.ends_with("’s"))
        && text[toks[off].start..].starts_with(|c: char| c.is_uppercase())
        && role_head(&toks[off + 1].lower)
}

/// "ServiceTitan approved at £40k", "Jobber Pro signed off at £9k": a verdict said as a
/// past form with no object, straight on to "at" a price, is passive; the words before it
/// are the thing, unless they name a body.
pub(super) fn approved_at(toks: &[Token], verb: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let past = matches!(
        word(verb),
        "approved" | "rejected" | "declined" | "ok'd" | "okayed" | "signed" | "agreed" | "greenlit"
    );
    let next = verb + 1 + usize::from(word(verb + 1) == "off");
    past && word(next) == "at"
}

/// "Kindly note that the Exec Committee has approved …", "Please be advised that Council
/// approved …": the "that" after a word of telling, at or just before `start` and before
/// the subject ending at `end`, after which the verdict's subject opens (round D44).
pub(super) fn told_that(toks: &[Token], start: usize, end: usize) -> Option<usize> {
    (start.saturating_sub(1).max(1)..end.saturating_sub(1))
        .rev()
        .find(|&k| {
            toks[k].is("that")
                && matches!(
                    toks[k - 1].lower.as_str(),
                    "note"
                        | "noted"
                        | "advised"
                        | "aware"
                        | "confirm"
                        | "confirmed"
                        | "informed"
                        | "inform"
                        | "know"
                        | "told"
                        | "heard"
                        | "reported"
                        | "announced"
                )
        })
        .or_else(|| told_you_that(toks, start, end))
}

/// "This is to inform you that management has decided …" (round V59): the "that" after
/// "inform you", "advise you" or "remind you", as [`told_that`] asks.
fn told_you_that(toks: &[Token], start: usize, end: usize) -> Option<usize> {
    (start.saturating_sub(1).max(2)..end.saturating_sub(1))
        .rev()
        .find(|&k| {
            toks[k].is("that")
                && toks[k - 1].is("you")
                && matches!(toks[k - 2].lower.as_str(), "inform" | "advise" | "remind")
        })
}

/// "approved by Tom and me on Fri", "signed off by the GM and myself": the speaker decided
/// with the one named after "by", as "Tom and I agreed …" (round D44).
pub(super) fn by_someone_and_me(toks: &[Token], verb: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(by) = (verb + 1..(verb + 4).min(toks.len()))
        .take_while(|&j| toks[j].is_word())
        .find(|&j| toks[j].is("by"))
    else {
        return false;
    };
    (by + 2..(by + 6).min(toks.len()))
        .take_while(|&j| toks[j].is_word())
        .any(|j| word(j) == "and" && matches!(word(j + 1), "me" | "myself" | "i" | "us"))
}

/// "The exec agreed this morning to hold …", "Exec decided on Tuesday to approve …": with
/// "to" at `to`, where "agreed", "decided" or "voted" is, a time said between them (round
/// D44).
pub(super) fn agreed_at_a_time(toks: &[Token], to: usize) -> Option<usize> {
    if !toks.get(to)?.is("to") {
        return None;
    }
    let timed = |t: &Token| {
        let w = t.lower.as_str();
        matches!(
            w,
            "this"
                | "last"
                | "on"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "yesterday"
                | "today"
                | "tonight"
                | "yday"
        ) || super::dates::weekday(w).is_some()
    };
    let agreed = (to.saturating_sub(4)..to)
        .rev()
        .find(|&k| !timed(&toks[k]))
        .filter(|&k| k + 1 < to)?;
    matches!(toks[agreed].lower.as_str(), "agreed" | "decided" | "voted").then_some(agreed)
}
