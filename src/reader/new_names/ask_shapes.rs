//! Shapes of an ask or a verdict whose words are no part of the new thing's name: what
//! things are moved onto ("move the stores to SD-WAN"), "could use a …", a
//! reason's opening word ("given the licence change") and a price paid in a later sentence
//! ("we paid NZ$41k in demurrage"); a unit and its wanting ("Sales want to …").

use super::*;

/// "move the stores to SD-WAN", "switch the depots over to …", "migrate our sites onto …":
/// how many tokens at `i` say what is moved (the verb, up to three words of what, then
/// "to" / "onto"), so the name is what it is moved onto.
pub(super) fn moved_onto_len(toks: &[Token], i: usize) -> Option<usize> {
    let verb = toks.get(i)?;
    let moving = matches!(
        verb.lower.as_str(),
        "move" | "moving" | "switch" | "switching" | "migrate" | "migrating" | "shift"
            // "Propose to change all outlets to LED lighting" (round B52).
            | "change" | "changing" | "convert" | "converting"
    );
    if !(moving && i > 0 && toks[i - 1].is("to")) {
        return None;
    }
    if !toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our" | "all" | "every"))
    {
        return None;
    }
    (2..=4).find_map(|n| {
        let what = toks.get(i + 2..i + 1 + n)?;
        let onto = toks.get(i + 1 + n)?;
        let over = onto.is("over") && toks.get(i + 2 + n).is_some_and(|t| t.is("to"));
        (what
            .iter()
            .all(|t| t.is_word() && !NAME_STOP.contains(&t.lower.as_str()))
            && (onto.is("to") || onto.is("onto") || over))
            .then_some(n + 2 + usize::from(over))
    })
}

/// "Field Ops could use a …", "we could do with a …": the ask's cue ends at `p`.
pub(super) fn could_use(toks: &[Token], p: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let could = |k: usize| matches!(word(k), "could" | "can" | "would");
    p >= 1
        && (toks[p].is("use") && could(p - 1)
            || toks[p].is("with") && p >= 2 && toks[p - 1].is("do") && could(p - 2))
        && matches!(word(p + 1), "a" | "an" | "another" | "some")
}

/// "Propagation have put forward a rooting room", "Upholstery put their hand up for an
/// automatic fabric cutter", "asked if we'd put in a bulk tank scale", "Thinking about a
/// wood pellet boiler", "Dwayne is pushing for a new welder": a proposal's cue ending at
/// `p`, the thing said after it.
pub(super) fn put_forward_or_thought_of(toks: &[Token], p: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let put = |k: usize| matches!(word(k), "put" | "puts" | "putting");
    let thing_after = matches!(word(p + 1), "a" | "an");
    let forward = word(p) == "forward" && p >= 1 && put(p - 1);
    let put_in = word(p) == "in" && p >= 1 && put(p - 1) && thing_after;
    // "put their hand up for", "put his hand up for".
    let hand_up = word(p) == "for"
        && p >= 4
        && word(p - 1) == "up"
        && matches!(word(p - 2), "hand" | "hands")
        && matches!(word(p - 3), "their" | "his" | "her" | "our" | "my")
        && put(p - 4);
    let thinking = matches!(word(p), "about" | "of")
        && p >= 1
        && matches!(word(p - 1), "thinking" | "thought")
        && thing_after;
    // "Dwayne is pushing for a new welder", "the shop were on about a proper chiller".
    let pushing = word(p) == "for" && p >= 1 && word(p - 1) == "pushing" && thing_after;
    let on_about = word(p) == "about" && p >= 1 && word(p - 1) == "on" && thing_after;
    forward || put_in || hand_up || thinking || pushing || on_about
}

/// "… going ahead given the Ofcom licence change": a reason's opening word starts no name.
pub(super) fn opens_a_reason(tok: &Token) -> bool {
    matches!(
        tok.lower.as_str(),
        "given" | "because" | "since" | "as" | "due" | "citing" | "considering"
    )
}

