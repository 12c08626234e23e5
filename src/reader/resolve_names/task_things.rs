//! A unit's word said in a task before the noun of the thing handed over: "prepare the
//! export docs", "send de sales figures", "the classing report" — the team whose papers,
//! figures or place they are (convention 98), as a team's place before a new thing's noun
//! names the team (convention 56).

use crate::reader::tokens::Token;

/// Words before the unit's word that make it a word of a thing: an article or "our"
/// ("de", "di", "da" as Caribbean and West African writers spell "the").
const ARTICLES: &[&str] = &["the", "de", "di", "da", "our"];

/// Words after a noun that end its phrase rather than being the thing's own noun.
const NOT_A_NOUN: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "who", "that", "which", "when",
    "where", "we", "they", "it", "he", "she", "you", "i", "can", "could", "would", "will", "do",
    "does", "did", "to", "and", "or", "but", "so", "because", "as", "if", "since", "the", "a",
    "an", "in", "on", "at", "for", "of", "with", "by", "from", "before", "after", "till", "until",
    "today", "tomorrow", "tonight", "asap", "pls", "please", "plis", "first", "again", "too",
    "also", "now", "then", "there", "here", "up", "down", "out", "off", "over",
];

/// Whether the unit's one word at `toks[start..end]`, in lower case after an article,
/// stands before another noun of the same phrase: "the export docs", "de packing sheets".
/// The word is one of the unit's `names` (its name and aliases) as written, or a word of
/// one, not a word spelt near it ("the sand tonnage" is no Stand's).
pub(super) fn names_the_tasks_thing(
    toks: &[Token],
    start: usize,
    end: usize,
    names: &[&str],
) -> bool {
    if end != start + 1 || start == 0 {
        return false;
    }
    let t = &toks[start];
    if t.capital || t.caps || !ARTICLES.contains(&toks[start - 1].lower.as_str()) {
        return false;
    }
    let word = t.lower.as_str();
    // "the truck inspection" for Trucks: the singular too.
    let said = names.iter().any(|n| {
        n.split_whitespace().any(|w| {
            w.eq_ignore_ascii_case(word)
                || w.len() == word.len() + 1
                    && w.ends_with(['s', 'S'])
                    && w[..word.len()].eq_ignore_ascii_case(word)
        })
    });
    if !said {
        return false;
    }
    // "de trucks' inspection": past the possessive's apostrophe.
    let next = match toks.get(end) {
        Some(a) if a.lower == "'" && a.attached => end + 1,
        _ => end,
    };
    toks.get(next).is_some_and(another_noun)
}

/// Whether `n` can be another noun of the phrase after a unit's word: a word of three
/// letters or more standing apart, not a word that ends the phrase, not a verb's "-ing" or
/// "-ed" form.
fn another_noun(n: &Token) -> bool {
    n.is_word()
        && !n.attached
        && n.lower.len() >= 3
        && n.lower.chars().all(|c| c.is_ascii_alphabetic())
        && !NOT_A_NOUN.contains(&n.lower.as_str())
        && !n.lower.ends_with("ing")
        && !n.lower.ends_with("ed")
}

/// The first answer of `look` at a token of a task's `span` (cut to the tokens there are)
/// that passes `first` — the looks' one cheap test of the word they open on.
fn first_in_span<T>(
    toks: &[Token],
    span: (usize, usize),
    first: impl Fn(&Token) -> bool,
    look: impl Fn(usize, usize) -> Option<T>,
) -> Option<T> {
    let (a, b) = span;
    let b = b.min(toks.len());
    (a..b).find_map(|i| if first(&toks[i]) { look(i, b) } else { None })
}

/// Festival words besides `dates::festival`'s a word after them may name the occasion of
/// ("the Xmas sale", "the Ramadan rush").
const MORE_FESTIVALS: &[&str] = &["xmas", "ramadan"];

/// Whether the unit's one word at `toks[start..end]`, in lower case, names a task's occasion
/// rather than the team: said after a month, a season or a festival ("for the January
/// kill", "the Christmas sale") or before "on" and a day ("for the kill on 14/12"). The
/// task is done for the event, not by or for the team (convention 98).
pub(super) fn names_an_occasion(toks: &[Token], start: usize, end: usize) -> bool {
    if end != start + 1 || toks[start].capital || toks[start].caps {
        return false;
    }
    let when = |w: &str| {
        crate::reader::dates::month_in_turn(w).is_some()
            || crate::reader::dates::season_start(w).is_some()
            || crate::reader::dates::festival(w)
            || MORE_FESTIVALS.contains(&w)
    };
    let after_a_time = start > 0 && when(toks[start - 1].lower.as_str());
    let on_a_day = toks.get(end).is_some_and(|t| t.lower == "on")
        && toks.get(end + 1).is_some_and(|t| {
            t.kind == crate::reader::tokens::TokKind::Num
                || crate::reader::dates::weekday(&t.lower).is_some()
        });
    after_a_time || on_a_day
}

