//! "website stuff after the holidays, no bandwidth rn 🙏", "traceability migration after
//! xmas, no one's got the headspace rn" (round S47): a terse line that opens on the work
//! and puts it "after" a holiday or the season, with no verb of its own, puts it off.

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// The times a terse line puts work after.
const HOLIDAYS: &[&str] = &[
    "holidays",
    "hols",
    "christmas",
    "xmas",
    "easter",
    "eid",
    "season",
    "harvest",
    "break",
];

/// The shape between `from` and `to`: a line opening on up to four words of the thing, then
/// "after" (perhaps "the") a holiday, ending its clause.
pub(in crate::reader) fn put_after_a_holiday(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let opens = from == 0 || toks[from - 1].is_break();
    if !opens || to - from > 30 {
        return None;
    }
    let after = (from + 1..(from + 5).min(to))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].is("after"))?;
    let mut k = after + 1;
    if toks.get(k).is_some_and(|t| t.is("the")) {
        k += 1;
    }
    let said = toks
        .get(k)
        .is_some_and(|t| k < to && HOLIDAYS.contains(&t.lower.as_str()));
    let ends = toks.get(k + 1).is_none_or(|t| k + 1 >= to || t.is_break());
    (said && ends).then_some(VerdictFinding {
        verdict: Verdict::Defer,
        start: after,
        end: k + 1,
        affirmed: false,
    })
}
