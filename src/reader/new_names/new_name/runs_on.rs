//! Words that run a new name on where a stop word or a symbol would end it: a hyphened or
//! numbered word, a plural's or a unit's apostrophe, "of" a place, "and" between two things
//! one kind of thing does, what a report is "on" or a tool is "for".

use super::*;
use std::collections::HashSet;

// "new-build", "new-look": a word joined to the next by a hyphen starts the name.
#[inline]
pub(super) fn hyphened(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| t.is_sym("-") && t.attached)
        && toks.get(i + 2).is_some_and(|t| t.is_word() && t.attached)
}

// "scope 3 data platform", "stage 2 signal controller": a number between a name's
// words, neither money nor a date; "Microsoft 365 migration": a product's number after
// its capitalised name, of up to four digits.
#[inline]
pub(super) fn numbered(
    toks: &[Token],
    date_starts: &HashSet<usize>,
    i: usize,
    start: usize,
) -> bool {
    i > start
        && toks[i].kind == TokKind::Num
        && toks[i].lower.bytes().all(|b| b.is_ascii_digit())
        && (toks[i].lower.len() <= 2 || toks[i].lower.len() <= 4 && toks[i - 1].capital)
        && toks[i - 1].is_word()
        && !date_starts.contains(&i)
        && (toks.get(i + 1).is_some_and(|t| t.is_word() && !t.attached)
            // "move the office to Microsoft 365, …": a product's number ending the name
            // (round B52).
            || toks[i - 1].capital && toks.get(i + 1).is_none_or(Token::is_break))
}

// "a 5G small cells rollout", "an 8D reporting tool": a number with a letter or two
// written onto it is a word of the name.
#[inline]
pub(super) fn lettered(toks: &[Token], i: usize) -> bool {
    toks[i].kind == TokKind::Num
        && toks[i].lower.len() <= 2
        && toks[i].lower.bytes().all(|b| b.is_ascii_digit())
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.attached && t.lower.len() <= 2)
}

// "a members' loyalty app": the apostrophe of a plural owning the rest of the name.
#[inline]
pub(super) fn plural_owner(toks: &[Token], i: usize, start: usize) -> bool {
    i > start
        && toks[i].is_sym("'")
        && toks[i].attached
        && toks[i - 1].is_word()
        && toks[i - 1].lower.ends_with('s')
        && toks.get(i + 1).is_some_and(|t| t.is_word() && !t.attached)
}

// A unit said as the owner of what follows ("ICT's", "Cold Chain's"): where it ends.
#[inline]
pub(super) fn unit_owning(toks: &[Token], names: &[NameMatch], i: usize) -> Option<usize> {
    names
        .iter()
        .filter(|m| m.start == i && matches!(m.targets[0], Target::Unit(_)))
        .find_map(|m| {
            let last = &toks[m.end - 1].lower;
            // "Patron Services' new chatbot": a plural's apostrophe alone.
            let apostrophe = toks
                .get(m.end)
                .is_some_and(|t| t.is_sym("'") && t.attached && last.ends_with('s'));
            // "the Development team's donor portal": the unit's team owning it.
            let team_owning = toks.get(m.end).is_some_and(|t| {
                t.lower
                    .strip_suffix("'s")
                    .is_some_and(|w| crate::reader::name_variants::TEAM_WORDS.contains(&w))
            });
            if last.ends_with("'s") || last.ends_with("’s") {
                Some(m.end)
            } else if team_owning {
                Some(m.end + 1)
            } else {
                apostrophe.then_some(m.end + 1)
            }
        })
}

// "the Education team to buy …": a unit, and its team's word, asked to do the buying:
// where its "to" ends.
#[inline]
pub(super) fn unit_asked(toks: &[Token], names: &[NameMatch], i: usize) -> Option<usize> {
    let m = names
        .iter()
        .find(|m| m.start == i && matches!(m.targets[0], Target::Unit(_)))?;
    let mut k = m.end;
    if toks
        .get(k)
        .is_some_and(|t| crate::reader::name_variants::TEAM_WORDS.contains(&t.lower.as_str()))
    {
        k += 1;
    }
    (toks.get(k).is_some_and(|t| t.is("to")) && want_verb_len(toks, k + 1).is_some())
        .then_some(k + 1)
}

