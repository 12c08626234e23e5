//! Holds and keeps said plainly, first met in round S18's writers (a Snowdonia outdoor
//! centre, a Kenyan safari-lodge group): "we'll leave the refit until after Easter",
//! "directors want to wait on the battery bank till February", "the kitchen refit is put
//! back to April", "the gate refurb's fixing to slide to spring", "the sims are tbd til the
//! Q1 budget", and "the records system stays, whatever …".

use super::tokens::Token;
use super::verdict_shapes::moved_to_a_time;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Is there "until" / "till" a time within `from..to` of the clause (no break before it)?
fn until_a_time_within(toks: &[Token], from: usize, to: usize) -> bool {
    (from..to.min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| matches!(word(toks, k), "until" | "till" | "til") && moved_to_a_time(toks, k + 1))
}

/// "wants" / "want" / "wanted" among the few words (no break between) before `i`.
fn wanted_just_before(toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .any(|k| matches!(word(toks, k), "wants" | "want" | "wanted"))
}

/// "fixing to", "going to", "about to", "gonna", "we'll" just before `i`: what is planned,
/// not what happened.
fn about_to(toks: &[Token], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map_or("", |j| word(toks, j));
    matches!(before(1), "gonna" | "we'll" | "i'll" | "will")
        || before(1) == "to" && matches!(before(2), "fixing" | "fixin" | "going" | "about")
}

