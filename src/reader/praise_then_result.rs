//! A benefit told as praise in a sentence with no figure, then what the work measurably did
//! in the next: "The new coding software is flying. Coders cleared the October backlog three
//! weeks early and we got €64k more …", "Ice plant's back on song. We made 38 tonnes a day
//! …". The praise says the work did well; the first measured clause after it, up to the
//! money's clause, is the evidence, with a ", not <the old figure>" kept ("Pay run takes
//! Sarah 2 hours now, not a day and a half").

use super::dates::month;
use super::paying_off::{measures, praise_break, rate_per_head};
use super::tokens::{TokKind, Token};

/// The evidence in the sentence after an opening sentence of praise that holds no figure,
/// with its token range.
pub fn result_after_unmeasured_praise(
    text: &str,
    toks: &[Token],
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize, String)> {
    let ends = |j: usize| matches!(toks[j].lower.as_str(), "." | "!" | "\n");
    let b = (0..toks.len().min(17)).find(|&j| ends(j))?;
    // The praise measures nothing: no figure, no change, no comparison ("has cut the
    // payroll from two days to half a day", "in minutes now instead of hours").
    // A day told with its month ("during the Nov 18 ice storm") dates the praise; it
    // measures nothing (round R53, convention 67).
    let month = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| month(&t.lower).is_some())
    };
    let dated = |j: usize| month(j.checked_sub(1)) || month(Some(j + 1));
    // "more than earned their spot", "has more than paid for itself": an intensifier.
    let more_than = |j: usize| {
        toks[j].is("than")
            && j > 0
            && toks[j - 1].is("more")
            && toks.get(j + 1).is_some_and(|t| {
                ["earn", "paid", "pay", "justif", "prov"]
                    .iter()
                    .any(|p| t.lower.starts_with(p))
            })
    };
    let figures = (0..b).any(|j| {
        (toks[j].kind == TokKind::Num || money(j)) && !dated(j)
            || measures(&toks[j]) && !dated(j)
            || matches!(toks[j].lower.as_str(), "instead" | "than" | "cut" | "from")
                && !more_than(j)
    });
    if b < 3 || figures || !(0..b).all(|j| !toks[j].is(":")) {
        return None;
    }
    let s = b + 1;
    let clause_end = |j: usize| {
        (j..toks.len())
            .find(|&k| praise_break(&toks[k]) || toks[k].is("("))
            .unwrap_or(toks.len())
    };
    let mut e = clause_end(s);
    // ", not a day and a half", ", not 2": the old figure set against the new.
    if toks.get(e).is_some_and(|t| t.is(",")) && toks.get(e + 1).is_some_and(|t| t.is("not")) {
        e = clause_end(e + 1);
    }
    // "ran €3.10 higher than at the tills": a figure set against another, with the
    // benefit's money told after the result, is part of what was measured (round R53).
    let later_money = (b + 1..toks.len()).filter(|&j| money(j)).last();
    let compared = |j: usize| {
        let k = (j..toks.len()).find(|&k| !money(k)).unwrap_or(toks.len());
        later_money.is_some_and(|m| m > k + 2)
            && toks.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "higher" | "lower" | "more" | "less" | "up" | "down"
                )
            })
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is("than") || t.is("on") || t.is("from"))
    };
    let money = |j: usize| money(j) && !rate_per_head(toks, j) && !compared(j);
    // "2 extra briskets per cook, like 40 more plates a day, ~4k a month extra": another
    // measured clause with no money after the comma is another result (convention 29).
    while toks.get(e).is_some_and(|t| t.is(",")) {
        let n = clause_end(e + 1);
        let measured = (e + 1..n).any(|j| measures(&toks[j]));
        if n > e + 3 && measured && !(e + 1..n).any(money) {
            e = n;
        } else {
            break;
        }
    }
    // "… and we got €64k more": the money's clause.
    let e = (s + 1..e)
        .find(|&j| toks[j].is("and") && (j..clause_end(j)).any(money))
        .unwrap_or(e);
    // The result opens on a word or its count ("3 extra tours a day").
    let opens = toks[s].is_word() || toks[s].kind == TokKind::Num && !money(s);
    // "no more dead lunch rushes": a trouble measured as gone.
    let gone = toks[s].is("no") && toks.get(s + 1).is_some_and(|t| t.is("more"))
        || trouble_gone(toks, s, e);
    let measured = gone || (s..e).any(|j| measures(&toks[j]));
    (e >= s + 3 && opens && !(s..e).any(money) && measured).then(|| {
        (
            s,
            e,
            text[toks[s].start..toks[e - 1].end].trim().to_string(),
        )
    })
}

/// "We haven't had a single hot bearing shutdown on the planer line since it went in": a
/// trouble not had once since the work went in is a result measured as gone (round R53).
fn trouble_gone(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let single = (s..e).any(|j| w(j) == "single" && w(j.wrapping_sub(1)) == "a");
    let negated = (s..e).any(|j| {
        matches!(
            w(j),
            "not" | "never" | "haven't" | "hasn't" | "haven’t" | "hasn’t" | "havent" | "hasnt"
        )
    });
    let since = (s..e).any(|j| w(j) == "since");
    single && negated && since
}
