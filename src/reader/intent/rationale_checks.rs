//! Checks the rationale rules use to refuse or keep a candidate clause: prices, forecasts,
//! conditions, owners, hedged times, plans.

use super::*;

/// "No. £40k is too much while we're still …": after a refusal, a sentence opening on the
/// price that it judges is the reason from its start (a "while" or "so" inside it does not
/// start it).
pub(super) fn judged_price_opening(
    toks: &[Token],
    s: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> bool {
    matches!(ctx.verdict, Some(Verdict::Reject | Verdict::Stop))
        && s < limit
        && (ctx.money)(s)
        && clauses::judges_price(toks, s, clauses::clause_end(toks, s, limit))
}

/// "savings expected at £40k", "forecast at kr 150k": a word at `j` that tells what is
/// only foreseen, which is no reason; not "the forecast accuracy was no better", a fact
/// about how well the forecasting went.
pub(super) fn forecast_at(toks: &[Token], j: usize) -> bool {
    match toks[j].lower.as_str() {
        "expecting" | "expected" => true,
        "forecast" => !toks.get(j + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "accuracy" | "error" | "errors" | "quality" | "bias"
            )
        }),
        _ => false,
    }
}

/// Where the record's investment, named as the subject of the clause `s..e` ("the
/// predictive MRO avoided …", "PDM cut …"), ends, when a verb in the past follows it.
pub(super) fn named_subject(
    toks: &[Token],
    s: usize,
    e: usize,
    ctx: &ClauseContext,
) -> Option<usize> {
    let a = s + usize::from(toks[s].is("the"));
    let k = (a + 1..e).rev().find(|&k| (ctx.named)(a, k))?;
    let w = toks[k].lower.as_str();
    let did = w.len() > 4 && w.ends_with("ed")
        || matches!(
            w,
            "cut" | "caught" | "found" | "made" | "brought" | "kept" | "gave"
        );
    (k + 2 < e && did && !NOT_REASONS.contains(&w)).then_some(k)
}

/// Words that join a reason or another clause on after a time, rather than name the event.
pub(super) const JOINS: &[&str] = &[
    "as", "because", "since", "while", "so", "given", "due", "and", "but", "when", "then", "to",
    "for", "with", "or", "if", "after", "before",
];

/// "until the Q1 liquidity numbers are in": a time at `d` that names the event after it,
/// which has three words of its own and a verb ("are", "is", "come", "land" …).
pub(super) fn event_after_time(
    toks: &[Token],
    d: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    if !(d < limit && skip(d)) {
        return false;
    }
    let e = clauses::clause_end(toks, d, limit);
    let a = (d..e).find(|&j| !skip(j)).unwrap_or(e);
    // "till Q1 as client budgets are frozen": a reason after the time is no event of it.
    let joined = a < e && JOINS.contains(&toks[a].lower.as_str());
    let words = (a..e)
        .take_while(|&j| toks[j].is_word() && !skip(j))
        .count();
    !joined
        && words >= 3
        && (a..e).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "comes"
                    | "come"
                    | "land"
                    | "lands"
                    | "arrive"
                    | "arrives"
                    | "close"
                    | "closes"
                    | "meets"
                    | "signs"
                    | "sign"
            )
        })
}

/// "yes if legal agrees, £150k", "approved, but only if the grant comes through": a
/// condition said right after the verdict, kept with its "if" (and "only"), up to its
/// comma; where it starts when the "if" is at `i`. Not "if needed" later in the clause.
/// "Route planning is a go at $52k if the vendor throws in the app": the verdict's amount
/// may come between.
pub(super) fn verdict_on_condition(
    toks: &[Token],
    after: usize,
    i: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let words = |k: usize| (k..k + 2).all(|j| toks.get(j).is_some_and(|t| t.is_word()));
    if w(i) != "if" || !words(i + 1) {
        return None;
    }
    let only = i > after && w(i - 1) == "only";
    let lead = if only { i - 1 } else { i };
    let said_right_after = (after..lead).all(|j| {
        matches!(
            toks[j].lower.as_str(),
            "," | "but" | "-" | "—" | "–" | "ok" | "okay"
        ) || money(j)
            || matches!(toks[j].lower.as_str(), "at" | "for") && money(j + 1)
    });
    said_right_after.then_some(lead)
}

