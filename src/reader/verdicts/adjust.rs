//! Adjusting a verdict found by its words to what the sentence around it says (or to none).

use super::*;

pub(super) fn adjust(toks: &[Token], start: usize, end: usize, raw: Verdict) -> Option<Verdict> {
    if crate::reader::chat_verdicts::not_a_verdict(toks, start, end)
        || crate::reader::spoken_verdicts::said_of_a_document(toks, start, end)
        || crate::reader::terse_verdicts::approximately_at(toks, start)
        || crate::reader::slipped_work::got_pushed(toks, start, end)
        || crate::reader::phone_hold::person_on_hold(toks, start, end)
        || crate::reader::swapped_for::dropped_for_another(toks, start, end)
        || subjectless_inside_a_clause(toks, start)
    {
        return None;
    }
    let word = toks[start].lower.as_str();
    // "Nixed the pilot, it's been running since August": said of work already running,
    // "nixed" stops it; of a thing asked for, it refuses it.
    // "the screens are off the table, £90k is too much", "climate control proposal binned":
    // a thing dropped for its price, or said as asked for, was turned down, not stopped.
    let running = || crate::reader::verdict_shapes::says_work_is_running(toks);
    // "Still a no from me, we already sunk 210 grand": a no to work we have sunk money in
    // ends it.
    let sunk = || {
        toks.iter()
            .any(|t| matches!(t.lower.as_str(), "sunk" | "sank"))
    };
    let raw = if word == "nixed" && running() || raw == Verdict::Reject && sunk() {
        Verdict::Stop
    } else if raw == Verdict::Stop
        && DROPPED.contains(&word)
        && !running()
        && (crate::reader::verdict_shapes::turned_down_as_asked(toks)
            || for_this_year(toks, end)
            || crate::reader::current_one_works::current_one_works(toks) && !sunk())
    {
        Verdict::Reject
    } else if raw == Verdict::Defer
        && (crate::reader::refusal_tags::refusal_tagged_not_this_year(toks, start, end)
            || crate::reader::refusal_tags::item_answered_not_this_year(toks, start, end))
    {
        // "So no, we're not doing the fish shop, not this year anyway.": a refusal.
        Verdict::Reject
    } else if raw == Verdict::Stop
        && crate::reader::spoken_verdicts::stop_at_fewer(toks, start, end)
    {
        Verdict::Rescope
    } else if raw == Verdict::Approve
        && crate::reader::cheaper_option::cheaper_option_approved(toks, start)
    {
        // "Sport have come back with a cheaper option, … approved that": cut back.
        Verdict::Rescope
    } else if raw == Verdict::Approve
        && crate::reader::fewer_instead::fewer_instead_of_more(toks, end)
    {
        // "GM approved 2 instead of 3, $395k each": fewer than asked, a cut back.
        Verdict::Rescope
    } else if raw == Verdict::Approve
        && crate::reader::ahead_as_planned::ahead_with_it_as_planned(toks, start, end)
    {
        // "we go ahead with the weighbridge as planned": work decided before, kept going.
        Verdict::Continue
    } else if raw == Verdict::Rescope
        && crate::reader::everyday_verdicts::cheaper_quote_chosen(toks, start, end)
    {
        // "ok go with the cheaper quote, Milnor it is": a supplier chosen, the work approved.
        Verdict::Approve
    } else {
        raw
    };
    let prev = if start > 0 {
        toks[start - 1].lower.as_str()
    } else {
        ""
    };
    let next = toks.get(end).map_or("", |t| t.lower.as_str());
    let at = Around {
        toks,
        start,
        end,
        word,
        prev,
        next,
    };
    if let Some(v) = said_of_something_else(&at, raw) {
        return v;
    }
    if let Some(v) = said_as_a_noun_or_wish(&at, raw) {
        return v;
    }
    // "extended to the 2 other autoclaves": more of the work, approved; "extended to March"
    // goes on for longer.
    let more_scope = raw == Verdict::Continue
        && matches!(word, "extended" | "extend" | "extending")
        && next == "to"
        && !crate::reader::verdict_shapes::to_a_time(toks, end);
    let more_scope = more_scope
        || raw == Verdict::Continue && new_money_ahead::proceeds_with_new_money(toks, start, end);
    let raw = if more_scope { Verdict::Approve } else { raw };
    if let Some(v) = qualified_or_counted(&at, raw) {
        return v;
    }
    // "the picture complaints stopped": a result, not a stop of the work; "cycle time n
    // rejects": the plant's noun, no refusal.
    // "we're binning whole trays of sourdough when it does": thrown out each time, a reason.
    // "… given we said no to the SOC": a decision told as the reason for another.
    if raw == Verdict::Stop
        && (stopped_happening(&at)
            || stopped_each_time(&at)
            || stopped_doing::stopped_doing_as_a_result(&at)
            || stopped_doing::can_stop_doing(&at)
            || stopped_doing::never_stopped_doing(&at))
        || raw == Verdict::Reject && rejects_as_a_noun(&at)
        || told_as_given(&at)
    {
        return None;
    }
    negated_or_hedged(&at, raw)
}

/// "the boat was pulling out of the harbour": a stop said with its subject left off
/// ("Pulling out of the staff housing project.") only when it opens its clause.
fn subjectless_inside_a_clause(toks: &[Token], start: usize) -> bool {
    start > 0
        && toks[start].is("pulling")
        && toks.get(start + 1).is_some_and(|t| t.is("out"))
        && !toks[start - 1].is_break()
}

/// The words around a verdict word that `adjust` reads.
#[derive(Clone, Copy)]
struct Around<'t> {
    toks: &'t [Token],
    start: usize,
    end: usize,
    /// The verdict word.
    word: &'t str,
    /// The words just before and after it ("" at the message's edges).
    prev: &'t str,
    next: &'t str,
}

impl<'t> Around<'t> {
    /// The tokens, the verdict word's span, the word, and the words either side of it.
    fn parts(&self) -> (&'t [Token], usize, usize, &'t str, &'t str, &'t str) {
        (
            self.toks, self.start, self.end, self.word, self.prev, self.next,
        )
    }

    /// "Nixed the pilot, it's been running since August": the work is already running.
    fn running(&self) -> bool {
        crate::reader::verdict_shapes::says_work_is_running(self.toks)
    }
}

mod negated_or_hedged;
mod new_money_ahead;
mod qualified_or_counted;
mod results_not_verdicts;
mod said_as_a_noun_or_wish;
mod said_of_something_else;
mod said_we_should_wait;
mod stopped_doing;

use self::negated_or_hedged::*;
use self::qualified_or_counted::*;
use self::results_not_verdicts::*;
use self::said_as_a_noun_or_wish::*;
use self::said_of_something_else::*;
