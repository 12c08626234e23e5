//! "Seawall: only the front 40m now, not the whole 90m. $41k.": a bare figure with "m"
//! written onto it after "the front", "the whole", "the last" and the like is a stretch of
//! a wall, a fence or a beach in metres, not millions (round S57); the clauses are read
//! one by one, so the written "$41k" may not be in sight. With its currency ("the whole
//! $9m") it stays money.

use super::*;

/// Words after "the" that pick a stretch of a thing out of the whole.
const STRETCH: &[&str] = &[
    "front",
    "back",
    "whole",
    "first",
    "last",
    "remaining",
    "next",
    "top",
    "bottom",
    "north",
    "south",
    "east",
    "west",
    "end",
];

/// `out` without its bare figures in metres said as a stretch ("the front 40m").
pub(super) fn drop_stretches(toks: &[Token], out: &mut Vec<MoneyMention>) {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    out.retain(|m| {
        // The "m" straight after the bare figure ("90m." closing its sentence takes its
        // point into the mention, as "m." for millions).
        let metres = toks.get(m.start).is_some_and(|t| t.kind == TokKind::Num)
            && toks
                .get(m.start + 1)
                .is_some_and(|t| t.lower == "m" && t.attached && !t.caps);
        let stretch =
            m.start >= 2 && STRETCH.contains(&word(m.start - 1)) && word(m.start - 2) == "the";
        m.written || !(metres && stretch)
    });
}
