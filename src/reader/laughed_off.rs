//! "SXSW is gonna be insane this year, hotels already sold out lol", "honestly the circ desk
//! PCs at Bayou Goula are held together with duct tape lol": a remark closed with a laugh is
//! banter (the corpus labels such messages chat eleven times to one), when nothing else
//! makes it a record (round V46).

use super::tokens::Token;

/// Words telling that work was done, which make a remark news of it ("m365 E3 → E5 bump is
/// done for finance …, defender is lit up like a xmas tree lol" is a note).
const DONE: &[&str] = &[
    "done",
    "live",
    "finished",
    "installed",
    "landed",
    "fixed",
    "delivered",
    "complete",
    "completed",
    "commissioned",
];

/// Does the message's last word laugh ("lol", "lmao", "rofl", "haha", "hahaha"), only
/// emoji or marks after it, and no word tell of work done?
pub(super) fn closes_laughing(toks: &[Token]) -> bool {
    if toks.iter().any(|t| DONE.contains(&t.lower.as_str())) {
        return false;
    }
    toks.iter().rev().find(|t| t.is_word()).is_some_and(|t| {
        let w = t.lower.as_str();
        matches!(w, "lol" | "lmao" | "rofl" | "lolol")
            || w.len() >= 4 && w.starts_with("ha") && w.chars().all(|c| matches!(c, 'h' | 'a'))
    })
}
