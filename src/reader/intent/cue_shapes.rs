//! Shapes that confirm or refuse a cue where the cue words alone mislead: an amount asked
//! for, money lost or spent, a budget variance, a result counted, time saved.

use super::*;

/// "TPS requests $300K for a chatbot", "Ops requesting £40k": asking for an amount, which
/// is a new investment; "service requests are down" is not.
/// "EM's asking for HK$150k for a noise monitor", "Theatres asked for A$90k": the same,
/// said with "for".
pub(super) fn asks_for_amount(toks: &[Token], i: usize) -> bool {
    let w = toks[i].lower.as_str();
    let at = if matches!(w, "requests" | "requested" | "requesting" | "request") {
        i + 1
    } else if matches!(w, "asking" | "asked" | "asks")
        && toks.get(i + 1).is_some_and(|t| t.is("for"))
    {
        i + 2
    } else {
        return false;
    };
    toks.get(at).is_some_and(|t| {
        t.kind == crate::reader::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥" | "₹" | "r")
    }) || {
        let window = &toks[at.min(toks.len())..(at + 4).min(toks.len())];
        crate::reader::money_words::find_money(window, crate::money::Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
    }
}

/// At `i`, "wants a new …", "needs a second …", "wanted another …": the word after the
/// article, the head of what is wanted.
/// As Portuguese and Spanish writers say it: "asks a new showroom" ("pede um novo"), and
/// "pretends to buy a new lab system" (the false friend of "pretende", intends).
fn wanted_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let intends_to_buy = matches!(word(i), "pretends" | "pretend" | "intends" | "intend")
        && word(i + 1) == "to"
        && matches!(word(i + 2), "buy" | "get" | "purchase" | "acquire");
    let verb = if intends_to_buy { i + 2 } else { i };
    let thing = match (word(verb + 1), word(verb + 2)) {
        ("a" | "an", "new" | "second" | "third") => verb + 3,
        ("another", _) => verb + 2,
        _ => return None,
    };
    (intends_to_buy || matches!(word(i), "wants" | "want" | "wanted" | "needs" | "asks"))
        .then_some(())
        .filter(|()| toks.get(thing).is_some_and(Token::is_word))
        .map(|()| thing)
}

/// What a "wants a second …" wants that is no thing to buy: a figure, a time, a look, or
/// another party to ask ("wants a second supplier in the mix").
const NO_THING: &[&str] = &[
    "quote", "quotes", "price", "date", "deadline", "plan", "report", "estimate", "look", "go",
    "meeting", "chat", "week", "month", "day", "year", "opinion", "try", "supplier", "vendor",
    "bid", "tender", "option",
];

/// "Harbour master wants a new crane for the fish quay … Quote's £385,000": at `i`, someone
/// wanting a new thing (not a new quote, date or plan for one), a proposal when priced
/// (a "want" alone is also a meeting cue, so an unpriced one stays a note).
/// "Ag retail wants a second fertilizer blender …", "wants another …": one more of a thing
/// is asked for as a new one is.
pub(super) fn wants_a_new(toks: &[Token], i: usize) -> bool {
    wanted_at(toks, i).is_some_and(|t| !NO_THING.contains(&toks[t].lower.as_str()))
}

/// "she wants a second supplier in the mix", "needs another quote": wanting another party,
/// figure or time, no new thing.
pub fn wants_no_new_thing(toks: &[Token], i: usize) -> bool {
    wanted_at(toks, i).is_some_and(|t| NO_THING.contains(&toks[t].lower.as_str()))
}

