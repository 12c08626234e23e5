//! A verdict word said of a habit given up ("site leads stopped texting photos"), a
//! supplier's act, things described ("in scrapped layups"), an idiom, a place to park, a
//! thing's own habit ("keeps declining"), or a bare "ok" that allows an amount.

use super::*;

/// A habit given up, a supplier's act, things described, an idiom, a place to park, a
/// thing's habit, a bare "ok". `Some` when that settles it.
pub(super) fn habit_or_place(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
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
    // "clients have started cancelling their colours", "customers keep cancelling" (round
    // R38): those who buy from us cancelling is what went wrong, not our stop.
    let customers_cancel = raw == Verdict::Stop
        && end == start + 1
        && matches!(word, "cancelling" | "canceling")
        && matches!(
            prev,
            "started" | "starting" | "keep" | "kept" | "are" | "were" | "been"
        )
        && (start.saturating_sub(3)..start)
            .any(|j| crate::reader::next_sentence::THIRD_PARTIES.contains(&toks[j].lower.as_str()));
    // "lockers at Salisbury — no, we've only just stopped them at Romsey": after a bare
    // "no", a stop just made of the same kind of thing at another place is why it is
    // refused (round L40).
    let stopped_elsewhere = raw == Verdict::Stop
        && word == "stopped"
        && prev == "just"
        && matches!(next, "them" | "those" | "it")
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "at" | "in"))
        && toks.get(end + 2).is_some_and(|t| t.capital)
        && (start.saturating_sub(8)..start)
            .any(|j| toks[j].is("no") && toks.get(j + 1).is_some_and(|t| t.is_sym(",")));
    if habit || people_gave_up || supplier_ended || customers_cancel || stopped_elsewhere {
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
    // "someone's after parking across the delivery bay", "keeps parking outside the door":
    // a car left across, outside or behind a place, not a deferral (which parks a thing).
    if raw == Verdict::Defer
        && matches!(word, "parking" | "parked")
        && matches!(
            next,
            "across" | "outside" | "behind" | "beside" | "opposite" | "illegally"
        )
    {
        return Some(None);
    }
    // "sprayer's winterized n parked in the pole barn 👍" (round S47): a machine left in a
    // building or a yard, not a deferral.
    if raw == Verdict::Defer
        && matches!(word, "parking" | "parked")
        && matches!(next, "in" | "at" | "inside" | "up")
        && toks[end..].iter().take(5).any(|t| {
            matches!(
                t.lower.as_str(),
                "barn"
                    | "shed"
                    | "yard"
                    | "garage"
                    | "depot"
                    | "workshop"
                    | "hangar"
                    | "warehouse"
                    | "compound"
            )
        })
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
    // "She's ok with the paint booth getting new filters, another $9k": someone ok with a
    // priced thing approves it, as "fine with" does.
    if word == "ok"
        && end == start + 1
        && crate::reader::fine_with::fine_with_at(toks, start).is_some()
    {
        return Some(Some(raw));
    }
    // "Kiln sensors ok, 290k kr", "ok at $50k", "pallet racking also ok 9.5L": a bare "ok"
    // after the thing it answers, with the amount it allows next; otherwise a reply or a
    // state ("ok thx", "are ok").
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
        // "CCTV phase 2 ok, Rs 88,500" (round S57): a part of the thing named by its number
        // answers as the thing does.
        let numbered_part = start >= 2
            && toks[start - 1].kind == TokKind::Num
            && matches!(
                toks[start - 2].lower.as_str(),
                "phase" | "stage" | "part" | "round" | "step" | "batch" | "block" | "lot"
            );
        let answers = numbered_part
            || start > 0
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
        // "pallet racking also ok 9.5L": the money straight after it (round V46), in lakh
        // as in thousands.
        let next = &toks[end..(end + 4).min(toks.len())];
        let money_next = [
            Some(crate::money::Currency::GBP),
            crate::money::Currency::from_code("INR"),
        ]
        .into_iter()
        .flatten()
        .any(|c| {
            crate::reader::money_words::find_money(next, c)
                .first()
                .is_some_and(|m| m.start == 0)
        });
        let with_amount =
            matches!(after(0), "," | "at" | "-" | "–") && amount_next(1) || money_next;
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
        // "Accounting software - ok. Signed today." (round V55): after the label's dash,
        // closing its sentence, the deal told done straight after it.
        let dealt = after_mark
            && matches!(after(0), "." | ",")
            && matches!(after(1), "signed" | "ordered" | "paid");
        // "gps for the trailer too — ok, 450 for the unit": after the label's dash, with
        // the amount it allows next.
        return Some(
            ((answers || after_mark) && (with_amount || conditional) || dealt).then_some(raw),
        );
    }
    None
}
