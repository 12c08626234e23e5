//! "… Yolanda got the ok … on a new ice machine …. And the H-2B housing work is moving
//! along, roofs are done on the first trailer.", "… Dashcams are all in, every fleet car
//! done.", "… Hoop driver #2 is fixin to get its rebuild next week." (round B55): after the
//! decisions, a sentence whose subject is another registered thing, told with how it goes,
//! is news of that thing, a note of its own.

use super::*;

/// The words a sentence's subject is opened past.
fn opener(w: &str) -> bool {
    matches!(w, "and" | "oh" | "plus" | "the" | "our")
}

/// How the subject's news goes on: a form of "be" or "have".
fn how_it_goes(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "has" | "have")
}

/// Whether the token may stand between a thing's name and how it goes: a number ("#2") or
/// a word for the work on it ("the H-2B housing work is …").
fn between(t: &Token) -> bool {
    t.is_sym("#")
        || t.kind == TokKind::Num
        || matches!(t.lower.as_str(), "work" | "job" | "install" | "build")
}

/// The words between a part and the thing it is of ("the nozzles on the sprayer").
fn part_of(w: &str) -> bool {
    matches!(w, "on" | "of" | "for")
}

/// Words that open a sentence on something other than a thing.
const PRONOUNS: &[&str] = &[
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "which",
    "what",
    "who",
    "everything",
    "nothing",
    "everyone",
    "someone",
];

/// The shape alone, before names are looked up (see `one_record_only`): past the opening
/// words, one to four words that are no pronoun, then (past a number or a word for the
/// work) a form of "be" or "have".
pub(super) fn might_be_news(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let mut k = a;
    while k < b && opener(&toks[k].lower) {
        k += 1;
    }
    if k >= b || !toks[k].is_word() || PRONOUNS.contains(&toks[k].lower.as_str()) {
        return false;
    }
    // "the drift-guard nozzles on the sprayer are …": a part of a thing, further on.
    let reach = if (k + 1..(k + 5).min(b)).any(|j| part_of(&toks[j].lower)) {
        9
    } else {
        6
    };
    (k + 1..(k + reach).min(b)).any(|j| {
        how_it_goes(&toks[j].lower)
            && toks[k + 1..j]
                .iter()
                .all(|t| (t.is_word() && !how_it_goes(&t.lower)) || between(t) || t.is_sym("-"))
    })
}

/// Whether the sentence `(a, b)` opens (past "and", "oh and", "plus" and "the" / "our") on
/// a registered name (more than one ordinary word of it), then, past a number ("#2") or a word for the work ("work", "job"),
/// says how it goes with "is" / "are" / "was" / "were" / "has" / "have".
pub(super) fn news_of_another(
    toks: &[Token],
    index: &NameIndex,
    names: &[NameMatch],
    (a, b): (usize, usize),
) -> bool {
    let mut k = a;
    while k < b && opener(&toks[k].lower) {
        k += 1;
    }
    let at_name = |k: usize| {
        names
            .iter()
            .find(|m| m.start == k && m.targets.iter().any(|t| matches!(t, Target::Investment(_))))
            // "Trucks were waiting 3 hrs on sand" (Truck Fleet Replacement): one ordinary
            // word of a name is no subject of news of it, unless it is the thing the name
            // is about ("Dashcams are all in" for Dashcam Rollout).
            .filter(|m| !m.weak || whole_thing(toks, index, m))
    };
    // "Oh and the drift-guard nozzles on the sprayer are on and working great" (round
    // B56): a part of a registered thing (one to four words), "on" / "of" / "for" and the
    // thing's name (convention 59 files a part under its thing).
    let part_then_name = || {
        let of = (k + 1..(k + 5).min(b)).find(|&j| part_of(&toks[j].lower))?;
        if !toks[k..of].iter().all(|t| t.is_word() || t.is_sym("-"))
            || PRONOUNS.contains(&toks[k].lower.as_str())
        {
            return None;
        }
        let s = of + 1 + usize::from(toks.get(of + 1).is_some_and(|t| opener(&t.lower)));
        at_name(s)
    };
    let Some(m) = at_name(k).or_else(part_then_name) else {
        return false;
    };
    let mut j = m.end;
    while j < b && j < m.end + 2 && between(&toks[j]) {
        j += 1;
    }
    j < b && how_it_goes(&toks[j].lower)
}

/// Whether the one word matched is, singular or plural, the thing its name is about: the
/// name's last word before any word of the work done ("telehandler" of Yard Telehandler,
/// "dashcams" of Dashcam Rollout; not "trucks" of Truck Fleet Replacement).
fn whole_thing(toks: &[Token], index: &NameIndex, m: &NameMatch) -> bool {
    let [Target::Investment(inv)] = m.targets[..] else {
        return false;
    };
    if m.end != m.start + 1 {
        return false;
    }
    let said = toks[m.start].lower.as_str();
    index
        .investment_words(inv)
        .iter()
        .rev()
        .find(|w| !crate::reader::name_variants::work_on(w))
        .is_some_and(|w| said == w || said.strip_suffix('s') == Some(w.as_str()))
}