/// "the vendor is coming in on Thursday", "the integrator is visiting Tuesday", "will be on
/// site Monday", "the fitter's coming Wednesday": at `i`, a visit, to note; asked about ("is the vendor coming in
/// Thursday?") it is a question.
pub(super) fn visit_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let visit = match word(i) {
        // "the electrician is coming Tuesday to fit …", "coming tomorrow": a visit on a
        // day said straight after.
        "coming" => {
            matches!(word(i + 1), "in" | "tomorrow")
                || crate::reader::dates::weekday(word(i + 1)).is_some()
                || word(i + 1) == "on" && crate::reader::dates::weekday(word(i + 2)).is_some()
                || super::place_visits::coming_to_a_place_on_a_day(toks, i)
        }
        "visiting" => i > 0 && matches!(word(i - 1), "is" | "are"),
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
pub(super) fn decision_to_come(toks: &[Token], i: usize) -> bool {
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
pub(super) fn verdict_asked_for(toks: &[Token], from: usize) -> bool {
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

/// "we're going to spend £80k on a new intranet", "plan to spend about £25k": money a team
/// means to spend, which is a new investment; "how much are we going to spend?" names none.
pub(super) fn plans_to_spend(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !(word(i) == "spend" && i > 0 && word(i - 1) == "to") {
        return false;
    }
    let mut j = i + 1;
    if matches!(
        word(j),
        "about" | "around" | "roughly" | "approx" | "~" | "up"
    ) {
        j += if word(j) == "up" { 2 } else { 1 };
    }
    toks.get(j).is_some_and(|t| {
        t.kind == crate::reader::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥" | "₹")
    })
}

/// "the supplier has left the UK market", "vendor exited the market": what befell the
/// thing we bought, news about it.
pub(super) fn left_the_market(toks: &[Token], i: usize) -> bool {
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
pub(super) fn meeting_to_come(toks: &[Token], i: usize, len: usize, cue: Cue) -> bool {
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
pub(super) fn offered_around(toks: &[Token], i: usize, cue: Cue) -> bool {
    cue == Cue::Meeting
        && matches!(toks[i].lower.as_str(), "want" | "wants")
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "anyone" | "anybody" | "who" | "you" | "u" | "ya" | "somebody" | "someone"
        )
}

/// At `i`, "asked staff to look at a drone program", "asked IT to look into an e-signature
/// tool": someone asked to explore a thing said as new (after "a" or "an"), a proposal
/// with its money still to come. "asked IT to look at the logs" is no proposal.
pub(super) fn asked_to_look_at_a_new(toks: &[Token], i: usize) -> bool {
    asked_to_look_at(toks, i).is_some()
}

/// Where the new thing someone was asked to look at is said ("a drone program" after "asked
/// the distro team to look at", "a solar array" after "want us to look at", "an optical
/// sorter" after "we should look at"), from "asked", "want" or "should" at `i`: at its "a"
/// or "an".
pub(in crate::reader) fn asked_to_look_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // Asked at every word: each shape below opens on "should", "ask…", "want…", "need…",
    // "about" or "float…", so a word opening on another letter opens none.
    if !matches!(
        word(i).as_bytes().first(),
        Some(b's' | b'a' | b'w' | b'n' | b'f')
    ) {
        return None;
    }
    // "Tom reckons we should look at an optical sorter": the same thing proposed.
    if word(i) == "should"
        && word(i + 1) == "look"
        && matches!(word(i + 2), "at" | "into")
        && matches!(word(i + 3), "a" | "an")
    {
        return Some(i + 3);
    }
    // "Kids dept is fixing to ask for a story time rug", "Finance are going to ask for a
    // new scanner": an ask about to be made for a thing said as new is a proposal already.
    if word(i) == "ask" && word(i + 1) == "for" && matches!(word(i + 2), "a" | "an") {
        let coming = i >= 1 && word(i - 1) == "gonna"
            || i >= 2
                && word(i - 1) == "to"
                && matches!(
                    word(i - 2),
                    "fixing" | "fixin" | "going" | "planning" | "about" | "meaning"
                );
        if coming {
            return Some(i + 2);
        }
    }
    // "Programming asked about a mixing board for the podcast room": someone's ask about a
    // thing said as new is a proposal (convention 17); "asked about the install dates" is
    // not.
    if word(i) == "asked" && word(i + 1) == "about" && matches!(word(i + 2), "a" | "an") {
        return Some(i + 2);
    }
    // "Guiding asked about night vision scopes for the night drives, no figures yet": so is
    // an ask about things with no price yet.
    if word(i) == "asked" && word(i + 1) == "about" {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 2) {
            return Some(at);
        }
    }
    // "Care team have asked for bed exit mats for the high-care rooms. No pricing yet.": an
    // ask for a thing, said with no price yet, is a proposal too.
    if word(i) == "asked" && word(i + 1) == "for" {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 2) {
            return Some(at);
        }
    }
    // "Bailiffs want a body cam setup, no $ yet": a thing wanted, said as new with no price
    // yet, is the same ask; so are things wanted ("purchasing wants PPE vending machines in
    // the fab shop, no $ yet"), and a thing needed ("Workshop need a tyre cage for the road
    // train tyres, no price yet").
    if matches!(word(i), "want" | "wants" | "need" | "needs") {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 1) {
            return Some(at);
        }
    }
    // "Compliance floated getting a vibrio test kit …. Nobody's priced it yet": a thing
    // floated (or floated getting / buying, or been on about getting), said as new with no
    // price yet, is the same ask.
    // "Junior's been on about getting a log merchandiser …": a thing talked of wanting.
    let on_about = word(i) == "about" && i > 0 && word(i - 1) == "on";
    if matches!(word(i), "floated" | "floats" | "float") || on_about {
        let at = i + 1 + usize::from(matches!(word(i + 1), "getting" | "buying"));
        if matches!(word(at), "a" | "an") {
            if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, at) {
                return Some(at);
            }
        }
    }
    if !matches!(
        word(i),
        "asked" | "asks" | "asking" | "want" | "wants" | "wanted"
    ) {
        return None;
    }
    // Who was asked: one to four words before "to" ("staff", "the visitor services team").
    let to = (i + 2..i + 6)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .find(|&k| word(k) == "to")?;
    let at = match (word(to + 1), word(to + 2)) {
        ("look", "at" | "into") => to + 3,
        ("explore" | "scope" | "price", _) => to + 2,
        _ => return None,
    };
    // "asked us to look at solar panels for the parking deck": things, in the plural, as
    // surely as "a solar array"; not the options, costs or ways of doing something.
    let plural = |k: usize| {
        word(k).len() > 4 && word(k).ends_with('s') && !LOOKED_AT_NOT_THINGS.contains(&word(k))
    };
    let things = !matches!(
        word(at),
        "the" | "it" | "this" | "that" | "our" | "their" | "whether" | "how" | "what" | "if"
    ) && (at..at + 3)
        .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
        .any(plural);
    (matches!(word(at), "a" | "an") || things).then_some(at)
}

