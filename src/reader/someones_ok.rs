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
    if let Some(end) = blessing_given_at(toks, i) {
        return Some(end);
    }
    if !matches!(word(i), "got" | "get" | "gets") {
        return None;
    }
    if let Some(end) = ok_from_at(toks, i) {
        return Some(end);
    }
    let name = toks.get(i + 1)?;
    let owner = name.capital
        && (name.lower.ends_with("'s") || name.lower.ends_with("’s"))
        && name.lower.chars().count() > 3;
    (owner && a_yes(word(i + 2))).then_some(i + 3)
}

/// "Yolanda got the ok from Russell on a new ice machine", "Dean got the nod from Tony for
/// a second diagnostics kit" (round S50): at `i` ("got"), "the" and a yes, "from" and a
/// capitalised name, then "for" or "on" before the thing: where the shape ends (after
/// "for" / "on").
fn ok_from_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let named = toks.get(i + 4).is_some_and(|t| t.capital && !t.caps);
    (word(i + 1) == "the"
        && a_yes(word(i + 2))
        && word(i + 3) == "from"
        && named
        && matches!(word(i + 5), "for" | "on"))
    .then_some(i + 6)
}

/// "Fiona's given the ERP her blessing at £92,000", "Dana gave the cooler upgrade her
/// go-ahead" (round S52): at `i` ("given", "gave", "gives"), a thing, then "her", "his" or
/// "their" and a yes, within the clause: the yes given to the thing. Where the shape ends
/// (after the yes).
fn blessing_given_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "given" | "gave" | "gives") {
        return None;
    }
    // "gave Luis her blessing to take Friday off": a yes given to a person.
    let to_a_person = toks.get(i + 1).is_some_and(|t| {
        t.capital && !t.caps || matches!(t.lower.as_str(), "him" | "her" | "them" | "us" | "me")
    });
    if to_a_person {
        return None;
    }
    (i + 2..(i + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "her" | "his" | "their") && a_yes(word(k + 1)))
        .map(|k| k + 2)
}

/// The one whose yes was got, at the verdict `verb` ("got Winnie's ok"), as written.
pub(super) fn whose_ok(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    // The giver of a blessing is the clause's subject, found as any verdict's is.
    if blessing_given_at(toks, verb).is_some() {
        return None;
    }
    someones_ok_at(toks, verb)?;
    let at = if ok_from_at(toks, verb).is_some() {
        verb + 4
    } else {
        verb + 1
    };
    let name = &toks[at];
    let said = text.get(name.start..name.end)?;
    Some(
        said.trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string(),
    )
}
