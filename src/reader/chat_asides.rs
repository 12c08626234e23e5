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