/// "Revisit in March when the new architect is on board": "when" after a look-again's
/// date opens the condition it waits for.
pub(super) fn condition_after_look_again(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    // "revisit in January after the Harbolnas numbers", "evaluated again on 12.03.2027
    // after the new shuttle contract": "after" what comes, too.
    let after = toks[i].is("after")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "we" | "our" | "their" | "a" | "an"
            )
        });
    if !(toks[i].is("when") || after) || i <= 2 || !skip(i - 1) {
        return false;
    }
    // Back over the whole date ("12.03.2027" is several tokens) to what is said before it.
    let mut d = i - 1;
    while d > 0 && skip(d - 1) {
        d -= 1;
    }
    let before = d.saturating_sub(4)..d;
    (before.clone().any(|j| clauses::opens_look_again(toks, j))
        || after && before.clone().any(|j| toks[j].is("again")))
        && i + 3 < limit
        && (i + 1..i + 3).all(|j| toks[j].is_word() && !skip(j))
}

/// "no change to the budget", "no biggie": the verdict said to cost nothing more, or the
/// writer's shrug, not why it was given.
pub(super) fn no_change_or_fuss(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| if k < e { toks[k].lower.as_str() } else { "" };
    w(s) == "no"
        && match w(s + 1) {
            "change" | "changes" => matches!(w(s + 2), "" | "to"),
            // "carry on, no dramas": Australian for no fuss.
            "biggie" | "drama" | "dramas" | "fuss" | "worries" | "probs" | "problems" => e == s + 2,
            _ => false,
        }
}

/// "6 months more", "another year", "2 more years": how much longer the work goes on, no
/// reason for it.
pub(super) fn more_time(toks: &[Token], s: usize, e: usize) -> bool {
    let unit = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "yr"
                | "yrs"
        )
    };
    let more = |t: &Token| matches!(t.lower.as_str(), "more" | "longer" | "extra" | "another");
    let part = &toks[s..e];
    part.len() <= 4
        && part.iter().any(unit)
        && part.iter().any(more)
        && part
            .iter()
            .all(|t| unit(t) || more(t) || t.kind == TokKind::Num || t.is("for") || t.is("one"))
}

/// "Cem will manage it", "Sari owns it": who will run the work, no reason for it.
pub(super) fn owner_clause(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| if k < e { toks[k].lower.as_str() } else { "" };
    let run = |v: &str| {
        matches!(
            v,
            "manage" | "lead" | "own" | "run" | "handle" | "coordinate" | "drive"
        )
    };
    let owns = |v: &str| matches!(v, "owns" | "leads" | "manages" | "runs" | "drives");
    // "owner @kai", "lead: Priya": who owns it, named after a role word.
    let named_owner = e <= s + 4
        && matches!(w(s), "owner" | "lead" | "sponsor")
        && (s + 1..e)
            .any(|k| toks[k].is_sym("@") || toks[k].lower.starts_with('@') || toks[k].capital);
    named_owner
        || e <= s + 5
            && toks[s].capital
            && (w(s + 1) == "will" && run(w(s + 2)) || owns(w(s + 1)))
            && matches!(w(e - 1), "it" | "this" | "that")
}

/// "maybe March", "probably Q2": a guess at when, told after the reason or the condition.
pub(super) fn hedged_time(
    toks: &[Token],
    s: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "maybe" | "probably" | "possibly" | "perhaps" | "likely" | "hopefully"
                // "prob early Feb".
                | "prob" | "probs" | "prolly"
        )
    }) && s + 1 < limit
        && clauses::only_time(toks, s + 1, clauses::clause_end(toks, s + 1, limit), skip)
}

/// "CA deadline for re-verification is 30th June", "mandatory from Feb for us": a clause
/// refused alone for its date (no money in it, words of its own, no plan, follow-up, name
/// or verdict), which opens the reason told after its comma.
pub(super) fn dated_opening(toks: &[Token], s: usize, e: usize, ctx: &ClauseContext) -> bool {
    let skip = ctx.skip;
    ctx.verdict.is_some()
        && (s..e).any(skip)
        && !(s..e).any(|j| (ctx.money)(j))
        && (s..e).filter(|&j| !skip(j) && toks[j].is_word()).count() >= 2
        && !(s..e).any(|j| toks[j].is_break())
        && !clauses::what_follows(toks, s, e, skip)
        && !plan_or_reference(toks, s, e)
        && !NOT_REASONS.contains(&toks[s].lower.as_str())
        && !clauses::opens_look_again(toks, s)
        && !(ctx.named)(s, e)
        && !clauses::decides_in(toks, s, e)
        && !clauses::holds_horizon(toks, s, e)
}

