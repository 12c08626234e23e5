//! "Payroll system come back again — Ivy got Winnie's ok for HK$58k", "we've got Trevor's
//! nod on the wheel wash": someone got the one who decides to say yes, said with that one's
//! name owning the ok; an approval, that one's (round S46).

use super::tokens::Token;

/// The words for a yes given.
fn a_yes(w: &str) -> bool {
    matches!(
        w,
        "ok" | "okay" | "nod" | "go-ahead" | "blessing" | "approval" | "sign-off" | "signoff"
    )
}

/// At `i` ("got", "get", "gets"), a capitalised name with "'s", then a yes: where the shape
/// ends (after the yes).
pub(super) fn someones_ok_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "got" | "get" | "gets") {
        return None;
    }
    let name = toks.get(i + 1)?;
    let owner = name.capital
        && (name.lower.ends_with("'s") || name.lower.ends_with("’s"))
        && name.lower.chars().count() > 3;
    (owner && a_yes(word(i + 2))).then_some(i + 3)
}

/// The one whose yes was got, at the verdict `verb` ("got Winnie's ok"), as written.
pub(super) fn whose_ok(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    someones_ok_at(toks, verb)?;
    let name = &toks[verb + 1];
    let said = text.get(name.start..name.end)?;
    Some(
        said.trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string(),
    )
}