/// Plurals looked at that are no new thing: choices, figures, ways of doing.
pub(in crate::reader) const LOOKED_AT_NOT_THINGS: &[&str] = &[
    "options",
    "ways",
    "costs",
    "numbers",
    "prices",
    "quotes",
    "figures",
    "alternatives",
    "things",
    "suppliers",
    "vendors",
    "proposals",
    "plans",
    "results",
    "issues",
    "savings",
    "details",
    "requirements",
    "whether",
    "specs",
    "bids",
    "tenders",
    "contracts",
    "terms",
    "risks",
    "benefits",
];

/// "please register until tomorrow 🥂": people asked to sign up for an event, not a new
/// investment to register.
pub(super) fn asked_to_sign_up(toks: &[Token], i: usize, cue: Cue) -> bool {
    cue == Cue::Investment
        && toks[i].is("register")
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "please" | "pls" | "plz" | "kindly"
        )
}

/// "$700 a week down the drain", "£2k a month wasted": money said to be lost, ending at
/// `e`, is what a problem costs, no benefit realised.
pub(in crate::reader) fn money_lost(toks: &[Token], e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = e;
    // "a week", "per month", "/wk": the period said after the amount.
    if matches!(word(k), "a" | "an" | "per" | "every" | "each") {
        k += 2;
    }
    matches!(word(k), "wasted" | "lost" | "leaking")
        || word(k) == "down" && word(k + 1) == "the" && word(k + 2) == "drain"
        || word(k) == "going" && word(k + 1) == "to" && word(k + 2) == "waste"
}

/// "Spent $212k of the $250k on the DMS hardware so far", "we've spent about £40k": money
/// starting at `s` said spent on the work, how far its budget has gone.
pub(in crate::reader) fn money_spent(toks: &[Token], s: usize) -> bool {
    matches!(verb_before_money(toks, s), "spent" | "spend" | "spending")
}

/// The word before the money starting at `s`, past words that hedge or count it ("spent
/// about", "raised over").
pub(super) fn verb_before_money(toks: &[Token], s: usize) -> &str {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = s;
    while k > 0
        && matches!(
            word(k - 1),
            "about" | "around" | "roughly" | "~" | "nearly" | "almost" | "over" | "already"
        )
    {
        k -= 1;
    }
    k.checked_sub(1).map_or("", |k| word(k))
}

/// "Trivia night raised $2,300 for the RFS", "$1.2M raised 🥂": money from `s` to `e` said
/// raised (funds collected, not a sum a piece of work brought in unless the message names
/// one).
pub(in crate::reader) fn money_raised(toks: &[Token], s: usize, e: usize) -> bool {
    verb_before_money(toks, s) == "raised" || toks.get(e).is_some_and(|t| t.is("raised"))
}

/// What a price is measured against: "over the quote", "vs the £6k PO".
pub(super) const PRICE_MARKS: &[&str] = &[
    "budget",
    "budgeted",
    "quote",
    "quoted",
    "estimate",
    "estimated",
    "po",
    "forecast",
    "plan",
    "invoice",
    "tender",
    "bid",
];

