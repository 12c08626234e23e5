//! Refusals of what was asked, money given, holds until a time, budgets that stay, refusals
//! overturned, the alternative kept, personal yeses pending, stops told as savings or of
//! habits, work taken to more sites.

use super::*;

/// Words that judge a price too high: "too expensive", "can't afford", "overpriced".
pub(super) const TOO_DEAR: &[&str] = &["expensive", "pricey", "dear", "steep", "costly", "much"];

/// "Too pricey for what it does — … is off the table", "the climate control proposal
/// binned": the message judges the thing's price too high, or calls it a thing asked for
/// (a proposal, a request, a bid), so dropping it turns it down.
pub(in crate::reader) fn turned_down_as_asked(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let next = toks.get(k + 1).map_or("", |n| n.lower.as_str());
        match t.lower.as_str() {
            "too" => TOO_DEAR.contains(&next),
            // "scrapping the goalie shot trainer idea": an idea was never under way.
            "overpriced" | "unaffordable" | "proposal" | "proposals" | "request" | "requests"
            | "idea" | "ideas" => true,
            "afford" => k > 0 && matches!(toks[k - 1].lower.as_str(), "can't" | "cannot" | "not"),
            _ => false,
        }
    })
}

/// "Board gave the portal £60k of the £120k we asked for", "the CFO granted it $40k", "we've
/// given them £250k": at `i`, money a body that decides (or we) gave to the work, an
/// approval. Where the finding ends.
pub(in crate::reader) fn money_given_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "gave" | "gives" | "granted" | "given"
    ) || i == 0
    {
        return None;
    }
    // "we've given them £250k for year one": given by us, a body that decides.
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let by_us = toks[i].is("given")
        && (word(i - 1) == "we've"
            || matches!(word(i - 1), "'ve" | "have") && word(i.saturating_sub(2)) == "we");
    if !by_us && (toks[i].is("given") || !crate::reader::deciders::BODIES.contains(&word(i - 1))) {
        return None;
    }
    let clause_end = toks[i + 1..]
        .iter()
        .take(8)
        .position(|t| t.is_break())
        .map_or((i + 9).min(toks.len()), |k| i + 1 + k);
    let money = find_money(&toks[i + 1..clause_end], Currency::GBP);
    (!money.is_empty()).then_some(i + 1)
}

/// What is held without being put off: "held the price till March", "hold the line until".
pub(super) const HELD_NOT_WORK: &[&str] = &[
    "price",
    "prices",
    "rate",
    "rates",
    "meeting",
    "meetings",
    "session",
    "call",
    "line",
    "fort",
    "room",
    "rooms",
    "date",
    "booking",
    "bookings",
    "chat",
    "discussion",
    "item",
    "talk",
    "vote",
];

/// "Held the website redesign till February", "the exec agreed this morning to hold the
/// members app until we hear back": at `i`, work held until a time or an event is put off
/// (the bare "held" is a meeting held or a price held). Where the finding ends.
pub(in crate::reader) fn held_until_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let held = matches!(word(i), "held" | "holding");
    if !held && word(i) != "hold" {
        return None;
    }
    if let Some(end) = super::held_with_reason_at(toks, i) {
        return Some(end);
    }
    // "wants the platform held till early Q3": the work held, named before; a price or a
    // meeting held is none.
    // "the air con is held over till May": "over" may come between, and the thing held is
    // the word before "is".
    let over = usize::from(held && word(i + 1) == "over");
    let thing = if i > 1 && matches!(word(i - 1), "is" | "are" | "was" | "were" | "been") {
        i - 2
    } else {
        i.wrapping_sub(1)
    };
    let held_before = held
        && matches!(word(i + 1 + over), "till" | "until" | "til" | "'til")
        && i > 0
        && toks[i - 1].is_word()
        && !HELD_NOT_WORK.contains(&word(thing));
    if held_before {
        return Some(i + 1 + over);
    }
    // "hold new hires til after …": what is new held as what is ours.
    if !matches!(word(i + 1), "the" | "our" | "it" | "new") {
        return None;
    }
    let until = (i + 2..(i + 9).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "till" | "until" | "til" | "'til"))?;
    // "seeing as they hold the till logins": a "till" right after an article or "our" is
    // the shop's till, a thing held, no time.
    if until == i + 2 && word(i + 1) != "it" {
        return None;
    }
    // "hold the room booking system until …" holds a system, "hold the booking for the
    // Smiths till Friday" a booking: the thing held is the last word before a preposition
    // or the "until".
    let head = (i + 2..until)
        .find(|&k| matches!(word(k), "for" | "at" | "in" | "on" | "with" | "of"))
        .unwrap_or(until);
    let held_thing = (head > i + 2).then(|| word(head - 1));
    if held_thing.is_some_and(|w| HELD_NOT_WORK.contains(&w)) {
        return None;
    }
    Some(i + 1)
}

