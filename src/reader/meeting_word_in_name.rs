//! "Dave wants the farm stand expansion held till March": a meeting's word ("stand",
//! "demo", "session") followed by another noun before the verdict describes the thing
//! (what it is for), no meeting; "the vendor demo has moved", "the demo moved" name one
//! (round V49, `weweantic-cranberry`).

use super::tokens::Token;

/// Words after a meeting's word that tell of the meeting itself.
const TOLD_OF_IT: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "got", "gets", "been", "will", "'s", "now",
    "just", "be", "today", "tomorrow",
];

/// Whether the meeting's word at `k`, before the verdict at `start`, is followed by another
/// word of the thing's name ("stand expansion") rather than by what happened to it.
pub(super) fn names_a_thing(toks: &[Token], k: usize, start: usize) -> bool {
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    k + 1 < start && next.is_word() && !TOLD_OF_IT.contains(&next.lower.as_str())
}
