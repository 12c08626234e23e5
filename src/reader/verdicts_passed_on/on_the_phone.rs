//! "Had Mere on the phone re the jar labeller. She's happy with $42k …", "Spoke to Wren about
//! the vans. …", "Just off the phone with Wren. …" (round S47): an opening sentence that
//! says the writer talked with someone names who the verdicts after it come from.

use super::super::tokens::Token;

/// The one the writer talked with, as the opening sentence (ending at `end`) says.
pub(super) fn talked_with(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < end)
            .map_or("", |t| t.lower.as_str())
    };
    let phone = |k: usize| word(k) == "on" && word(k + 1) == "the" && word(k + 2) == "phone";
    // "Had Mere on the phone", "Got Wren on the phone".
    if matches!(word(0), "had" | "got") {
        let name = super::person(text, toks, 1, end)?;
        let after = 1 + name.split_whitespace().count();
        return phone(after).then_some(name);
    }
    // "Spoke to Wren", "Talked with Wren", "Just off the phone with Wren".
    (0..end.min(6)).find_map(|k| {
        let to_whom = matches!(word(k), "spoke" | "talked" | "chatted")
            || word(k) == "phone" && k >= 2 && word(k - 2) == "off";
        (to_whom && matches!(word(k + 1), "to" | "with"))
            .then(|| super::person(text, toks, k + 2, end))
            .flatten()
    })
}
