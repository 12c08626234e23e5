//! "to make more 20mm. Ballpark £380k", "taken 20mm from 180 to 240 tonnes an hour, worth
//! about £60k": a bare figure with "mm" written onto it, in a message that writes its money
//! with a currency, is a size in millimetres (a grade of stone, a pipe, a bolt), not
//! millions. Alone ("approved for the last section, 1.4mm") or with its own currency
//! ("$2.1mm") it stays millions, as US finance writes them.

use super::*;

/// `out` without its bare figures in millimetres, when another of its amounts is written
/// with a currency.
pub(super) fn drop_millimetres(toks: &[Token], out: &mut Vec<MoneyMention>) {
    if !out.iter().any(|m| m.written) {
        return;
    }
    out.retain(|m| {
        let mm = m
            .end
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.lower == "mm" && t.attached && !t.caps);
        m.written || !mm
    });
}