/// "Container tracking approved, US$24k. we paid NZ$41k in demurrage …": money someone paid,
/// spent or lost, said in a sentence after the verdict's, is the reason's, not the price of
/// what the rest of the sentence names.
pub(super) fn paid_after_the_verdict(
    toks: &[Token],
    m: &MoneyMention,
    verdict: Option<(usize, usize)>,
) -> bool {
    let spent = m.start > 0
        && matches!(
            toks[m.start - 1].lower.as_str(),
            "paid" | "spent" | "lost" | "wasted" | "spend" | "pay"
        );
    spent
        && verdict.is_some_and(|(_, ve)| {
            ve <= m.start
                && toks[ve..m.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
        })
}

/// "Proposal: Sales want to open …", "IT needs a …", "Marketing reckon SMS blasts would
/// …": a unit and its wanting or proposing at `i`, where they end, so the name is what is
/// wanted. So for a unit given a thing: "Workforce gets the …", "Office are getting a new
/// …", "Estates can have a …".
pub(super) fn unit_wanting(toks: &[Token], names: &[NameMatch], i: usize) -> Option<usize> {
    let m = names
        .iter()
        .find(|m| m.start == i && matches!(m.targets[0], Target::Unit(_)))?;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let given = match (word(m.end), word(m.end + 1)) {
        ("gets", _) => Some(1),
        ("is" | "are", "getting") | ("can" | "will", "have" | "get") => Some(2),
        _ => None,
    };
    if let Some(n) = given.filter(|&n| DETERMINERS.contains(&word(m.end + n))) {
        return Some(m.end + n);
    }
    if let Some(k) = we_should_get(toks, m.end) {
        return Some(k);
    }
    toks.get(m.end)
        .is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "want"
                    | "wants"
                    | "need"
                    | "needs"
                    | "wanting"
                    | "requests"
                    | "requested"
                    | "reckon"
                    | "reckons"
                    | "suggest"
                    | "suggests"
                    | "propose"
                    | "proposes"
            )
        })
        .then_some(m.end + 1)
}

/// "Tendering reckon we should pay for a bid-writing course", "Dealers reckon we should
/// build a demo van for every dealer": at `at` (after the unit), what the unit reckons or
/// suggests we should get; where the thing's words start (its determiner).
fn we_should_get(toks: &[Token], at: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(at),
        "reckon" | "reckons" | "suggest" | "suggests" | "think" | "thinks"
    ) {
        return None;
    }
    let mut k = at + 1;
    match (word(k), word(k + 1)) {
        ("we", "should" | "could" | "need" | "ought") => k += 2,
        ("we'd" | "we'll", _) => k += 1,
        _ => return None,
    }
    if word(k) == "to" {
        k += 1;
    }
    if !matches!(
        word(k),
        "get" | "build" | "buy" | "try" | "hire" | "add" | "trial" | "install" | "pay" | "fund"
    ) {
        return None;
    }
    k += 1;
    if matches!(word(k), "for" | "in") {
        k += 1;
    }
    matches!(word(k), "a" | "an" | "some" | "new").then_some(k)
}

/// "approved two things on Thursday: …", "three items from the board": a count of what
/// the message announces, from `start` to `end`, is no name.
pub(super) fn counts_things(toks: &[Token], start: usize, end: usize) -> bool {
    end == start + 2
        && (toks[start].kind == TokKind::Num
            || matches!(
                toks[start].lower.as_str(),
                "two" | "three" | "four" | "five" | "several" | "few" | "couple"
            ))
        && matches!(
            toks[start + 1].lower.as_str(),
            "things" | "items" | "decisions" | "calls" | "updates" | "bits" | "points"
        )
}

/// "Right, Lincs want a laptop refresh for the sales reps. Quote's come in at £28k … Go for
/// it.": in a decision whose verdict ends the message, where the thing is asked for ("want
/// a", "asked for a", "need a"), after the verdict's own words have named nothing.
pub(super) fn asked_before_a_last_verdict(
    toks: &[Token],
    verdict: Option<(usize, usize)>,
) -> Option<usize> {
    let (vs, ve) = verdict?;
    let last = toks[ve.min(toks.len())..].iter().all(|t| !t.is_word());
    if !last {
        return None;
    }
    (1..vs.min(toks.len())).find_map(|p| {
        let asks = matches!(
            toks[p].lower.as_str(),
            "want" | "wants" | "need" | "needs" | "requested"
        ) || toks[p].is("for") && toks[p - 1].is("asked");
        (asks
            && toks
                .get(p + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "new")))
        .then_some(p + 1)
    })
}

