//! "It was £60k on top of the £85k we already spent, and the board want to see a full year
//! of numbers first.": a sentence after the verdict that tells the price again (figures,
//! stepped over) and then, joined by ", and", a clause of its own with no money or date,
//! which is why. The clause found here is where the reason is seen; `money_sentences` then
//! reads it from the sentence's start, the price being part of the case (convention 30).

use super::tokens::Token;

/// The clause after ", and" in the sentence `s..e` when the words before it open on "it"
/// or "that" and hold money (`money`), and the clause holds no money or date (`skip`), has a subject and verb of its
/// own, and is not the plan or a follow-up.
pub fn after_the_price(
    text: &str,
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let e = e.min(toks.len());
    let c = (s + 2..e.saturating_sub(3)).find(|&k| toks[k].is(",") && toks[k + 1].is("and"))?;
    let t = c + 2;
    // "It was £60k …", "That's £40k …": the price told again points back at the work.
    let points_back = matches!(
        toks[s].lower.as_str(),
        "it" | "it's" | "that" | "that's" | "this" | "this's"
    );
    let priced = points_back && (s..c).any(money);
    let plain = !(t..e).any(|k| money(k) || skip(k));
    let own = super::intent::own_clause(toks, t, e)
        && !super::clauses::NOT_A_REASON_OPENING.contains(&toks[t].lower.as_str())
        && !super::clauses::assigns_owner(text, toks, t, e);
    (priced && plain && own && e >= t + 3)
        .then(|| text[toks[t].start..toks[e - 1].end].trim().to_string())
}
