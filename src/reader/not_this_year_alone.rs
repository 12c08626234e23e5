//! Convention 60: a no hedged only with the present — "2. Farm Wi-Fi. Not this year, the
//! hatchery and the office are covered" — with no time to look again and no event waited
//! for, is a refusal: "this year" says only that the money is not spent now, and the
//! reason given judges the thing, not a date. With a look-again ("Not this year, look
//! again in April", "Not this year. Revisit in Q2 once the survey's back") it is a
//! deferral, as before.

use super::refusal_tags::LOOK_AGAIN;
use super::tokens::Token;

/// Beyond the refusal tags' look-again words, words that say what the work waits for.
const WAITS_FOR: &[&str] = &["after", "pending", "first"];

/// At `start..end`, the defer "not this <year / season …>" opening its sentence (the
/// message's start, or after a full stop, "!" or a line break) and closing its clause; in
/// the item's line (a numbered or bulleted line) or else in the whole message, no word
/// says when to look again or what the work waits for.
pub(crate) fn opens_its_sentence_unrevisited(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "canteen no. Sir said not this year." (round V57): said by one named opening the
    // sentence, one to three words before "said".
    let said = start >= 2
        && matches!(word(start - 1), "said" | "says" | "say")
        && (start.saturating_sub(5)..start - 1)
            .any(|k| k == 0 || matches!(word(k - 1), "." | "!" | "\n"))
        && toks[..start - 1]
            .iter()
            .rev()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "\n"))
            .all(|t| t.is_word());
    // "blow moulder ❌ not this year" (round V62): after the refusal mark that follows the
    // thing's name. (After a colon, "emissions reporting tool: not this FY, the auditors
    // haven't agreed the method" waits for an event the look cannot tell: left as it was.)
    let marked =
        start >= 2 && matches!(word(start - 1), "❌" | "✖" | "✖️") && toks[start - 2].is_word();
    let opens = start == 0 || matches!(word(start - 1), "." | "!" | "\n") || said || marked;
    let closes = end >= toks.len() || matches!(word(end), "," | "." | "!" | "\n" | "—" | "–");
    if !opens || !closes {
        return false;
    }
    let line_from = (0..start)
        .rev()
        .find(|&k| word(k) == "\n")
        .map_or(0, |k| k + 1);
    let line_to = (end..toks.len())
        .find(|&k| word(k) == "\n")
        .unwrap_or(toks.len());
    let listed = toks.get(line_from).is_some_and(|t| {
        t.lower.chars().all(|c| c.is_ascii_digit()) || matches!(t.lower.as_str(), "-" | "•" | "*")
    });
    let scope = if listed {
        &toks[line_from..line_to]
    } else {
        toks
    };
    !scope.iter().any(|t| {
        let w = t.lower.as_str();
        LOOK_AGAIN.contains(&w) || WAITS_FOR.contains(&w)
    })
}
