//! The rationale of a record: the clause that says why it was decided, chosen among the
//! candidate clauses around the verdict.

use super::*;

mod candidate;
mod clause_refusals;
mod condition_or_time;
use candidate::{read_candidate, Candidate};
use condition_or_time::{condition_at, since_or_when};

/// What the rationale rules read a clause against, besides its words.
pub struct ClauseContext<'a> {
    /// Is token j part of an amount or a date?
    pub skip: &'a dyn Fn(usize) -> bool,
    /// Is token j part of an amount?
    pub money: &'a dyn Fn(usize) -> bool,
    /// Is the token range only the record's name ("approved: lone worker devices, $65k")?
    pub named: &'a dyn Fn(usize, usize) -> bool,
    /// The record's verdict: a clause saying it again ("it carries on") is not a reason.
    pub verdict: Option<Verdict>,
}

/// "cafe till upgrade cut costs …", "the bar till": a till (a cash register) inside a name
/// or after an article is a thing, not "until".
pub(super) fn till_named(toks: &[Token], i: usize, ctx: &ClauseContext) -> bool {
    toks[i].is("till") && (i.saturating_sub(4)..=i).any(|a| (ctx.named)(a, i + 1))
        || toks[i].is("till")
            && i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "the" | "a" | "our" | "new" | "each"
                    // "one less till", "an extra till": a till counted.
                    | "less" | "fewer" | "extra" | "spare" | "every" | "second"
            )
}

/// "on the basis that …", "on the grounds that …", "on the back of …", a condition
/// "as long as …" / "provided that …" / "subject to a second quote": the reason or the
/// condition, kept with its lead.
pub(super) fn basis_lead(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    let word_after = |k: usize| toks.get(i + k).is_some_and(|t| t.is_word());
    // Asked at every word: only these open a lead below.
    if !matches!(
        w(0),
        "on" | "as"
            | "so"
            | "provided"
            | "providing"
            | "contingent"
            | "conditional"
            | "to"
            | "subject"
            | "with"
    ) {
        return false;
    }
    w(0) == "on"
        && w(1) == "the"
        && matches!(w(2), "basis" | "grounds" | "understanding")
        && w(3) == "that"
        || (w(0), w(1), w(2), w(3)) == ("on", "the", "back", "of")
            && word_after(4)
            // "… on the back of it.": pointing back at what was said before, which is the
            // reason, not after (round R48).
            && !(matches!(w(4), "it" | "that" | "this" | "them")
                && toks.get(i + 5).is_none_or(|t| t.is_break()))
        || matches!((w(0), w(1), w(2)), ("as" | "so", "long", "as")) && word_after(3)
        || matches!((w(0), w(1)), ("provided" | "providing", "that")) && word_after(2)
        // "contingent on the CRM integration", "to see if the second gate fixes it".
        || matches!((w(0), w(1)), ("contingent" | "conditional", "on" | "upon")) && word_after(2)
        || matches!((w(0), w(1), w(2)), ("to", "see", "if" | "whether")) && word_after(3)
        || w(0) == "subject" && w(1) == "to"
        // "is approved with the condition that the pilot shows 90%", "on condition that".
        || matches!((w(0), w(1), w(2), w(3)), ("with" | "on", "the", "condition", "that"))
        || (w(0), w(1), w(2)) == ("on", "condition", "that")
}