// "text-to-ride", "on-demand": a word joined by hyphens to its neighbours is part of
// one compound word, however small ("to", "on"), not the end of the name.
#[inline]
pub(super) fn compounded(toks: &[Token], i: usize) -> bool {
    let joined = |k: usize| toks.get(k).is_some_and(|t| t.attached);
    let before = i > 0 && toks[i - 1].is_sym("-") && joined(i);
    let after = toks.get(i + 1).is_some_and(|t| t.is_sym("-"))
        && joined(i + 1)
        && toks.get(i + 2).is_some_and(|t| t.is_word())
        && joined(i + 2);
    before || after
}

// "a digital twin of Harbour Centre": "of" before a place written with a capital (not
// an acronym, not a unit or a known name) runs the name on. Not before a site's noun
// ("the firewall cluster of Denizli factory"): that says where the thing is.
#[inline]
pub(super) fn of_place(
    text: &str,
    toks: &[Token],
    names: &[NameMatch],
    i: usize,
    start: usize,
) -> bool {
    i > start
        && toks[i].is("of")
        && toks.get(i + 1).is_some_and(|t| {
            t.is_word()
                && !t.caps
                && text[t.start..].starts_with(char::is_uppercase)
                && !names.iter().any(|m| m.start == i + 1)
        })
        && !toks
            .get(i + 2)
            .is_some_and(|t| SITE_NOUNS.contains(&t.lower.as_str()))
}

// "an e-signature and workflow tool": "and" between two things one kind of thing does,
// the kind's noun a word or two after it, then the name's end.
#[inline]
pub(super) fn and_kind(toks: &[Token], names: &[NameMatch], i: usize, start: usize) -> bool {
    if !(i > start && toks[i].is("and") && toks[i - 1].is_word()) {
        return false;
    }
    let words = toks[i + 1..]
        .iter()
        .take_while(|t| t.is_word() && !NAME_STOP.contains(&t.lower.as_str()))
        .count();
    (1..=3).contains(&words)
        && crate::reader::name_variants::kind_word(&toks[i + words].lower)
        && !names.iter().any(|m| m.start > i && m.start <= i + words)
        && toks
            .get(i + words + 1)
            .is_none_or(|t| !t.is_word() || NAME_STOP.contains(&t.lower.as_str()))
}

// "a dashboard on dam levels": a kind of thing named alone runs on through "on" and
// the few words, in lower case, of what it is about, to the clause's end.
// "a new tool for torque documentation", "a new e-learning for food safety": a word
// names add freely, or one hyphened word, named alone runs on through "for" so.
#[inline]
pub(super) fn alone_for(toks: &[Token], i: usize, start: usize) -> bool {
    toks[i].is("for")
        && (i == start + 1 && GENERIC.contains(&toks[start].lower.as_str())
            || i == start + 3 && toks[start + 1].is_sym("-") && toks[start + 2].attached)
}

#[inline]
pub(super) fn on_topic(
    text: &str,
    toks: &[Token],
    names: &[NameMatch],
    i: usize,
    start: usize,
) -> bool {
    let on =
        i == start + 1 && toks[i].is("on") && KIND_ON_TOPIC.contains(&toks[start].lower.as_str());
    if !(on || alone_for(toks, i, start)) {
        return false;
    }
    let words = toks[i + 1..]
        .iter()
        .take_while(|t| {
            t.is_word()
                && !DETERMINERS.contains(&t.lower.as_str())
                && text[t.start..].starts_with(char::is_lowercase)
        })
        .count();
    (1..=3).contains(&words)
        && !names.iter().any(|m| m.start > i && m.start <= i + words)
        && toks
            .get(i + 1 + words)
            .is_none_or(|t| t.is_break() || t.is_sym(","))
}
