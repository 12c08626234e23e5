//! Messages that record nothing, told in the words they open with: a laugh ("lol", "haha",
//! "kkkk"), asking who brings the snacks, or a question put to the team ("Should we pull
//! the plug on the client portal? Only 12 clients logged in."). They record nothing even
//! when they name an investment. A question is known by its last mark, emoji after it
//! aside ("… still waiting on the union? 🍩").

use super::tokens::Token;

/// Words of laughter that open chat.
const LAUGHS: &[&str] = &[
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jaja", "jajaja", "xd",
];

/// Is the word a laugh: one of [`LAUGHS`], or "kkk…" as Brazilian writers laugh?
fn laugh(w: &str) -> bool {
    LAUGHS.contains(&w) || w.len() >= 3 && w.bytes().all(|b| b == b'k')
}

/// Does the message open as chit-chat: a laugh first, "who's bringing …", a verdict word
/// in another sense ("Parking in lot B is closed Saturday", "Stopping by the pilots'
/// station after lunch") or a meeting arranged ("Hold the 3pm meeting in room 2 instead")?
pub(super) fn opens_as_chat(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let who_brings = matches!(
        (word(0), word(1), word(2)),
        ("who's" | "whos", "bringing", _) | ("who", "is" | "'s", "bringing")
    );
    let other_sense = !toks.is_empty()
        && (super::chat_verdicts::parking_at_a_place(toks, 0, 1)
            || super::chat_verdicts::a_visit(toks, 0, 1));
    laugh(word(0)) || who_brings || other_sense || arranges_a_meeting(toks)
}

/// "Hold the 3pm meeting in the harbour master's room instead", "Move the vendor call to
/// 4pm": the message opens by telling where or when a meeting is, which records nothing.
pub(super) fn arranges_a_meeting(toks: &[Token]) -> bool {
    let opens = toks
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "hold" | "move"));
    opens
        && toks[1..toks.len().min(6)]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| super::verdicts::MEETINGS.contains(&t.lower.as_str()))
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

/// Does the text end asking: a "?" last, or before the emoji, pictographs and spaces that
/// close it ("… or still waiting on the union? 🍩", "did we sign it off?🤔")?
pub(super) fn ends_asking(text: &str) -> bool {
    text.trim_end_matches(|c: char| {
        c.is_whitespace()
            // Emoji, their joiners and variation selectors.
            || c == '\u{200d}'
            || u32::from(c) >= 0x2190 && !c.is_alphanumeric() && c != '?'
    })
    .ends_with('?')
}