/// "Recovery wants to retube the smelt spout cooling": at `i`, a verb the lists lack, after
/// "wants to" (or "needs to", "plans to") and before "the", says what would be done to the
/// thing, no word of its name.
pub(super) fn verb_after_wanting_to(toks: &[Token], i: usize) -> bool {
    i >= 2
        && toks[i - 1].is("to")
        && matches!(
            toks[i - 2].lower.as_str(),
            "want" | "wants" | "wanting" | "need" | "needs" | "plan" | "plans" | "hoping"
        )
        && toks.get(i).is_some_and(|t| t.is_word())
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "our"))
}

/// "Sales pitched a door-hanger QR tracking tool, $18k — told them no, …": in a decision,
/// where the thing was pitched, floated, proposed, suggested or priced ("Julie's been
/// pricing a new phone system. Cheapest is £19k …. So no") before the verdict,
/// what was pitched is the thing the verdict is on; the start of its words.
pub(super) fn pitched_before_the_verdict(
    toks: &[Token],
    verdict: Option<(usize, usize)>,
) -> Option<usize> {
    let (vs, _) = verdict?;
    (1..vs.min(toks.len())).find_map(|p| {
        let pitched = matches!(
            toks[p].lower.as_str(),
            "pitched" | "floated" | "proposed" | "suggested" | "pricing" | "priced" | "costed"
        ) && !toks[p - 1].is_break();
        (pitched
            && toks
                .get(p + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an")))
        .then_some(p + 1)
    })
}

/// "a used compact tractor", "a second-hand keg washer", "second hand labelling robot": at
/// `i`, the words saying the thing is bought second hand (as "new" says new), no word of its
/// name (convention 95); how many tokens they take. "used" counts only after "a" ("we used
/// 30% less water" is a verb), and before a trade's goods ("a used equipment reconditioning
/// shop", "used cars") it is the trade's word; "second" before another word than "hand"
/// ("a second handling race") counts things and stays.
pub(super) fn bought_used(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let hyphen = |k: usize| toks.get(k).is_some_and(|t| t.is_sym("-") && t.attached);
    let len = if word(i) == "used" && i >= 1 && matches!(word(i - 1), "a" | "an")
        || matches!(word(i), "secondhand" | "preowned")
    {
        1
    } else if word(i) == "second" && hyphen(i + 1) && word(i + 2) == "hand"
        || word(i) == "pre" && hyphen(i + 1) && word(i + 2) == "owned"
    {
        3
    } else if word(i) == "second" && word(i + 1) == "hand" {
        2
    } else {
        return None;
    };
    toks.get(i + len)
        .is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "equipment"
                        | "goods"
                        | "cars"
                        | "car"
                        | "vehicles"
                        | "machinery"
                        | "parts"
                        | "on"
                        | "for"
                        | "in"
                        | "at"
                        | "to"
                        | "with"
                        | "from"
                )
        })
        .then_some(len)
}

/// "Could we look at a solar water heater for the hot rooms?", "we should look into a
/// lone worker app": a thing put up by asking whether we could look at one; where its
/// words start (the "a").
pub(super) fn looked_at_thing(toks: &[Token]) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (2..toks.len()).find_map(|k| {
        let asked = matches!(word(k - 1), "we")
            && matches!(word(k - 2), "could" | "can" | "should" | "shall")
            || word(k - 1) == "should" && word(k - 2) == "we"
            || word(k - 1) == "let's";
        (asked
            && word(k) == "look"
            && matches!(word(k + 1), "at" | "into")
            && matches!(word(k + 2), "a" | "an"))
        .then_some(k + 2)
    })
}

#[cfg(test)]
mod tests {
    use super::bought_used;
    use crate::reader::tokens::tokenize;

    /// Past the last word (a phrase's start can be, after a closing "the" or ":") there
    /// is no "used", and no fault.
    #[test]
    fn bought_used_past_the_end_is_false() {
        let toks = tokenize("said no to a");
        assert_eq!(bought_used(&toks, toks.len()), None);
        let toks = tokenize("a used sheeter");
        assert_eq!(bought_used(&toks, 1), Some(1));
        let toks = tokenize("a used equipment shop");
        assert_eq!(bought_used(&toks, 1), None);
        let toks = tokenize("a second-hand sheeter");
        assert_eq!(bought_used(&toks, 1), Some(3));
        let toks = tokenize("a second handling race");
        assert_eq!(bought_used(&toks, 1), None);
    }
}
