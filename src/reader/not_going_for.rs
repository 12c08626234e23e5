//! "He's not going for the drive-through hatch in New Ross though – €60k to knock through a
//! wall …": a decider said not to be going for a priced thing turns it down, as one "grand
//! with" a priced thing lets it go ahead (`fine_with.rs`).

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// At `i` ("not"), "<someone>'s / is / are not going for the <thing>", the thing's price in
/// its own clause or opening the next, a refusal; where the shape ends. Not said of "it" or
/// "that" ("it's not going for scrap") nor of a thing with no price ("we're not going for
/// the cheapest quote" chooses among offers).
pub(in crate::reader) fn not_going_for_at(toks: &[Token], i: usize) -> Option<usize> {
    if i == 0
        || word(toks, i) != "not"
        || word(toks, i + 1) != "going"
        || word(toks, i + 2) != "for"
        || !matches!(word(toks, i + 3), "the" | "a" | "an" | "our")
    {
        return None;
    }
    let before = word(toks, i - 1);
    let someone = matches!(before, "is" | "are" | "'s" | "'re" | "am")
        && !matches!(word(toks, i.wrapping_sub(2)), "it" | "that" | "this")
        || (before.ends_with("'s") || before.ends_with("'re") || before == "i'm")
            && !matches!(before, "it's" | "that's" | "this's" | "there's" | "what's");
    if !someone {
        return None;
    }
    super::fine_with::priced_in_clause(toks, i + 3).then_some(i + 3)
}
