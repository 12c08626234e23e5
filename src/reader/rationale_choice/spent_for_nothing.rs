//! Money spent for nothing, told in the clause after a stop (round R47): "stop the foodpanda
//! ads already, spent 30k and orders no change", "done with the radio ads on WALB, $11k this
//! year and not one grower said they heard em", "stop na ang FB ads boost, ₱150k na nagasto
//! pero walay walk-ins gikan ana". The clause was refused for its money, yet what was spent
//! and that nothing came of it are the case for stopping (convention 30), whole.

use super::*;

/// "and", "but" (and Cebuano "pero"): what joins the money to what came of it.
const JOINS: &[&str] = &["and", "but", "pero"];

/// Verbs saying money was put in: "we'd already put $18k into the septic design", "sunk".
const SPENT: &[&str] = &[
    "put", "spent", "sunk", "poured", "invested", "thrown", "ploughed",
];

/// What says nothing came of the money: "no change", "not one grower", "nobody came".
const NOTHING: &[&str] = &[
    "no", "not", "nobody", "never", "zero", "nothing", "none", "walay", "wala",
];

impl Choice<'_> {
    /// A stop read with no reason, or with a part of it: the clause after its comma that
    /// opens on the money spent and, after "and" / "but", says nothing came of it.
    pub(super) fn spent_for_nothing(&self, rationale: Option<String>) -> Option<String> {
        let Some(v) = self.verdict.filter(|v| v.verdict == Verdict::Stop) else {
            return rationale;
        };
        let span = self.span_of(rationale.as_deref());
        if rationale.is_some() && span.is_none() {
            return rationale;
        }
        self.spent_clause(v.end)
            // Read with no reason, or with only a part of the clause ("the shop's no busier").
            .filter(|&(s, e)| span.is_none_or(|(a, b)| a >= s && b <= e))
            // Or in the sentence after the stop's own, over a part of it or a remark after it
            // ("… Not worth."), or over the stop said again before it ("the bunkhouse is
            // dead, he's not doing it at all. We already paid …").
            .or_else(|| {
                self.sunk_sentence(v.end).filter(|&(s, _)| {
                    span.is_none_or(|(a, b)| a >= s || b <= s && (self.decides)(a, b))
                })
            })
            .map(|(s, e)| self.words(s, e))
            .or(rationale)
    }

    /// After the verdict ending at `from`, the clause after its comma spending money for
    /// nothing, as a token span.
    fn spent_clause(&self, from: usize) -> Option<(usize, usize)> {
        let Choice {
            toks,
            in_money,
            decides,
            ..
        } = *self;
        let limit = self.limit();
        // The thing stopped, or a word ("now", "already"), then the comma (or a spaced
        // dash: "… the worker housing upgrade — we'd already put $18k into …").
        let c = (from..limit.min(from + 9)).find(|&j| toks[j].is_break())?;
        let dash = matches!(toks[c].lower.as_str(), "—" | "–" | "-") && !toks[c].attached;
        if !(toks[c].is(",") || dash) || (from..c).any(in_money) {
            return None;
        }
        let s = c + 1;
        let e = (s..limit)
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
            .unwrap_or(limit);
        // The money first, or said put in ("we'd already put $18k into …", round R48).
        let m = (s..e.min(s + 6)).find(|&j| in_money(j))?;
        let put_in = (s..m).any(|j| SPENT.contains(&toks[j].lower.as_str()));
        if m > s + 3 && !put_in {
            return None;
        }
        let after = (m..e).find(|&j| !in_money(j)).unwrap_or(e);
        let join = (after..e).find(|&j| JOINS.contains(&toks[j].lower.as_str()))?;
        let nothing = (join + 1..e).any(|j| NOTHING.contains(&toks[j].lower.as_str()));
        // Money said put in, then what stands in the way now, a clause of its own ("and the
        // county wants a whole new drain field").
        let sunk_then = put_in && intent::own_clause(toks, join + 1, e);
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        ((nothing || sunk_then) && words >= 5 && !(after..e).any(in_money) && !decides(s, e))
            .then_some((s, e))
    }
}
