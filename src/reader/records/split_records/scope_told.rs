//! "Showroom refit's been pared back – we're keeping the old cabinets and just doing the
//! lighting and the front counter" (round B54): after a rescope, a clause telling what we
//! keep or do now is the rescope's scope, never a record of its own, whatever names its
//! words hold ("lighting" is a word of the Grading Light Booth). So is, after a refusal,
//! "we'll stick with the oil boiler": what the no leaves us with.

use super::*;

/// Whether the left side `(a, j)` of a joined sentence holds a rescope and the right, from
/// `j + 1`, opens on "we" keeping or doing ("we're keeping", "we'll do", "we are doing").
pub(super) fn scope_after_rescope(toks: &[Token], a: usize, j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb = match w(j + 1) {
        "we're" | "we'll" => j + 2,
        "we" if matches!(w(j + 2), "are" | "will" | "'re" | "'ll") => j + 3,
        "we" => j + 2,
        _ => return false,
    };
    matches!(w(verb), "keeping" | "keep" | "doing" | "do")
        && find_verdict_in(toks, a, j + 1)
            .is_some_and(|v| v.verdict == crate::reader::Verdict::Rescope)
}

/// Whether the left side `(a, j)` of a joined sentence holds a refusal and the right, from
/// `j + 1`, opens on "we('ll)" sticking or staying with something ("we'll stick with the oil
/// boiler for the offices").
pub(super) fn staying_after_a_no(toks: &[Token], a: usize, j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb = match w(j + 1) {
        "we'll" => j + 2,
        "we" if matches!(w(j + 2), "will" | "'ll") => j + 3,
        "we" => j + 2,
        _ => return false,
    };
    matches!(w(verb), "stick" | "stay")
        && w(verb + 1) == "with"
        && find_verdict_in(toks, a, j + 1)
            .is_some_and(|v| v.verdict == crate::reader::Verdict::Reject)
}
