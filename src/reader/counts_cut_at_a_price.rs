//! "The pole replacement crews are getting cut from four to two for the winter — $610k
//! instead of $1.2M through March": a count cut, with the money it now comes to set against
//! the old money in the same sentence, is a smaller budget, a rescope (round S43). "cut from
//! 5 days to 1" with no such money is a result.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// After a cut ending at `from`, an amount "instead of" (or "rather than") another amount
/// in the same sentence.
pub(super) fn money_instead_ahead(toks: &[Token], from: usize) -> bool {
    let end = (from..toks.len())
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    let Some(sentence) = toks.get(from..end) else {
        return false;
    };
    let money = find_money(sentence, Currency::GBP);
    // "Cut the semi order from 5 trucks to 3, that's $495k now" (round S46): the money it
    // now comes to, said as "now".
    let now = money.iter().any(|m| {
        sentence.get(m.end).is_some_and(|t| t.is("now"))
            && m.start >= 1
            && matches!(
                sentence[m.start - 1].lower.as_str(),
                "that's" | "is" | "thats"
            )
    });
    now || money.windows(2).any(|pair| {
        let (a, b) = (&pair[0], &pair[1]);
        let w = |k: usize| sentence.get(k).map_or("", |t| t.lower.as_str());
        b.start == a.end + 2
            && matches!(
                (w(a.end), w(a.end + 1)),
                ("instead", "of") | ("rather", "than")
            )
            // "from 12 to 8 — P 85k becomes P 57k" (round S58): the old money "becomes"
            // the new.
            || b.start == a.end + 1 && matches!(w(a.end), "becomes" | "became")
    })
}
