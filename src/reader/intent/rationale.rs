//! The rationale of a record: the clause that says why it was decided, chosen among the
//! candidate clauses around the verdict.

use super::*;

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
    w(0) == "on"
        && w(1) == "the"
        && matches!(w(2), "basis" | "grounds" | "understanding")
        && w(3) == "that"
        || (w(0), w(1), w(2), w(3)) == ("on", "the", "back", "of") && word_after(4)
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
        if let Some(e) = clauses::after_event(toks, i, limit) {
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
        // "until legal signs off", "till the vendor fixes it", "once the intake is in":
        // a condition, not a date; "till the spring" is a date said in words.
        let condition = matches!(
            toks[i].lower.as_str(),
            "until" | "till" | "til" | "unless" | "while" | "once"
        ) && !till_named(toks, i, ctx)
            && toks.get(i + 1).is_some_and(|t| {
            t.is_word()
                && !skip(i + 1)
                && !matches!(
                    t.lower.as_str(),
                    "further" | "then" | "now" | "next" | "end" | "a" | "an" | "more" | "again"
                        // "not once since they went in", "once or twice": how often.
                        | "since" | "or" | "every" | "per"
                )
        }) && toks.get(i + 2).is_some_and(|t| t.is_word() && !skip(i + 2))
            // "the scanners can't read the tags once they've been through the booth": a
            // "once" that qualifies a clause of its own before it is part of that clause.
            && !(toks[i].is("once") && {
                let cs = (after..i)
                    .rev()
                    .find(|&k| toks[k].is_break())
                    .map_or(after, |k| k + 1);
                cs + 2 < i && own_clause(toks, cs, i)
            })
            // "once we dropped the training days": what was done, told as a time, no
            // condition.
            && !(toks[i].is("once")
                && matches!(toks[i + 1].lower.as_str(), "we" | "they" | "i")
                && toks[i + 2].lower.ends_with("ed"))
            && !clauses::only_time(toks, i + 1, clauses::clause_end(toks, i + 1, limit), skip)
            // "until after the holidays": a time too.
            && !(toks[i + 1].is("after")
                && clauses::only_time(toks, i + 2, clauses::clause_end(toks, i + 2, limit), skip));
        // "until the Q1 liquidity numbers are in": a time that names the event waited for.
        let condition = condition
            || matches!(
                toks[i].lower.as_str(),
                "until" | "till" | "til" | "unless" | "once"
            ) && (event_after_time(toks, i + 1, limit, skip)
                || toks.get(i + 1).is_some_and(|t| t.is("the"))
                    && event_after_time(toks, i + 2, limit, skip));
        // "until after the year-end close": an event that has a time in it is still the
        // condition ("until after Christmas" is only a time).
        let condition = condition
            || clauses::after_timed_event(toks, i, limit, skip)
            || condition_after_look_again(toks, i, limit, skip);
        // "since June, ~£30k saved": "since" a time, up to its comma, says when.
        // "Fewer mis-picks since the scanners went in: … saved £7,500": a benefit's result
        // opening the message, told with what it is counted since, is its evidence whole.
        let counted_since = ctx.verdict.is_none()
            && toks[i].is("since")
            && COMPARATIVES.contains(&toks[0].lower.as_str())
            && !(0..i).any(|j| toks[j].is_break());
        // "Traceability: since start in August, complaint time reduced …": a benefit's
        // result opened by what it is counted since keeps its "since" as evidence.
        // "…: since August the growers receive R$ 0,04 more per litre": so does one opened by
        // the time it is counted since, then a clause of its own.
        let since_opens_result = ctx.verdict.is_none()
            && toks[i].is("since")
            && (i == 0 || matches!(toks[i - 1].lower.as_str(), "." | "!" | "?" | "\n" | ":"))
            && (clauses::since_event(toks, i + 1, limit) && {
                let e = clauses::clause_end(toks, i + 1, limit);
                toks.get(e).is_some_and(|t| t.is(","))
                    && e + 1 < limit
                    && own_clause(toks, e + 1, clauses::clause_end(toks, e + 1, limit))
            } || clauses::since_time_then_clause(
                toks,
                i + 1,
                clauses::clause_end(toks, i + 1, limit),
            ));
        // "23 jobs done since Sept that would've …": "since" a date says from when.
        // Not "since the January count can wait …", "since the 2014 Transits cost more …"
        // (round R38): a subject holding the date, then a verb of its own, is a cause.
        let since_date = toks[i].is("since")
            && i + 1 < limit
            && skip(i + 1)
            && !(toks[i + 1].is("the")
                && own_clause(toks, i + 1, clauses::clause_end(toks, i + 1, limit)));
        let when = !since_opens_result
            && (counted_since
                || since_date
                || clauses::wait_then_reason(toks, i, limit)
                || toks[i].is("since")
                    && (clauses::since_event(toks, i + 1, limit)
                        || clauses::only_time(
                            toks,
                            i + 1,
                            clauses::clause_end(toks, i + 1, limit),
                            skip,
                        )));
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
        if let (Some((_, false)), true) = (start, toks[i].is(",")) {
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
            let close_paren = toks[i].lower == "(";
            // ", which nobody used": the relative clause stays with its reason.
            let relative = |j: usize| toks[j].is(",") && clauses::opens_relative(toks, j + 1);
            // "until the refurb is signed, look again in March": the look-again is the
            // review date, not part of the condition.
            let look_again = |j: usize| {
                matches!(toks[j].lower.as_str(), "," | ";" | "-" | "—" | "–")
                    && (clauses::opens_look_again(toks, j + 1)
                        || hedged_time(toks, j + 1, limit, skip))
                    // ", which should be mid-January": when the condition is met.
                    || toks[j].is(",") && clauses::date_remark(toks, j + 1, limit, skip)
            };
            let end = (s..limit)
                .find(|&j| {
                    let t = toks[j].lower.as_str();
                    matches!(t, "." | "!" | "?" | "\n")
                        || (close_paren && t == ")")
                        || look_again(j)
                        || (!strong && !close_paren && matches!(t, "," | ";") && !relative(j))
                })
                .unwrap_or(limit)
                .min(s + MAX_CLAUSE);
            // "from personalised coupons last month": the period is when, not where from.
            let end = if source_after_money(toks, i, skip, ctx) {
                period_after_source(toks, s, end, skip).unwrap_or(end)
            } else {
                end
            };
            // "since July" is when, not why.
            let only_dates = s < end && (s..end).all(|j| skip(j) || toks[j].is_break())
                || (strong && !condition && clauses::only_time(toks, s, end, skip));
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
                && (s..(s + 4).min(end)).any(|j| {
                    crate::reader::next_sentence::THIRD_PARTIES.contains(&toks[j].lower.as_str())
                });
            // "ok but only if BD can show two wins by March": the time is the condition's.
            // "in winter the divers cannot reach them": the time is the reason's.
            let time_is_its_own = s < end
                && (toks[s].is("if")
                    || toks[s].is("only") && toks.get(s + 1).is_some_and(|t| t.is("if"))
                    || time_then_cannot(toks, s, end));
            let dated = (s..end).any(skip)
                && !judged
                && !time_is_its_own
                && !((s..end).all(|j| !(ctx.money)(j))
                    && (own_clause(toks, s, end) || scope(s) || news));
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
                    || ctx.verdict.is_some() && clauses::counted_things_for(toks, s, end)
                    || clauses::says_only_the_currency(toks, s, end)
                    || clauses::only_who_said_so(toks, s, end)
                    || ctx.verdict.is_some() && (plan_or_reference(toks, s, end))
                    // "…, lmk if any push back".
                    || crate::reader::chat_asides::asks_for_replies(toks, s)
                    || crate::reader::bare_clauses::only_exclamation(toks, s, end)
                    || crate::reader::bare_clauses::only_duration(toks, s, end)
                    || crate::reader::bare_clauses::announces_results(toks, s, end)
                    || crate::reader::bare_clauses::asked_amount_set_against(toks, s, end)
                    || crate::reader::bare_clauses::only_names(text, toks, s, end)
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
            let weak_reject = !strong && (dated || refused);
            // "CA deadline for re-verification is 30th June, we can't do it manually": a
            // dated clause first after the verdict, refused only for its date, opens the
            // reason told after its comma.
            if !strong
                && dated
                && !refused
                && ctx.verdict.is_some()
                && !only_dates
                && (s <= after + 2 || s > 0 && matches!(toks[s - 1].lower.as_str(), "." | "!"))
                && !(s..end).any(|j| (ctx.money)(j))
                && toks.get(end).is_some_and(|t| t.is(","))
                && (s..end).filter(|&j| !skip(j) && toks[j].is_word()).count() >= 2
            {
                detail = Some((s, end));
            }
            // "dropping the keg filler, nobody orders kegs": a clause after the comma that
            // explains too belongs to the reason.
            let not_reason = |a: usize, b: usize| {
                NOT_REASONS.contains(&toks[a].lower.as_str())
                    && !reason_after_all(toks, a, b, skip, ctx.verdict)
                    && !clauses::joined_reason(text, toks, a, b, ctx.money)
                    || (a..b).any(|j| forecast_at(toks, j))
                    || (ctx.named)(a, b)
                    || decides(a, b)
                    // "…, without it we would need 2 more analysts": not a benefit's result.
                    || ctx.verdict.is_none()
                        && matches!(toks[a].lower.as_str(), "without" | "otherwise")
            };
            let end = if strong || close_paren || weak_reject || only_dates {
                end
            } else {
                clauses::runs_on(
                    text,
                    toks,
                    end,
                    limit.min(s + MAX_CLAUSE),
                    skip,
                    ctx.money,
                    &not_reason,
                )
            };
            if s < end && !weak_reject && !only_dates {
                // "… approved at KES 14.5m. CA deadline is 30th June, we can't do it
                // manually": the dated clause opening the sentence opens its reason too.
                let opening = later_sentence()
                    .map(|p| p + 1)
                    .filter(|&a| toks[i].is(",") && a + 1 < i && dated_opening(toks, a, i, ctx));
                let s = match (detail, opening) {
                    (Some((d, de)), _) if !strong && de == i && s == i + 1 => d,
                    (_, Some(a)) if !strong && s == i + 1 => a,
                    _ => s,
                };
                // "Customer support: the predictive MRO avoided 3 AOG events in November":
                // a benefit's result told of its investment by name is what it did, less
                // the name and the month it was counted in.
                let (s, end) = match (ctx.verdict, named_subject(toks, s, end, ctx)) {
                    (None, Some(k)) => (k, clauses::counted_until(toks, k, end, skip)),
                    // A date ending a benefit's result is its date, not its evidence.
                    (None, None) => {
                        let s = clauses::after_result_heading(toks, s, end);
                        let d = clauses::counted_until(toks, s, end, skip);
                        // "down 30% since August, which …": so is "since" a time when
                        // no other time dates the benefit.
                        let when = d < end
                            && (matches!(
                                toks[d].lower.as_str(),
                                "in" | "during" | "over" | "last" | "this"
                            ) || clauses::since_time_dates(toks, d, end, skip, ctx.money));
                        (s, if when { d } else { end })
                    }
                    _ => (s, end),
                };
                // "did its thing, 412 new sustainers": the counted result after praise.
                let (s, end) = ctx
                    .verdict
                    .is_none()
                    .then(|| crate::reader::bare_clauses::counted_after_praise(toks, s, end, limit))
                    .flatten()
                    .unwrap_or((s, end));
                // Emoji and other pictographs ("🚀", "✅", "→") are tone, not reason.
                let r = text[toks[s].start..toks[end - 1].end].trim_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(c, ',' | ';' | ':' | '-' | '—' | ')' | '(')
                        || u32::from(c) >= 0x2190 && !c.is_alphanumeric()
                        || matches!(c, '\u{fe0f}' | '\u{200d}')
                });
                if !r.is_empty() {
                    return Some(r.to_string());
                }
            }
        }
        i += 1;
    }
    None
}
