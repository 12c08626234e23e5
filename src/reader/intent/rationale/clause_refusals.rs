//! The checks that keep or refuse a candidate clause of the rationale: a judged price, an
//! aside in brackets, the verdict said again, a detail with a date, and the many clauses
//! that give no reason.

use super::candidate::Candidate;
use super::*;

/// Is the clause `c.s..end` a detail refused for its date or amount (first), or no reason
/// at all (second)?
pub(super) fn dated_or_refused(c: &Candidate, end: usize, close_paren: bool) -> (bool, bool) {
    let Candidate {
        text,
        toks,
        ctx,
        i,
        s,
        strong,
        refused,
        priced,
        quoted,
        ..
    } = *c;
    let skip = ctx.skip;
    // "£600k was too much": a judgement of the amount is a reason. So is a counted
    // result after a continue ("keep going, 140 sign-ups in Nov"), its evidence.
    // So is none of a fault since a date ("continue, no spoiled loads since August").
    // "new staff get 2 days of paper forms otherwise": what happens without it.
    let judged = clauses::judges_price(toks, s, end)
        || clauses::costs_us_now(toks, s, end)
        // "- overdue rent down from HK$3.1M to HK$1.9M since phase 1".
        || clauses::money_moved(toks, s, end, ctx.money)
            && (s..end).any(|j| clauses::CHANGE_WORDS.contains(&toks[j].lower.as_str()))
        || priced(s)
        || s > 0
            && (matches!(toks[s - 1].lower.as_str(), "." | "!" | "\n")
                || crate::reader::refused_prices::price_opens_clause(toks, s, ctx.money))
            && quoted(s)
        || end > s && toks[end - 1].is("otherwise")
        // "…, the quotation of KES 27.5M being above the approved budget" (round R39).
        || ctx.verdict.is_some() && crate::reader::absolute_grounds::absolute_ground(toks, s, end)
        // "…, nobody's touched it since 2024 and it's $2,400 a year" after a stop.
        || refused && crate::reader::unused_things::nobody_uses(toks, s, end)
        // "(fewer disputed invoices, faster month-end)", "(water bill down 22% vs
        // Oct 2025)": a result in brackets.
        || close_paren
            && (COMPARATIVES.contains(&toks[s].lower.as_str())
                || (s..end).any(|j| {
                    clauses::CHANGE_WORDS.contains(&toks[j].lower.as_str())
                }) && !(s..end).any(|j| (ctx.money)(j)))
        || ctx.verdict == Some(Verdict::Continue)
            && ((s..end).any(|j| toks[j].kind == TokKind::Num && !skip(j))
                // "continue ✅ water bill down £1.2k a month": a result in money.
                || (s..end).any(|j| {
                    matches!(
                        toks[j].lower.as_str(),
                        "down" | "up" | "saved" | "saving" | "fewer" | "less" | "lower"
                    )
                }) && (s..end).any(|j| (ctx.money)(j))
                || s < end
                    && matches!(toks[s].lower.as_str(), "no" | "zero")
                    && (s..end).any(|j| toks[j].is("since")));
    // "cut to £20 lakh, only 800 seats from April": what a rescope keeps is its
    // reason, with the date it starts.
    let scope = |s: usize| {
        ctx.verdict == Some(Verdict::Rescope)
            && end > s
            && (toks[s].is("only") || toks[end - 1].is("only"))
            || ctx.verdict.is_some() && crate::reader::told_scopes::told_scope(toks, s, end)
    };
    // "rejected (again)": a word of manner in brackets is no reason.
    // "(VR)": an abbreviation in brackets names who, not why; "(was 7,5)": the old
    // figure.
    // "Phase 1 (accounting) finished …": the bracket names the phase.
    let aside = close_paren
        && (crate::reader::earlier_phase::names_the_phase(toks, i)
            || end == s + 1
            && (matches!(
                toks[s].lower.as_str(),
                "again" | "finally" | "unanimously" | "reluctantly" | "provisionally"
            ) || toks[s].caps
                // "(Antofagasta)": a place or a person named, not a reason.
                || toks[s].is_word()
                    && text[toks[s].start..].starts_with(char::is_uppercase))
            // "(the 2 Whakatu rooms)": which of them, counted.
            || end <= s + 5
                && toks[s].is("the")
                && toks.get(s + 1).is_some_and(|t| t.kind == TokKind::Num)
            // "(PostHog cloud)": a product and its edition.
            || end == s + 2
                && text[toks[s].start..].starts_with(char::is_uppercase)
                && matches!(
                    toks[s + 1].lower.as_str(),
                    "cloud" | "edition" | "enterprise" | "pro" | "premium" | "hosted"
                        | "saas" | "standard" | "plus" | "tier" | "licence" | "license"
                )
            || matches!(toks[s].lower.as_str(), "was" | "were" | "previously")
                && (s + 1..end).any(|j| toks[j].kind == TokKind::Num));
    // "continuing with the Epic build, board reaffirmed it today, …": the verdict
    // said again by who made it is no reason.
    // "NOT killing the portal … - it stays through summer": the continue told again.
    let stays = ctx.verdict == Some(Verdict::Continue)
        && end > s + 1
        && matches!(toks[s].lower.as_str(), "it" | "this" | "they")
        && matches!(
            toks[s + 1].lower.as_str(),
            "stays" | "stay" | "remains" | "remain" | "continues" | "carries"
        );
    let restated = stays
        || ctx.verdict.is_some()
            && (s..end).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "reaffirmed" | "reconfirmed" | "ratified" | "endorsed" | "confirmed"
                ) && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "it" | "this"))
            });
    // A clause with a date or an amount in it is a detail, unless it judges the
    // price or is a clause of its own (or a rescope's scope) with no money.
    // "the bank client renewed for 3 yrs": news of someone else, told as a clause of
    // its own with its own term.
    let news = s < end
        && own_clause(toks, s, end)
        && (s..(s + 4).min(end))
            .any(|j| crate::reader::next_sentence::THIRD_PARTIES.contains(&toks[j].lower.as_str()));
    // "ok but only if BD can show two wins by March": the time is the condition's.
    // "in winter the divers cannot reach them": the time is the reason's.
    let time_is_its_own = s < end
        && (toks[s].is("if")
            || toks[s].is("only") && toks.get(s + 1).is_some_and(|t| t.is("if"))
            || time_then_cannot(toks, s, end)
            // "after the break-ins at Gosport in October" (round R41).
            || crate::reader::after_incidents::incident_after(toks, s, end, skip));
    // "…, ADP go-live slipped to feb but the parallel runs balance" (convention 61).
    let weighed = ctx.verdict == Some(Verdict::Continue)
        && crate::reader::weighed_setbacks::weighed_setback(toks, s, end, skip);
    let dated = (s..end).any(skip)
        && !judged
        && !time_is_its_own
        && !weighed
        && !((s..end).all(|j| !(ctx.money)(j)) && (own_clause(toks, s, end) || scope(s) || news));
    let refused = s >= end
            || aside
            || no_change_or_fuss(toks, s, end)
            // ", not the 520 that agronomy asked": the figure the amount replaces.
            || crate::reader::told_scopes::replaced_figure(toks, s, end)
            || owner_clause(toks, s, end)
            // "…, Marco's running the vendor review in the spring": a plan.
            || !strong && clauses::assigns_owner(text, toks, s, end)
            || more_time(toks, s, end)
            || restated
            || clauses::what_follows(toks, s, end, skip)
            || ctx.verdict == Some(Verdict::Approve)
                && clauses::counts_what_it_buys(toks, s, end, skip)
            || ctx.verdict.is_some()
                && clauses::counted_things_for(toks, s, end)
                && !crate::reader::counted_results::counted_in_a_time(toks, s, end, skip, ctx.verdict)
            || clauses::says_only_the_currency(toks, s, end)
            || clauses::only_who_said_so(toks, s, end)
            || ctx.verdict.is_some() && (plan_or_reference(toks, s, end))
            // "…, goes in over the Easter shutdown" (round R42).
            || ctx.verdict.is_some() && crate::reader::work_arrivals::arrival_told(toks, s, end)
            // "…, pole pole", "…, die die must replace before CNY" (round R43).
            || ctx.verdict.is_some() && crate::reader::repeated_words::said_twice(toks, s, end)
            // "…, $3,200, must fix before CNY": a deadline (round R56).
            || ctx.verdict.is_some() && crate::reader::deadline_only::only_deadline(toks, s, end)
            // "…, lmk if any push back".
            || crate::reader::chat_asides::asks_for_replies(toks, s)
            || crate::reader::bare_clauses::only_exclamation(toks, s, end)
            || crate::reader::bare_clauses::only_duration(toks, s, end)
            || crate::reader::bare_clauses::announces_results(toks, s, end)
            || crate::reader::bare_clauses::asked_amount_set_against(toks, s, end)
            || crate::reader::bare_clauses::only_names(text, toks, s, end)
            || crate::reader::bare_clauses::signed_off(text, toks, s, end)
            || ctx.verdict == Some(Verdict::Approve)
                && crate::reader::chat_asides::covers_scope(toks, s)
            || crate::reader::chat_asides::approver_not_needed(toks, s, end)
            // "…, approx. €42k saved": a hedge cut off by its abbreviation's stop.
            || end == s + 1
                && matches!(
                    toks[s].lower.as_str(),
                    "approx" | "approximately" | "ca" | "circa" | "est" | "roughly"
                )
            || (NOT_REASONS.contains(&toks[s].lower.as_str())
                && !reason_after_all(toks, s, end, skip, ctx.verdict))
            || (s..end).any(|j| forecast_at(toks, j))
            || (ctx.named)(s, end)
            // "…, approved by the exec team": who decided, not why.
            || ctx.verdict.is_some()
                && verdicts::find_verdict_in(toks, s, end).is_some_and(|f| {
                    f.start == s && toks.get(f.end).is_some_and(|t| t.is("by"))
                })
            // "the bank client renewed for 3 yrs": news of someone else's verdict
            // with its own term is no horizon of ours.
            || clauses::holds_horizon(toks, s, end) && !news
            || ctx.verdict.is_some_and(|v| {
                verdicts::find_verdict_in(toks, s, end)
                    .is_some_and(|f| {
                        f.verdict == v
                            && !funding_granted(toks, f.start)
                            && !clauses::said_by_others(toks, f.start)
                    })
            });
    (dated, refused)
}
