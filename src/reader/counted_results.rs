//! A continue's count of things in a time (round R52): "loyalty app keep going la, 12k new
//! members in Nov", "keepin the tour website goin, 340 bookings in november and half of em
//! bought a barrel head in the gift shop". Counted in a month or a week, the things are what
//! the running work brought in, its result and so the reason to keep it; a count of things
//! for a place ("12 treadmills across the two gyms") is what the money buys.

use super::*;

/// Is the clause `s..end`, read for a continue, a count of things "in" a time the reader
/// read as a date ("in Nov", "in november"), not more of them ("12 more Peterbilts in Q1")?
pub(super) fn counted_in_a_time(
    toks: &[Token],
    s: usize,
    end: usize,
    skip: &dyn Fn(usize) -> bool,
    verdict: Option<Verdict>,
) -> bool {
    // "12 more Peterbilts in Q1": more of them, what is bought next.
    let more = (s + 1..end.min(s + 3)).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "more" | "extra" | "additional" | "further"
        )
    });
    verdict == Some(Verdict::Continue)
        && !more
        && (s + 1..end.min(s + 6))
            .any(|j| matches!(toks[j].lower.as_str(), "in" | "last" | "this") && skip(j + 1))
}
