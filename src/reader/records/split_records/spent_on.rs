//! "It will save us about 31m per year on UMEME and generator diesel", "saves about $15k a
//! year on servers and licences" (convention 71): money by the year, month or week, then
//! "on" and the things it is saved or spent on, is one record with the whole money. A
//! registered thing's name among those things ("generator diesel" for the Generator) says
//! what the money goes on, not the subject of a record of its own.

use super::*;

/// How many tokens of the list of things may stand between "on" and the name.
const LIST_REACH: usize = 6;

/// Whether the name matched at `at`, in the sentence `(a, b)`, stands in the list of things
/// after money by a period and "on" ("£11k a year on grid power and generator diesel").
pub(super) fn named_as_money_spent_on(
    toks: &[Token],
    (a, b): (usize, usize),
    at: usize,
    currency: Currency,
) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "on" a few words before the name, over a list's words only.
    let Some(on) = (at.saturating_sub(LIST_REACH).max(a)..at)
        .rev()
        .take_while(|&k| {
            let t = &toks[k];
            !t.is_break() && (t.is_word() || matches!(w(k), "," | "&" | "+" | "/"))
        })
        .find(|&k| w(k) == "on")
    else {
        return false;
    };
    // Nothing but the list's words between "on" and the name: no verb of another clause.
    if (on + 1..at).any(|k| matches!(w(k), "is" | "was" | "are" | "to" | "it" | "we" | "for")) {
        return false;
    }
    // "a year on", "per month saving on".
    let mut k = on;
    if k > a && matches!(w(k - 1), "saving" | "savings" | "saved") {
        k -= 1;
    }
    find_money(&toks[a..b], currency).iter().any(|m| {
        m.period.is_some()
            && a + m.end <= k
            && k - (a + m.end) <= 3
            && period_ends_at(toks, a + m.end, k)
    })
}

/// Whether the tokens from `from` up to `to` are only a period's words ("a year", "per
/// annum", "/yr") or nothing.
fn period_ends_at(toks: &[Token], from: usize, to: usize) -> bool {
    (from..to).all(|k| {
        matches!(
            toks[k].lower.as_str(),
            "a" | "an"
                | "per"
                | "each"
                | "every"
                | "year"
                | "yr"
                | "annum"
                | "month"
                | "mo"
                | "week"
                | "wk"
                | "/"
                | "p"
                | "."
                | "pa"
        )
    })
}
