//! "Hatchery trial is finished, Board decision.", "cut to 30 rams instead of 40 (M160,000),
//! 'Me Palesa's decision, the wool price is down.", "Revised budget M450,000. Decision of 'Me
//! Palesa and the GM." (round V61): whose decision it was, said in a clause of its own after
//! the verdict — "<body> decision", "<name>'s decision" or "decision of <name>".

use super::decider_looks::AtVerdict;
use super::deciders::{is_body, span_decider};

/// Whose decision a clause after the verdict at `verb` says it was.
pub(super) fn decision_of_after(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_unit,
        ..
    } = *look;
    let breaks = |k: usize| k >= toks.len() || toks[k].is_break() || toks[k].is_sym("(");
    (verb + 1..toks.len()).find_map(|k| {
        if look.word(k) != "decision" {
            return None;
        }
        let opens = (verb..k).rev().find(|&j| breaks(j)).map_or(verb, |j| j + 1);
        // "Decision of 'Me Palesa and the GM.": the ones after "of", to the clause's end.
        if opens == k && look.word(k + 1) == "of" {
            let end = (k + 2..=toks.len()).find(|&j| breaks(j))?;
            return span_decider(text, toks, k + 2, end, is_unit);
        }
        if !breaks(k + 1) || opens >= k || k - opens > 3 {
            return None;
        }
        // "Board decision.": a body's word alone; "'Me Palesa's decision,": a name's "'s".
        let last = &toks[k - 1];
        if k - opens == 1 && is_body(&last.lower) {
            return Some(text[last.start..last.end].to_string());
        }
        let owner = last
            .lower
            .strip_suffix("'s")
            .or_else(|| last.lower.strip_suffix("’s"))?;
        let name_end = last.end - (last.lower.len() - owner.len());
        span_decider(text, toks, opens, k, is_unit)
            .map(|_| text[toks[opens].start..name_end].to_string())
    })
}
