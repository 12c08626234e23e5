//! A verdict word said of something else: a time, a habit given up, a thing counted or
//! described, a supplier's act, a thing asked for.

use super::*;

/// The verdict word said of something else: a time, a habit given up, a thing counted or
/// described, a supplier's act, a thing asked for. `Some` when that settles it.
pub(super) fn said_of_something_else(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    // "Once we're done with it, the till goes to the charity shop": a time, not a stop.
    if raw == Verdict::Stop
        && toks[start..end].iter().any(|t| t.is("done"))
        && matches!(
            prev,
            "once" | "when" | "until" | "till" | "after" | "before" | "if"
        )
    {
        return Some(None);
    }
    // "we kept the drydock pumps running the whole time", "kept the tills going through
    // the outage": what the work let us keep doing while something lasted, no decision.
    let through = match next {
        "throughout" | "through" => true,
        "all" => true,
        "the" => toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "whole" | "entire")),
        _ => false,
    };
    if raw == Verdict::Continue && word == "kept" && through {
        return Some(None);
    }
    // "QA is rejecting a third of the brackets", "the pilots reject half the fixes": a
    // share of things turned back as they come, a rate of rejects, no verdict on the work.
    if raw == Verdict::Reject
        && matches!(word, "rejecting" | "rejects" | "reject")
        && end == start + 1
        && share_after(toks, end)
    {
        return Some(None);
    }
    // "£35k a year in scrap an' rework", "tonnes of scrap": scrap as the stuff thrown out,
    // no stop.
    if word == "scrap" && end == start + 1 && matches!(prev, "in" | "of" | "less" | "more") {
        return Some(None);
    }
    // "the fettlin' rejects on the pump housings am down from 6%": rejects as things
    // counted, the subject of a fall or a rise a few words on.
    if word == "rejects"
        && end == start + 1
        && (start.saturating_sub(4)..start).any(|k| matches!(toks[k].lower.as_str(), "the" | "our"))
        && (end..(end + 6).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "are" | "am" | "were" | "down" | "up" | "fell" | "dropped" | "halved"
                )
            })
    {
        return Some(None);
    }
    // "the only thing stoppin' us buyin' new sand": a thing preventing someone, no stop.
    let prevents = matches!(word, "stopping" | "stops" | "stopped" | "stop")
        && end == start + 1
        && matches!(
            next,
            "us" | "them" | "me" | "him" | "her" | "people" | "anyone"
        )
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is("from") || t.lower.ends_with("ing"));
    if raw == Verdict::Stop && prevents {
        return Some(None);
    }
    // "abandoned carts are down from 70% to 45%": the word names what is counted, no stop.
    let counted = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "are" | "were" | "is" | "was" | "down" | "up" | "fell" | "dropped" | "rate"
            )
        })
    };
    if word == "abandoned"
        && end == start + 1
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "the" | "a" | "an" | "our" | "their" | "this" | "that" | "its" | "it"
                )
        })
        && counted(end + 1)
    {
        return Some(None);
    }
    // "the panel line's scope got cut to $2.1M", "budget got cut to £40k": the work's size
    // cut to a figure, a rescope.
    let size = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "scope" | "budget" | "scope's"))
    };
    if word == "got" && raw == Verdict::Reject && next == "to" && start > 0 && size(start - 1) {
        return Some(Some(Verdict::Rescope));
    }
    // "got cut to $80k", "got cut back", "got cut by 20%": made smaller, not refused.
    if word == "got"
        && raw == Verdict::Reject
        && (matches!(next, "to" | "back" | "down")
            || next == "by"
                && toks
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Sym))
    {
        return Some(None);
    }
    // "The Marine Fund grant didn't come through", "the Heritage Lottery Fund": "Fund" with
    // a capital after a capitalised word is part of a name, not "we'll fund it"; so is a
    // fund money comes out of ("comes out of general fund now", "from the capital fund").
    if word == "fund"
        && end == start + 1
        && start > 0
        && (toks[start].capital && toks[start - 1].is_word() && toks[start - 1].capital
            || matches!(
                prev,
                "general"
                    | "the"
                    | "a"
                    | "capital"
                    | "reserve"
                    | "sinking"
                    | "contingency"
                    | "innovation"
                    | "grant"
                    | "our"
                    | "this"
                    | "that"
                    | "of"
            ))
    {
        return Some(None);
    }
    // "Gangway replacement stays on track for the March changeover": how the work is going
    // towards a time, news; "stays on track, …" closing its clause keeps it going.
    if raw == Verdict::Continue
        && matches!(word, "stays" | "stay")
        && toks.get(end - 1).is_some_and(|t| t.is("track"))
        && matches!(next, "for" | "to" | "towards" | "toward")
    {
        return Some(None);
    }
    // "The traceability system is staying.", "still on tho": the work goes on only when
    // nothing follows in its clause ("Rhys is staying late" says where a person will be,
    // "still on track" how it goes).
    if raw == Verdict::Continue
        && (toks.get(start + 1).is_some_and(|t| t.is("staying")) && matches!(word, "is" | "are")
            || word == "still" && toks.get(start + 1).is_some_and(|t| t.is("on")))
        && toks
            .get(end)
            .is_some_and(|t| !t.is_break() && !matches!(t.lower.as_str(), "tho" | "though"))
    {
        return Some(None);
    }
    // "£2.4m for a boiler … is not a goer": a judgement in a reason, not a verdict.
    if word == "a" && toks.get(start + 1).is_some_and(|t| t.is("goer")) && NEGATIONS.contains(&prev)
    {
        return Some(None);
    }
    // "Site leads stopped texting photos", "so specialists stop retyping reports": people
    // giving up a habit (a gerund after the stop, someone other than us before it) is what
    // the work changed, not a stop of it.
    let habit = raw == Verdict::Stop
        && end == start + 1
        && matches!(word, "stop" | "stops" | "stopped")
        && next.len() > 5
        && next.ends_with("ing")
        && start > 0
        && toks[start - 1].is_word()
        && !matches!(
            prev,
            "we" | "i"
                | "we've"
                | "we'll"
                | "to"
                | "will"
                | "have"
                | "has"
                | "had"
                | "'ve"
                | "'ll"
                | "should"
                | "must"
                | "can"
                | "decided"
                | "agreed"
                | "just"
                | "also"
                | "then"
                | "finally"
                | "and"
                | "or"
                | "please"
                | "pls"
                | "not"
        );
    // "the tutors have stopped logging anything in it": people (a plural other than a body
    // that decides) who have given up a habit, not a stop of the work.
    let people_gave_up = raw == Verdict::Stop
        && end == start + 1
        && word == "stopped"
        && next.len() > 5
        && next.ends_with("ing")
        && matches!(prev, "have" | "had")
        && start >= 2
        && toks[start - 2].is_word()
        && toks[start - 2].lower.len() > 3
        && toks[start - 2].lower.ends_with('s')
        && !crate::reader::deciders::BODIES.contains(&toks[start - 2].lower.as_str());
    // "BT have stopped supporting the router", "the vendor stopped patching it": a supplier
    // ending what it does for a product is news of the kit, not our stop.
    let supplier_ended = raw == Verdict::Stop
        && end == start + 1
        && matches!(word, "stop" | "stops" | "stopped")
        && matches!(
            next,
            "supporting"
                | "patching"
                | "making"
                | "selling"
                | "servicing"
                | "updating"
                | "producing"
                | "stocking"
        );
    if habit || people_gave_up || supplier_ended {
        return Some(None);
    }
    // "costs us about £40k in scrapped layups", "the cost of rejected claims": a verdict's
    // participle describing the things a sentence counts, after a preposition and before
    // the noun it describes, is no verdict on the work.
    let describes = end == start + 1
        && word.len() > 4
        && word.ends_with("ed")
        && matches!(prev, "in" | "of" | "on" | "from" | "about" | "over")
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && t.lower.chars().all(|c| c.is_alphabetic())
                && !matches!(
                    t.lower.as_str(),
                    "it" | "them"
                        | "the"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "a"
                        | "an"
                        | "by"
                        | "at"
                        | "for"
                        | "and"
                        | "or"
                        | "to"
                        | "because"
                        | "as"
                        | "since"
                        | "due"
                        | "until"
                        | "till"
                        | "in"
                        | "on"
                        | "after"
                        | "before"
                        | "with"
                        | "but"
                        | "so"
                        | "now"
                        | "today"
                        | "yesterday"
                )
        });
    if describes {
        return Some(None);
    }
    // "we're going with the flow": an idiom, not an option chosen.
    if raw == Verdict::Approve
        && toks[end - 1].lower == "with"
        && toks.get(end + 1).is_some_and(|t| t.is("flow"))
    {
        return Some(None);
    }
    // "parking lot B is closed", "the car park barrier": a place to leave a car, not a
    // deferral; nor is "Lions Park", a place's name.
    let place_name = word == "park"
        && toks[start].capital
        && start > 0
        && toks[start - 1].is_word()
        && toks[start - 1].capital;
    if raw == Verdict::Defer
        && matches!(word, "park" | "parking" | "parked")
        && (place_name
            || matches!(
                prev,
                "car" | "bike" | "cycle" | "staff" | "visitor" | "visitors"
            )
            || matches!(
                next,
                "lot"
                    | "lots"
                    | "space"
                    | "spaces"
                    | "bay"
                    | "bays"
                    | "garage"
                    | "permit"
                    | "permits"
                    | "deck"
                    | "structure"
                    | "meter"
                    | "meters"
                    | "ticket"
                    | "tickets"
                    | "barrier"
                    | "barriers"
                    | "charges"
                    | "fines"
                    | "area"
                    | "enforcement"
                    | "attendant"
                    | "attendants"
                    | "fee"
                    | "fees"
                    | "revenue"
                    | "income"
                    | "machine"
                    | "machines"
            ))
    {
        return Some(None);
    }
    // "the visitor kiosks keep rejecting ID cards", "the card reader keeps declining": a
    // habit of the thing, not a verdict on it.
    if raw != Verdict::Continue
        && word.ends_with("ing")
        && matches!(prev, "keep" | "keeps" | "kept" | "keeping")
    {
        return Some(None);
    }
    // "Kiln sensors ok, 290k kr", "ok at $50k": a bare "ok" after the thing it answers,
    // with the amount it allows next; otherwise a reply or a state ("ok thx", "are ok").
    if word == "ok" && end == start + 1 {
        let after = |k: usize| toks.get(end + k).map_or("", |t| t.lower.as_str());
        let amount_next = |k: usize| {
            toks.get(end + k).is_some_and(|t| {
                t.kind == TokKind::Num
                    || toks
                        .get(end + k + 1)
                        .is_some_and(|n| n.kind == TokKind::Num)
                        && (t.kind == TokKind::Sym || t.lower.len() <= 3)
            })
        };
        let answers = start > 0
            && toks[start - 1].is_word()
            && !matches!(
                prev,
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "looks"
                    | "seems"
                    | "sounds"
                    | "all"
                    | "it's"
                    | "its"
                    | "thats"
                    | "that's"
                    | "feels"
                    | "not"
            );
        let with_amount = matches!(after(0), "," | "at" | "-" | "–") && amount_next(1);
        // "VR suite - ok but only if BD shows two wins": an approval on a condition, after
        // the thing it answers or a dash or colon following it.
        let skip = usize::from(after(0) == ",");
        let conditional = match after(skip) {
            "but" => after(skip + 1) == "only" && after(skip + 2) == "if",
            "only" => after(skip + 1) == "if",
            _ => false,
        };
        let after_mark =
            start >= 2 && matches!(prev, "-" | "–" | "—" | ":") && toks[start - 2].is_word();
        // "gps for the trailer too — ok, 450 for the unit": after the label's dash, with
        // the amount it allows next.
        return Some(((answers || after_mark) && (with_amount || conditional)).then_some(raw));
    }
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
            || crate::reader::verdict_shapes::for_now_then_look_again(toks, end))
    {
        return Some(Some(Verdict::Defer));
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
    if raw == Verdict::Defer
        && toks[start.saturating_sub(3)..start]
            .iter()
            // "final call slipped to Jan 12th" is the decision itself.
            .any(|t| {
                MEETINGS.contains(&t.lower.as_str())
                    && !matches!(t.lower.as_str(), "call" | "calls")
            })
    {
        return Some(None);
    }
    // "Please approve the cabinets for ward 6": asking for a verdict is the proposal.
    if raw == Verdict::Approve && matches!(prev, "please" | "pls" | "plz" | "kindly") {
        return Some(None);
    }
    None
}

/// "a third of", "half the", "most of", "30%", "one in five": at `at`, a share of things
/// counted.
fn share_after(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    match word(at) {
        "half" | "most" | "some" | "many" | "every" | "one" => true,
        "a" => matches!(
            word(at + 1),
            "third" | "quarter" | "fifth" | "tenth" | "half" | "lot" | "few" | "couple"
        ),
        _ => toks.get(at).is_some_and(|t| t.kind == TokKind::Num),
    }
}