/// "brought in an extra £22k in November from peak-sailing fares", "R48k of extra margin
/// from personalised coupons": where a benefit's money came from, said after "from" a few
/// words after the amount (no verdict, no comma between). Not a range ("down from 7 to
/// 1", "from £240k to £275k") nor a time ("from April").
pub(super) fn source_after_money(
    toks: &[Token],
    i: usize,
    skip: &dyn Fn(usize) -> bool,
    ctx: &ClauseContext,
) -> bool {
    if ctx.verdict.is_some() || !toks[i].is("from") || i == 0 {
        return false;
    }
    let word = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && !skip(j));
    // "from the Korean importer" names who paid; "from route optimisation" names the
    // investment itself; "from duplicate invoices on 2 Nov" holds a date.
    let e = clauses::clause_end(toks, i + 1, toks.len());
    let opens_phrase = word(i + 1)
        && (i + 1..e).filter(|&j| word(j)).count() >= 2
        && !matches!(
            toks[i + 1].lower.as_str(),
            "the" | "a" | "an" | "our" | "their" | "his" | "her"
        )
        && !(i + 1..period_after_source(toks, i + 1, e, skip).unwrap_or(e)).any(skip)
        && !(i + 2..=e).any(|k| (ctx.named)(i + 1, k));
    let back = i.saturating_sub(5);
    let range = (i + 1..(i + 6).min(toks.len())).any(|j| {
        toks[j].is("to")
            && toks
                .get(j + 1)
                .is_some_and(|t| t.kind == TokKind::Num || skip(j + 1))
    });
    opens_phrase
        && !range
        && (back..i).any(|j| (ctx.money)(j))
        && !(back..i).any(|j| toks[j].is(",") || toks[j].is("."))
}

/// "from personalised coupons last month": where the period the money was counted in
/// ("last month", "this quarter") starts when it ends the clause `s..e`; it is no part of
/// where the money came from.
pub(super) fn period_after_source(
    toks: &[Token],
    s: usize,
    e: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    (s + 1..e).find(|&j| matches!(toks[j].lower.as_str(), "last" | "this") && (j..e).all(skip))
}

/// "knocked back at capital panel, £650k and the basement needs structural work first":
/// after a refusal, the "and" joining its price to a clause of its own adds the case
/// against it. Only in the verdict's sentence (from `after`): a sentence after it that
/// judges the price is read whole.
pub(super) fn refused_for_more(
    toks: &[Token],
    after: usize,
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> bool {
    // The cheap tests first: this runs at every token of the scan.
    let same_sentence = || {
        !toks[after.min(i)..i]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
    };
    toks[i].is("and")
        && matches!(
            ctx.verdict,
            Some(Verdict::Reject | Verdict::Stop | Verdict::Defer)
        )
        && i > 0
        && (ctx.money)(i - 1)
        && i + 1 < limit
        && same_sentence()
        && said_with_subject(toks, i + 1, clauses::clause_end(toks, i + 1, limit))
}

/// A clause of its own, or one opening on its subject ("the team uses excel fine", "our
/// spreadsheets already do most of it"): four words or more.
pub(in crate::reader) fn said_with_subject(toks: &[Token], s: usize, e: usize) -> bool {
    s < e
        && (own_clause(toks, s, e)
            || e >= s + 4
                && matches!(
                    toks[s].lower.as_str(),
                    "the" | "our" | "their" | "we" | "they" | "it" | "nobody"
                )
                && (s + 1..e).all(|j| toks[j].is_word()))
}

/// Words that open a result compared with before: "fewer disputed invoices", "faster
/// month-end".
pub(super) const COMPARATIVES: &[&str] = &[
    "fewer", "less", "lower", "faster", "quicker", "shorter", "more", "higher", "better",
];

/// "£560k - ICB funding confirmed", "lottery grant approved": money granted by someone else
/// is why the spend was approved, not the approval said again.
pub(super) fn funding_granted(toks: &[Token], verdict_at: usize) -> bool {
    verdict_at > 0
        && matches!(
            toks[verdict_at - 1].lower.as_str(),
            "funding" | "grant" | "grants" | "subsidy" | "co-funding" | "match-funding"
        )
}

/// ", since the line is being closed", ", mostly from fewer refunds", ", b/c the data model
/// is changing": a comma at `i` before
/// a reason's own marker (after an adverb of degree) starts the reason after the marker,
/// as the marker alone would; not "since" a time, which says when.
pub(super) fn marked_after_comma(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<(usize, bool)> {
    if !toks[i].is(",") {
        return None;
    }
    let degree = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "mostly" | "mainly" | "largely" | "partly" | "chiefly" | "all"
        )
    });
    let m = i + 1 + usize::from(degree);
    let lead = toks.get(m)?.lower.as_str();
    if !matches!(
        lead,
        "since"
            | "because"
            | "citing"
            | "cos"
            | "bc"
            | "b"
            | "from"
            | "through"
            | "thanks"
            | "due"
            | "seeing"
    ) {
        return None;
    }
    if lead == "since"
        && (clauses::since_event(toks, m + 1, limit)
            || clauses::only_time(toks, m + 1, clauses::clause_end(toks, m + 1, limit), skip))
    {
        return None;
    }
    reason_start(toks, m).filter(|&(_, strong)| strong)
}

