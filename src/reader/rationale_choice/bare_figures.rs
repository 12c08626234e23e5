//! A bare figure taken for a decision's reason (round R43): "ok'd the p&c ask for 3 more
//! Deputy kiosks, 4,500", "gps for the trailer too — ok, 450 for the unit". A number with no
//! currency after the verdict, alone or with what it is for, is the price told without its
//! sign, never why.

use super::*;

/// Is `said` only a figure ("4,500"), or a figure and what it buys ("450 for the unit", "650
/// each")?
fn only_a_figure(said: &str) -> bool {
    let mut words = said.split_whitespace();
    let figure = words.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
    });
    if !figure {
        return false;
    }
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (None, ..)
            | (Some("each" | "apiece"), None, ..)
            | (
                Some("for"),
                Some("the" | "a" | "one" | "each"),
                Some(_),
                None
            )
    )
}

impl Choice<'_> {
    /// The rationale, unless it is a decision's bare figure.
    pub(super) fn without_bare_figure(&self, rationale: Option<String>) -> Option<String> {
        rationale.filter(|said| self.verdict.is_none() || !only_a_figure(said))
    }
}
