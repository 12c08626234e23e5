//! Messages that record nothing, told in the words they open with: a laugh ("lol", "haha",
//! "kkkk"), asking who brings the snacks, or a question put to the team ("Should we pull
//! the plug on the client portal? Only 12 clients logged in."). They record nothing even
//! when they name an investment.

use super::tokens::Token;

/// Words of laughter that open chat.
const LAUGHS: &[&str] = &[
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jaja", "jajaja", "xd",
];

/// Is the word a laugh: one of [`LAUGHS`], or "kkk…" as Brazilian writers laugh?
fn laugh(w: &str) -> bool {
    LAUGHS.contains(&w) || w.len() >= 3 && w.bytes().all(|b| b == b'k')
}

/// Does the message open as chit-chat: a laugh first, or "who's bringing …"?
pub(super) fn opens_as_chat(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let who_brings = matches!(
        (word(0), word(1), word(2)),
        ("who's" | "whos", "bringing", _) | ("who", "is" | "'s", "bringing")
    );
    laugh(word(0)) || who_brings
}

/// Does the message open with a question put to the team ("Should we stop the club app?",
/// "are we approving …?"), its first sentence ending with "?"? It asks for a verdict and
/// records none, whatever follows to prompt it.
pub(super) fn opens_asking_the_team(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let asks = matches!(
        (word(0), word(1)),
        ("should" | "shall" | "can" | "could" | "are" | "do", "we")
    );
    asks && toks
        .iter()
        .find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .is_some_and(|t| t.is_sym("?"))
}
