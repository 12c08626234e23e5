//! "Telematics is saving us about £1,600 a month on fuel" after a table of fuel before and
//! now: among a benefit's figures, the one said as the saving is what it brought (round
//! V48).

use super::*;

/// "Telematics is saving us about £1,600 a month on fuel" (round V48): money `m` said as
/// the saving, a word of saving at most four tokens before it ("saving us about", "saves
/// roughly"), not across a break; among a benefit's figures, the one it brought.
pub(in crate::reader) fn saving_said_of(toks: &[Token], m: &MoneyMention) -> bool {
    let at = lead(toks, m);
    (at.saturating_sub(4)..at)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| matches!(word(toks, k), "saving" | "saves" | "saved" | "save"))
}