/// At `i`, work put off to a time: "leave the refit until after Easter", "wait on the
/// battery bank till February", "put back to April" (the look-again time said); where the
/// verb's words end.
pub(super) fn put_off_at(toks: &[Token], i: usize) -> Option<usize> {
    match word(toks, i) {
        // "we'll leave the refit until after Easter": the thing left (a few words) until a
        // time ("leave it with me until Friday" leaves a task, so "with" is no thing).
        "leave" | "leaving" => (word(toks, i + 1) != "with"
            && until_a_time_within(toks, i + 2, i + 7))
        .then_some(i + 1),
        // "Anjali would rather we left the CCTV until the insurance renewal in March"
        // (round S46): the wish to leave it, said by the one who decides (convention 21).
        "left" if i >= 2 && word(toks, i - 1) == "we" && word(toks, i - 2) == "rather" => (i + 2
            ..(i + 8).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .any(|k| super::verdict_shapes::until_a_time(toks, k))
            .then_some(i + 1),
        // "The farm Wi-Fi she wants left till March", "wants the POS left alone till March"
        // (round S49): work someone wants left till a time, the thing said before "left"
        // (perhaps fronted, before the one who wants it).
        "left" if wanted_just_before(toks, i) => until_a_time_within(toks, i + 1, i + 4)
            .then_some(i + 1 + usize::from(word(toks, i + 1) == "alone")),
        // "want to wait on the battery bank for the solar plant till February".
        "wait" | "waiting" if word(toks, i + 1) == "on" => {
            until_a_time_within(toks, i + 3, i + 11).then_some(i + 2)
        }
        // "the Bala kitchen refit is put back to April".
        "put" if word(toks, i + 1) == "back" => {
            let to = i + 2;
            (matches!(word(toks, to), "to" | "till" | "until") && moved_to_a_time(toks, to + 1))
                .then_some(i + 2)
        }
        // "So the lease expansion sits till March": the work left where it is till a time.
        "sits" => until_a_time_within(toks, i + 1, i + 2).then_some(i + 1),
        // "So the airstrip upgrade waits, have another look at it in April": the work named
        // before it waits, the clause ending there.
        // "trimmed to 30k — just dispatch + rider side, client tracking waits": what a
        // rescope earlier in the sentence leaves for later is its reason (convention 40).
        "waits" => {
            (waits_closing_its_clause(toks, i) && !left_by_a_rescope(toks, i)).then_some(i + 1)
        }
        // "the gate refurb's fixing to slide to spring", "gonna slip it to Q2": work about to
        // be let slide to a time, said as the plan (a slip that happened is news).
        "slide" | "slip" if about_to(toks, i) => {
            let mut to = i + 1;
            if matches!(word(toks, to), "it" | "them" | "back" | "out") {
                to += 1;
            }
            (matches!(word(toks, to), "to" | "till" | "until" | "til")
                && moved_to_a_time(toks, to + 1))
            .then_some(to)
        }
        // "the welder sims are tbd til the Q1 budget": left to be decided until a time.
        "tbd" | "tbc" => until_a_time_within(toks, i + 1, i + 3).then_some(i + 1),
        _ => None,
    }
}

/// At `i`, "waits" closing its clause after the thing that waits ("the airstrip upgrade
/// waits, …"): not a person or a pronoun ("she waits", "who waits"), and not "waits for" /
/// "waits on" (waiting on something else, said by `put_off_at`'s "wait on").
fn waits_closing_its_clause(toks: &[Token], i: usize) -> bool {
    i > 0 && thing_then_clause_end(toks, i - 1, i + 1)
}

/// "the second lot of NLIS readers can wait, the first lot aren't sorted yet": "can wait"
/// (`start..end`) closing its clause after the thing that waits, a reason after its comma,
/// puts it off with no time said; "we can wait", "Kyle can wait" are patience.
pub(in crate::reader) fn can_wait_closing_its_clause(
    toks: &[Token],
    start: usize,
    end: usize,
) -> bool {
    start > 0
        && word(toks, end - 1) == "wait"
        && (!toks[start - 1].capital || toks[start - 1].caps)
        && thing_then_clause_end(toks, start - 1, end)
        // A comma and the clause saying why after it: "the bunks can wait." closing a
        // rescope is the scope left out, no verdict of its own.
        && (word(toks, end) == "," || opens_the_message(toks, start) && word(toks, end) == ".")
        && toks.get(end + 1).is_some_and(|t| t.is_word())
        && !super::clauses::opens_look_again(toks, end + 1)
}

/// "Batching plant controls can wait. The Peak Park still haven't …": the thing that waits,
/// before "can" at `start`, opens the message, so no rescope before it leaves it out
/// (round S46).
fn opens_the_message(toks: &[Token], start: usize) -> bool {
    !toks[..start].iter().any(|t| t.is_break())
}

/// The word at `k` is a thing (not a person or a pronoun), and the clause ends at
/// `after`.
fn thing_then_clause_end(toks: &[Token], k: usize, after: usize) -> bool {
    let closed = toks.get(after).is_none_or(|t| t.is_break());
    closed
        && toks[k].is_word()
        && !matches!(
            word(toks, k),
            "he" | "she"
                | "who"
                | "they"
                | "we"
                | "i"
                | "you"
                | "everyone"
                | "everybody"
                | "nobody"
                | "one"
                | "it"
                | "that"
                | "this"
        )
}

/// Is there a rescope earlier in the sentence of the word at `i` ("app rebuild trimmed to
/// 30k — …, client tracking waits")?
fn left_by_a_rescope(toks: &[Token], i: usize) -> bool {
    let from = toks[..i]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .map_or(0, |k| k + 1);
    crate::reader::verdicts::find_english_verdict_in(toks, from, i)
        .is_some_and(|v| v.verdict == crate::domain::Verdict::Rescope)
}

/// At `i`, "stays" (or "stays on track") ending its clause after the thing that stays
/// ("Safeguarding records system stays, whatever the sales bloke says"): the work goes on. Not a person ("she
/// stays") and not a thing that stays somewhere or some way ("stays at £40k").
pub(super) fn stays_at(toks: &[Token], i: usize) -> Option<usize> {
    // "stormwater treatment stays on track, and …": kept on its course, said as a
    // decision when nothing follows in its clause ("stays on track for March" is progress).
    let on_track = word(toks, i + 1) == "on" && matches!(word(toks, i + 2), "track" | "course");
    let i_end = if on_track { i + 2 } else { i };
    let closed = toks
        .get(i_end + 1)
        .is_none_or(|t| t.is_sym(",") || t.is_sym(".") || t.is_sym("!") || t.is_break());
    let thing = i > 0
        && toks[i - 1].is_word()
        && !matches!(
            word(toks, i - 1),
            "he" | "she" | "who" | "they" | "everyone" | "everybody" | "nobody" | "one"
        );
    (word(toks, i) == "stays" && closed && thing).then_some(i_end + 1)
}
