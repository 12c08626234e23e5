//! Things counted as what new kit is for ("want dashcams for all 40 prime movers", "sensors
//! on 12 uplift vans"): a known investment's name said after a count that "for", "on" or
//! "across" leads is the fleet or the sites, not a mention of that investment.

use super::tokens::{TokKind, Token};

/// Is the name at `start` (a short form, `guessed`) counted after "for", "on" or "across"
/// ("for all 40 prime movers", "on 12 vans", "across the 6 depots")?
pub(super) fn counted_after_for(toks: &[Token], start: usize, guessed: bool) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !guessed || start < 2 || toks[start - 1].kind != TokKind::Num {
        return false;
    }
    let lead = |w: &str| matches!(w, "for" | "on" | "across");
    lead(word(start - 2))
        || start >= 3 && matches!(word(start - 2), "all" | "every" | "the") && lead(word(start - 3))
}
