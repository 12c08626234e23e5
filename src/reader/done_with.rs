//! "We're done with the Overdrive kiosk at Main, nobody's touched it since 2024 and it's
//! $2,400 a year": a thing we are "done with", told with why it is not worth keeping (no
//! one uses it, what it costs to run, or the money sunk in it: "$230k in and the growers
//! still call …"), is let go, a stop. "We're done with the
//! migration" alone tells work finished, not given up, and is left alone.

use super::money_words::find_money;
use super::tokens::Token;

/// Words that tell a thing is not used.
const UNUSED: &[&str] = &["nobody", "nobody's", "no-one", "hardly", "barely", "rarely"];

/// At `i`, "done with" said by us ("we're done with the kiosk", "I'm done with that
/// subscription") of a thing whose message says no one uses it or what it costs by the
/// period; where the shape ends (after "with").
pub(super) fn done_with_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "done" || word(i + 1) != "with" || i == 0 {
        return None;
    }
    let ours = matches!(word(i - 1), "we're" | "i'm")
        || matches!(word(i - 1), "are" | "'re" | "'m" | "am")
            && matches!(word(i.saturating_sub(2)), "we" | "i");
    if !ours
        || !matches!(
            word(i + 2),
            "the" | "that" | "those" | "our" | "this" | "these"
        )
    {
        return None;
    }
    let unused = (i + 2..toks.len()).any(|k| {
        UNUSED.contains(&word(k)) || word(k) == "no" && matches!(word(k + 1), "one" | "one's")
    });
    let running_cost = find_money(&toks[i + 2..], crate::money::Currency::GBP)
        .iter()
        .any(|m| m.period.is_some());
    let sunk = super::plain_verdicts::money_sunk_after(toks, i + 2);
    (unused || running_cost || sunk).then_some(i + 2)
}
