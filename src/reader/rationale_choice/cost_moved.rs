//! A cost gone up or down, with its cause told before the verdict's sentence (convention 22,
//! round R56): "Dressing room reno costs went up, plumber found asbestos under the old
//! showers. Now $212K, board ok'd it", "Motorola's revised number is $890K, down from $1.02M
//! after we dropped the microwave backhaul. Director signed off on the new scope today." The
//! clause after "went up," or the "after …" behind the old money is why the money moved,
//! and so why the new figure was signed: the reason, "after" kept.

use super::*;

impl Choice<'_> {
    /// The cause of a cost's move told up to the verdict's sentence, tried before "now …".
    pub(super) fn cost_moved_cause(&self) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            decides,
            ..
        } = *self;
        let v = verdict.filter(|v| matches!(v.verdict, Verdict::Approve | Verdict::Rescope))?;
        let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
        let is_end = |j: usize| matches!(w(j), "." | "!" | "?" | "\n");
        let end = (v.end..toks.len())
            .find(|&j| is_end(j))
            .unwrap_or(toks.len());
        let start = (0..end).find(|&j| {
            // "costs went up, <cause>"
            matches!(w(j), "went" | "gone" | "goes") && w(j + 1) == "up" && w(j + 2) == ","
                // "down from $1.02M after <cause>"
                || w(j) == "after"
                    && j >= 3
                    && in_money(j - 1)
                    && (j.saturating_sub(5)..j).any(|k| w(k) == "from")
        })?;
        let s = if w(start) == "after" {
            start
        } else {
            start + 3
        };
        let e = (s + 1..end)
            .find(|&j| is_end(j) || matches!(w(j), "," | ";" | "—" | "–"))
            .unwrap_or(end);
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        if words < 4 || (s..e).any(in_money) || decides(s, e) || (s < v.end && e > v.start) {
            return None;
        }
        Some(self.words(s, e))
    }
}
