//! The words an investment was guessed from ("drain cams" for Drain Camera Kits, "Tag app"
//! for the Tag Tracking App), found again in the message: where a rule reads a benefit's
//! result after the work's name, a guessed name is that name as much as a matched one.

use super::tokens::Token;

/// Where the guessed words `guessed` end when they start at token `j` (four tokens at
/// most, compared without case); `None` when they do not start there.
pub fn guessed_end(text: &str, toks: &[Token], j: usize, guessed: &str) -> Option<usize> {
    let first = toks.get(j)?;
    if guessed.is_empty()
        || !text[first.start..].starts_with(|c: char| {
            guessed
                .chars()
                .next()
                .is_some_and(|g| g.eq_ignore_ascii_case(&c))
        })
    {
        return None;
    }
    (j + 1..=(j + 4).min(toks.len()))
        .find(|&e| text[first.start..toks[e - 1].end].eq_ignore_ascii_case(guessed))
}
