//! Cues that are news or passing talk, not a decision or a proposal: a visit, a verdict
//! still to come or asked for, a supplier gone from the market, a meeting still to come,
//! something offered around, people asked to sign up for an event.

use super::*;

/// "the vendor is coming in on Thursday", "the integrator is visiting Tuesday", "will be on
/// site Monday", "the fitter's coming Wednesday", "Had the engineer round on Monday": at `i`,
/// a visit, to note; asked about ("is the vendor coming in
/// Thursday?") it is a question.
pub(in crate::reader::intent) fn visit_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let visit = match word(i) {
        // "the electrician is coming Tuesday to fit …", "coming tomorrow": a visit on a
        // day said straight after.
        "coming" => {
            matches!(word(i + 1), "in" | "tomorrow")
                || crate::reader::dates::weekday(word(i + 1)).is_some()
                || word(i + 1) == "on" && crate::reader::dates::weekday(word(i + 2)).is_some()
                || super::super::place_visits::coming_to_a_place_on_a_day(toks, i)
        }
        "visiting" => i > 0 && matches!(word(i - 1), "is" | "are"),
        // "Had the trust's engineer round on Monday about the dry dock" (round S44): a
        // visit had on a day, "had" opening the sentence a few words before.
        "round" | "over" => {
            (i.saturating_sub(6)..i).any(|k| word(k) == "had" && (k == 0 || toks[k - 1].is_break()))
                && (crate::reader::dates::weekday(word(i + 1)).is_some()
                    || word(i + 1) == "on" && crate::reader::dates::weekday(word(i + 2)).is_some()
                    || word(i + 1) == "yesterday")
        }
        "on" => word(i + 1) == "site",
        _ => false,
    };
    visit
        && toks[i..]
            .iter()
            .find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            .is_none_or(|t| !t.is_sym("?"))
}

/// "Decision on the GPS tracking expected mid-Feb", "sign-off on the app due in Jan",
/// "@carla your call": at `i`, a verdict still to come, news about the work it names.
pub(in crate::reader::intent) fn decision_to_come(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "I'd say go. @carla your call": the decision handed to someone, still to come.
    let handed = matches!(word(i), "your" | "ur" | "yer")
        && word(i + 1) == "call"
        && toks.get(i + 2).is_none_or(|t| t.is_break() || !t.is_word());
    handed
        || matches!(
            word(i),
            "decision" | "sign-off" | "signoff" | "verdict" | "approval"
        ) && matches!(word(i + 1), "on" | "about" | "re")
            && (i + 2..(i + 10).min(toks.len()))
                .take_while(|&k| !toks[k].is_break())
                .any(|k| {
                    matches!(
                        word(k),
                        "expected" | "due" | "scheduled" | "pencilled" | "penciled"
                    )
                })
}

/// "… the field tablets to be green-lit", "… it to be signed off before …": from `from`, the
/// clause asks for a verdict to be given.
pub(in crate::reader::intent) fn verdict_asked_for(toks: &[Token], from: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (from..(from + 10).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            word(k) == "to"
                && word(k + 1) == "be"
                && matches!(
                    word(k + 2),
                    "approved"
                        | "green"
                        | "greenlit"
                        | "signed"
                        | "funded"
                        | "sanctioned"
                        | "okayed"
                        | "ok'd"
                        | "rubber"
                )
        })
}

/// "the supplier has left the UK market", "vendor exited the market": what befell the
/// thing we bought, news about it.
pub(in crate::reader::intent) fn left_the_market(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "left" | "exited" | "exiting" | "leaving"
    ) && toks[i + 1..]
        .iter()
        .take(4)
        .take_while(|t| !t.is_break())
        .any(|t| t.is("market"))
}

/// "see you all at the 9/12 board meeting", "Treasury offsite next week so sign-offs will
/// be slow": a meeting still to come, said in passing, is no meeting to note. `len` is the
/// cue's length in tokens.
pub(in crate::reader::intent) fn meeting_to_come(
    toks: &[Token],
    i: usize,
    len: usize,
    cue: Cue,
) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let after = i + len;
    let said_ahead = word(after) == "tomorrow"
        || word(after) == "next"
            && matches!(
                word(after + 1),
                "week" | "month" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
            );
    // "I need to do a call with a funder": a call the writer still has to have.
    let clause: Vec<&str> = toks[..i]
        .iter()
        .rev()
        .take(10)
        .take_while(|t| !t.is_break())
        .map(|t| t.lower.as_str())
        .collect();
    let still_to_have = clause
        .windows(2)
        .any(|w| w[0] == "to" && matches!(w[1], "need" | "have" | "got"))
        || clause.contains(&"gotta");
    // "the big meeting room": a room, not a meeting.
    let a_room = matches!(word(after), "room" | "rooms");
    cue == Cue::Meeting && (said_ahead || clause.contains(&"see") || still_to_have || a_room)
}

/// "anyone want 2 tix for Friday?", "who wants the spare desk?", "do you want a lift":
/// something offered around, no one's wish told at a meeting.
pub(in crate::reader::intent) fn offered_around(toks: &[Token], i: usize, cue: Cue) -> bool {
    cue == Cue::Meeting
        && matches!(toks[i].lower.as_str(), "want" | "wants")
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "anyone" | "anybody" | "who" | "you" | "u" | "ya" | "somebody" | "someone"
        )
}

/// "please register until tomorrow 🥂": people asked to sign up for an event, not a new
/// investment to register.
pub(in crate::reader::intent) fn asked_to_sign_up(toks: &[Token], i: usize, cue: Cue) -> bool {
    cue == Cue::Investment
        && toks[i].is("register")
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "please" | "pls" | "plz" | "kindly"
        )
}
