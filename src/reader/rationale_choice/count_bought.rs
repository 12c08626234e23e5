//! How many of the thing a decision buys, told on its own before the reason (convention 76,
//! round R56): "Field tablets approved at $14,200, 12 of them, the paper tally sheets get
//! soaked every harvest", a ticket's "Notes: 14 laptops, current ones are 6 years old …".
//! The count says what the money buys, as the amount says how much; the reason opens after
//! its comma or dash. A count that is the subject of the reason's verb ("two of the old ones
//! died …") stays.

use super::*;

/// Number words that open a count of things: "twelve of them", "eight scanners".
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty",
];

/// Nouns that count a time or how often, not things bought: "3 weeks, …", "twice …".
const NOT_THINGS: &[&str] = &[
    "days", "weeks", "wks", "months", "years", "yrs", "hours", "hrs", "mins", "minutes", "times",
    "nights", "shifts", "percent",
];

/// `said` without an opening count of the things bought and its comma or dash, when a reason
/// of three words or more follows it.
pub(super) fn without_count_bought(text: &str, toks: &[Token], said: String) -> String {
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return said;
    };
    let counted =
        toks[a].kind == tokens::TokKind::Num || NUMBER_WORDS.contains(&toks[a].lower.as_str());
    if !counted || b < a + 6 {
        return said;
    }
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    // "12 of them", "twelve of em"; "14 laptops", "9 new laptops".
    let e = if w(a + 1) == "of" && matches!(w(a + 2), "them" | "em" | "'em") {
        a + 3
    } else {
        let nouns = (a + 1..(a + 3).min(b))
            .take_while(|&j| toks[j].is_word())
            .count();
        let last = a + nouns;
        if nouns == 0 || !w(last).ends_with('s') || NOT_THINGS.contains(&w(last)) {
            return said;
        }
        last + 1
    };
    if e >= b || !matches!(w(e), "," | "—" | "–" | "-") {
        return said;
    }
    if (e + 1..b).filter(|&j| toks[j].is_word()).count() < 3 {
        return said;
    }
    text[toks[e + 1].start..toks[b - 1].end].trim().to_string()
}
