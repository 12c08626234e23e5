//! A benefit read with no reason whose money's clause is joined to the result told before it
//! (round R55, conventions 15 and 29): "Shopify checkout's been live a fortnight – no more
//! abandoned carts on mobile and online sales are up $11k on this time last year" → "no more
//! abandoned carts on mobile"; "water recycling plant paying off, we're pulling 30% less from
//! the lake n the fertiliser bill dropped abt 90k a month" → "we're pulling 30% less from the
//! lake"; "The tour site's been a blessing. Walk-ups used to be half our tours, now it's 90%
//! booked ahead and we staff to it, that's about $2,300 a month less in Saturday overtime." →
//! the two clauses before the money's. The money's clause says what the result is worth (the
//! amount); an opening clause that measures nothing ("… paying off", "… been live a
//! fortnight") praises the work or says it runs, no part of the reason (convention 67).

use super::*;

/// Words that join the money's clause to the result before it.
const JOINS: &[&str] = &["and", "n", "&", "an'", "plus"];

/// Words that may stand between a comma and the money measuring the result before it
/// ("…, that's about $2,300", "…, roughly $2,000 a month").
const MEASURING: &[&str] = &[
    "that's", "thats", "that", "is", "about", "abt", "roughly", "around", "call", "it", "worth",
    "~", "some", "nearly", "almost",
];

/// A word saying the clause measured something: a number or a change (`measures`), or
/// "no more", "instead", "anymore".
fn measured(t: &Token) -> bool {
    paying_off::measures(t) || matches!(t.lower.as_str(), "more" | "instead" | "anymore")
}

impl Choice<'_> {
    /// A benefit read with no verdict: where its first money is (the opening of this file's
    /// look and of the other results told beside a benefit's money).
    pub(super) fn benefit_money(&self) -> Option<usize> {
        if !self.benefit_without_verdict() {
            return None;
        }
        (0..self.toks.len()).find(|&j| (self.in_money)(j))
    }

    /// A benefit read with no verdict: the records whose reason a result beside the money
    /// may be.
    pub(super) fn benefit_without_verdict(&self) -> bool {
        self.intent == Intent::Benefit && self.verdict.is_none()
    }

    /// The result before the money's clause of a benefit read with no reason.
    pub(super) fn result_before_money(&self) -> Option<String> {
        let Choice {
            toks,
            names,
            in_money,
            decides,
            ..
        } = *self;
        let m = self.benefit_money()?;
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let ss = toks[..m].iter().rposition(is_end).map_or(0, |p| p + 1);
        let brk = |t: &Token| {
            matches!(t.lower.as_str(), "," | ":" | ";" | "—" | "–") || t.is_sym("-") && !t.attached
        };
        // The join nearest the money, with a few words of the money's clause after it
        // ("and online sales are up", ", that's about").
        let j = (ss + 3..m).rev().take(7).find(|&k| {
            JOINS.contains(&toks[k].lower.as_str()) || toks[k].is(",") || brk(&toks[k])
        })?;
        if brk(&toks[j]) {
            // ", that's about $2,300", not "VoD on 2 Shaft: R410k less".
            let measuring =
                j + 1 < m && (j + 1..m).all(|k| MEASURING.contains(&toks[k].lower.as_str()));
            if !measuring || !matches!(toks[j].lower.as_str(), "," | "—" | "–") {
                return None;
            }
        } else if !(j + 1..m).all(|k| toks[k].is_word() && !is_end(&toks[k])) || j + 1 == m {
            return None;
        }
        // Past an opening clause that measures nothing ("… paying off,", "… been live a
        // fortnight –").
        let mut s = ss;
        while let Some(b) = (s..j).find(|&k| brk(&toks[k])) {
            if (s..b).any(|k| measured(&toks[k])) {
                break;
            }
            s = b + 1;
        }
        let mut e = j;
        while e > s && brk(&toks[e - 1]) {
            e -= 1;
        }
        let words = (s..e).filter(|&k| toks[k].is_word()).count();
        // "seawater intake rebuild means no more trucking …": a result opening on the work's
        // name is the settling's to read.
        (words >= 3
            && toks[s].is_word()
            && !names.iter().any(|n| n.start == s)
            && !(s..e).any(in_money)
            && (s..e).any(|k| measured(&toks[k]))
            && !decides(s, e))
        .then(|| self.words(s, e))
    }
}