/// "under budget by 12k zł", "€12k over budget", "came in $45k under", "$3k over the
/// quote", "£6,240 vs the £6k PO": the amount from `s` to `e` is how far the work came in
/// under or over what it was to cost, or a price set against its budget or quote: no benefit
/// realised.
pub(in crate::reader) fn budget_variance(toks: &[Token], s: usize, e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let side = |w: &str| matches!(w, "under" | "over");
    let the = |k: usize| usize::from(matches!(word(k), "the" | "our" | "a" | "its"));
    let versus = |w: &str| matches!(w, "vs" | "v" | "versus" | "against");
    // "came in $45k under, so …": the side ends its clause.
    let side_ends = side(word(e))
        && (toks
            .get(e + 1)
            .is_none_or(|t| t.is_break() || t.is_sym(","))
            || matches!(word(e + 1), "so" | "and" | "but" | "which"));
    // "$3k over the quote", "£6,240 vs the £6k PO": measured against a price named within
    // the clause.
    let marked = |k: usize| {
        (k..k + 6)
            .take_while(|&j| toks.get(j).is_some_and(|t| !t.is_break()))
            .any(|j| PRICE_MARKS.contains(&word(j)))
    };
    let against_the_price = (side(word(e)) || versus(word(e))) && marked(e + 1);
    // The price the first is set against: "vs the £6k PO".
    let the_price_set_against = s >= 2 && {
        let v = s - 1 - the(s - 1);
        versus(word(v)) && marked(s)
    };
    // "came in under, $21,400 instead of $27K": the side said first, then the price.
    let side_first = s >= 3 && toks[s - 1].is_sym(",") && side(word(s - 2)) && word(s - 3) == "in";
    s >= 3 && word(s - 1) == "by" && word(s - 2) == "budget" && side(word(s - 3))
        || side_ends
        || side_first
        || against_the_price
        || the_price_set_against
}

/// "If we replace the boilers we save £120k a month", "Assuming the mills switch, £30k a
/// year less gas": money in a sentence that opens on a condition is not yet realised.
pub(in crate::reader) fn said_on_condition(toks: &[Token], at: usize) -> bool {
    let start = toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| {
            t.kind == crate::reader::tokens::TokKind::Sym
                && matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
        })
        .map_or(0, |k| k + 1);
    toks.get(start).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "if" | "assuming" | "provided" | "supposing" | "unless"
        )
    })
}

/// "stopped 14 prohibited items", "caught 3 pump faults": a result counted, news about the
/// work that got it.
pub(super) fn counted_result(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "stopped" | "caught" | "blocked" | "prevented" | "flagged" | "detected" | "spotted"
    ) && toks
        .get(i + 1)
        .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
}

/// "saving £3k a month", "saves 800 a month": a saving said in the present, with the money
/// straight after, or time saved for people ("saving the billing team ~25 hrs a week");
/// not "would be saving", "could save", "to be saving".
pub(super) fn saving_now(toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].lower.as_str(), "saving" | "saves") {
        return false;
    }
    let money_next = toks.get(i + 1).is_some_and(|t| {
        t.kind == crate::reader::tokens::TokKind::Num
            || matches!(
                t.lower.as_str(),
                "£" | "$" | "€" | "¥" | "us$" | "a$" | "c$"
            )
    }) || time_saved_for(toks, i + 1);
    // "to be saving" hedges; "from 40 minutes to 5, saving …" ends a span of figures.
    let hedged = (i.saturating_sub(3)..i).any(|k| match toks[k].lower.as_str() {
        "would" | "could" | "should" | "will" | "might" | "may" | "if" => true,
        "to" => toks
            .get(k + 1)
            .is_none_or(|t| t.kind != crate::reader::tokens::TokKind::Num),
        _ => false,
    });
    money_next && !hedged
}

/// Units time saved is counted in: "~25 hrs a week", "6 hours a day".
pub(super) const TIME_UNITS: &[&str] = &[
    "hrs", "hr", "hours", "hour", "mins", "min", "minutes", "days", "day", "weeks",
];

/// "the billing team ~25 hrs a week", "each consultant about 6 hours": from `at` (after
/// "saving"), up to four words of who, then a count of time.
pub(super) fn time_saved_for(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (at..(at + 5).min(toks.len()))
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym("~"))
        .any(|k| {
            toks.get(k + 1)
                .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
                && TIME_UNITS.contains(&word(k + 2))
                && k > at
        })
}