/// "the budget of 15,8 Mio. CHF stays", "the budget remains at £1.2m": at `i`, the budget
/// said in the same sentence is kept, or the thing named just before a closing "stays",
/// so the work goes on as it was. Where it ends.
pub(in crate::reader) fn budget_stays_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "stays" | "remains" | "unchanged"
    ) {
        return None;
    }
    // "15,8 Mio. CHF": the multiplier's own dot ends no sentence.
    let multiplier_dot = |k: usize| {
        toks[k].is_sym(".")
            && toks[k].attached
            && k > 0
            && matches!(
                toks[k - 1].lower.as_str(),
                "mio" | "mill" | "mln" | "mrd" | "mn" | "bn" | "tsd"
            )
    };
    let budget = (i.saturating_sub(10)..i)
        .rev()
        .take_while(|&k| !ends_sentence(&toks[k]) || multiplier_dot(k))
        .any(|k| matches!(toks[k].lower.as_str(), "budget" | "funding"));
    // "Grandstand wifi stays. Complaints went from 200 to 15": the thing named just before
    // a "stays" that ends its statement is kept ("stays under 5%", "stays in the shed" and
    // "stays?" are not verdicts).
    let kept = toks[i].is("stays")
        && i > 0
        && toks[i - 1].is_word()
        && toks
            .get(i + 1)
            .is_none_or(|t| ends_sentence(t) && !t.is_sym("?"));
    (budget || kept).then_some(i + 1)
}

/// What a later verdict turns round: a refusal or a hold.
pub(super) const TURNED_ROUND: &[&str] = &[
    "no",
    "refusal",
    "rejection",
    "veto",
    "decline",
    "pause",
    "hold",
];

/// At `i` ("overturned", "reversed"), a refusal or hold turned round, said with whose or
/// when it was ("overturned last month's no on …", "reversed the board's earlier
/// refusal"): an approval, and where it ends.
pub(in crate::reader) fn refusal_overturned_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "overturned" | "overturn" | "overturns" | "reversed" | "reverse" | "reverses"
    ) {
        return None;
    }
    for (k, t) in toks.iter().enumerate().skip(i + 1).take(4) {
        let w = t.lower.as_str();
        if TURNED_ROUND.contains(&w) {
            return Some(k + 1);
        }
        let whose_or_when = w.ends_with("'s")
            || matches!(
                w,
                "its"
                    | "their"
                    | "the"
                    | "our"
                    | "his"
                    | "her"
                    | "last"
                    | "earlier"
                    | "previous"
                    | "own"
                    | "this"
                    | "that"
                    | "initial"
                    | "original"
                    | "'s"
            );
        if !whose_or_when {
            return None;
        }
    }
    None
}

/// What we keep instead of new work: "the external lab", "our current supplier".
pub(super) const KEPT_INSTEAD: &[&str] = &[
    "external",
    "existing",
    "current",
    "old",
    "manual",
    "in-house",
    "incumbent",
    "legacy",
    "present",
    "paper",
];

/// "we continue with the external lab of Cuiabá, the upgrade is cancelled", "sticking with
/// our current supplier": at `start..end`, going on with what we have instead of the work,
/// which yields to a verdict on the work said beside it.
pub(in crate::reader) fn alternative_kept(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let goes_on = matches!(
        word(start),
        "continue" | "continues" | "continuing" | "stick" | "sticking" | "stay" | "staying"
    );
    let with = if word(end.saturating_sub(1)) == "with" {
        end
    } else if word(end) == "with" {
        end + 1
    } else {
        return false;
    };
    goes_on
        && matches!(word(with), "the" | "our")
        && (with + 1..with + 3).any(|k| KEPT_INSTEAD.contains(&word(k)))
}

