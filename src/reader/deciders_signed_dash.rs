//! "payroll system: hold, after the audit. maybe February. — Mr. Boe", "vacuum packer #2 ❌
//! — Chief Tari", "blow moulder ❌ not this year — Miss Forde" (round V62): a verdict signed
//! off with a dash and the name of the one who gave it, closing the message — the writer
//! passes on that one's word, as a verdict "from <Name>" is passed on. A time ("— Monday"),
//! a word of thanks or a lowercase word after the dash names no one.

use super::decider_words::is_decider_word;
use super::tokens::Token;

/// Titles a signed name may open with.
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w)
        || matches!(w, "chief" | "pastor" | "father" | "sir")
}

/// The name after the dash that closes `toks`, the verdict at `verb` before it.
pub(super) fn dash_signer(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    let mut end = toks.len();
    while end > 0 && matches!(toks[end - 1].lower.as_str(), "." | "!" | "\n") {
        end -= 1;
    }
    // The dash a word or three (and a title's full stop) before the end, spaced off the
    // verdict before it.
    let dash = (end.saturating_sub(5)..end)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "—" | "–" | "-") && !toks[k].attached)?;
    if dash <= verb || dash + 1 >= end {
        return None;
    }
    let name = &toks[dash + 1..end];
    let words = name.iter().filter(|t| t.is_word()).count();
    let named = (1..=3).contains(&words)
        && name.iter().enumerate().all(|(j, t)| {
            let w = t.lower.as_str();
            if t.is_sym(".") {
                return j > 0 && title(&name[j - 1].lower);
            }
            t.is_word()
                && t.capital
                && w.chars().all(char::is_alphabetic)
                && is_decider_word(w)
                && super::dates::weekday(w).is_none()
                && super::dates::month(w).is_none()
                && !matches!(w, "thanks" | "thank" | "cheers" | "regards" | "thx" | "ta")
        })
        // One word alone is a name only if it is no title ("— Sir" is the one written to).
        && !(words == 1 && title(&name[0].lower));
    named.then(|| text[name[0].start..name[name.len() - 1].end].to_string())
}
