//! Where a reason starts or ends: a benefit's subject named, where its money came from and
//! the period after it, a refusal's "and" adding to the price, a marker after a comma, an
//! arrow.

use super::*;

/// Where the record's investment, named as the subject of the clause `s..e` ("the
/// predictive MRO avoided …", "PDM cut …"), ends, when a verb in the past follows it.
pub(in crate::reader::intent) fn named_subject(
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

/// "brought in an extra £22k in November from peak-sailing fares", "R48k of extra margin
/// from personalised coupons": where a benefit's money came from, said after "from" a few
/// words after the amount (no verdict, no comma between). Not a range ("down from 7 to
/// 1", "from £240k to £275k") nor a time ("from April").
/// (Asked at every candidate of the rationale scan, and only a "from" opens one: told here,
/// before a call, round P62.)
#[inline(always)]
pub(in crate::reader::intent) fn source_after_money(
    toks: &[Token],
    i: usize,
    skip: &dyn Fn(usize) -> bool,
    ctx: &ClauseContext,
) -> bool {
    toks[i].is("from") && source_after_money_past_its_first_test(toks, i, skip, ctx)
}

/// [`source_after_money`] once its first test is passed.
fn source_after_money_past_its_first_test(
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
pub(in crate::reader::intent) fn period_after_source(
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
/// (Asked at every candidate of the rationale scan, and only an "and" opens one: told here,
/// before a call, round P62.)
#[inline(always)]
pub(in crate::reader::intent) fn refused_for_more(
    toks: &[Token],
    after: usize,
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> bool {
    toks[i].is("and") && refused_for_more_past_its_first_test(toks, after, i, limit, ctx)
}

/// [`refused_for_more`] once its first test is passed.
fn refused_for_more_past_its_first_test(
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
pub(in crate::reader::intent) const COMPARATIVES: &[&str] = &[
    "fewer", "less", "lower", "faster", "quicker", "shorter", "more", "higher", "better",
];

/// ", since the line is being closed", ", mostly from fewer refunds", ", b/c the data model
/// is changing": a comma at `i` before
/// a reason's own marker (after an adverb of degree) starts the reason after the marker,
/// as the marker alone would; not "since" a time, which says when.
pub(in crate::reader::intent) fn marked_after_comma(
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

/// "->" or "=>" at `i`: an arrow written with two characters.
pub(in crate::reader::intent) fn arrow_at(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].lower.as_str(), "-" | "=")
        && toks.get(i + 1).is_some_and(|t| t.is_sym(">") && t.attached)
}

#[cfg(test)]
mod p62_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P62: the first tests in front of the money's source (a "from") and of a
    /// refusal's price and more (an "and") keep the looks' answers at every word of the
    /// corpus's training messages and of `src/`'s strings, with every token taken for
    /// money or for none, with and without a refusal. Invented: "Quillon Ropeworks".
    #[test]
    fn the_first_tests_keep_sources_and_refusals() {
        let none = |_: usize| false;
        let all = |_: usize| true;
        let not_named = |_: usize, _: usize| false;
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let toks = tokenize(text);
            for money in [&none as &dyn Fn(usize) -> bool, &all] {
                for verdict in [None, Some(Verdict::Reject)] {
                    let ctx = ClauseContext {
                        skip: &none,
                        money,
                        named: &not_named,
                        verdict,
                    };
                    let n = toks.len();
                    for i in 0..n {
                        assert_eq!(
                            source_after_money(&toks, i, &none, &ctx),
                            source_after_money_past_its_first_test(&toks, i, &none, &ctx),
                            "{text:?} at {i}"
                        );
                        assert_eq!(
                            refused_for_more(&toks, 0, i, n, &ctx),
                            refused_for_more_past_its_first_test(&toks, 0, i, n, &ctx),
                            "{text:?} at {i}"
                        );
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 400_000, "{asked}");
    }
}
