//! An emoji between two clauses of a chat line ("cask washer's arrived 🙌 but Kath
//! rejected the canning line"): the writer's full stop. Chat writers end a clause with a
//! pictograph and go on with the next, so the records split reads it as a sentence's end.

use super::*;

/// Whether the token at `j` is a pictograph (an emoji, an arrow is not: "→" joins an item
/// to its verdict) between two words, turning to another clause: "but" or "and" after
/// it, or "tho" / "though" closing the clause after it ("🙌 sand screener's dead tho").
/// An emoji inside one clause ("LED retrofit 👍 signed off by …", "🎉 so the board signed
/// off") or before the news's own consequence ends nothing.
#[inline(always)]
pub(super) fn emoji_ends_a_clause(toks: &[Token], j: usize) -> bool {
    // Asked at every token, and only a symbol is an emoji: told here, before a call (round P57).
    if !(toks[j].kind == TokKind::Sym) {
        return false;
    }
    emoji_ends_a_clause_past_its_first_test(toks, j)
}

/// [`emoji_ends_a_clause`] once its first test is passed.
fn emoji_ends_a_clause_past_its_first_test(toks: &[Token], j: usize) -> bool {
    let t = &toks[j];
    let turns = || {
        toks.get(j + 1).is_some_and(|n| n.is("but") || n.is("and"))
            || toks[j + 1..]
                .iter()
                .take_while(|n| !n.is_break())
                .any(|n| n.is("tho") || n.is("though"))
    };
    t.kind == TokKind::Sym
        && j > 0
        && toks[j - 1].is_word()
        && t.lower.chars().next().is_some_and(pictograph)
        && toks.get(j + 1).is_some_and(Token::is_word)
        && turns()
}

/// Whether the token at `j` is a pipe straight after a sign that answers an item
/// ("forklift ✅ | racking ✅ | ERP ⏸️ April", round S61): a terse line's items, one a
/// record. A table's pipes, between cells of words and figures, end nothing.
#[inline(always)]
pub(super) fn pipe_after_a_sign(toks: &[Token], j: usize) -> bool {
    toks[j].is_sym("|")
        && j > 0
        && toks[j - 1].kind == TokKind::Sym
        && toks[j - 1].lower.chars().next().is_some_and(pictograph)
}

/// Emoji and other pictographs: the symbols' planes (not arrows, dashes or currency).
fn pictograph(c: char) -> bool {
    let n = u32::from(c);
    (0x1F300..=0x1FAFF).contains(&n) || (0x2600..=0x27BF).contains(&n)
}

/// Whether the sentence starting at `a` follows one ended by an emoji ("excavator's in the
/// yard 🙌 sand screener's dead tho"): news cheered before it is news of its own, not the
/// reason for the verdict after it.
pub(in crate::reader::records) fn after_an_emoji(toks: &[Token], a: usize) -> bool {
    a >= 1 && emoji_ends_a_clause(toks, a - 1)
}
