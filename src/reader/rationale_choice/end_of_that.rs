//! A closing "and that's the end of that" (round R55): "We had a whole load sent back from
//! the Boston buyer in August for leaves and stems and that's the end of that he says." The
//! remark says the matter is settled — the verdict again, with who said it — and is no part
//! of the ground before it.

use super::*;

/// `said` without a closing "and that's the end of that" / "and that's that" (and a "he
/// says" after it), when a ground of four words or more comes before it.
pub(super) fn without_end_of_that(text: &str, toks: &[Token], said: String) -> String {
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return said;
    };
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(k) =
        (a + 4..b).find(|&k| w(k) == "and" && matches!(w(k + 1), "that's" | "that’s" | "thats"))
    else {
        return said;
    };
    let mut j = k + 2;
    if w(j) == "that" {
        j += 1;
    } else if w(j) == "the" && w(j + 1) == "end" && w(j + 2) == "of" && w(j + 3) == "that" {
        j += 4;
    } else {
        return said;
    }
    // "… he says", "… Gerry said".
    let tag = b >= j
        && b <= j + 3
        && (j..b).all(|m| toks[m].is_word())
        && (b == j || matches!(w(b - 1), "says" | "said" | "reckons"));
    if !tag {
        return said;
    }
    text[toks[a].start..toks[k - 1].end].trim().to_string()
}
