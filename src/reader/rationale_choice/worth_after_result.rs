//! A benefit's counted result, then what it is worth (round R47): "the new screens have
//! taken 20mm from 180 to 240 tonnes an hour, worth about £60k so far", "harvest app has the
//! pickers doin 22kg an hour now up from 18, works out about €11k a month less in wages",
//! "took 40 seconds off the average transaction, so we ran one less till on Saturdays —
//! roughly £900 a month". The money is the benefit's amount; the counted result before it,
//! from its sentence's start, is the evidence (what names the work at its start is trimmed
//! when the rationale is settled).

use super::*;

/// Words between the result's comma or dash and its money that say what it is worth.
const WORTH: &[&str] = &[
    "worth", "about", "around", "roughly", "call", "it", "that's", "thats", "near", "nearly",
    "abt", "approx", "works", "out", "so", "some", "~",
];

impl Choice<'_> {
    /// A benefit read with no reason: the counted result told before ", worth about
    /// <money>" (or "— roughly", "— call it", ", works out about").
    pub(super) fn result_before_worth(&self) -> Option<String> {
        let Choice {
            toks,
            verdict,
            names,
            intent,
            in_money,
            ..
        } = *self;
        if intent != Intent::Benefit || verdict.is_some() {
            return None;
        }
        let limit = self.limit();
        let m = (1..limit).find(|&j| in_money(j) && !in_money(j - 1))?;
        let c = (0..m)
            .rev()
            .find(|&j| !WORTH.contains(&toks[j].lower.as_str()))?;
        let mark = toks[c].is(",")
            || toks[c].is_sym("—")
            || toks[c].is_sym("–")
            || toks[c].is_sym("-") && !toks[c].attached;
        if !mark || c + 1 == m {
            return None;
        }
        let s = (0..c)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n" | ":"))
            .map_or(0, |j| j + 1);
        let counted = (s..c).any(|j| {
            toks[j].kind == tokens::TokKind::Num
                || matches!(toks[j].lower.as_str(), "%" | "half" | "third" | "quarter")
        });
        let words = (s..c).filter(|&j| toks[j].is_word()).count();
        if !counted || words < 4 || (s..c).any(in_money) {
            return None;
        }
        // "the new screens have taken …": the work named as the subject, and the "have"
        // of a verb in the perfect, are left out ("harvest app has the pickers …" keeps
        // its "has", the verb itself).
        let det = (s..c)
            .take_while(|&j| matches!(toks[j].lower.as_str(), "the" | "our" | "new"))
            .count();
        let invests = |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
        let after_name = names
            .iter()
            .filter(invests)
            .find(|m| (s..=s + det).contains(&m.start) && m.end < c)
            .map_or(s, |m| m.end);
        let perfect = after_name > s
            && matches!(toks[after_name].lower.as_str(), "has" | "have")
            && toks.get(after_name + 1).is_some_and(|t| {
                let w = t.lower.as_str();
                w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
            });
        Some(self.words(after_name + usize::from(perfect), c))
    }
}