/// The reason given, from token `after` up to `stop`. A clause led by a weak marker
/// (comma, dash, colon) that holds an amount or a date is a detail; one that is only a
/// time ("since the summer") says when, not why.
pub fn find_rationale(
    text: &str,
    toks: &[Token],
    after: usize,
    stop: Option<usize>,
    ctx: &ClauseContext,
) -> Option<String> {
    let skip = ctx.skip;
    let limit = stop.unwrap_or(toks.len()).min(toks.len());
    let mut i = after;
    // "declined: the ehr analytics add-on, $400k": a noun phrase after "verdict:" is what
    // was decided on, never why.
    // So is a clause that opens with a name ("Approved: crowd safety cameras for Brixton &
    // Leeds, £96k").
    // "Approved on 24/11: a customer data platform …": the verdict's date before the colon.
    let dated = (after..limit)
        .find(|&k| !(skip(k) || matches!(toks[k].lower.as_str(), "on" | "today" | "yesterday")))
        .filter(|&k| k > after && toks[k].is(":"));
    let after = dated.unwrap_or(after);
    let colon = ctx.verdict.is_some() && toks.get(after).is_some_and(|t| t.is(":"));
    let opens_with_name = |e: usize| (after + 2..=e).any(|k| (ctx.named)(after + 1, k));
    let object = colon
        && (toks
            .get(after + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "our" | "their"))
            || opens_with_name(clauses::clause_end(toks, after + 1, limit)));
    if object {
        let e = clauses::clause_end(toks, after + 1, limit);
        if !own_clause(toks, after + 1, e) {
            i = e;
        }
    }
    // A dated clause just after the verdict, refused for its date: see below.
    let mut detail: Option<(usize, usize)> = None;
    while i < limit {
        // "phase 2: live chat, saved searches and a watchlist": what the work holds.
        if let Some(e) = clauses::scope_list(toks, i, limit) {
            i = e;
            continue;
        }
        // "revisit after the audit in Feb, the old ones still run fine": an event after a
        // look-again is when to look again (round R39).
        if let Some(e) = clauses::after_event(toks, i, limit)
            .filter(|_| !crate::reader::look_again_events::after_look_again(toks, i))
        {
            let r = text[toks[i].start..toks[e - 1].end].trim();
            return Some(r.to_string());
        }
        // "since go-live we have closed month end 4 days faster and found ₦27m …": a
        // benefit's result opened by the event it is counted since.
        if let Some(e) =
            clauses::since_event_result(toks, i, limit, ctx).filter(|_| ctx.verdict.is_none())
        {
            return Some(text[toks[i].start..toks[e - 1].end].trim().to_string());
        }
        let condition = condition_at(toks, after, i, limit, ctx);
        let (since_opens_result, when) = since_or_when(toks, i, limit, ctx);
        // "turned down the canning line. £1.2m for a line we'd run twice a week": after a
        // refusal, the price and what it would buy is the case against it.
        let refused = matches!(ctx.verdict, Some(Verdict::Reject | Verdict::Stop));
        let priced =
            |a: usize| refused && clauses::prices_what_it_buys(toks, a, limit, ctx.money, skip);
        // "no. Vendor quoted £210k and our spreadsheets already do most of it."
        let quoted = |a: usize| {
            refused && crate::reader::refused_prices::price_and_more(toks, a, limit, ctx.money)
        };
        let start = if when {
            None
        } else if matches!(toks[i].lower.as_str(), "." | "!" | "\n")
            && ctx.verdict == Some(Verdict::Stop)
            && crate::reader::sunk_sentences::sunk_and_more(toks, i + 1, limit, ctx.money)
        {
            // "stopping it. $48k sunk and members just watch their own phones.": whole.
            Some((i + 1, true))
        } else if matches!(toks[i].lower.as_str(), "." | "!" | "\n")
            && (priced(i + 1) || quoted(i + 1) || judged_price_opening(toks, i + 1, limit, ctx))
        {
            Some((i + 1, false))
        } else if condition || basis_lead(toks, i) || since_opens_result {
            Some((i, true))
        } else if let Some(st) = verdict_on_condition(toks, after, i, ctx.money) {
            Some((st, false))
        } else if refused && crate::reader::saying_reasons::said_after_and(toks, i) {
            // "turned down our ask …, and they said the framework will cover it".
            Some((i + 2, false))
        } else if refused_for_more(toks, after, i, limit, ctx) {
            Some((i + 1, false))
        } else if source_after_money(toks, i, skip, ctx) {
            Some((i + 1, true))
        } else {
            reason_start(toks, i).map(|st| marked_after_comma(toks, i, limit, skip).unwrap_or(st))
        };
        let decides = |a: usize, b: usize| clauses::decides_in(toks, a, b);
        // "stopped. Staff never logged in, only 3 of 40 used it": a comma in a sentence after
        // the verdict's is inside a reason sentence, read from its start.
        let later_sentence = || {
            (after..i)
                .rev()
                .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        };
        // "Brief is new gates, a hands-free reader …": no clause of a sentence that opens
        // on the plan or the scope is the reason.
        let start = start.filter(|_| {
            !(toks[i].is(",")
                && later_sentence().is_some_and(|p| {
                    toks.get(p + 1)
                        .is_some_and(|t| clauses::NOT_A_REASON_OPENING.contains(&t.lower.as_str()))
                        || crate::reader::next_sentence::describes_the_work(toks, p + 1, limit)
                }))
        });
        // "…. Half our installers quit in six weeks, mostly because …": a hedged cause in a
        // sentence after the verdict's is read with the fact it explains.
        let hedged =
            || ctx.verdict.is_some() && crate::reader::hedged_causes::hedged_cause_at(toks, i);
        if matches!(start, Some((_, false))) && toks[i].is(",") || start.is_some() && hedged() {
            let reason = later_sentence().and_then(|p| {
                clauses::next_sentence(text, toks, p, stop, skip, ctx.money, &decides)
            });
            if reason.is_some() {
                return reason;
            }
        }
        // A clause that would start past the message's end ("… 3) AOB: …", items numbered
        // with a bracket) is none.
        if let Some((s, strong)) = start.filter(|&(s, _)| s < toks.len()) {
            let found = read_candidate(
                &Candidate {
                    text,
                    toks,
                    ctx,
                    after,
                    i,
                    limit,
                    s,
                    strong,
                    condition,
                    refused,
                    priced: &priced,
                    quoted: &quoted,
                    later_sentence: &later_sentence,
                    decides: &decides,
                },
                &mut detail,
            );
            if found.is_some() {
                return found;
            }
        }
        i += 1;
    }
    None
}
