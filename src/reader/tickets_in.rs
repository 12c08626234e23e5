//! "the AC in the jelly hallway is out again, it's a sauna in there, ticket's in", "aundh
//! centre AC is dripping on the first bench again, complaint raised": a breakdown told again
//! and handed to maintenance with a ticket, closing the message, is chat, not news of an
//! investment ("Raised a ticket with the vendor" about a tracked system is still a note).

use super::tokens::Token;

/// Does the message tell something broken "again" and close on its ticket or complaint in
/// ("ticket's in", "ticket is in", "ticket raised", "complaint raised", "job logged")?
pub(super) fn breakdown_ticketed(toks: &[Token]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    let again = words.contains(&"again");
    let closes = matches!(
        words.as_slice(),
        [.., "ticket's" | "tickets", "in"]
            | [.., "ticket", "'s" | "is", "in"]
            | [
                ..,
                "ticket" | "complaint" | "job",
                "raised" | "logged" | "in"
            ]
    );
    again && closes
}
