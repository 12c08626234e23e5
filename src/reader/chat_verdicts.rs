//! Verdict words that decide nothing where they stand: "we keep it" before more words
//! ("we keep it simple"), a participle that says which things were counted ("61 cancelled
//! sailings avoided") and a passive in a relative clause about other things ("3 attacks
//! which were all stopped in time"), a place to leave a car ("Parking at the terminal is
//! closed Thursday") and a visit ("Stopping by the pilots' station after lunch"); a machine
//! halted for minutes ("Line 2 stopped for 40 min"), a numbered lot turned away ("rejected
//! batch 214"), a thing we did not have to do ("beer we didn't have to dump"), and a
//! verdict word telling a time or an outcome ("before they were canned", "so the testing
//! can keep going").

use super::tokens::{TokKind, Token};

/// Words after a counted participle that show it is a verb after all ("2 approved today").
const NOT_A_NOUN: &[&str] = &[
    "by",
    "to",
    "at",
    "in",
    "on",
    "for",
    "and",
    "or",
    "it",
    "the",
    "this",
    "that",
    "today",
    "yesterday",
    "tonight",
    "last",
    "next",
    "until",
    "till",
    "from",
    "as",
    "with",
    "after",
    "before",
    "so",
    "but",
];

/// Words before "stop by" that make it someone's visit ("I'll stop by", "we're stopping
/// by"), not a stop said of the work ("the pilot stopped by the board").
const VISITORS: &[&str] = &[
    "i", "we", "he", "she", "they", "you", "i'll", "we'll", "i'm", "we're", "'ll", "'m", "'re",
    "will", "to", "just", "also", "can", "could", "might", "may", "please", "pls", "am", "gonna",
    "quickly",
];

/// "Parking at the terminal", "Parking in lot B": at `start..end`, parking said of a place,
/// not of a time ("parking in Q2" would put work off).
/// So is a vehicle parked in a place ("who parked the box truck in dock door 3 again"); "parked
/// the van replacement until Q2" still puts work off.
pub(super) fn parking_at_a_place(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let vehicle = matches!(word(start), "parked" | "parks" | "park" | "parking")
        && (end..end + 4).any(|k| {
            matches!(
                word(k),
                "truck"
                    | "van"
                    | "car"
                    | "ute"
                    | "lorry"
                    | "forklift"
                    | "bus"
                    | "trailer"
                    | "tractor"
                    | "bike"
                    | "boat"
                    | "minibus"
                    | "wagon"
                    | "reefer"
                    | "cab"
            ) && matches!(
                word(k + 1),
                "in" | "at" | "on" | "outside" | "across" | "behind" | "by" | "next"
            ) && !super::verdict_shapes::to_a_time(toks, k + 1)
        });
    vehicle
        || word(start) == "parking"
            && end == start + 1
            && matches!(
                word(end),
                "at" | "in" | "near" | "behind" | "outside" | "on" | "around"
            )
            && !super::verdict_shapes::to_a_time(toks, end)
}

/// "Stopping by the pilots' station after lunch", "I'll stop by later": at `start..end`,
/// someone's visit, said by the visitor or opening the message, and not "by" a time
/// ("we're stopping by the end of March").
pub(super) fn a_visit(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let visitor = start == 0 || toks[start - 1].is_break() || VISITORS.contains(&word(start - 1));
    matches!(word(start), "stop" | "stops" | "stopped" | "stopping")
        && end == start + 1
        && word(end) == "by"
        && visitor
        && !matches!(word(end + 1), "end" | "close" | "start" | "then")
        && !super::verdict_shapes::to_a_time(toks, end)
}

/// "members roll through without stopping at the pay station", "book without stopping to
/// call": at `start`, a stop said after "without" is what people no longer have to do, no
/// stop of the work.
fn without_stopping(toks: &[Token], start: usize) -> bool {
    start > 0
        && toks[start - 1].is("without")
        && matches!(
            toks[start].lower.as_str(),
            "stop" | "stopping" | "pausing" | "cancelling" | "canceling"
        )
}

