//! A candidate clause of the rationale scan read to its end, checked, and cut to the
//! reason it gives.

use super::clause_refusals::dated_or_refused;
use super::*;

/// A candidate clause starting at `s` (found at token `i`) and what the checks read it with.
pub(super) struct Candidate<'c, 'a> {
    pub text: &'c str,
    pub toks: &'c [Token],
    pub ctx: &'c ClauseContext<'a>,
    pub after: usize,
    pub i: usize,
    pub limit: usize,
    pub s: usize,
    /// Led by a strong marker ("because", a condition): read to the sentence's end.
    pub strong: bool,
    pub condition: bool,
    /// The record's verdict is a refusal (reject or stop).
    pub refused: bool,
    pub priced: &'c dyn Fn(usize) -> bool,
    pub quoted: &'c dyn Fn(usize) -> bool,
    pub later_sentence: &'c dyn Fn() -> Option<usize>,
    pub decides: &'c dyn Fn(usize, usize) -> bool,
}

/// The reason the candidate gives, if any; `detail` keeps a dated clause first after the
/// verdict, refused for its date, for the clause after its comma.
pub(super) fn read_candidate(c: &Candidate, detail: &mut Option<(usize, usize)>) -> Option<String> {
    let Candidate {
        text,
        toks,
        ctx,
        after,
        i,
        limit,
        s,
        strong,
        condition,
        later_sentence,
        decides,
        ..
    } = *c;
    let skip = ctx.skip;
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
    let (dated, refused) = dated_or_refused(c, end, close_paren);
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
        *detail = Some((s, end));
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
    // "$38k for a machine that sits dead 8 months of the year, and Worcester County wants
    // …": after a refusal, the price case runs on over ", and".
    let price_case = c.refused
        && !(strong || close_paren || weak_reject || only_dates)
        && ((c.priced)(s) || (c.quoted)(s) || clauses::judges_price(toks, s, end));
    let end = price_case
        .then(|| crate::reader::price_case_and::and_more_after_price(text, toks, end, limit, skip))
        .flatten()
        .unwrap_or(end);
    if s < end && !weak_reject && !only_dates {
        // "… approved at KES 14.5m. CA deadline is 30th June, we can't do it
        // manually": the dated clause opening the sentence opens its reason too.
        let opening = later_sentence()
            .map(|p| p + 1)
            .filter(|&a| toks[i].is(",") && a + 1 < i && dated_opening(toks, a, i, ctx));
        let s = match (*detail, opening) {
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
    None
}
