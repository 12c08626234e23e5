//! "new grooming tables at guildford = 2 more dogs a day per groomer, ~£20k a year extra",
//! "card readers on the fuel pontoon = nobody on the pontoon after 5, saving ~£1,500 a month
//! in overtime": a benefit written as the work, a spaced "=", and what it brought. The
//! result after the "=", up to its comma or money, is the evidence; the work before it is
//! the record's investment, and the money after it its amount.

use super::tokens::{TokKind, Token};

/// The result after "=" in a benefit's evidence `span` (or, when no evidence was read, in
/// the message's first sentence): a spaced "=" after words that count nothing and hold no
/// money, then two words or more up to a comma, a break or money. `None` otherwise.
pub fn result_after_equals(
    toks: &[Token],
    span: Option<(usize, usize)>,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let (a, b) = span.unwrap_or_else(|| {
        let end = (0..toks.len())
            .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
            .unwrap_or(toks.len());
        (0, end)
    });
    let eq = (a + 1..b).find(|&j| toks[j].is_sym("=") && !toks[j].attached)?;
    if (a..eq).any(|k| money(k) || toks[k].kind == TokKind::Num || toks[k].is_break()) {
        return None;
    }
    let s = eq + 1;
    let e = (s..b)
        .find(|&k| toks[k].is_break() || money(k))
        .unwrap_or(b);
    let words = (s..e).filter(|&k| toks[k].is_word()).count();
    (words >= 2).then_some((s, e))
}