/// Units of time short enough that a stop for one of them is a halt, not a decision
/// ("paused for 3 weeks" still puts work off).
const MINUTES: &[&str] = &[
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours", "hr",
    "hrs", "h",
];

/// "Line 2 stopped for 40 min", "the tills stopped for an hour at lunch": at `start..end`, a
/// stop said with a length of minutes or hours in its clause, a halt of a machine.
fn halted_for_minutes(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(start),
        "stop" | "stops" | "stopped" | "stopping" | "paused" | "pause" | "pausing"
    ) {
        return false;
    }
    (end..(end + 6).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .filter(|&k| toks[k].is("for"))
        .any(|k| {
            // "for 40 min", "for an hour", "for about half an hour"
            let mut j = k + 1;
            let mut counted = false;
            while j < k + 5 {
                let num = toks.get(j).is_some_and(|t| t.kind == TokKind::Num);
                if !(num || matches!(word(j), "a" | "an" | "half" | "about" | "around" | "~")) {
                    break;
                }
                counted |= num || matches!(word(j), "a" | "an");
                j += 1;
            }
            counted && MINUTES.contains(&word(j))
        })
}

/// Things counted out by number ("batch 214", "PO 4471", "lot 7"): one of them approved or
/// turned away is the day's work, not a verdict on an investment.
const NUMBERED: &[&str] = &[
    "batch",
    "lot",
    "invoice",
    "po",
    "order",
    "ticket",
    "pallet",
    "shipment",
    "delivery",
    "sample",
    "load",
    "container",
];

/// At `end`, right after a verdict word, a numbered thing ("rejected batch 214").
fn numbered_thing(toks: &[Token], end: usize) -> bool {
    let at = end + usize::from(toks.get(end).is_some_and(|t| t.is("the")));
    toks.get(at)
        .is_some_and(|t| NUMBERED.contains(&t.lower.as_str()))
        && toks.get(at + 1).is_some_and(|t| t.kind == TokKind::Num)
}

/// "~$14k of beer we didn't have to dump", "no longer need to cancel": at `start`, a verdict
/// word after a negated "have to" or "need to", what was spared, not done.
fn spared(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if start < 3 || word(start - 1) != "to" {
        return false;
    }
    let need = word(start - 2);
    matches!(need, "have" | "had" | "need" | "needed")
        && matches!(
            word(start - 3),
            "didn't" | "don't" | "doesn't" | "won't" | "not" | "never" | "longer" | "n't"
        )
}

/// "caught diacetyl in two batches before they were canned", "so the testing can keep
/// going": at `start`, a verdict word in a clause that tells a time ("before" and a
/// passive) or an outcome ("so … can"), no verdict of the message's.
fn told_as_time_or_outcome(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(prev) = start.checked_sub(1) else {
        return false;
    };
    let clause_has = |w: &str| {
        (prev.saturating_sub(6)..prev)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| toks[k].is(w))
    };
    let passive = matches!(word(prev), "was" | "were" | "got");
    let modal = matches!(word(prev), "can" | "could");
    passive && clause_has("before") || modal && clause_has("so")
}

/// "someone's backed into them", "backed out of the bay": a vehicle reversed, no work
/// backed.
fn backed_into(toks: &[Token], start: usize) -> bool {
    toks[start].is("backed")
        && toks
            .get(start + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "into" | "onto" | "out"))
}

/// "Two yeses and a no from the partners: …": at `start`, "a no" counted beside yeses, a
/// heading that tallies the answers given after it, no answer of its own.
fn answers_counted(toks: &[Token], start: usize) -> bool {
    toks[start].is("a")
        && toks.get(start + 1).is_some_and(|t| t.is("no"))
        && (start.saturating_sub(4)..start)
            .any(|k| matches!(toks[k].lower.as_str(), "yeses" | "yesses"))
}