/// "delivery mid-2028", "handover end of June", "change order CO-14", "ticket INC-2231",
/// "first site live early March": a clause after a verdict that says when the work lands
/// or which paper records it, not why ("delivery kept slipping" is a reason).
pub(super) fn plan_or_reference(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let lands = matches!(
        w(s),
        "delivery"
            | "handover"
            | "completion"
            | "install"
            | "installs"
            | "installation"
            | "cutover"
            | "kickoff"
    ) && (!as_clause(toks, s) || (s..e).any(|j| toks[j].is("end")));
    let paper = matches!(
        w(s),
        "ref" | "reference" | "ticket" | "jira" | "po" | "invoice" | "cr"
    ) || w(s) == "change" && w(s + 1) == "order";
    let coded = (s..e).any(|j| toks[j].lower.bytes().any(|b| b.is_ascii_digit()));
    // "first site live early March", "pilot live by Easter": when a part goes live, said
    // without a verb of its own ("since it went live in May" tells from when).
    let live_when = (s + 1..e).any(|j| {
        matches!(w(j), "live" | "go-live")
            && !matches!(
                w(j - 1),
                "went"
                    | "go"
                    | "goes"
                    | "going"
                    | "gone"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "since"
                    | "after"
                    | "before"
                    | "not"
            )
            && (matches!(
                w(j + 1),
                "early" | "mid" | "late" | "end" | "in" | "by" | "from" | "next" | "on"
            ) || crate::reader::dates::month(w(j + 1)).is_some())
    });
    // "see previous mail", "cf. the board pack": where the reason is, not the reason.
    let pointer = matches!(w(s), "see" | "cf" | "refer") && e <= s + 5;
    // "pilot in Lagos first", "extend to the Davao site", "roll out to the wards": where
    // the work goes first or next, told with a bare verb.
    let goes_next = matches!(
        w(s),
        "pilot" | "extend" | "expand" | "roll" | "start" | "begin" | "trial"
    ) && matches!(w(s + 1), "to" | "in" | "at" | "with" | "out" | "on" | "for");
    // "has to be running before seeding", "needs to be fitted by the gala": by when the
    // work must be done, said with no subject.
    let due_by = matches!(w(s), "has" | "have" | "needs" | "need" | "must")
        && (w(s + 1) == "to" && w(s + 2) == "be" || w(s) == "must" && w(s + 1) == "be")
        && (s + 2..e).any(|j| matches!(w(j), "before" | "by" | "ahead"));
    lands || paper && coded && e <= s + 6 || live_when || pointer || goes_next || due_by
}

/// "->" or "=>" at `i`: an arrow written with two characters.
pub(super) fn arrow_at(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].lower.as_str(), "-" | "=")
        && toks.get(i + 1).is_some_and(|t| t.is_sym(">") && t.attached)
}
