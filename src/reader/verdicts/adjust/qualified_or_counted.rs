//! A verdict word qualified by what is around it: a participle naming which things, a
//! purpose, a cut or halving of a count, a stop of what we used to do.

use super::*;

/// The verdict word qualified by what is around it: a participle naming which things, a
/// purpose, a cut or halving of a count, a stop of what we used to do. `Some` when that
/// settles it.
pub(super) fn qualified_or_counted(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    // "~$3.1mm kept in the general fund": "fund" with nothing after it is the noun; the verb
    // funds something ("will fund the drones", "didn't fund it").
    if word == "fund" && end == start + 1 && toks.get(end).is_none_or(|t| t.is_break()) {
        return Some(None);
    }
    // "saved £40k on rejected batches", "the cost of cancelled orders": a participle after a
    // preposition, before its noun, says which things, not what was decided.
    let qualifies = end == start + 1
        && word.ends_with("ed")
        && matches!(
            prev,
            "on" | "of" | "for" | "from" | "with" | "about" | "into"
        )
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "by" | "to" | "at" | "in" | "on" | "for" | "and" | "or" | "it" | "the"
                )
        });
    // "Denied claims are eating our collections": a participle opening a sentence as the
    // adjective of its subject says which things, not what was decided.
    let opens_sentence = start == 0 || matches!(prev, "." | "!" | "?" | "\n");
    let subject_qualified = end == start + 1
        && word.ends_with("ed")
        && opens_sentence
        && toks
            .get(end)
            .is_some_and(|t| t.is_word() && t.lower.ends_with('s'))
        && toks.get(end + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "are" | "were" | "have" | "keep" | "kept" | "cost" | "still"
            )
        });
    if qualifies || subject_qualified {
        return Some(None);
    }
    // "false rejects", "40 rejects a night": things counted, not decisions; a phrase of
    // more words is said of a numbered thing ("kiln 4 keeps going").
    let counted_before = start > 0
        && toks[start - 1].kind == TokKind::Num
        && word.ends_with('s')
        && end == start + 1;
    // "AED 240k more approved": more money granted, a participle after its amount.
    let more_money = prev == "more" && word.ends_with("ed") && start >= 2 && {
        let j = start - 2;
        toks[j].kind == TokKind::Num
            || toks[j].attached && j > 0 && toks[j - 1].kind == TokKind::Num
    };
    if counted_before || matches!(prev, "false" | "fewer" | "more" | "less") && !more_money {
        return Some(None);
    }
    // "got the nod", "got approval": phrases of their own, not money got.
    let phrase = matches!(word, "got" | "gets") && end > start + 1;
    // "do it" (a pasted chat's answer, `log_answers`) is no "do get".
    let do_it = word == "do" && end == start + 2;
    if RELEASES.contains(&word) && !phrase && !do_it && !funding_said(toks, start, end) {
        return Some(None);
    }
    // "that unlocked $340k in new ARR": money earned, a result, not money released.
    if RELEASES.contains(&word) && earned_after(toks, end) {
        return Some(None);
    }
    // "we've dropped about $9k a month of agency shifts": money saved, no stop.
    if crate::reader::plain_verdicts::money_dropped(toks, start, end)
        || crate::reader::plain_verdicts::car_parked(toks, start, end)
    {
        return Some(None);
    }
    // "pushed for", "cut costs": only a decision with a new place or size ("to Q3", "to £100k").
    if matches!(word, "pushed" | "push") && matches!(next, "for" | "hard" | "on") {
        return Some(None);
    }
    // "signups doubled after the holiday push": a push with nothing pushed is a noun.
    if word == "push" && end == start + 1 && toks.get(end).is_none_or(|t| t.is_break()) {
        return Some(None);
    }
    if matches!(word, "delayed" | "delay" | "delays") && slipped(toks, start, end) {
        return Some(None);
    }
    if milestone_moved(toks, start, word) {
        return Some(None);
    }
    // "can wait till April" puts off; "can wait till the gates open" is patience.
    // "Boss say the extra strobe tuners could wait till March" (round S57): the one who
    // decides says the thing may wait till a time, a deferral; a part that "could wait"
    // in a cut-back ("Front half could wait till after hurricane season") is the rescope's.
    if raw == Verdict::Defer && word == "could" {
        let said = toks[..start]
            .iter()
            .rev()
            .take(12)
            .take_while(|t| !t.is_break())
            .any(|t| matches!(t.lower.as_str(), "say" | "says" | "said"));
        if !said || !crate::reader::verdict_shapes::until_a_time(toks, end) {
            return Some(None);
        }
    }
    if raw == Verdict::Defer
        && word == "can"
        && !crate::reader::verdict_shapes::until_a_time(toks, end)
        && !crate::reader::left_to_wait::can_wait_closing_its_clause(toks, start, end)
    {
        return Some(None);
    }
    // "Dive compressor — wait until Ioane gets his licence" (round S57): told straight
    // after the thing's name and its dash or colon, the wait is the thing put off.
    let after_the_name = start >= 2
        && matches!(prev, "-" | "–" | "—" | ":")
        && toks[start - 2].is_word()
        && start + 1 < toks.len();
    if raw == Verdict::Defer
        && word == "wait"
        && toks
            .get(start + 1)
            .is_some_and(|t| t.is("till") || t.is("until"))
        && !crate::reader::verdict_shapes::until_a_time(toks, start + 1)
        && !after_the_name
        && !super::said_we_should_wait::said_we_should_wait(toks, start)
    {
        return Some(None);
    }
    // "85 lessons moved to online": moved to a place, not put off to a time.
    if raw == Verdict::Defer
        && word == "moved"
        && !crate::reader::verdict_shapes::moved_to_a_time(toks, end)
    {
        return Some(None);
    }
    // "given the current ones stop taking contactless", "so that renewals stop lapsing": a
    // verb of the reason's own subject, not a decision.
    // "since the Gosport install stopped the complaints" too.
    if raw == Verdict::Stop
        && (in_reason_clause(toks, start)
            || crate::reader::since_causes::verb_of_a_since_cause(toks, start))
    {
        return Some(None);
    }
    // "£60k, to stop the double bookings": a purpose said after the decision, not a stop.
    let purpose = prev == "to"
        && start >= 2
        && (toks[start - 2].is_break()
            || toks[start - 2].kind == TokKind::Num
            || toks[start - 2].attached && toks[start - 2].is_word());
    // "Agreed at ELT 25/11 to stop the pilot": what was agreed, not a purpose.
    let agreed = toks[..start]
        .iter()
        .rev()
        .take(8)
        .take_while(|t| !t.is_break())
        .any(|t| matches!(t.lower.as_str(), "agreed" | "decided" | "voted"));
    if purpose && !agreed && matches!(raw, Verdict::Stop | Verdict::Rescope) {
        return Some(None);
    }
    // "queues halved", "complaints dropped sharply": a result told, not a decision. A
    // decision has a subject ("the app is dropped", "we dropped it") or an object.
    if matches!(word, "halved")
        && (end >= toks.len()
            || toks[end].is_break()
            || matches!(
                next,
                "since" | "in" | "at" | "on" | "overnight" | "after" | "from" | "again"
            ))
    {
        return Some(None);
    }
    // "phase 1 halved the returns emails", "it halved the queues": the work that did it is
    // the subject (a phase's number, a pronoun), so it is what the work achieved, unless a
    // new size follows ("phase 2 halved to £100k").
    // So are other things of the kind, "the Cwm Hir ones have halved the sorting time".
    let ones_have = start > 1
        && matches!(prev, "have" | "has" | "had")
        && matches!(toks[start - 2].lower.as_str(), "ones" | "it");
    if word == "halved"
        && start > 0
        && (toks[start - 1].kind == TokKind::Num
            || matches!(prev, "it" | "which" | "that")
            || ones_have)
        && !toks[end..]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.is("to"))
    {
        return Some(None);
    }
    if word == "dropped" {
        let subject = matches!(
            prev,
            "is" | "was"
                | "been"
                | "be"
                | "being"
                | "got"
                | "we"
                | "they"
                | "we've"
                | "we're"
                | "'ve"
                | "are"
                | "were"
                | "i"
        );
        let object = matches!(
            next,
            "the" | "it" | "our" | "this" | "that" | "them" | "plans" | "its"
        );
        if !(subject || object) {
            return Some(None);
        }
    }
    // "we're dropping the new seating and just doing the kitchen" (round S58): a part
    // dropped and the rest kept, "just" or "only" done, in the same sentence, cuts the work
    // back.
    if raw == Verdict::Stop
        && matches!(word, "dropping" | "dropped" | "drop")
        && matches!(next, "the" | "our" | "a")
        && (end + 2..(end + 12).min(toks.len()))
            .take_while(|&k| !matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
            .any(|k| {
                matches!(toks[k - 1].lower.as_str(), "just" | "only")
                    && matches!(toks[k].lower.as_str(), "doing" | "keeping" | "do" | "keep")
            })
    {
        return Some(Some(Verdict::Rescope));
    }
    // "we're dropping the app" decides; "— dropping the mail-back option" explains a stop or
    // a rescope, and "the headsets keep dropping wifi" is a fault.
    if word == "dropping" {
        let before = if start >= 2 {
            toks[start - 2].lower.as_str()
        } else {
            ""
        };
        // "mobile ticketing app - dropping it.": the label's answer, said of it.
        let label = start >= 2
            && matches!(prev, "-" | ":" | "—" | "–")
            && !toks[start - 2].is_break()
            && matches!(next, "it" | "them");
        // "Sales is dropping it": a unit or body dropping the work it points back to.
        let body = matches!(prev, "is" | "'s")
            && matches!(next, "it" | "them")
            && start >= 2
            && toks[start - 2].is_word();
        // "dropping the farmer traceability app, 9L spent …": a terse line opening on it.
        let opens_line = start == 0 && matches!(next, "the" | "our");
        let decider = matches!(prev, "we're" | "they're" | "i'm" | "'re" | "'m")
            || (matches!(prev, "are" | "am") && matches!(before, "we" | "they" | "i"))
            || label
            || body
            || opens_line;
        if !decider {
            return Some(None);
        }
    }
    // "parts we used to bin early (was binning gearboxes at 80% life)": what we used to
    // do, or were doing, is the habit the work changed, not a stop.
    let used_to = prev == "to" && start >= 2 && toks[start - 2].is("used");
    let were_doing = matches!(prev, "was" | "were") && word.len() > 5 && word.ends_with("ing");
    if raw == Verdict::Stop
        && (used_to
            || were_doing
            || crate::reader::verdict_shapes::stop_told_as_saving(toks, end)
            || crate::reader::verdict_shapes::stop_of_counted_habit(toks, end))
    {
        return Some(None);
    }
    // "stopped 3 intrusion attempts", "has stopped over 200 fake sign-ups": with a count of
    // things after it, stopping is what the work achieved, not a decision about it.
    if matches!(word, "stop" | "stops" | "stopped" | "stopping") {
        let counted = |t: Option<&Token>| t.is_some_and(|t| t.kind == TokKind::Num);
        let approx = matches!(
            next,
            "over" | "more" | "nearly" | "about" | "around" | "some"
        );
        if counted(toks.get(end)) || (approx && counted(toks.get(end + 1))) {
            return Some(None);
        }
        // "stop sending me the invoices", "stop cc'ing us": a person asked to stop doing
        // something to the writer is chat; a stop needs the work as its object.
        let to_a_person = toks.get(end + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "me" | "us" | "him" | "her" | "them" | "everyone" | "people"
            )
        });
        if next.len() > 4 && next.ends_with("ing") && to_a_person {
            return Some(None);
        }
    }
    // "cut costs by £40k" is a benefit, not a smaller budget.
    if matches!(word, "cut" | "cuts" | "reduced" | "reduce")
        && matches!(next, "costs" | "cost" | "spend" | "spending")
    {
        return Some(None);
    }
    // "has cut the time to process refunds", "cut waiting times": time or waits made
    // shorter is a result, not a smaller budget.
    if matches!(word, "cut" | "cuts" | "reduced" | "reduce" | "slashed") {
        let waited = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "time"
                        | "times"
                        | "hours"
                        | "wait"
                        | "waits"
                        | "waiting"
                        | "queue"
                        | "queues"
                        | "delays"
                )
            })
        };
        // "cut the bar queue to under 5 mins": the wait's own noun after a word saying whose.
        if waited(end)
            || matches!(next, "the" | "our" | "their") && (waited(end + 1) || waited(end + 2))
        {
            return Some(None);
        }
    }
    if matches!(word, "cut" | "cuts" | "reduced" | "reduce" | "slashed") && end - start == 1 {
        let ahead = &toks[end..(end + 12).min(toks.len())];
        let to = ahead
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.is("to"));
        if !to {
            return Some(None);
        }
        // "reduced from 40 to 12 a week", "from 5 days to 1 day", "from 38 days to 19": a
        // count made smaller is a result, not a budget; a number after "to" or "from" is
        // followed by what it counts.
        // "from two days to half a day": a count said in words is one too.
        let count = |t: &Token| t.kind == TokKind::Num || COUNT_WORDS.contains(&t.lower.as_str());
        let counted = ahead.windows(3).any(|w| {
            (w[0].is("to") || w[0].is("from"))
                && count(&w[1])
                && (w[2].is_sym("%")
                    || w[2].is_word()
                        && !w[2].attached
                        && !crate::reader::money_words::continues_amount(&w[2]))
        });
        // "from about 1 in 5 to hardly any": a count said roughly, or cut to nothing left.
        let rough = |t: &Token| {
            matches!(
                t.lower.as_str(),
                "about" | "around" | "roughly" | "nearly" | "almost" | "under" | "over"
            )
        };
        let counted = counted
            || ahead.windows(3).any(|w| {
                (w[0].is("to") || w[0].is("from")) && rough(&w[1]) && w[2].kind == TokKind::Num
            })
            || ahead.windows(2).any(|w| {
                w[0].is("to")
                    && matches!(
                        w[1].lower.as_str(),
                        "hardly" | "nothing" | "zero" | "none" | "nil" | "virtually"
                    )
            });
        // "we reduce the order to 80 cameras at R392 000 instead of 150": a count cut with the
        // price it now comes at is a smaller order, a rescope.
        let clause: Vec<&Token> = ahead.iter().take_while(|t| !t.is_break()).collect();
        let priced = clause.windows(3).any(|w| {
            w[0].is("at")
                && (w[1].kind == TokKind::Num
                    || w[1].kind == TokKind::Sym && matches!(w[1].lower.as_str(), "$" | "£" | "€")
                    || w[1].is_word() && w[2].kind == TokKind::Num && w[2].attached)
        });
        // "Solar PV: scope cut from 400 kWp to 250 kWp" (round V60, convention 90): the
        // scope said cut is the work cut back, whatever its figures count.
        let scope_cut = prev == "scope";
        if counted
            && !priced
            && !scope_cut
            && !crate::reader::counts_cut_at_a_price::money_instead_ahead(toks, end)
        {
            return Some(None);
        }
    }
    None
}
