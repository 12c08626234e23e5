//! A letter's greeting line of its own, closed by the one name it greets and a comma
//! ("Ravi,", "Talofa lava Sina,", after a subject line or a forward's headers), and the
//! letter's asks that open with "Could you please …" or "make sure …" (round V63).

use super::*;

/// Words that close a letter's line as a sign-off does, or greet nobody by name.
fn signs_off(w: &str) -> bool {
    matches!(
        w,
        "regards"
            | "thanks"
            | "thank"
            | "cheers"
            | "best"
            | "sincerely"
            | "faithfully"
            | "yours"
            | "warmly"
            | "hi"
            | "hello"
            | "dear"
            | "morning"
            | "afternoon"
            | "evening"
            | "note"
            | "update"
            | "minutes"
            | "present"
            | "agenda"
    )
}

/// The name a greeting line of its own closes, and where the letter's body starts: the
/// message's first line, or a line after a blank one, of one to four words closed by a
/// comma at the line's end, the last a capitalised word (not in capitals) that signs
/// nothing off. Only the first such line is asked, among the message's first twelve lines.
pub(super) fn greeting_line<'t>(text: &str, toks: &'t [Token]) -> Option<(&'t Token, usize)> {
    let mut start = 0;
    for _ in 0..12 {
        let end = (start..toks.len())
            .find(|&k| toks[k].is_sym("\n"))
            .unwrap_or(toks.len());
        let after_blank = start == 0 || start >= 2 && toks[start - 2].is_sym("\n");
        let line = &toks[start..end];
        if after_blank && (2..=5).contains(&line.len()) && end < toks.len() {
            let (comma, words) = line.split_last()?;
            let name = words.last()?;
            if comma.is_sym(",")
                && words.iter().all(Token::is_word)
                && text[name.start..].starts_with(|c: char| c.is_uppercase())
                && !name.caps
                && !words.iter().any(|w| signs_off(&w.lower))
            {
                return Some((name, end + 1));
            }
        }
        if end >= toks.len() {
            return None;
        }
        start = end + 1;
    }
    None
}

/// "Could you please revert …", "Can you send …", "make sure it is installed …" at `k`:
/// where the verb asked for is.
pub(super) fn asked_to(toks: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    match (word(k), word(k + 1)) {
        ("could" | "can", "you") => Some(k + 2 + usize::from(word(k + 2) == "please")),
        ("make", "sure") => Some(k),
        _ => None,
    }
}
