//! "solar+battery back on, col found grant $$ 🙌 $190k all up": a thing said back on with no
//! "is", ending its clause, with money in the same sentence, is approved at that money
//! (convention 68). "compressors back on, engineer reset the trip" (no money), "came back
//! on the quote", "back on site the 14th" are no verdict.

use super::*;

/// Words before "back on" that make it something other than the thing restarted: a verb
/// of answering or coming back, an aux (the phrase table's "is back on" reads those), a
/// pronoun.
const NOT_THE_THING: &[&str] = &[
    "came", "come", "comes", "coming", "hear", "heard", "get", "got", "gets", "getting", "went",
    "go", "goes", "going", "put", "putting", "turned", "switched", "brought", "bring", "circling",
    "circled", "be", "been", "being", "is", "are", "was", "were", "it's", "they're", "we're",
    "he's", "she's", "i'm", "him", "her", "them", "us", "me", "it", "i", "he", "she", "we", "they",
    "you", "power", "lights",
];

/// At `i`, "back on" after a thing's word, ending its clause, with money later in the same
/// sentence: where the restart's words end.
pub(in crate::reader) fn back_on_with_money_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if let Some(end) = is_back_with_money_at(toks, i) {
        return Some(end);
    }
    if i == 0 || word(i) != "back" || word(i + 1) != "on" {
        return None;
    }
    let prev = &toks[i - 1];
    // "Payroll system's back on — Anjali's agreed the £18k": "'s" is the "is" of the phrase
    // table's reading, which leaves the verdict to the words after it.
    let contracted = prev.lower.ends_with("'s") || prev.lower.ends_with("’s");
    if !prev.is_word() || contracted || NOT_THE_THING.contains(&prev.lower.as_str()) {
        return None;
    }
    // Ends its clause: a comma or a dash, or the message's end.
    if toks
        .get(i + 2)
        .is_some_and(|t| !matches!(t.lower.as_str(), "," | "—" | "–" | "-"))
    {
        return None;
    }
    let stop = toks[i + 2..]
        .iter()
        .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .map_or(toks.len(), |p| i + 2 + p);
    (!find_money(&toks[i + 2..stop], Currency::GBP).is_empty()).then_some(i + 2)
}

/// "the laptop refresh is back: Madam found money in the IT budget, 10 laptops at GHS 9,500
/// each" (round V55): a thing (not a person's name) said "is back", marked off by a colon,
/// comma or dash, with money later in the same sentence. Where "back" ends.
fn is_back_with_money_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if i < 2 || word(i) != "back" || word(i - 1) != "is" {
        return None;
    }
    let thing = &toks[i - 2];
    if !thing.is_word() || thing.capital || NOT_THE_THING.contains(&thing.lower.as_str()) {
        return None;
    }
    if !matches!(word(i + 1), ":" | "," | "—" | "–" | "-") {
        return None;
    }
    let stop = toks[i + 1..]
        .iter()
        .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .map_or(toks.len(), |p| i + 1 + p);
    (!find_money(&toks[i + 1..stop], Currency::GBP).is_empty()).then_some(i + 1)
}
