//! A marked reason after a describing clause (round R44): "We've said yes to a telehandler
//! for the yard, second-hand, £38k, since hiring one is costing us £1,200 a week", "the
//! video board is approved at $1.1M, financed over seven years, because the current board
//! has two dead panel sections …", "Kettering is a go: £210k for the lease, the fit-out and
//! the first load of stock, because we're running three wagons a day …". The clause after
//! the verdict's comma says what the thing is or how it is paid for; the clause the writer
//! marks with "because" (or ", since", ", as") later in the same sentence says why.

use super::*;

/// Words a reason the rules found may open with, or hold, that make it a marked reason or
/// condition of its own.
const MARKS: &[&str] = &[
    "because", "since", "as", "given", "until", "till", "til", "once", "unless", "so", "but",
    "after", "if", "now",
];

impl Choice<'_> {
    /// `found`, the reason read after the verdict; or, when it holds no mark and the same
    /// sentence goes on to a clause marked as why, the reason read from that clause.
    pub(super) fn marked_reason_later(&self, found: Option<String>) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            stop,
            ctx,
            ..
        } = *self;
        let f = found?;
        let Some((a, b)) = reasons::span_of(text, toks, &f) else {
            return Some(f);
        };
        let v = verdict.filter(|v| v.end <= a);
        let unmarked = (a..b).all(|j| !MARKS.contains(&toks[j].lower.as_str()));
        let limit = self.limit();
        let end = (b..limit)
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
            .unwrap_or(limit);
        let mark = (b..end).find(|&j| {
            toks[j].is("because")
                || matches!(toks[j].lower.as_str(), "since" | "as")
                    && toks[j - 1].is(",")
                    && toks.get(j + 1).is_some_and(|t| t.is_word())
        });
        let later = match (v, mark) {
            (Some(_), Some(k)) if unmarked => intent::find_rationale(text, toks, k, stop, ctx),
            _ => None,
        };
        let later = later.filter(|l| reasons::span_of(text, toks, l).is_some_and(|(s, _)| s > b));
        later.or(Some(f))
    }
}
