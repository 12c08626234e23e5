//! "laptop refresh trimmed to the 22 office + design machines, 31k. crews keep their ipads
//! another yr", "the two satellite clinics keep their old ones": people keeping their own kit
//! is what a cut leaves out (the rescope's reason), not a verdict of ours to keep work going.

use super::tokens::Token;

/// Is the verdict word at `at` "keep" / "keeps" said of someone else's own things ("crews
/// keep their ipads"), not by us ("we keep", "I'll keep", "let's keep")?
pub(in crate::reader) fn keeps_their_own(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(at), "keep" | "keeps")
        && word(at + 1) == "their"
        && at > 0
        && toks[at - 1].is_word()
        && !matches!(
            word(at - 1),
            "we" | "i" | "i'll" | "we'll" | "let's" | "to" | "will" | "should" | "can" | "must"
        )
}
