//! The money sunk that opens a stop's reason (round R38): "binning the client app, 14k spent
//! and about 60 downloads, the insta DMs do the job fine", "€24k spent and barely a third of
//! staff have logged in since September; the area managers are doing it face to face
//! anyway". The clause with the money was passed over for it and the reason cut to the
//! clause after its comma or semicolon; but the money walked away from is part of the case
//! (convention 30), so the reason is read from that clause's start.

use super::tokens::Token;

/// Words saying money is spent and gone: "14k spent", "$48k sunk", "19k gone".
const SUNK: &[&str] = &["spent", "sunk", "gone", "wasted", "burnt", "burned"];

/// Do tokens `s..c` say money was sunk: an amount followed by a word saying it is spent
/// ("14k spent", "KES 6.2 million has been spent"), or "spent"/"sunk" followed by one
/// ("We have spent R420 000")?
pub(super) fn says_money_sunk(
    toks: &[Token],
    s: usize,
    c: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    (s..c).any(|j| {
        if !money(j) {
            return false;
        }
        let after = (j + 1..c).find(|&k| !money(k));
        let spent_after = after.is_some_and(|k| {
            let k = if matches!(toks[k].lower.as_str(), "has" | "have")
                && toks.get(k + 1).is_some_and(|t| t.is("been"))
            {
                k + 2
            } else {
                k
            };
            k < c && SUNK.contains(&toks[k].lower.as_str())
        });
        let spent_before =
            j > s && !money(j - 1) && matches!(toks[j - 1].lower.as_str(), "spent" | "sunk");
        spent_after || spent_before
    })
}

/// Where a reason `a..` cut at a comma should start when the clause before that comma opens
/// with money sunk and follows the verdict's comma in the verdict's own sentence: "binning
/// the client app, 14k spent and about 60 downloads, the insta DMs do the job fine".
pub(super) fn sunk_clause_after_verdict(
    toks: &[Token],
    c: usize,
    verdict_end: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !toks.get(c)?.is(",") {
        return None;
    }
    let p = (verdict_end..c).rev().find(|&j| {
        matches!(
            toks[j].lower.as_str(),
            "," | "." | "!" | "?" | ";" | ":" | "\n" | "-" | "–" | "—"
        )
    })?;
    (toks[p].is(",") && money(p + 1) && p + 3 < c && says_money_sunk(toks, p + 1, c, money))
        .then_some(p + 1)
}
