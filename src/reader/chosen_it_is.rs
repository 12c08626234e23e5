//! "Sage People it is", "Meraki it is, £48k": a choice said as "<name> it is", closing its
//! clause, approves the thing chosen (the name of a product or a supplier for it).

use super::tokens::Token;

/// At `i`, "it is" (or "it's") after a name written with a capital, closing its clause:
/// where the shape ends. Not "What it is.", "That it is": a capital that only opens a
/// sentence, or a word that points, is no name.
pub(super) fn chosen_it_is_at(toks: &[Token], i: usize) -> Option<usize> {
    let end = match (toks.get(i), toks.get(i + 1)) {
        (Some(it), Some(is)) if it.is("it") && is.is("is") => i + 2,
        (Some(its), _) if its.is("it's") => i + 1,
        _ => return None,
    };
    let name = toks.get(i.checked_sub(1)?)?;
    if !name.is_word()
        || !name.capital
        || matches!(
            name.lower.as_str(),
            "what" | "that" | "this" | "there" | "here" | "whatever" | "so" | "yes" | "no"
        )
    {
        return None;
    }
    // The name is more than a sentence's first word: another word of it before, or a
    // label's colon.
    let before = i.checked_sub(2).and_then(|k| toks.get(k));
    if !before.is_some_and(|t| t.is_word() || t.is_sym(":")) {
        return None;
    }
    let closes = toks.get(end).is_none_or(|t| {
        matches!(
            t.lower.as_str(),
            "," | "." | "!" | "\n" | ";" | "—" | "–" | "-" | "🎉" | "👍"
        )
    });
    closes.then_some(end)
}
