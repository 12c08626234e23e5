//! "Boss ok with the kopi machines", "boss agree 150k", "ok boss approve the drinks fridges",
//! "boss seh no to de weighbridge" (the lead, round 56): "boss" opening the verdict's clause,
//! right before the verdict's word or a word that says it, is who decided. "Boss, …" with a
//! comma is the one spoken to, and decides nothing.

use super::decider_looks::AtVerdict;

/// Words said by the boss right before (or as) the verdict.
fn says_it(w: &str) -> bool {
    matches!(
        w,
        "ok" | "okay"
            | "approve"
            | "approves"
            | "approved"
            | "agree"
            | "agrees"
            | "agreed"
            | "seh"
            | "say"
            | "says"
            | "said"
            | "sign"
            | "signed"
    )
}

/// "boss" as the subject opening the clause of the verdict at `verb`, written as it was.
pub(super) fn boss_decided(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    // The verdict found at "boss" itself when its phrase takes the subject ("Boss ok with").
    let s = (verb.saturating_sub(2)..=verb).find(|&k| look.word(k) == "boss")?;
    let opens = s == 0 || toks[s - 1].is_break() || (s == 1 && matches!(look.word(0), "ok" | "okay" | "so"))
            // "- Boss agree to put …" in minutes' items (round V58).
            || super::deciders::line_bullet(toks, s - 1);
    (opens && says_it(look.word(s + 1))).then(|| text[toks[s].start..toks[s].end].to_string())
}
