//! An interjection opening the reason (round R43): "Automated storage carousel at the central
//! store – wah, picking errors down from 1.2% to 0.1% …", "Alamak, forklift battery catch fire
//! again at Tuas." A word of surprise before a comma is the writer's tone; the reason or the
//! result is what follows it.

use super::tokens::Token;

/// Words of surprise or dismay said before a comma: Singlish, Malay, British, Australian.
const INTERJECTIONS: &[&str] = &[
    "wah", "walao", "alamak", "aiyo", "aiyoh", "aiya", "aiyah", "wow", "whoa", "crikey", "blimey",
    "gosh", "jeez", "strewth",
];

/// Where the reason at `a..b` starts once an opening interjection and its comma are left out:
/// `a` when it has none.
pub fn after_interjection(toks: &[Token], a: usize, b: usize) -> usize {
    let opens = toks
        .get(a)
        .is_some_and(|t| INTERJECTIONS.contains(&t.lower.as_str()))
        && toks.get(a + 1).is_some_and(|t| t.is(","));
    if opens && a + 5 < b {
        a + 2
    } else {
        a
    }
}