/// Is the verdict word at `start..end` no verdict where it stands?
/// "killing time at the airport", "killed an hour in the lobby": time passed, no work
/// stopped.
fn time_killed(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "kill" | "killed" | "killing")
        && (word(start + 1) == "time"
            || matches!(word(start + 1), "an" | "a" | "some" | "the")
                && matches!(
                    word(start + 2),
                    "hour" | "afternoon" | "morning" | "evening" | "time"
                ))
}

/// "this cold is killing me", "the drive's killing us": at `start`, hardship told of a
/// person, no work stopped.
fn hardship_killing(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "kill" | "kills" | "killed" | "killing")
        && matches!(word(start + 1), "me" | "us" | "you" | "him" | "her")
}

/// "the weather killed wk 2", "the storm killed the last weekend": at `start`, weather
/// that spoilt something, no work stopped.
fn weather_killed(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "kill" | "kills" | "killed" | "killing")
        && start > 0
        && matches!(
            word(start - 1),
            "weather"
                | "rain"
                | "storm"
                | "storms"
                | "heat"
                | "cold"
                | "snow"
                | "wind"
                | "frost"
                | "hail"
                | "flood"
                | "floods"
                | "flooding"
                | "smoke"
                | "fog"
        )
}

/// "Macca reckons it'll hold till the wet", "she should hold until Easter": at `start`,
/// "hold" said of a thing that will last, no hold we decide ("we'll hold till March" is
/// ours).
fn a_thing_lasting(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(start) != "hold" || start == 0 {
        return false;
    }
    let things = ["it", "she", "that", "they", "this"];
    let before = word(start - 1);
    let contracted = before
        .strip_suffix("'ll")
        .or_else(|| before.strip_suffix("'d"))
        .is_some_and(|s| things.contains(&s));
    let modal = matches!(
        before,
        "will" | "should" | "would" | "might" | "could" | "'ll" | "'d"
    ) && start >= 2
        && things.contains(&word(start - 2));
    contracted || modal
}

/// Words that make "killed it" praise when said before it ("absolutely killed it").
const PRAISING: &[&str] = &[
    "absolutely",
    "totally",
    "completely",
    "literally",
    "really",
    "properly",
    "so",
];

/// Occasions someone can do well at ("killed it at the gala", "killed it at the awards").
const OCCASIONS: &[&str] = &[
    "gala",
    "show",
    "awards",
    "conference",
    "party",
    "launch",
    "fair",
    "event",
    "dinner",
    "match",
    "game",
    "final",
    "pitch",
    "demo",
    "expo",
    "day",
    "night",
    "auction",
    "ball",
    "festival",
    "concert",
    "race",
    "raceday",
    "open",
    "quiz",
    "presentation",
];

/// "we absolutely killed it at the gala", "Learning killed it at the schools awards":
/// at `start`, "killed it" said as praise (with a word of praise before it, or at an
/// occasion after it), no work stopped.
fn praise_killed(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(start), "killed" | "killing" | "kills") || word(start + 1) != "it" {
        return false;
    }
    let praised = start > 0 && PRAISING.contains(&word(start - 1));
    // "at the gala", "at last night's open day", "at the schools awards": an occasion
    // within a few words after "at".
    let at_an_occasion = word(start + 2) == "at"
        && (start + 3..start + 7)
            .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
            .any(|k| OCCASIONS.contains(&word(k)));
    praised || at_an_occasion
}

