//! "Takes it from $96k down to about $48k", "That knocks it from $58,000 to $23,500", "so it
//! goes from GHS 640,000 to GHS 340,000" (round S52): the work's cost taken from one figure
//! down to a smaller one is the work cut back, a rescope to the smaller figure. Said of
//! "it", the work the message is about, with a verb that moves its cost; a bill or a count
//! that went down ("our power bill went from $9,000 to $6,500") is a result, and a cost
//! taken up is no cut. ("so it goes from X to Y" is read first by `budget_moved_at`, in
//! `verdict_shapes/figures_and_times/new_figures.rs`.)

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;
use crate::money::Currency;

/// The verbs that move the work's cost, said before "it from".
const MOVES: &[&str] = &[
    "takes", "took", "knocks", "knocked", "brings", "brought", "cuts",
];

/// The shape between `from` and `to`: "<moves> it from <money> [down] to [about] <money>",
/// the second figure the smaller.
pub(in crate::reader) fn cost_taken_down(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    // "brings it down from $60k to $41k" (round S55): "down" may come before "from".
    let down = |i: usize| usize::from(word(i - 1) == "down");
    let at = (from + 2..to).find(|&i| {
        word(i) == "from"
            && i >= from + 2 + down(i)
            && word(i - 1 - down(i)) == "it"
            && MOVES.contains(&word(i - 2 - down(i)))
    })?;
    let verb = at - 2 - down(at);
    let money = super::money_words::find_money(toks, Currency::GBP);
    let old = money.iter().find(|m| m.start == at + 1)?;
    let mut k = old.end;
    if word(k) == "down" {
        k += 1;
    }
    if word(k) != "to" {
        return None;
    }
    let to_at = k;
    k += 1;
    if matches!(
        word(k),
        "about" | "around" | "roughly" | "~" | "just" | "only"
    ) {
        k += 1;
    }
    let new = money.iter().find(|m| m.start == k && m.end <= to)?;
    (new.money.currency == old.money.currency && new.money.minor < old.money.minor).then_some(
        VerdictFinding {
            verdict: Verdict::Rescope,
            start: verb,
            end: to_at + 1,
            affirmed: true,
        },
    )
}
