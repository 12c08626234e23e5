//! "Echo sounders: we are now buying 6 instead of 12, same brand. Total K102,000.", "Rig
//! rebuild: … we do only 3 rigs this year instead of 6. Budget now K540,000." (round V61):
//! fewer of the work's things, said as what we buy or do, with its price told in that
//! sentence or the next, is a rescope to that price, as fewer told with the price after a
//! comma is (`fewer_at_a_price`). Fewer days or hours ("we fill the tanks in 2 hours instead
//! of 5") is a result, and fewer with no price said is left as it reads.

use super::fewer_at_a_price::count_before;
use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// The verbs of buying or doing the work's things.
fn buys(w: &str) -> bool {
    matches!(
        w,
        "buy" | "buying" | "do" | "doing" | "build" | "building" | "order" | "ordering"
    )
}

/// A count's measure that makes it a time, not the work's things.
fn a_time(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "hour"
            | "hours"
            | "hrs"
            | "minutes"
            | "mins"
            | "months"
    )
}

/// The shape between `from` and `to`: "we" (or "we're", "we are", "we will"), a word or two,
/// a verb of buying or doing, "only" perhaps, a count, a few words, "instead of" / "rather
/// than" / "not" and a bigger count; then money in that sentence or the next.
pub(in crate::reader) fn fewer_bought(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    (from..to).find_map(|i| {
        if !buys(&toks[i].lower) {
            return None;
        }
        let word = |k: usize| {
            toks.get(k)
                .filter(|_| k < to)
                .map_or("", |t| t.lower.as_str())
        };
        let said_by_us = (i.saturating_sub(3)..i)
            .any(|k| matches!(word(k), "we" | "we're" | "we'll"))
            && !(i.saturating_sub(3)..i).any(|k| toks[k].is_break());
        if !said_by_us {
            return None;
        }
        let mut k = i + 1;
        if word(k) == "only" {
            k += 1;
        }
        let new = count_before(toks, k, to, 12)?;
        let mut j = k + 1;
        while j < (k + 5).min(to) && toks[j].is_word() {
            if a_time(word(j)) {
                return None;
            }
            match (word(j), word(j + 1)) {
                ("instead", "of") | ("rather", "than") => {
                    j += 2;
                    break;
                }
                ("not", _) => {
                    j += 1;
                    break;
                }
                _ => j += 1,
            }
        }
        let old = count_before(toks, j, to, 12)?;
        if new >= old || toks.get(j + 1).is_some_and(|t| a_time(&t.lower)) {
            return None;
        }
        priced_after(toks, j + 1).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: i,
            end: j + 1,
            affirmed: false,
        })
    })
}

/// Whether money is said from `k` to the end of the sentence after the one `k` is in, read
/// in the tenant's currency ("K540,000" is the kwacha's where the tenant counts in it).
fn priced_after(toks: &[Token], k: usize) -> bool {
    let mut ends = 0;
    let mut end = toks.len();
    for (j, t) in toks.iter().enumerate().skip(k) {
        if matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n") {
            ends += 1;
            if ends == 2 {
                end = j;
                break;
            }
        }
    }
    let tenant = super::read_memo::tenant_currency().unwrap_or(crate::money::Currency::GBP);
    toks.get(k..end)
        .is_some_and(|span| !super::money_words::find_money(span, tenant).is_empty())
}
