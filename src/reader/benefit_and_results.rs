//! A benefit's second result joined by ", and" (round R43): "we are not sending samples to
//! Chennai anymore, and results come in 2 days instead of 9, about ₹2.5 lakh a month saved",
//! "payroll errors down from 310 to 42, and no more late CPF submissions. Cost is S$180k
//! less …". Another result that is no money stays in the evidence (convention 29); the
//! money's clause after it is the amount told. And "one year in:" opening the evidence is
//! how long the work has run, a heading, not part of the result.

use super::tokens::{TokKind, Token};

fn ends(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// A break closing a clause: a comma, a semicolon, a spaced dash, or a sentence's end.
fn clause_break(t: &Token) -> bool {
    ends(t) || matches!(t.lower.as_str(), "," | ";" | "—" | "–") || t.is_sym("-") && !t.attached
}

/// Where the evidence ending at `b` runs on to over ", and <result>": the result is three
/// words or more of words and figures with no money, not ending on a date, and ends the sentence or comes
/// before the clause holding the money.
pub(super) fn and_result_after(
    toks: &[Token],
    b: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !(toks.get(b)?.is(",") && toks.get(b + 1)?.is("and")) {
        return None;
    }
    let s = b + 2;
    // A message cut short after ", and" has no clause to run on over.
    if s >= toks.len() {
        return None;
    }
    let e = (s..toks.len())
        .find(|&j| clause_break(&toks[j]))
        .unwrap_or(toks.len());
    // A time inside it ("2 days instead of 9") is part of the result; one ending it is
    // the benefit's date.
    let plain = (s..e).all(|j| !money(j) && (toks[j].is_word() || toks[j].kind == TokKind::Num))
        && !skip(e - 1);
    // "and we've stopped paying the temp", "and we've dropped the bookkeeper": a payment
    // let go stays out (convention 29), as do plans.
    let let_go = matches!(toks[s].lower.as_str(), "we" | "we've" | "we'd" | "i've")
        && (s + 1..(s + 3).min(e)).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "stopped" | "dropped" | "cancelled" | "canceled" | "ended" | "longer"
            )
        });
    let opens = toks[s].is_word()
        && !let_go
        && !matches!(
            toks[s].lower.as_str(),
            "so" | "we'll" | "we're" | "i" | "i'll" | "then" | "also" | "it's" | "that's"
        );
    let closes = e == toks.len()
        || ends(&toks[e])
        // "…, which they bill the county about £3,500 a shout for": what that clause would
        // have cost, not the money the benefit brought.
        || !toks.get(e + 1).is_some_and(|t| t.is("which")) && {
            let n = (e + 1..toks.len())
                .find(|&j| clause_break(&toks[j]))
                .unwrap_or(toks.len());
            (e + 1..n).any(money)
        };
    (e >= s + 3 && plain && opens && closes).then_some(e)
}

/// Where the evidence from `a` starts past an opening "one year in:" / "six months in:".
pub(super) fn after_time_running(toks: &[Token], a: usize, b: usize) -> usize {
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < b)
            .map_or("", |t| t.lower.as_str())
    };
    let counted = toks.get(a).is_some_and(|t| t.kind == TokKind::Num)
        || matches!(
            w(a),
            "one" | "two" | "three" | "four" | "five" | "six" | "nine" | "twelve" | "a"
        );
    let period = matches!(
        w(a + 1),
        "year" | "years" | "month" | "months" | "weeks" | "week"
    );
    if counted && period && w(a + 2) == "in" && w(a + 3) == ":" && a + 4 < b {
        a + 4
    } else {
        a
    }
}