/// "laptops for the 2 new dispatchers", "tablets for the new pluckers": inside a task
/// (`span`), a thing for a unit's people named by the unit's own one word — the word and
/// "-er(s)", or a work word in "-ing" as its doer ("plucking", "pluckers") — after "for the"
/// (a count and "new" passed over) is the unit's (conventions 50 and 98). The unit's index
/// in `units`, by its one-word name or aliases.
pub(super) fn for_a_units_people(
    toks: &[Token],
    span: (usize, usize),
    units: &[crate::reader::names::UnitName],
) -> Option<usize> {
    first_in_span(
        toks,
        span,
        |t| t.is("for"),
        |i, b| {
            if !toks.get(i + 1).is_some_and(|t| t.is("the")) {
                return None;
            }
            let mut k = i + 2;
            if toks
                .get(k)
                .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
            {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| t.is("new")) {
                k += 1;
            }
            let t = toks.get(k).filter(|t| k < b && t.is_word() && !t.capital)?;
            let people = t.lower.strip_suffix('s').unwrap_or(&t.lower);
            let stem = people.strip_suffix("er")?;
            units.iter().position(|u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .filter(|n| !n.contains(' '))
                    .any(|n| {
                        let w = n.to_lowercase();
                        w == stem
                            || w.strip_suffix("ing")
                                .is_some_and(|s| s.len() >= 3 && s == stem)
                    })
            })
        },
    )
}

/// "send me the nut purchases", "da engine parts list", "the raw jute stock statement":
/// inside a task (`span`), when nothing names a unit or an investment, the first word of a
/// unit's name or alias of two words or more, in lower case after an article, before
/// another noun of the phrase, names the unit (convention 98) — even when an investment's
/// name holds the word too, which keeps it from being matched alone. A first word of three
/// letters, or one too common to stand for a name, names it only with the name's second word
/// after it ("the raw jute …"). The word must be one unit's only. The unit's index in
/// `units` (round B64).
pub(super) fn a_units_first_words(
    toks: &[Token],
    span: (usize, usize),
    units: &[crate::reader::names::UnitName],
) -> Option<usize> {
    let article = |t: &Token| ARTICLES.contains(&t.lower.as_str());
    first_in_span(toks, span, article, |i, b| {
        let w = toks.get(i + 1).filter(|t| i + 1 < b && t.is_word())?;
        if w.capital || w.caps || w.lower.len() < 3 {
            return None;
        }
        let mut found: Option<(usize, usize)> = None;
        for (u, unit) in units.iter().enumerate() {
            for n in std::iter::once(&unit.name).chain(&unit.aliases) {
                let mut words = n.split_whitespace();
                let (Some(first), Some(second)) = (words.next(), words.next()) else {
                    continue;
                };
                if !first.eq_ignore_ascii_case(&w.lower) {
                    continue;
                }
                let alone = first.len() >= 4
                    && first.chars().all(|c| c.is_ascii_alphabetic())
                    && !NOT_A_NOUN.contains(&w.lower.as_str())
                    && !TOO_COMMON.contains(&w.lower.as_str());
                let with_second = toks
                    .get(i + 2)
                    .is_some_and(|t| t.lower.eq_ignore_ascii_case(second));
                let next = if with_second {
                    i + 3
                } else if alone {
                    i + 2
                } else {
                    continue;
                };
                match found {
                    Some((v, _)) if v != u => return None,
                    _ => found = Some((u, next)),
                }
            }
        }
        let (u, next) = found?;
        let n = toks.get(next).filter(|_| next < b)?;
        another_noun(n).then_some(u)
    })
}

/// Units' first words too common to stand for the unit alone: "the new forklift" names no
/// "New Business", "the general ledger" no "General Services".
const TOO_COMMON: &[&str] = &[
    "new",
    "old",
    "main",
    "general",
    "head",
    "central",
    "customer",
    "service",
    "services",
    "information",
    "human",
    "data",
    "online",
    "digital",
    "business",
    "north",
    "south",
    "east",
    "west",
    "first",
    "second",
    "other",
    "more",
    "all",
    "full",
    "top",
    "high",
    "low",
    "big",
    "small",
    "local",
    "front",
    "back",
    "home",
    "office",
    "site",
    "team",
    "staff",
    "support",
    "member",
    "members",
    "public",
    "special",
    "total",
    "next",
    "last",
    "final",
    "annual",
    "daily",
    "weekly",
    "monthly",
    "common",
    "shared",
];
