//! "…, and they said the national framework will cover it": after a refusal, what someone
//! said, joined by "and", is why (convention 35 of the corpus: "<someone> says …" opening a
//! reason stays in it).

use super::tokens::Token;

/// Verbs of saying that open what someone said.
const SAYING: &[&str] = &[
    "said", "says", "say", "reckon", "reckons", "reckoned", "felt", "feel", "feels", "think",
    "thinks", "thought",
];

/// At `i` (a comma): ", and they said …", ", and the panel felt …", ", and Finance says …":
/// "and", a subject of one to three words that is not us, a verb of saying, and words after
/// it. The reason starts at the subject (`i + 2`).
pub fn said_after_and(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !(toks[i].is(",") && word(i + 1) == "and") || matches!(word(i + 2), "we" | "i") {
        return false;
    }
    (i + 3..=i + 5)
        .take_while(|&k| toks.get(k - 1).is_some_and(|t| t.is_word()))
        .any(|k| SAYING.contains(&word(k)) && toks.get(k + 1).is_some_and(Token::is_word))
}
