//! "Nyambura wants the staff bus held, the union is still negotiating the transport
//! allowance": work someone wants held, said with its reason and no time, is a hold passed
//! on, as one said with its time and reason is ("Dale wants the payroll switch held till
//! February, Accounting can't …"; round S43). The bare wish ("Gareth wants the platform
//! held") is still only a wish, and a meeting or a price held is none.

use super::super::tokens::Token;
use super::money_and_holds::HELD_NOT_WORK;

/// Whether `t` closes a clause before its reason: a comma, a dash, or a reason word.
pub(in crate::reader) fn reason_mark(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "," | "—" | "–" | "so" | "because" | "as" | "since"
    ) || t.is_sym("-") && !t.attached
}

/// At `i` ("held"), the work held, wanted by someone a few words before, with a reason
/// after the mark that follows it; where the finding ends (at the mark).
pub(in crate::reader) fn held_with_reason_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "held" || i < 3 || !toks[i - 1].is_word() || HELD_NOT_WORK.contains(&word(i - 1))
    {
        return None;
    }
    let wished = (i.saturating_sub(7)..i)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .any(|k| matches!(word(k), "wants" | "want" | "wanted"));
    // "wants the depot solar held muna, he wants …": held "for now" (Tagalog "muna", or
    // "first") before the mark (round S47).
    let m = i + 1 + usize::from(matches!(word(i + 1), "muna" | "first"));
    let mark = toks.get(m)?;
    if !wished || !reason_mark(mark) {
        return None;
    }
    let said = (m + 1..toks.len())
        .take_while(|&k| !toks[k].is_break())
        .filter(|&k| toks[k].is_word())
        .count();
    (said >= 2).then_some(m)
}
