//! A benefit's second result after its comma (convention 29, round R56): "14% more boxes
//! an acre than the untreated rows beside it, and a lot less fruit on the ground going into
//! October. Call it $96,000 …", "… graded 92% of it large, which he never did before." A
//! result told of the thing ("a lot less fruit …") joined by ", and", or a consequence told
//! by ", which …", holding no money, stays in the reason up to the money's clause. What we
//! stopped paying or doing told as ours (", and we've stopped paying the agency
//! commission", ", and we didn't have to hire the extra grader") is the money's measure and
//! stays out, as 13 training labels leave it.

use super::*;

/// `said` widened over ", and <result>" or ", which <result>" straight after it, up to the
/// sentence's end or the comma before its money, when that holds no money, no dash and no
/// colon and four words or more.
pub(super) fn with_second_result(
    text: &str,
    toks: &[Token],
    in_money: &dyn Fn(usize) -> bool,
    said: String,
) -> String {
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return said;
    };
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if w(b) != "," || !matches!(w(b + 1), "and" | "which") {
        return said;
    }
    let end = (b + 2..toks.len())
        .find(|&j| {
            matches!(w(j), "." | "!" | "?" | "\n" | ";" | ":" | "—" | "–")
                // "part-time" is one word.
                || w(j) == "-" && !toks[j].attached
        })
        .unwrap_or(toks.len());
    // Up to the comma before the first money, when money closes the sentence.
    let e = match (b + 2..end).find(|&j| in_money(j)) {
        Some(m) => match (b + 2..m).rev().find(|&j| w(j) == ",") {
            Some(c) => c,
            None => return said,
        },
        None => end,
    };
    let words = (b + 2..e).filter(|&j| toks[j].is_word()).count();
    // "…, and that's about …", "…, which is about …": the money's own clause.
    let money_told = matches!(
        w(b + 2),
        "that's" | "thats" | "that" | "is" | "was" | "means"
    );
    // ", and we've stopped paying …", ", and tasha figures …": ours, or someone's saying.
    let ours = w(b + 1) == "and"
        && (toks.get(b + 2).is_some_and(|t| t.capital)
            || matches!(
                w(b + 2),
                "we" | "we've"
                    | "we're"
                    | "weve"
                    | "i"
                    | "i've"
                    | "they"
                    | "they've"
                    | "he"
                    | "she"
                    | "it"
                    | "it's"
                    | "its"
                    | "our"
                    | "nobody"
                    | "no"
            ));
    let stopped = (b + 2..e).any(|j| {
        matches!(
            w(j),
            "not" | "didn't" | "didnt" | "don't" | "stopped" | "dropped" | "off" | "without"
        )
    });
    // ", and we didn't refill the part-time counter clerk", ", so we left the post unfilled"
    // (round R57, convention 29's people freed, `harborview-museum` 34): a post left empty
    // is a result, ours or not.
    let post_left = (b + 2..e).any(|j| matches!(w(j), "refill" | "refilled" | "unfilled"));
    let ours_or_stopped = (ours || stopped) && !post_left;
    if words < 4 || money_told || ours_or_stopped || (b + 2..e).any(|j| w(j) == ",") {
        return said;
    }
    text[toks[a].start..toks[e - 1].end].trim().to_string()
}
