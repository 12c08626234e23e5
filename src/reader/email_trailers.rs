//! An email pasted or forwarded into chat: the record is what the writer wrote above the
//! sign-off, not the signature under it, the footer, or the earlier messages quoted or
//! forwarded below ("On Tue, 1 Dec 2026 at 09:14, Sam wrote:", "> " lines, "-----Original
//! Message-----").

/// Lines that sign an email off, said alone on their line (trailing punctuation aside).
const SIGN_OFFS: &[&str] = &[
    "kind regards",
    "kindest regards",
    "best regards",
    "warm regards",
    "warmest regards",
    "regards",
    "many thanks",
    "thanks",
    "thank you",
    "thanks again",
    "cheers",
    "best",
    "best wishes",
    "all the best",
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "sincerely",
    "rgds",
];

/// The part of `message` its writer wrote: up to the first line, after one with words, that
/// signs off ("Kind regards,", "Sent from my iPhone") or opens the quoted or forwarded
/// history. The whole message when there is no such line.
pub(super) fn written_part(message: &str) -> &str {
    let mut start = 0;
    let mut words_before = false;
    for line in message.split_inclusive('\n') {
        if words_before && (signs_off(line) || opens_history(line)) {
            return message[..start].trim_end();
        }
        words_before |= line.chars().any(char::is_alphanumeric);
        start += line.len();
    }
    message
}

pub(super) fn signs_off(line: &str) -> bool {
    let said = line.trim().trim_end_matches([',', '.', '!']).to_lowercase();
    SIGN_OFFS.contains(&said.as_str())
        || said.starts_with("sent from my ")
        || said.starts_with("get outlook for ")
}

/// "On Tue, 1 Dec 2026 at 09:14, Sam Naidoo <sam@…> wrote:" (quoted or not), "-----Original
/// Message-----", "---------- Forwarded message ---------".
fn opens_history(line: &str) -> bool {
    let said = line.trim().trim_start_matches('>').trim().to_lowercase();
    (said.starts_with("on ") && said.ends_with(" wrote:"))
        || (said.starts_with("---")
            && (said.contains("original message") || said.contains("forwarded message")))
}
