//! "Update from Tuesday's sit-down at the bank.", "Bev went through the forecast with me
//! yesterday and two things came out of it.", "Sandeep's been through the figures and rang
//! me last night.": an opening sentence that tells a sitting on a day, which announces the
//! decisions after it as a meeting's heading does, though it names no meeting's word
//! (round D45).

use super::tokens::Token;

/// Does the lead-in `lead` (the sentences before the first verdict) tell a sitting on a
/// day: a day's own ("Tuesday's", "yesterday's") after "from", "of" or "after", or a day
/// with someone going through something, ringing, calling, meeting or sitting down?
pub(super) fn tells_a_sitting(lead: &[Token]) -> bool {
    let word = |k: usize| lead.get(k).map_or("", |t| t.lower.as_str());
    let days_own = (1..lead.len()).any(|k| {
        let w = word(k);
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        matches!(word(k - 1), "from" | "of" | "after") && stem.is_some_and(is_day)
    });
    let day = (0..lead.len()).any(|k| {
        is_day(word(k))
            || word(k) == "night" && word(k.wrapping_sub(1)) == "last"
            || word(k) == "morning" && word(k.wrapping_sub(1)) == "this"
    });
    let sat = (0..lead.len()).any(|k| match word(k) {
        "went" | "been" | "gone" | "going" => word(k + 1) == "through",
        "sat" => word(k + 1) == "down",
        "rang" | "phoned" | "called" | "met" => true,
        _ => false,
    });
    days_own || day && sat
}

fn is_day(w: &str) -> bool {
    matches!(w, "yesterday" | "yday") || super::dates::weekday(w).is_some()
}
