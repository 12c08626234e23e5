//! "laptop refresh cut to 35 units, 42k, rest next fy", "cctv cut to poole + weymouth only,
//! 58k, rest next yr", "laptops cut to 20, €19k, rest in the new year": a terse rescope's
//! last clause, "(the) rest" and when, says what the cut leaves for later. It is the
//! rescope's reason (convention 40: the part put off stays in the reason and gives no
//! review date); with no verb it was read as no reason at all.

use super::Token;

/// The most words the clause may hold ("the rest in the new year" is five).
const MOST_WORDS: usize = 6;

/// After the verdict's end `from`, before `stop`, the last clause of the sentence when it
/// opens on "(the) rest" and says when: "next …", "in …", "later", "after …", "till …", a
/// month or a quarter.
pub(super) fn rest_put_off(
    text: &str,
    toks: &[Token],
    from: usize,
    stop: Option<usize>,
) -> Option<String> {
    let stop = stop.unwrap_or(toks.len()).min(toks.len());
    // The sentence's end: a full stop, a line break or the end.
    let end = (from..stop)
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(stop);
    let comma = (from..end)
        .rev()
        .find(|&k| toks[k].is_sym(",") || toks[k].is_sym("-") || toks[k].is_sym("–"))?;
    let mut k = comma + 1;
    if toks.get(k).is_some_and(|t| t.is("the")) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.is("rest")) || k + 1 >= end {
        return None;
    }
    let when = toks[k + 1].lower.as_str();
    let says_when = matches!(
        when,
        "next" | "in" | "later" | "after" | "till" | "til" | "until" | "from" | "early" | "late"
    ) || crate::reader::dates::month(when).is_some()
        || matches!(when, "q1" | "q2" | "q3" | "q4");
    let words = (comma + 1..end).filter(|&j| toks[j].is_word()).count();
    (says_when && words <= MOST_WORDS).then(|| {
        text[toks[comma + 1].start..toks[end - 1].end]
            .trim()
            .to_string()
    })
}
