//! "… and we are spending ₦6.8m less on diesel every month", "we're paying £1,200 a month
//! less for electricity now": a running cost we pay less of, by a sum each period, said as a
//! fact, is a saving already coming in (a benefit realised, though the word is never said).
//! "we'd be spending £1,200 less …" only hopes; "£1,200 less this week" is no running cost.

use super::tokens::{TokKind, Token};

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Words that count a period: "every month", "a year", "per week", "/mo".
const PERIODS: &[&str] = &[
    "mo", "month", "monthly", "yr", "year", "yearly", "annum", "annually", "week", "weekly",
];

/// At `i` ("we"), "we are / we're / we spend, pay" (spending, paying), then within the clause
/// a sum, "less" after it, and a period each ("every month", "a month").
pub(super) fn spending_less_at(toks: &[Token], i: usize) -> bool {
    let verb = match (word(toks, i), word(toks, i + 1)) {
        ("we're", _) => i + 1,
        ("we", "are" | "'re") => i + 2,
        ("we", "spend" | "pay" | "now") => i + 1,
        _ => return false,
    };
    let verb = if word(toks, verb) == "now" {
        verb + 1
    } else {
        verb
    };
    if !matches!(word(toks, verb), "spending" | "paying" | "spend" | "pay") {
        return false;
    }
    let clause: Vec<&Token> = toks[verb + 1..]
        .iter()
        .take_while(|t| !t.is_break())
        .take(14)
        .collect();
    let Some(n) = clause.iter().take(3).position(|t| t.kind == TokKind::Num) else {
        return false;
    };
    let less = clause[n + 1..]
        .iter()
        .take(5)
        .any(|t| matches!(t.lower.as_str(), "less" | "fewer"));
    let each = clause[n + 1..].windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "every" | "a" | "per" | "each" | "/")
            && PERIODS.contains(&w[1].lower.as_str())
    }) || clause[n + 1..].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "monthly" | "annually" | "yearly" | "weekly"
        )
    });
    less && each && !hedged(toks, i)
}

/// "if …", "would", "could" in the eight words before `i` of its sentence: a hope.
fn hedged(toks: &[Token], i: usize) -> bool {
    toks[i.saturating_sub(8)..i]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "if" | "would" | "could" | "might" | "should" | "will" | "'d" | "we'd"
            )
        })
}
