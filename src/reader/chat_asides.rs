//! What a writer says beside a verdict that is no reason for it: a thank-you to people, a
//! request for replies, what an approval leaves for later or covers, and who need not
//! approve it.

use super::tokens::Token;

/// "thanks to everyone who pushed for this", "thanks to all involved": at `i`, "thanks to"
/// said to people (a thank-you), not to a cause ("thanks to fewer no-shows").
pub(super) fn thanks_to_people(toks: &[Token], i: usize) -> bool {
    let at = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !(at(i) == "thanks" && at(i + 1) == "to") {
        return false;
    }
    match at(i + 2) {
        "everyone" | "everybody" | "you" | "y'all" | "yall" | "you all" => true,
        // "thanks to all who …", "thanks to all involved"; not "thanks to all the new
        // kiosks".
        "all" => matches!(
            at(i + 3),
            "" | "who" | "involved" | "concerned" | "." | "!" | "," | "for"
        ),
        // "thanks to the team", "thanks to the whole team for …".
        "the" => {
            matches!(at(i + 3), "team" | "teams" | "crew")
                || at(i + 3) == "whole" && matches!(at(i + 4), "team" | "crew")
        }
        _ => false,
    }
}

/// "lmk if any push back", "let me know if there are questions", "shout if …": at `s`, a
/// request for replies, which ends the record's reasons.
pub(super) fn asks_for_replies(toks: &[Token], s: usize) -> bool {
    let at = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    match at(s) {
        "lmk" | "lemme" => true,
        "let" => at(s + 1) == "me" && at(s + 2) == "know",
        "shout" | "holler" => matches!(at(s + 1), "if" | "with"),
        _ => false,
    }
}

/// "The other sites will follow in 2028", "the rest are deferred": from `s` to `e`, what the
/// approval leaves for later,
/// told of "the rest", "the other …" or "the … ones". What a rescope keeps is its reason
/// by the corpus's convention; what is left out of it is not this.
pub(super) fn left_for_later(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    if e <= s + 1 {
        return false;
    }
    let det = usize::from(toks[s].is("the"));
    let head = s + det;
    let subject_end = match toks.get(head).map(|t| t.lower.as_str()) {
        Some("rest" | "remainder") => Some(head + 1),
        Some("other" | "others" | "remaining") => (head + 1..(head + 4).min(e))
            .find(|&j| is_leaving_verb(&toks[j].lower) || is_auxiliary(&toks[j].lower)),
        // "the garage ones", "the two lobby ones".
        _ if det == 1 => (head..(head + 4).min(e))
            .find(|&j| toks[j].is("ones"))
            .map(|j| j + 1),
        _ => None,
    };
    let Some(v) = subject_end else {
        return false;
    };
    // "waits", "will follow", "are dropped", "will have to wait".
    (v..(v + 4).min(e))
        .find(|&j| !is_auxiliary(&toks[j].lower))
        .is_some_and(|j| is_leaving_verb(&toks[j].lower))
}

fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "will"
            | "have"
            | "has"
            | "to"
            | "get"
            | "gets"
            | "now"
            | "then"
            | "'ll"
    )
}

/// Convention 16 makes what is dropped or waits, told in a clause of its own after the
/// verdict ("The garage ones are dropped", "the rest waits till the 2028 budget"), the
/// reason: those verbs are not here.
fn is_leaving_verb(w: &str) -> bool {
    matches!(
        w,
        "follow" | "follows" | "deferred" | "parked" | "postponed" | "later" | "come" | "comes"
    )
}

/// "— covers the midway and the north lot", "including the two car parks": at `s`, what
/// an approval covers (its scope, told with no subject), not why.
pub(super) fn covers_scope(toks: &[Token], s: usize) -> bool {
    toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "covers" | "covering" | "includes" | "including"
        )
    })
}

/// "not need the board", "no need for exco": from `s` to `e`, who need not approve it.
pub(super) fn approver_not_needed(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let at = |k: usize| if k < e { toks[k].lower.as_str() } else { "" };
    matches!(at(s), "not" | "no")
        && matches!(at(s + 1), "need" | "needs" | "needed")
        && e <= s + 6
        && (s + 2..e).any(|j| {
            matches!(
                at(j),
                "board"
                    | "exco"
                    | "committee"
                    | "approval"
                    | "sign-off"
                    | "cfo"
                    | "trustees"
                    | "governors"
            )
        })
}