/// "approved 4 of the 6 … The garage ones are dropped", "approved for the two pools, the
/// rest waits till 2028": at `start`, a verdict said of "ones" or "the rest", some of the
/// work's things, not the work: the scope of a verdict said on the work itself. "new ones"
/// are the work's things entire.
fn said_of_some_ones(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "new ones approved at $64k the pair": the replacements are the work itself.
    let new_ones = |k: usize| {
        k > 0
            && matches!(
                word(k - 1),
                "new" | "replacement" | "replacements" | "newer"
            )
    };
    let part = |k: usize| {
        word(k) == "ones" && !new_ones(k) || word(k) == "rest" && k > 0 && word(k - 1) == "the"
    };
    let passive = start >= 2
        && matches!(
            word(start - 1),
            "is" | "are" | "was" | "were" | "got" | "get"
        )
        && part(start - 2);
    // "the 35 oldest get replaced now, £31k, the rest wait till April": the rest left to
    // wait after a priced part is the verdict itself, a rescope.
    let rest_waits = crate::reader::everyday_verdicts::the_rest_wait_at(toks, start).is_some();
    (passive || start >= 1 && part(start - 1)) && !rest_waits
}

/// "Ticketmaster's sales team 'approved' our new discount tier": at `start..end`, a verdict
/// word set in quotes, someone's word held at arm's length, no verdict.
fn in_scare_quotes(toks: &[Token], start: usize, end: usize) -> bool {
    let quote = |t: Option<&Token>| {
        t.is_some_and(|t| matches!(t.lower.as_str(), "'" | "\"" | "‘" | "’" | "“" | "”"))
    };
    start > 0 && quote(toks.get(start - 1)) && quote(toks.get(end))
}

/// "we've cancelled the hotspots we were renting, which were costing £300 a month", "we've
/// binned the £1,400 a year we paid for the pager contract": a stop whose object is said to
/// be a thing we were paying for (by "we were <verb>ing", "which were costing …" or "we
/// paid for") ends a running cost, the saving a result brings, not the work.
fn running_cost_cancelled(toks: &[Token], start: usize, end: usize) -> bool {
    let w = toks[start].lower.as_str();
    let stop_verb = [
        "cancel", "stopped", "dropped", "ditched", "ended", "scrapped", "binned",
    ]
    .iter()
    .any(|v| w.starts_with(v));
    if !stop_verb {
        return false;
    }
    let after: Vec<&str> = toks[end..]
        .iter()
        .take(14)
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .map(|t| t.lower.as_str())
        .collect();
    const PAID: &[&str] = &[
        "renting", "buying", "paying", "leasing", "hiring", "using", "costing",
    ];
    // "binned the £1,400 a year we paid for the pager contract": paid in the past.
    after.windows(3).any(|w| {
        matches!(w[0], "we" | "which" | "that")
            && matches!(w[1], "were" | "was" | "had")
            && PAID.contains(&w[2])
    }) || after.windows(2).any(|w| w[0] == "costing" && w[1] == "us")
        || after
            .windows(3)
            .any(|w| w[0] == "we" && w[1] == "paid" && w[2] == "for")
}

/// "She's a no from me on the station coffee machine lol": at `start..end`, one person's
/// "no from me" said with a laugh in its sentence, a joke in chat, no verdict ("Still a
/// no from me, we already sunk 210 grand" decides).
fn a_no_in_jest(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let a_no = toks[start..end].iter().any(|t| t.is("no"));
    let from_me = a_no && word(end) == "from" && word(end + 1) == "me";
    from_me
        && toks[end..]
            .iter()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            .any(|t| super::small_talk::laugh(&t.lower) || matches!(t.lower.as_str(), "😂" | "🤣"))
}

