//! "ych a fi, who left the diesel cap off the tractor again 😡", "who took the van keys home
//! again, grr": blaming whoever did some small thing is a grumble, chat, asked or not; a
//! thing named in passing ("the tractor") is no news of its investment (round V46).

use super::tokens::Token;

/// What someone is blamed for having done to a thing.
const DONE: &[&str] = &[
    "left",
    "took",
    "moved",
    "nicked",
    "pinched",
    "borrowed",
    "broke",
    "parked",
    "unplugged",
    "forgot",
    "switched",
    "turned",
    "used",
    "binned",
];

/// Does the message open (after an interjection and its comma, or a word such as
/// "honestly") on "who <did> the …", its first sentence closing with "again"?
pub(super) fn opens_blaming_who(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "ych a fi, who …", "Honestly, who …": at most four words and a comma before it.
    let Some(who) = (0..toks.len().min(6)).find(|&k| word(k) == "who") else {
        return false;
    };
    let lead_in =
        who == 0 || toks[who - 1].is_sym(",") && toks[..who - 1].iter().all(|t| t.is_word());
    if !lead_in || !DONE.contains(&word(who + 1)) {
        return false;
    }
    let end = (who..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    toks[who..end].iter().any(|t| t.is("again"))
}
