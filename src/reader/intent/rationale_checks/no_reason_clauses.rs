//! Clauses after a verdict that give no reason: a price judged after a refusal (kept), a
//! forecast, no change or fuss, more time, an owner, a plan or a paper reference, funding
//! granted by others.

use super::*;

/// "No. £40k is too much while we're still …": after a refusal, a sentence opening on the
/// price that it judges is the reason from its start (a "while" or "so" inside it does not
/// start it).
pub(in crate::reader::intent) fn judged_price_opening(
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
/// about how well the forecasting went. Nor "payback expected in 2 years": a payback told
/// with a verdict is its reason, foreseen or not (convention 100, round R64).
pub(in crate::reader::intent) fn forecast_at(toks: &[Token], j: usize) -> bool {
    match toks[j].lower.as_str() {
        "expecting" | "expected" => !(j > 0 && toks[j - 1].is("payback")),
        "forecast" => !toks.get(j + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "accuracy" | "error" | "errors" | "quality" | "bias"
            )
        }),
        _ => false,
    }
}

/// "no change to the budget", "no biggie": the verdict said to cost nothing more, or the
/// writer's shrug, not why it was given.
pub(in crate::reader::intent) fn no_change_or_fuss(toks: &[Token], s: usize, e: usize) -> bool {
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
pub(in crate::reader::intent) fn more_time(toks: &[Token], s: usize, e: usize) -> bool {
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
pub(in crate::reader::intent) fn owner_clause(toks: &[Token], s: usize, e: usize) -> bool {
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

/// "£560k - ICB funding confirmed", "lottery grant approved": money granted by someone else
/// is why the spend was approved, not the approval said again.
pub(in crate::reader::intent) fn funding_granted(toks: &[Token], verdict_at: usize) -> bool {
    verdict_at > 0
        && matches!(
            toks[verdict_at - 1].lower.as_str(),
            "funding" | "grant" | "grants" | "subsidy" | "co-funding" | "match-funding"
        )
}

/// "delivery mid-2028", "handover end of June", "change order CO-14", "ticket INC-2231",
/// "first site live early March": a clause after a verdict that says when the work lands
/// or which paper records it, not why ("delivery kept slipping" is a reason).
pub(in crate::reader::intent) fn plan_or_reference(toks: &[Token], s: usize, e: usize) -> bool {
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
    // without a verb of its own ("since it went live in May" tells from when; "we're not
    // even live in half the centres yet", a subject's state, round R52; not "we keep the
    // go-live in September").
    let own_subject = matches!(w(s), "we're" | "they're" | "we’re" | "they’re")
        || matches!(w(s), "we" | "they") && matches!(w(s + 1), "are" | "were");
    let live_when = !own_subject
        && (s + 1..e).any(|j| {
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
