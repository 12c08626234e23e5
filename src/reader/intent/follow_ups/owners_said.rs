//! Who owns a follow-up when the name is not where the task opens: a person named as one,
//! a second owner before "and" ("Raj and Mei to …"), an owner written after the task
//! ("Owner: Raj").

use super::*;

/// A person's name written as one: a capitalised word other than a pronoun, or an @name.
/// Returns the name and where it starts.
pub(super) fn person_at(text: &str, toks: &[Token], j: usize) -> Option<(String, usize)> {
    let t = toks.get(j)?;
    if j > 0 && toks[j - 1].is_sym("@") && t.is_word() && t.attached {
        return Some((text[t.start..t.end].to_string(), j - 1));
    }
    let pronoun = matches!(
        t.lower.as_str(),
        "i" | "we" | "they" | "it" | "you" | "he" | "she"
    );
    (capitalised(text, t) && !pronoun && !super::super::owners::on_a_number(toks, j))
        .then(|| (text[t.start..t.end].to_string(), j))
}

/// The first of two owners named at a clause's start: "Raj and Mei to …", "@dev and @sana
/// will …" (the follow-up found starts at the second, `second`).
pub(super) fn co_owner(text: &str, toks: &[Token], second: usize) -> Option<(String, usize)> {
    // "Kenny + Dylan to fix …" (round V63).
    if second < 2 || !(toks[second - 1].is("and") || toks[second - 1].is_sym("+")) {
        return None;
    }
    let (name, start) = person_at(text, toks, second - 2)?;
    let clause_start = start == 0 || toks[start - 1].is_break();
    clause_start.then_some((name, start))
}

/// An owner written after the task: "Action: send the plan by 4 Dec. Owner: Raj", "… \n
/// Owner - Raj", "… (owner Raj)". Returns the owner and where the task's text stops.
pub(super) fn owner_said_after(
    text: &str,
    toks: &[Token],
    a: &ActionSpan,
) -> Option<(String, usize)> {
    // Within the follow-up, or opening the sentence just after it.
    let last = (a.end + 2).min(toks.len());
    (a.text_start + 1..last).find_map(|k| {
        if !matches!(toks[k].lower.as_str(), "owner" | "owners") {
            return None;
        }
        let opens = toks[k - 1].is_break() || k == a.end + 1;
        if !opens {
            return None;
        }
        let marked = toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), ":" | "-" | "–" | "—" | "="));
        let at = k + 1 + usize::from(marked);
        let (owner, _) = person_at(
            text,
            toks,
            at + usize::from(toks.get(at).is_some_and(|t| t.is_sym("@"))),
        )?;
        let stop = if toks[k - 1].is_sym("(") { k - 1 } else { k };
        Some((owner, stop))
    })
}
