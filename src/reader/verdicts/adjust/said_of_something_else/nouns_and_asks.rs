//! A verdict word said as a noun ("the delay", "scrap is down"), coming back to a time, a
//! refusal for a while, a risk accepted, work resumed as news, one person's yes, an
//! approval still to come, a meeting called off or moved, or a verdict asked for.

use super::*;

/// A noun, a return or refusal for a while, a risk accepted, work resumed as news, a yes
/// or an approval still to come, a meeting, a verdict asked for. `Some` when that settles
/// it.
pub(super) fn noun_or_ask(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    // "comes back in the 15.01 board", "come back to Exec in March": only to a time.
    if raw == Verdict::Defer && matches!(word, "comes" | "come" | "coming" | "pick" | "picking") {
        let clause: Vec<&Token> = toks[end..].iter().take_while(|t| !t.is_break()).collect();
        let to_later = clause
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "in" | "to" | "at" | "on" | "after"))
            && (0..clause.len()).any(|k| to_a_time(&clause[k..]));
        return Some(to_later.then_some(raw));
    }
    // "the drones are a no until Q2": a refusal for a while puts the work off.
    if raw == Verdict::Reject
        && (crate::reader::verdict_shapes::until_a_time(toks, end)
            || crate::reader::verdict_shapes::for_now_then_look_again(toks, end)
            || crate::reader::verdict_shapes::this_year_then_look_again(toks, end)
            || crate::reader::verdict_shapes::now_then_after_we_see(toks, end)
            || crate::reader::verdict_shapes::said_a_time_after(toks, end))
    {
        return Some(Some(Verdict::Defer));
    }
    // "gave the thumbs up emoji to my post": the emoji or a reaction, no answer given.
    if end >= 2
        && toks[end - 2].is("thumbs")
        && matches!(
            next,
            "emoji" | "emojis" | "reaction" | "react" | "icon" | "sticker"
        )
    {
        return Some(None);
    }
    // Nouns, not verbs: "the delay", "a fund", "any cut". (French "a refusé" is "has
    // refused": its participles are the only verdict words with accents.)
    // "Ops have the go-ahead for a new rostering tool": the answer held is given.
    let held = prev == "the"
        && matches!(word, "go-ahead" | "go" | "green" | "nod")
        && start >= 2
        && matches!(toks[start - 2].lower.as_str(), "have" | "has" | "'ve")
        // "gave the boiler controls the green light": given to the thing named before it.
        || matches!(word, "go-ahead" | "go" | "green" | "nod" | "ok")
            && crate::reader::answers_given::given_to_a_thing(toks, start);
    if matches!(prev, "the" | "a" | "an" | "any" | "another" | "our")
        && word.is_ascii()
        && !matches!(word, "non-starter" | "non" | "nonstarter")
        && !held
    {
        return Some(None);
    }
    // "scrap is down", "parking is a nightmare": a bare verdict word as the subject of a
    // verb is a noun, not a decision.
    let subject =
        end == start + 1 && !word.ends_with("ed") && matches!(next, "is" | "was" | "are" | "were");
    if subject {
        return Some(None);
    }
    // "go/no-go on Jan 12": the decision point, not a refusal.
    if matches!(word, "no-go" | "no") && prev == "/" {
        return Some(None);
    }
    // "accepted the risk", "accepts the invitation": not a proposal taken on.
    if matches!(word, "accepts" | "accepted") && {
        let object = if matches!(next, "the" | "a" | "an" | "our" | "their") {
            toks.get(end + 1).map_or("", |t| t.lower.as_str())
        } else {
            next
        };
        matches!(
            object,
            "risk" | "risks" | "invitation" | "invite" | "apology" | "meeting" | "change"
        )
    } {
        return Some(None);
    }
    // "we resumed the tagging" restarts it, and so does "Resuming the pilot in January"
    // opening its sentence; "work resumed after the strike" is news.
    if matches!(word, "resumed" | "resume" | "resuming")
        && !(start == 0 || toks[start - 1].is_break())
        && !matches!(
            prev,
            "we" | "we've" | "we'll" | "we're" | "'ll" | "will" | "to" | "have" | "has"
        )
    {
        return Some(None);
    }
    // "yes from me, but it's the board's call on the 12th": one person's yes, the decision
    // still someone else's.
    if raw == Verdict::Approve
        && crate::reader::verdict_shapes::personal_yes_pending(toks, start, end)
    {
        return Some(None);
    }
    // "the kiosks will be approved next week": an approval still to come.
    if raw == Verdict::Approve && crate::reader::verdict_shapes::passive_to_come(toks, start) {
        return Some(None);
    }
    // "I approve of this meme", "approved my leave", "sign off my expenses": a liking, or a
    // verdict on something of one's own, is chat, not a decision on an investment.
    let turned_round = matches!(
        toks[end - 1].lower.as_str(),
        "refusal" | "rejection" | "veto" | "pause"
    );
    if raw == Verdict::Approve && matches!(next, "of" | "my") && !turned_round {
        return Some(None);
    }
    // "cancelled the vendor call tomorrow", "Monday's stand-up is cancelled": a meeting
    // called off is no stop of the work.
    if raw == Verdict::Stop && meeting_called_off(toks, start, end) {
        return Some(None);
    }
    // "the vendor demo has moved to Tue 8/12": a meeting moved puts off no work.
    // "the farm stand expansion held till March": a meeting's word before the thing's own
    // noun names what the thing is for (round V49).
    if raw == Verdict::Defer
        && (start.saturating_sub(3)..start).any(|k| {
            let w = toks[k].lower.as_str();
            // "final call slipped to Jan 12th" is the decision itself.
            MEETINGS.contains(&w)
                && !matches!(w, "call" | "calls")
                && !crate::reader::meeting_word_in_name::names_a_thing(toks, k, start)
        })
    {
        return Some(None);
    }
    // "Please approve the cabinets for ward 6": asking for a verdict is the proposal. But
    // "MD Sir has kindly approved …" (round S62): "kindly" before the verdict said in the
    // past is the decider's courtesy.
    let kindly_done = prev == "kindly" && toks[start].lower.ends_with("ed");
    if raw == Verdict::Approve
        && matches!(prev, "please" | "pls" | "plz" | "kindly")
        && !kindly_done
    {
        return Some(None);
    }
    None
}
