//! "He's changed his mind — it can go in over Christmas after all, £22k", "On the booking
//! system, we're adding the parties module after all — £4k on top": a thing that can go in,
//! or that we are adding, getting or doing, "after all" is an earlier no turned round, an
//! approval. "We're not adding it after all" turns nothing round to a yes, and a thing that
//! can go in with no "after all" is only when it fits.

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// At `i`, "go in" / "go ahead" after "can" / "will", or "adding / getting / doing / having /
/// putting / buying" after "we're" / "we are", with "after all" later in the sentence and no
/// "not" / "no" between; where the verdict's words end.
pub(super) fn done_after_all_at(toks: &[Token], i: usize) -> Option<usize> {
    let end = match word(toks, i) {
        "go" if matches!(word(toks, i.wrapping_sub(1)), "can" | "will" | "'ll")
            && matches!(word(toks, i + 1), "in" | "ahead") =>
        {
            i + 2
        }
        "adding" | "getting" | "doing" | "having" | "putting" | "buying" | "fitting"
            if matches!(word(toks, i.wrapping_sub(1)), "we're" | "were" | "'re")
                || word(toks, i.wrapping_sub(1)) == "are"
                    && word(toks, i.wrapping_sub(2)) == "we" =>
        {
            i + 1
        }
        _ => return None,
    };
    if i == 0 {
        return None;
    }
    let sentence: Vec<&Token> = toks[end..]
        .iter()
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | "—" | "–" | ";"))
        .take(14)
        .collect();
    let after_all = sentence
        .windows(2)
        .position(|w| w[0].is("after") && w[1].is("all"))?;
    let negated = sentence[..after_all]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "not" | "no" | "never"))
        || matches!(
            word(toks, i.wrapping_sub(2)),
            "not" | "isn't" | "aren't" | "can't" | "won't" | "cannot"
        );
    (!negated).then_some(end)
}
