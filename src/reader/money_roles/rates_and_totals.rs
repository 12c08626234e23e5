//! Money that is a rate or a sum worked out, not a one-off amount: a price per thing, a
//! figure set against such a price, a total the message works out, a rough year's figure
//! after others; and years said of a benefit (its horizon).

use super::*;

/// "power bill's gone from about $600 a quarter to $90, near enough $2k a year back in the
/// kitty", "from $900 to $150 a month, about $9k a year": a rough figure by the year told
/// after a comma that follows other money in its sentence, the year's sum the figures before
/// it make, a benefit's amount.
pub(in crate::reader) fn rough_year_after_figures(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    let k = lead(toks, m);
    if m.period.is_none() || k == m.start || k == 0 || word(toks, k - 1) != "," {
        return false;
    }
    money.iter().any(|n| {
        n.end < k
            && !toks[n.end..k]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
    })
}

/// "2 grand a race weekend", "40 quid a batch", "$9/seat/month": money per a thing that is
/// no period is a rate, never a one-off amount or a year's worth.
pub(in crate::reader) fn rate_per_thing(toks: &[Token], m: &MoneyMention) -> bool {
    if m.period.is_some() {
        return false;
    }
    let at = |k: usize| word(toks, m.end + k);
    let skip = usize::from(matches!(at(0), "more" | "less" | "extra"));
    let next_is_word = toks.get(m.end + skip + 1).is_some_and(Token::is_word);
    match at(skip) {
        "a" | "an" => next_is_word && !matches!(at(skip + 1), "year" | "month" | "yr" | "lot"),
        "/" => next_is_word,
        _ => false,
    }
}

/// "$48 a bushel vs $30 at harvest", "£2.10 a litre against £1.70": money set against a
/// price per thing just before it is a price of the same thing, a rate too.
pub(in crate::reader) fn set_against_a_rate(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    let k = lead(toks, m);
    let by = match (
        k.checked_sub(2).map(|j| word(toks, j)),
        before(toks, m, m.start - k + 1),
    ) {
        (_, "vs" | "versus" | "against") => k - 1,
        (Some("compared"), "to" | "with") => k - 2,
        _ => return false,
    };
    money.iter().any(|p| {
        p.end <= by
            && by - p.end <= 2
            && !toks[p.end..by].iter().any(Token::is_break)
            && rate_per_thing(toks, p)
    })
}

/// "40 brew days = ~$80k", "so roughly £24k", "that's £144k", "call it £18k", "£32.7k all
/// in", "£40k in total": the sum the message works out, which the figures before it make.
pub(in crate::reader) fn worked_total(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let after = |n: usize| word(toks, m.end + n);
    matches!(prev(1), "=" | "so" | "total" | "totalling" | "totaling")
        || (prev(2), prev(1)) == ("that", "'s")
        || prev(1) == "that's"
        || (prev(2), prev(1)) == ("call", "it")
        || (after(0), after(1)) == ("all", "in")
        || (after(0), after(1)) == ("in", "total")
}

/// "benefits over 3 years", "savings across 5 years", "a 5-year horizon": years said of a
/// benefit with no yearly figure, or named a horizon. A cost spread over years ("$2.4m over 3 years", "$20k a year
/// for 3 years") or a term paid for ("$90k for 3 years", "the 3 yr managed service") says
/// how the money is paid, not how long a benefit lasts.
pub(in crate::reader) fn benefit_horizon_said(toks: &[Token]) -> bool {
    (2..toks.len()).any(|i| {
        // "a 5-year horizon": the years named as one.
        let named = (i + 1..toks.len().min(i + 4)).any(|j| word(toks, j) == "horizon");
        let of_benefit = matches!(word(toks, i - 1), "over" | "across" | "for")
            && matches!(
                word(toks, i - 2),
                "benefit" | "benefits" | "saving" | "savings" | "return" | "returns"
            );
        (named || of_benefit) && super::super::intent::years_at(toks, i).is_some()
    })
}
