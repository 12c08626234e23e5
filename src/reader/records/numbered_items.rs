//! Items numbered inline, on one line: "Mgmt meeting 1/12: 1) channel manager approved, KSh
//! 380,000 2) cold room approved, KSh 1.4M 3) AOB: …" (first met in round S18's Kenyan
//! safari-lodge group); and "no." before a number ("minibus no.3"), no sentence's end.

use super::Token;
use crate::reader::tokens::TokKind;

/// Is `j` a number of 2 to 9 with ")" just after it, the list's next item, with the item
/// before it ("2)" before "3)") earlier in the message?
#[inline(always)]
pub(in crate::reader) fn numbered_item_at(toks: &[Token], j: usize) -> bool {
    // Asked at every token, and only a number from 2 to 9 is an item's: told here, before a call
    // (round P57).
    if !(matches!(toks[j].lower.as_bytes(), [b'2'..=b'9'])) {
        return false;
    }
    numbered_item_at_past_its_first_test(toks, j)
}

/// [`numbered_item_at`] once its first test is passed.
fn numbered_item_at_past_its_first_test(toks: &[Token], j: usize) -> bool {
    let item = |k: usize, n: &str| {
        toks[k].kind == TokKind::Num
            && toks[k].lower == n
            && toks.get(k + 1).is_some_and(|t| t.is_sym(")") && t.attached)
    };
    let n = toks[j].lower.as_str();
    let before = match n {
        "2" => "1",
        "3" => "2",
        "4" => "3",
        "5" => "4",
        "6" => "5",
        "7" => "6",
        "8" => "7",
        "9" => "8",
        _ => return false,
    };
    item(j, n) && (0..j).any(|k| item(k, before))
}

/// Does the next item of a numbered list open at `j`: its number ("3)"), or the bracket
/// before it ("(3)", the item whole from its bracket)?
pub(in crate::reader) fn item_opens_at(toks: &[Token], j: usize) -> bool {
    if toks[j].is_sym("(") {
        return toks.get(j + 1).is_some() && numbered_item_at(toks, j + 1);
    }
    numbered_item_at(toks, j) && !(j > 0 && toks[j - 1].is_sym("("))
}

/// Is the "." at `j` the abbreviation of "number" ("no.3", "No. 2"), no sentence's end?
pub(super) fn number_abbreviated_at(toks: &[Token], j: usize) -> bool {
    toks[j].is_sym(".")
        && j > 0
        && toks[j - 1].is("no")
        && toks[j].attached
        && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num)
}

/// Titles written short before a name ("Mr. Ray", "Ms. Chen", "Atty. Villamor"; the
/// tokens keep no stop after them).
pub(in crate::reader) const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "atty", "engr", "prof"];