/// "The payroll system's cut the overtime corrections down to nothing", "cut the
/// re-keying to zero": at `start`, a thing cut to nothing by the work, a result told (a
/// benefit when money comes with it), not the work's budget cut to a new size.
fn cut_to_nothing(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "to near zero", "to almost nil", "to next to nothing": a near-nothing is nothing too.
    let nothing_at = |k: usize| {
        let k = k + match (word(k), word(k + 1)) {
            ("near" | "nearly" | "almost" | "virtually" | "practically", _) => 1,
            ("next", "to") => 2,
            _ => 0,
        };
        matches!(word(k), "nothing" | "zero" | "nil")
    };
    matches!(word(start), "cut" | "cuts" | "cutting")
        && (start + 1..(start + 9).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .any(|k| word(k) == "to" && nothing_at(k + 1))
}

pub(super) fn not_a_verdict(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let w = word(start);
    if parking_at_a_place(toks, start, end)
        || a_visit(toks, start, end)
        || halted_for_minutes(toks, start, end)
        || numbered_thing(toks, end)
        || spared(toks, start)
        || told_as_time_or_outcome(toks, start)
        || answers_counted(toks, start)
        || time_killed(toks, start)
        || praise_killed(toks, start)
        || hardship_killing(toks, start)
        || weather_killed(toks, start)
        || a_thing_lasting(toks, start)
        || said_of_some_ones(toks, start)
        || in_scare_quotes(toks, start, end)
        || running_cost_cancelled(toks, start, end)
        || super::payments_dropped::payment_let_go_for_a_saving(toks, start, end)
        || super::payments_dropped::payment_stopped_after_a_result(toks, start, end)
        || a_no_in_jest(toks, start, end)
        || cut_to_nothing(toks, start)
        || super::verdict_words_not_verdicts::park_the_place(toks, start, end)
        || super::verdict_words_not_verdicts::who_parked(toks, start)
        || super::verdict_words_not_verdicts::stop_to_do(toks, start, end)
        || super::verdict_words_not_verdicts::habit_dropped_after_a_result(toks, start, end)
        || super::others_news::delivery_moved_by_others(toks, start)
        || backed_into(toks, start)
        || without_stopping(toks, start)
    {
        return true;
    }
    // "we keep it." decides; "we keep it simple", "we keep it in mind" do not.
    if w == "we" && word(start + 1) == "keep" {
        return toks.get(end).is_some_and(|t| !t.is_break());
    }
    // "keep it." and "we're pulling it, nobody used them" decide; "keep it up", "pulling it
    // together" do not.
    if matches!(w, "keep" | "pulling" | "pulled")
        && matches!(word(start + 1), "it" | "them")
        && end == start + 2
    {
        return toks.get(end).is_some_and(|t| !t.is_break());
    }
    // "Not doing the widget tbh" opens its sentence; "… is not doing the job" judges a
    // thing.
    // "We not doing the coffee tour café": the refusal said without its "are" (Caribbean
    // and casual English), "we" or "I" opening the sentence before it.
    if w == "not" && word(start + 1) == "doing" {
        let said_by_us = start > 0
            && matches!(word(start - 1), "we" | "i")
            && (start == 1 || toks[start - 2].is_break());
        return start > 0 && !toks[start - 1].is_break() && !said_by_us;
    }
    if !w.ends_with("ed") || end != start + 1 {
        return false;
    }
    // "61 cancelled sailings": a participle between a count and its noun.
    let counted = start > 0
        && toks[start - 1].kind == TokKind::Num
        && toks
            .get(end)
            .is_some_and(|t| t.is_word() && !NOT_A_NOUN.contains(&t.lower.as_str()));
    if counted {
        return true;
    }
    // "… which were all stopped in time", "… that had been rejected before": a passive in a
    // relative clause says what happened to other things.
    let mut k = start;
    while k > 0
        && matches!(
            word(k - 1),
            "all" | "both" | "also" | "then" | "later" | "quickly"
        )
    {
        k -= 1;
    }
    if k > 0 && word(k - 1) == "been" {
        k -= 1;
        if k > 0 && matches!(word(k - 1), "have" | "had" | "has") {
            k -= 1;
        }
    } else if k > 0 && matches!(word(k - 1), "was" | "were" | "got") {
        k -= 1;
    } else {
        return false;
    }
    k > 0 && matches!(word(k - 1), "which" | "that" | "who")
}
