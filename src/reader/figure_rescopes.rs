//! A new figure for the work, told against the old one and accepted, is a rescope to it:
//! "revised number is $890K, down from $1.02M … Director signed off on the new scope",
//! "now at £171k, not £148k. … Board agreed it by email", "costs went up, … Now $212K,
//! board ok'd it".

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;
use crate::money::Currency;

/// Where, between `from` and `to`, someone accepts what the message tells ("accepted",
/// "agreed", "approved", "ok'd", "signed off"), not negated.
pub(super) fn accepted_at(toks: &[Token], from: usize, to: usize) -> Option<usize> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    (from..to).find(|&k| {
        let said = matches!(
            word(k),
            "accepted" | "accepts" | "accept" | "agreed" | "approved" | "okayed" | "ok'd"
        ) || word(k) == "signed" && word(k + 1) == "off";
        // (The word before read only after an acceptance, round P56.)
        let negated = || {
            k > from
                && matches!(
                    word(k - 1),
                    "not" | "n't" | "never" | "didn't" | "won't" | "hasn't" | "haven't"
                )
        };
        said && !negated()
    })
}

/// A figure told as the work's new one ("is now £96k", "revised number is $890K") against
/// the one it replaces, or after a rise ("costs went up, … Now $212K"), then accepted: a
/// rescope (the amount is the new figure, as `Reader` reads a rescope's amount). Not an
/// approval said at its figure first ("approved at $1.2mm, down from the $1.45mm quoted").
/// The finding is the new figure, told from its "now" or "revised".
/// `accepted` is [`accepted_at`]'s answer for the same span, which the caller has already
/// asked (looked up once per span, not once per shape).
pub(super) fn new_figure_accepted(
    toks: &[Token],
    from: usize,
    to: usize,
    accepted: Option<usize>,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let accepted = accepted?;
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    // The new figure is told from a "now", "revised" or "new" before the acceptance (see
    // `told_new` below: it looks at most three words before a figure that comes before
    // `accepted`): without one there is nothing to find, and the money (the costly part)
    // need not be looked for.
    if !(from..accepted).any(|k| matches!(word(k), "now" | "revised" | "new")) {
        return None;
    }
    let money = super::money_words::find_money(&toks[from..to], Currency::GBP);
    let starts: Vec<usize> = money.iter().map(|m| from + m.start).collect();
    let money_at = |k: usize| starts.contains(&k);
    // "is now £96k", "now at £171k", "revised number is $890K": where the new figure is
    // told from.
    let told_new = |s: usize| {
        (s.saturating_sub(3).max(from)..s).find(|&k| {
            word(k) == "now"
                || matches!(word(k), "revised" | "new")
                    && matches!(
                        word(k + 1),
                        "number" | "figure" | "quote" | "price" | "cost" | "estimate" | "total"
                    )
        })
    };
    let against_old = |m: &super::money_words::MoneyMention| {
        let mut j = from + m.end;
        if word(j) == "," {
            j += 1;
        }
        // "£171k, not £148k", "$890K, down from $1.02M", "£26k rather than £41k".
        match (word(j), word(j + 1)) {
            ("not", _) => money_at(j + 1),
            ("down" | "up", "from") | ("rather", "than") | ("instead", "of") => {
                money_at(j + 2) || word(j + 2) == "the" && money_at(j + 3)
            }
            _ => false,
        }
    };
    // "Dressing room reno costs went up, … Now $212K": a rise told before the figure.
    let risen_before = |s: usize| {
        (from..s).any(|k| {
            matches!(word(k), "cost" | "costs" | "price" | "quote" | "estimate")
                && matches!(word(k + 1), "went" | "gone" | "have" | "has")
                && (word(k + 2) == "up" || word(k + 3) == "up")
        })
    };
    money.iter().find_map(|m| {
        let s = from + m.start;
        let opens = told_new(s)?;
        let rescoped =
            accepted > s && (against_old(m) || word(opens) == "now" && risen_before(opens));
        rescoped.then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: opens,
            end: from + m.end,
            affirmed: true,
        })
    })
}
