//! "what's happening with the new laptops? is it still feb or has that slipped", "whats the
//! story with the new laptops, are they coming before christmas or not", "any word on …?":
//! a message that opens asking for news of a thing records nothing (convention 9), though
//! its words name the work and a slip; the answer, when it is told, is the note.

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Does the message open asking for news ("what's happening with", "what's the story /
/// latest / status", "any news / word / update on", "where are we with", "how's … going"),
/// and ask it (a "?" in it, or "… or not" closing it)?
pub(super) fn opens_asking_for_news(toks: &[Token]) -> bool {
    let what = match (word(toks, 0), word(toks, 1)) {
        ("what's" | "whats" | "wats", _) => 1,
        ("what", "is" | "'s") => 2,
        _ => 0,
    };
    let news = |k: usize| {
        matches!(
            word(toks, k),
            "story" | "latest" | "status" | "news" | "update" | "word" | "craic"
        )
    };
    let opens = what > 0
        && (matches!(word(toks, what), "happening" | "up")
            && matches!(word(toks, what + 1), "with" | "on")
            || word(toks, what) == "going" && word(toks, what + 1) == "on"
            || word(toks, what) == "the" && news(what + 1))
        || word(toks, 0) == "any"
            && matches!(word(toks, 1), "news" | "word" | "update" | "updates")
            && matches!(word(toks, 2), "on" | "with" | "about" | "re" | "from")
        || word(toks, 0) == "where"
            && word(toks, 1) == "are"
            && word(toks, 2) == "we"
            && matches!(word(toks, 3), "with" | "on" | "at")
        || matches!(word(toks, 0), "how's" | "hows")
            && toks
                .iter()
                .take_while(|t| !t.is_break())
                .any(|t| t.is("going"));
    let n = toks.len();
    let asked = toks.iter().any(|t| t.is_sym("?"))
        || n >= 2 && word(toks, n - 2) == "or" && matches!(word(toks, n - 1), "not" | "no");
    opens && asked
}
