//! "… is a go at £310k, as long as the council signs off the planning on the 15th. Paddy
//! says we turned away 900 tonne of Maris Piper in September for want of room." (round
//! S48): a condition ending the verdict's sentence is kept as the reason only when nothing
//! else says why; a sentence straight after it that reports why ("<Name> says …") is the
//! reason instead, as convention 35 keeps the saying in it.

use super::*;

/// The conditions that may close an approval's sentence.
fn condition_lead(toks: &[Token], a: usize) -> bool {
    let w = |k: usize| toks.get(a + k).map_or("", |t| t.lower.as_str());
    matches!((w(0), w(1), w(2)), ("as" | "so", "long", "as"))
        || matches!(w(0), "provided" | "providing")
        || (w(0), w(1)) == ("on", "condition")
}

impl Choice<'_> {
    /// The sentence after the condition `toks[a..b]` when it opens "<Name> says / reckons /
    /// said", the condition ending its sentence.
    pub(super) fn saying_after_condition(&self, a: usize, b: usize) -> Option<String> {
        let toks = self.toks;
        if !condition_lead(toks, a) || !toks.get(b).is_some_and(|t| t.is(".")) {
            return None;
        }
        let name = toks.get(b + 1)?;
        let says = toks.get(b + 2)?;
        if !(name.is_word()
            && self.text[name.start..].starts_with(|c: char| c.is_uppercase())
            && matches!(says.lower.as_str(), "says" | "said" | "reckons" | "thinks"))
        {
            return None;
        }
        let end = (b + 3..toks.len())
            .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
            .unwrap_or(toks.len());
        (end > b + 6).then(|| self.words(b + 1, end))
    }
}
