//! A terse continue's reason told as a slip and what now works: "online ordering build
//! carries on, go-live slipped to jan but the invoice export finally works". The clause
//! after the continue's comma opens on the work's milestone moved ("go-live slipped",
//! "launch slid to feb"), which alone is news of the schedule, but joined by "but" to what
//! now works it says why the work carries on.

use super::tokens::Token;

/// Where the reason runs, from the clause after the continue's comma (the continue ends
/// at `end`) to the end of its sentence, when that clause is a milestone's slip joined by
/// "but" to more.
pub(super) fn slip_but_works(toks: &[Token], end: usize) -> Option<(usize, usize)> {
    let stops = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let close = toks[end.min(toks.len())..]
        .iter()
        .position(stops)
        .map_or(toks.len(), |k| end + k);
    let comma = (end..close).find(|&j| toks[j].is(","))?;
    let a = comma + 1;
    // The milestone's words, at most three tokens ("go-live", "the launch"), then the verb.
    let verb = (a + 1..(a + 4).min(close)).find(|&j| {
        matches!(
            toks[j].lower.as_str(),
            "slipped" | "slid" | "pushed" | "moved" | "shifted"
        )
    })?;
    if !(a..verb).all(|j| toks[j].is_word() || toks[j].is_sym("-")) {
        return None;
    }
    let but = (verb + 1..close).find(|&j| toks[j].is("but"))?;
    (but + 1 < close).then_some((a, close))
}
