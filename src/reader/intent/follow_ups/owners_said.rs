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
/// will …", "Kenny + Dylan to fix …", "…, Musa and Mrs Ceesay to present …" (the follow-up
/// found starts at the second's first token, `second`). Returns the first name as written
/// (with its title: "Mrs Pugh and Gethin") and where it starts.
pub(super) fn co_owner(text: &str, toks: &[Token], second: usize) -> Option<(String, usize)> {
    // "Kenny + Dylan to fix …" (round V63); "Gethin & Sioned to …" (round V67).
    let joined = |t: &Token| t.is("and") || t.is_sym("+") || t.is_sym("&");
    if second < 2 || !joined(&toks[second - 1]) {
        return None;
    }
    let j = second - 2;
    let (name, at) = person_at(text, toks, j)?;
    let (name, start) = if at < j {
        (name, at)
    } else {
        // A person's name, not a word that names nobody, a day, a month or the verdict
        // opening the sentence ("Approved and Sioned to order it", round V67).
        let w = toks[j].lower.as_str();
        let no_one = names_nobody(w)
            || crate::reader::dates::weekday(w).is_some()
            || crate::reader::dates::month(w).is_some()
            || crate::reader::verdicts::find_verdict_in(toks, j, j + 1).is_some();
        if no_one {
            return None;
        }
        let from = super::whole_names::whole_name_start(text, toks, j);
        let start = (0..=j).rev().find(|&m| toks[m].start == from)?;
        (text[from..toks[j].end].to_string(), start)
    };
    let clause_start = start == 0 || toks[start - 1].is_break() || toks[start - 1].is_sym("-");
    clause_start.then_some((name, start))
}

/// Where the owner of the follow-up found at `a` is first written: its title's or its
/// handle's token when the name found comes after one ("Mrs Ceesay", "@sana").
pub(super) fn owner_written_at(text: &str, toks: &[Token], a: &ActionSpan) -> usize {
    let last = (a.start + 1).min(toks.len().saturating_sub(1));
    let from = a.start.saturating_sub(3);
    (from..=last)
        .find(|&m| text[toks[m].start..].starts_with(a.owner.as_str()))
        .map_or(a.start, |m| {
            if m > 0 && toks[m - 1].is_sym("@") {
                m - 1
            } else {
                m
            }
        })
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