/// "Shore power — yes from me, but it's the board's call on the 12th", "I'm a yes, but
/// Cabinet decides": at `start..end`, one person's yes, with the decision said after "but"
/// to be someone else's.
pub(in crate::reader) fn personal_yes_pending(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mine = word(end.saturating_sub(1)) == "me"
        || word(end) == "from" && word(end + 1) == "me"
        || word(end.saturating_sub(1)) == "from" && word(end) == "me"
        || start > 0 && matches!(word(start - 1), "i'm" | "i" | "personally");
    let Some(but) = (end..(end + 8).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .find(|&k| word(k) == "but")
    else {
        return false;
    };
    mine && (but + 1..(but + 9).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .any(|k| {
            matches!(
                word(k),
                "call" | "decide" | "decides" | "decision" | "say" | "sign-off" | "signoff"
            )
        })
}

/// "we stopped buying spare sets, that's ~$30K across the first 3 rounds", "the cloud
/// contract is cancelled - that's £144k a year back": after the stop ending at `end`, its
/// sentence tells what it saves ("that's" and an amount), so the message is the work's
/// benefit, not a decision.
pub(in crate::reader) fn stop_told_as_saving(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(that) = (end..(end + 12).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .find(|&k| {
            matches!(word(k), "that's" | "thats") || word(k) == "that" && word(k + 1) == "is"
        })
    else {
        return false;
    };
    let from = if word(that) == "that" {
        that + 2
    } else {
        that + 1
    };
    let window = &toks[from.min(toks.len())..(from + 4).min(toks.len())];
    find_money(window, Currency::GBP)
        .first()
        .is_some_and(|m| m.start <= 1)
}

/// "we've stopped printing and posting about 900 statements a month": a stop of a habit (a
/// gerund after the stop ending at `end`) counted as so many a day, week or month is what
/// the work saves, a result, not a stop of the work.
pub(in crate::reader) fn stop_of_counted_habit(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let gerund = |k: usize| word(k).len() > 5 && word(k).ends_with("ing");
    if !gerund(end) {
        return false;
    }
    let clause: Vec<usize> = (end..(end + 14).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .collect();
    clause.iter().any(|&k| {
        toks[k].kind == TokKind::Num
            && (k + 1..k + 5).any(|j| {
                matches!(word(j), "a" | "per" | "each" | "every")
                    && matches!(word(j + 1), "day" | "week" | "month" | "year" | "quarter")
            })
    })
}

/// Words that count the sites a thing is taken to besides a number ("the 3 regional pubs",
/// "four more branches", two to ten in words): "every depot", "the other sites".
pub(super) const SITE_COUNTS: &[&str] = &[
    "more",
    "all",
    "every",
    "another",
    "other",
    "remaining",
    "both",
];

/// "we're adding it to the 3 regional pubs", "rolling the screens out to 4 more sites",
/// "extend it to every depot": at `i`, a thing taken to more places, which only a decision
/// does. The places must be counted ("I'm adding it to Thursday's agenda", "add the logs to
/// the ticket" take nothing anywhere), and the taking still to do ("rolled out to all hotels
/// on Wednesday" is news of a go-live). Where the finding ends.
pub(in crate::reader) fn taken_to_more_sites_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "adding" | "add" | "rolling" | "roll") {
        return None;
    }
    // What is taken (at most five words), then "out" for a roll-out, then "to".
    let to = (i + 1..i + 8)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .find(|&k| word(k) == "to")?;
    if word(i).starts_with("roll") && word(to - 1) != "out" {
        return None;
    }
    let mut at = to + 1;
    if word(at) == "the" {
        at += 1;
    }
    let counted = toks.get(at).is_some_and(|t| t.kind == TokKind::Num)
        || SITE_COUNTS.contains(&word(at))
        || crate::reader::money_words::two_to_ten(word(at));
    counted.then_some(at + 1)
}
