//! Chit-chat told in the words it opens with: a laugh ("lol", "haha", "kkkk") or asking who
//! brings the snacks. Such a message records nothing even when it names an investment
//! ("lol the new self-checkouts …", "who's bringing donuts to the fare engine retro?").

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
