//! Follow-ups that are no task: a request to log or minute what follows ("@dana pls log:
//! the cutover weekend is 2/20-2/21"), whose words are the record.

use super::*;

/// "log that …", "log: …", "minute - …" at token `k`: a request to record what follows.
/// Returns where what is to be recorded starts.
pub(super) fn asks_to_log(toks: &[Token], k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (matches!(word(k), "log" | "record" | "note" | "minute")
        && matches!(word(k + 1), "that" | ":" | "-" | "–" | "—"))
    .then_some(k + 2)
}

/// "@dana pls log: the cutover weekend is 2/20-2/21": where the words to be logged start,
/// when the message opens by asking for them to be logged.
pub fn logged_text_start(toks: &[Token]) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = 0;
    if word(0) == "@" && toks.get(1).is_some_and(|t| t.is_word() && t.attached) {
        k = 2;
        if matches!(word(k), "-" | ":" | "–" | "—" | ",") {
            k += 1;
        }
    }
    if matches!(word(k), "pls" | "please" | "plz") {
        k += 1;
    }
    asks_to_log(toks, k).filter(|&s| s < toks.len())
}
