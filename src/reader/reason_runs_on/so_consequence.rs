//! "it's an electric one, so no more propane fumes hanging over the pad …", "the old wood
//! arch finally gets retired, so nobody's splitting twelve cords every fall anymore": after
//! a decision's reason told after its verdict, what stops happening because of it, joined
//! by ", so", is part of the case (both training labels of the shape keep it; a ", so"
//! that tells the verdict — "…, so it stays parked" — is no part of it).

use super::super::tokens::Token;

/// Where the reason `a..b` (after the verdict, which ends at `verdict_end`) runs on to
/// when ", so" then what stops happening ("no more …", "nobody's …", "no one …", "no
/// longer …") follow it to the sentence's end.
pub(super) fn so_consequence_after(
    toks: &[Token],
    (a, b): (usize, usize),
    verdict_end: usize,
    limit: usize,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let limit = limit.min(toks.len());
    let at = |k: usize| {
        if k < limit {
            toks[k].lower.as_str()
        } else {
            ""
        }
    };
    let joined = a >= verdict_end
        && b + 4 < limit
        && at(b) == ","
        && at(b + 1) == "so"
        && !(a..b).any(|j| toks[j].is_break());
    if !joined {
        return None;
    }
    let s = b + 2;
    let stops = matches!(
        (at(s), at(s + 1)),
        ("no", "more" | "one" | "longer") | ("nobody" | "nobody's" | "no-one", _)
    );
    let e = (s..limit)
        .find(|&j| matches!(at(j), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(limit);
    (stops && e > s + 3 && e <= s + 30 && !decides(s, e)).then_some(e)
}
