//! "12 machines at £1,150 each", "10 laptops at GHS 9,500 each", "buy 6 for the design team,
//! each 7,500": a count of things with the price of one is the whole sum decided when no
//! total is said (round V53).

use super::*;

/// The count of things `m` prices each, said in its clause: "<count> <things> at <m> each"
/// (at most four words between the count and "at"), or "<count> …, each <m>" / "replace 4
/// workers, each worker salary about <m>" (the count at most eight words back, in the
/// clause before the comma).
pub(in crate::reader) fn count_priced_each(toks: &[Token], m: &MoneyMention) -> Option<i64> {
    let count_at = |k: usize| -> Option<i64> {
        let t = toks.get(k)?;
        let n = if t.kind == crate::reader::tokens::TokKind::Num {
            if !t.lower.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            t.lower.parse::<i64>().ok()?
        } else if crate::reader::money_words::two_to_ten(&t.lower) {
            match t.lower.as_str() {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                _ => 10,
            }
        } else {
            return None;
        };
        // A count, not a money figure of its own ("£5 at £3 each").
        let priced = k > 0
            && toks[k - 1].kind == crate::reader::tokens::TokKind::Sym
            && !toks[k - 1].is_break();
        ((2..=999).contains(&n) && !priced).then_some(n)
    };
    // The nearest count looking back from `from` (inclusive) over `span` tokens, not
    // crossing a break.
    let count_back = |from: usize, span: usize| {
        (from.saturating_sub(span)..=from)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .find_map(count_at)
    };
    if matches!(word(toks, m.end), "each" | "apiece") {
        let mut at = m.start.checked_sub(1)?;
        if matches!(word(toks, at), "about" | "roughly" | "around") {
            at = at.checked_sub(1)?;
        }
        if word(toks, at) != "at" {
            return count_marked_back(toks, m.start, count_at);
        }
        return count_back(at.checked_sub(1)?, 4);
    }
    // ", each 7,500", ", each worker salary about 60,000": "each" after a comma, at most
    // four words before the money.
    let each = (m.start.saturating_sub(5)..m.start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| word(toks, k) == "each")?;
    if each == 0 || word(toks, each - 1) != "," {
        return None;
    }
    count_back(each.checked_sub(2)?, 8)
}

/// "(4 nos) are approved, Rs 290,000 each", "✅ 6 pcs, Le 21,500 each", "(4 x Haojue)
/// approved, SLE 34,000 each" (round S63): a count marked as one by "nos", "pcs", "units"
/// or "x" after it, at most twelve tokens back in the sentence (over its commas and
/// brackets), before a price each with no "at".
fn count_marked_back(
    toks: &[Token],
    start: usize,
    count_at: impl Fn(usize) -> Option<i64>,
) -> Option<i64> {
    (start.saturating_sub(12)..start)
        .rev()
        .take_while(|&k| !matches!(word(toks, k), "." | "!" | "?" | "\n" | ";"))
        .find_map(|k| {
            let marked = matches!(
                word(toks, k + 1),
                "nos" | "no" | "pcs" | "pc" | "pieces" | "units" | "x"
            );
            // "✅ 6 pcs": a mark before the count is no money sign of its own.
            let after_mark = || {
                let t = &toks[k];
                let sign = k > 0 && toks[k - 1].lower.chars().any(|c| "$£€¥₹₦₱₵৳".contains(c));
                let n = t
                    .lower
                    .parse::<i64>()
                    .ok()
                    .filter(|n| (2..=999).contains(n));
                n.filter(|_| !sign && t.lower.bytes().all(|b| b.is_ascii_digit()))
            };
            marked.then(|| count_at(k).or_else(after_mark)).flatten()
        })
}
