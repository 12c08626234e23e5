//! A remark that the spend is within the approver's own limit (round R53): "I said go ahead,
//! it's under my limit", "I've said aye, it's within my limit". It says who may approve, not
//! why; the reason is what the message told before the go-ahead ("Saves her about 6 hours a
//! week of hand labeling in the holiday rush.").

use super::*;

/// Does the span `a..b` only say the spend is within someone's limit: "it's under my limit",
/// "it is within my sign-off limit", "that's inside his authority"?
fn limit_remark(toks: &[Token], a: usize, b: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if b > a + 8 {
        return false;
    }
    let within = (a..b).find(|&j| matches!(w(j), "under" | "within" | "inside" | "below"));
    within.is_some_and(|j| {
        matches!(w(j + 1), "my" | "his" | "her" | "their" | "our" | "the")
            && (j + 2..b).any(|k| {
                matches!(
                    w(k).trim_end_matches('s'),
                    "limit" | "authority" | "delegation" | "sign-off" | "threshold"
                )
            })
            && (a..j).all(|k| {
                matches!(
                    w(k),
                    "it's"
                        | "it’s"
                        | "its"
                        | "it"
                        | "is"
                        | "that's"
                        | "that’s"
                        | "that"
                        | "well"
                        | "comfortably"
                        | "just"
                        | "so"
                        | "as"
                )
            })
    })
}

impl Choice<'_> {
    /// An approval's reason read as a remark that the spend is within the approver's limit:
    /// the clause or sentence before the go-ahead instead, or none.
    pub(super) fn within_limit(&self, rationale: Option<String>) -> Option<String> {
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if !limit_remark(self.toks, a, b) {
            return rationale;
        }
        let v = self.verdict?;
        let toks = self.toks;
        let ends = |j: usize| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n");
        // The sentence before the go-ahead's own sentence.
        let e = (0..v.start).rev().find(|&j| ends(j))?;
        let s = (0..e).rev().find(|&j| ends(j)).map_or(0, |p| p + 1);
        if toks[e].is("?") || e < s + 4 {
            return None;
        }
        // "Resi's getting a new label printer …, ~€2,400, it saves her …": the clause after
        // the money told with the thing.
        let in_money = self.in_money;
        let s = match (s..e).rev().find(|&j| in_money(j)) {
            Some(m) => {
                let comma = (m + 1..e).find(|&j| toks[j].is(","))?;
                (comma + 1..e).all(|j| !in_money(j)).then_some(comma + 1)?
            }
            None => s,
        };
        (e >= s + 4 && toks[s].is_word()).then(|| self.words(s, e))
    }
}
