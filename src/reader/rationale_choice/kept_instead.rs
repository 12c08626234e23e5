//! After a no, what we keep using instead (round R58): "Food safety software: no, we'll stay
//! on the spreadsheets another year", "the heat pump's a no from Seamus, we'll stick with the
//! oil boiler for the offices", "Not approved: pruning mower. Let's get another year out of
//! the old one." — the old thing kept is why the new one is not bought, as "we'll keep the
//! Echuca handsets another year" is labelled; asked when no other reason was found.

use super::*;

/// At `j`, "we'll" / "we will" / "let's" and a verb of keeping the old thing: "stick with",
/// "stay on", "stay with", "keep", "make do", "get another <period> out of".
fn keeps_at(toks: &[Token], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let v = match w(j) {
        "we'll" | "let's" | "lets" => j + 1,
        "we" if w(j + 1) == "will" => j + 2,
        _ => return false,
    };
    match w(v) {
        "stick" | "stay" => matches!(w(v + 1), "with" | "on"),
        "keep" => matches!(w(v + 1), "the" | "our" | "using"),
        "make" => w(v + 1) == "do",
        "get" => w(v + 1) == "another" && (v + 3..v + 6).any(|k| w(k) == "out" && w(k + 1) == "of"),
        _ => false,
    }
}

impl Choice<'_> {
    /// A refusal with no reason found: the first "we'll <keep the old thing>" clause after its
    /// verdict, in the verdict's sentence or the next, to its sentence's end.
    pub(super) fn kept_instead(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        if rationale.is_some() {
            return rationale;
        }
        let v = verdict.filter(|v| v.verdict == Verdict::Reject)?;
        let limit = self.limit();
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let mut ends = 0;
        let mut j = v.end;
        while j < limit {
            if is_end(&toks[j]) {
                ends += 1;
                if ends > 1 {
                    return None;
                }
            } else if keeps_at(toks, j) {
                let e = (j..limit).find(|&k| is_end(&toks[k])).unwrap_or(limit);
                return (e > j + 3).then(|| self.words(j, e));
            }
            j += 1;
        }
        None
    }
}
