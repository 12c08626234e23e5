//! "From today's capital committee: vibration monitoring goes to the #2 refiner line,
//! $85K; …": under the heading of a body that decides, work that "goes to" a place, with
//! its money set off after it, is funded there: the body's approval, told without a verdict
//! word.

use super::*;

/// At `i` ("goes"/"go"), work sent with its money to a place, under a deciding heading
/// ([`deciding_heading_end`]) before it: an approval. Not "goes to the board / committee /
/// a vote" (still to decide), nor "goes to waste". Where the finding ends (after "to").
pub(in crate::reader) fn funded_under_heading_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "goes" | "go") || word(i + 1) != "to" || i == 0 {
        return None;
    }
    let colon = deciding_heading_end(toks)?;
    // The work itself is the subject, inside the item ("…: vibration monitoring goes to").
    if colon >= i - 1 || !toks[i - 1].is_word() {
        return None;
    }
    let place = i + 2 + usize::from(matches!(word(i + 2), "the" | "a" | "an" | "our"));
    let undecided = crate::reader::deciders::BODIES.contains(&word(place))
        || matches!(
            word(place),
            "vote" | "tender" | "waste" | "plan" | "pot" | "review" | "sign-off"
        );
    if undecided {
        return None;
    }
    // The place, then a comma and the money, before the item ends.
    let end = (i + 2..toks.len())
        .find(|&k| matches!(word(k), ";" | "." | "!" | "\n"))
        .unwrap_or(toks.len());
    let comma = (i + 3..end).find(|&k| toks[k].is_sym(","))?;
    let money = find_money(&toks[comma + 1..end], Currency::GBP);
    money.first().filter(|m| m.start == 0).map(|_| i + 2)
}
