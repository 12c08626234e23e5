//! A verdict word said by someone outside, only leant towards, or still to come: not the
//! message's own verdict.

use super::*;

/// Is a verdict word said by someone outside ("the regulator approved our plan") or only
/// leant towards ("leaning towards a no", "inclined to approve")?
pub fn verdict_not_ours(toks: &[Token]) -> bool {
    let mut i = 0;
    while i < toks.len() {
        let Some((_, len)) = table().match_at(toks, i) else {
            i += 1;
            continue;
        };
        let by = word_before(toks, i, &["has", "have", "'s", "just", "finally"]);
        let leaning = toks[i.saturating_sub(12)..i]
            .iter()
            .rev()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"))
            .any(|t| matches!(t.lower.as_str(), "leaning" | "leans" | "inclined"))
            // "the drone survey is probably a no": where it is heading, said of the work
            // ("we'll probably stop it" is the writer musing, no news).
            || {
                let probable = |k: usize| matches!(toks[k].lower.as_str(), "probably" | "likely");
                toks[i].is("a") && i >= 1 && probable(i - 1)
                    || i >= 2 && toks[i - 1].is("a") && probable(i - 2)
            };
        let to_come = crate::reader::verdict_shapes::passive_to_come(toks, i)
            && table()
                .match_at(toks, i)
                .is_some_and(|(v, _)| v == Verdict::Approve);
        let later = crate::reader::verdict_shapes::verdict_to_come(toks, i);
        if crate::reader::verdict_shapes::said_by_outsider(toks, i, by)
            || leaning
            || to_come
            || later
        {
            return true;
        }
        i += len;
    }
    false
}
