//! The period an amount is said by: its period words ("a year", "p/a"), a period after a
//! comparative ("more margin per year"), recurring revenue named after it ("$38k MRR").

use super::*;

/// A year said after an amount. "p/a" and "p/m" (per annum, per month) are the shorthand
/// of UK and Indian writers, as "p.a." and "pcm" are. A season of a seasonal trade comes
/// once a year ("we pay Ryder about $9,000 a season", "$18K a season", round V55).
const YEARLY: [&[&str]; 17] = [
    &["a", "year"],
    &["per", "year"],
    &["per", "annum"],
    &["a", "yr"],
    &["per", "yr"],
    &["each", "year"],
    &["every", "year"],
    &["p", ".", "a", "."],
    &["p", ".", "a"],
    &["/", "yr"],
    &["/", "year"],
    &["/", "y"],
    &["p", "/", "a"],
    &["a", "season"],
    &["per", "season"],
    &["each", "season"],
    &["every", "season"],
];
/// A month said after an amount.
const MONTHLY: [&[&str]; 7] = [
    &["a", "month"],
    &["per", "month"],
    &["each", "month"],
    &["every", "month"],
    &["/", "month"],
    &["/", "mo"],
    &["p", "/", "m"],
];

/// A week said after an amount ("$900 a week", "£300 per week", "$2k/wk"): a year's
/// money is 52 of them.
const WEEKLY: [&[&str]; 8] = [
    &["a", "week"],
    &["per", "week"],
    &["each", "week"],
    &["every", "week"],
    &["a", "wk"],
    &["per", "wk"],
    &["/", "week"],
    &["/", "wk"],
];

/// Whether `word` opens one of the phrases of [`YEARLY`], [`MONTHLY`] or [`WEEKLY`].
#[inline]
fn opens_a_period_phrase(word: &str) -> bool {
    matches!(word, "a" | "per" | "each" | "every" | "p" | "/")
}

/// The period word(s) at `at`, if any, and how many tokens they take.
pub(super) fn period_at(toks: &[Token], at: usize) -> Option<(Period, usize)> {
    let t = toks.get(at)?;
    // Asked after every amount and beside it: the phrases below are compared only at a
    // word one of them opens on.
    if opens_a_period_phrase(&t.lower) {
        for w in YEARLY {
            if words_at(toks, at, w) {
                return Some((Period::Year, w.len()));
            }
        }
        for w in MONTHLY {
            if words_at(toks, at, w) {
                return Some((Period::Month, w.len()));
            }
        }
        for w in WEEKLY {
            if words_at(toks, at, w) {
                return Some((Period::Week, w.len()));
            }
        }
    }
    match t.lower.as_str() {
        "pa" | "annually" | "yearly" | "annual" | "annualised" | "annualized" => {
            Some((Period::Year, 1))
        }
        "pcm" | "monthly" => Some((Period::Month, 1)),
        _ => recurring_revenue(toks, at),
    }
}

/// "Rp 1,2 miliar more margin per year", "CHF 70'000 less travel costs per year": a period
/// said after the comparative and the few words it qualifies is the money's, and so is one
/// said straight after it ("₱320k more per month in collections").
pub(super) fn period_after_comparative(toks: &[Token], at: usize) -> Option<Period> {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "more" | "less" | "extra" | "additional"))
    {
        return None;
    }
    (at + 1..(at + 5).min(toks.len()))
        .take_while(|&k| toks[k - 1].is_word() && !toks[k - 1].is("than"))
        .find_map(|k| period_at(toks, k))
        .map(|(p, _)| p)
}

/// "around TSh 12m profit per year", "$40k savings a year", "about 4 million kr. each year"
/// (round S54): the period after one word saying what kind of money the figure is, or
/// after the dot of a currency written short, is the money's.
pub(super) fn period_after_money_kind(toks: &[Token], at: usize) -> Option<Period> {
    let t = toks.get(at)?;
    let kind = matches!(
        t.lower.as_str(),
        "profit" | "profits" | "savings" | "saving" | "revenue" | "income" | "margin"
    );
    let short_dot = t.is_sym(".")
        && t.attached
        && at > 0
        && matches!(toks[at - 1].lower.as_str(), "kr" | "m.kr" | "millj");
    if !(kind || short_dot) {
        return None;
    }
    period_at(toks, at + 1).map(|(p, _)| p)
}

/// "losing about one firing every month, around 6m each" (round S53): one thing a month
/// (or a week, or a year), then its price each, is money by that period. Only one of them
/// ("one", "a", "an"): a count of several at a price each is no rate said.
pub(super) fn one_a_period_each(toks: &[Token], m: &MoneyMention) -> Option<Period> {
    if !toks.get(m.end).is_some_and(|t| t.is("each")) {
        return None;
    }
    let mut k = m.start;
    // The hedge and the comma between the period and the price.
    while k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "around" | "about" | "roughly" | "approximately" | "approx" | "~" | ","
        )
    {
        k -= 1;
    }
    let period = match toks.get(k.checked_sub(1)?)?.lower.as_str() {
        "month" => Period::Month,
        "week" => Period::Week,
        "year" => Period::Year,
        _ => return None,
    };
    let every = toks.get(k.checked_sub(2)?)?;
    let thing = toks.get(k.checked_sub(3)?)?;
    let one = toks.get(k.checked_sub(4)?)?;
    (matches!(every.lower.as_str(), "every" | "a" | "per" | "each")
        && thing.is_word()
        && matches!(one.lower.as_str(), "one" | "a" | "an"))
    .then_some(period)
}

/// "it will save the 22m we pay the auditors for the reconciliations every year", "the 9m we
/// spend on casual labour each year": money followed by who pays or spends it, for what,
/// with the period closing that clause, is money by that period.
pub(super) fn period_closing_what_we_pay(toks: &[Token], at: usize) -> Option<Period> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(w(at), "we" | "they" | "i" | "you") {
        return None;
    }
    let mut k = at + 1;
    k += usize::from(matches!(w(k), "currently" | "now" | "still"));
    if !matches!(w(k), "pay" | "spend" | "paid" | "spent" | "lose") {
        return None;
    }
    // The period within the clause, closing it: the next word ends the clause.
    (k + 1..(k + 12).min(toks.len()))
        .take_while(|&j| toks[j].is_word() || toks[j].kind == TokKind::Num)
        .find_map(|j| {
            let (p, n) = period_at(toks, j)?;
            let after = w(j + n);
            (matches!(after, "" | "." | "," | ";" | "—" | "–" | "-" | ")" | "!")).then_some(p)
        })
}

/// Recurring revenue named after its amount ("$38k MRR", "$210k ARR", "$60k in new ARR",
/// "£5k of net new MRR"): money per month or per year.
pub(super) fn recurring_revenue(toks: &[Token], at: usize) -> Option<(Period, usize)> {
    let lead = toks[at..]
        .iter()
        .take(3)
        .take_while(|t| matches!(t.lower.as_str(), "in" | "of" | "new" | "net"))
        .count();
    match toks.get(at + lead)?.lower.as_str() {
        "arr" => Some((Period::Year, lead + 1)),
        "mrr" => Some((Period::Month, lead + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrases are compared only at a word [`opens_a_period_phrase`] lets through: every
    /// phrase's first word must be one.
    #[test]
    fn every_period_phrase_opens_on_a_word_let_through() {
        for phrase in YEARLY.iter().chain(MONTHLY.iter()).chain(WEEKLY.iter()) {
            assert!(opens_a_period_phrase(phrase[0]), "{phrase:?}");
        }
        assert!(!opens_a_period_phrase("year"));
    }
}
