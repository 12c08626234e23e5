//! "IT-358 Request: …\nResolution: Won't Do\nPriya: $46k for a box that sits idle, …",
//! "…\nDana: we've had 3 human-rights complaints this year, this fixes it" (round R42): in a
//! ticket's or a log's lines, the commenter's name and its colon opening the line are who
//! said the reason, no part of it.

use super::tokens::Token;

/// Where the reason `a..b` starts once a name opening its line, one or two capitalised
/// words and a colon, is left out: `a` when there is none.
pub fn after_commenter(text: &str, toks: &[Token], a: usize, b: usize) -> usize {
    let line_start = a == 0 || toks[a - 1].is("\n");
    if !line_start {
        return a;
    }
    let capital =
        |k: usize| toks[k].is_word() && text[toks[k].start..].starts_with(char::is_uppercase);
    let colon = (a + 1..(a + 3).min(b)).find(|&j| toks[j].is(":"));
    match colon {
        Some(c) if (a..c).all(capital) && c + 4 < b => c + 1,
        _ => a,
    }
}
