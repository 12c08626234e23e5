//! A known investment said by another word than the directory's, when the thing asked for
//! or decided on can only be it: "the Lab want a new LIMS" (the Lab's own Laboratory
//! Information Management System), "Training want a driver simulator" or "knocked back the
//! driver simulator" (the Training Simulator, a name that is only its unit's word and the
//! thing).

use super::name_variants;
use super::names::{acronyms_of, NameIndex};
use super::tokens::{TokKind, Token};

/// The one known investment a new thing's name (`thing`, as the message says it) stands
/// for, with `unit` the unit named as asking for it: its own investment whose acronym the
/// thing is, or the one investment whose name is a unit's word and the thing's last word.
pub(super) fn known_said_otherwise(
    ix: &NameIndex,
    unit: Option<&str>,
    thing: &str,
) -> Option<usize> {
    let said: Vec<String> = thing
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "a new LIMS": one word, the acronym of the unit's own investment's name.
    if let ([word], Some(unit)) = (said.as_slice(), unit) {
        if word.len() >= 3 {
            let owned: Vec<usize> = (0..ix.investments.len())
                .filter(|&i| ix.investments[i].unit == unit)
                .filter(|&i| acronyms_of(ix.investment_words(i)).contains(word))
                .collect();
            return match owned.as_slice() {
                [i] => Some(*i),
                _ => None,
            };
        }
    }
    // "a driver simulator" for the Training Simulator: the thing it is (its last word) is
    // the last word of one name only, a name whose other words are its unit's name or
    // alias. Not a kind of thing a unit has many of ("an onboarding portal" is not the HR
    // Portal), a word names add freely, nor the work done.
    let [.., _, head] = said.as_slice() else {
        return None;
    };
    if head.len() < 5 || name_variants::kind_word(head) || name_variants::work_on(head) {
        return None;
    }
    let unit_said = |i: usize| {
        let words = ix.investment_words(i);
        let rest = words[..words.len() - 1].join(" ");
        ix.units
            .iter()
            .filter(|u| u.name == ix.investments[i].unit)
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .any(|n| n.to_lowercase() == rest)
    };
    let ending = (0..ix.investments.len())
        .filter(|&i| ix.investment_words(i).last() == Some(head))
        .collect::<Vec<_>>();
    match ending.as_slice() {
        [i] if ix.investment_words(*i).len() >= 2
            && unit_said(*i)
            && unit.is_none_or(|u| ix.investments[*i].unit == u) =>
        {
            Some(*i)
        }
        _ => None,
    }
}

/// "wants to scan the plantation records for the digital archive" against Digital Archive
/// Scanning: a new thing said by the verb whose doing the known name is, is that name's
/// work. `thing` is the new thing as said; `name_words` the known name's words.
pub(super) fn does_the_names_work(thing: &str, name_words: &[String]) -> bool {
    let Some(verb) = thing.split_whitespace().next().map(str::to_lowercase) else {
        return false;
    };
    verb.len() >= 3
        && name_words.iter().any(|n| {
            n.strip_suffix("ing").is_some_and(|stem| {
                stem == verb
                    || verb.strip_suffix('e') == Some(stem)
                    // "scan" → "scanning".
                    || stem.len() == verb.len() + 1
                        && stem.starts_with(verb.as_str())
                        && stem.ends_with(&verb[verb.len() - 1..])
            })
        })
}

/// "@shaz to book tanker 2.1 in with the dealer" against Tanker Refurbishment and New Cat 1
/// Tanker: a word (not one names add freely, a kind of thing or the work done) that two or
/// more names share, all of one unit, names that unit though it names no one investment.
pub(super) fn unit_of_a_shared_word(ix: &NameIndex, toks: &[Token]) -> Option<String> {
    let mut unit: Option<&str> = None;
    for t in toks.iter().filter(|t| t.is_word() && t.lower.len() >= 4) {
        let w = t.lower.as_str();
        if name_variants::kind_word(w) || name_variants::work_on(w) {
            continue;
        }
        let having: Vec<usize> = (0..ix.investments.len())
            .filter(|&i| ix.investment_words(i).iter().any(|n| n == w))
            .collect();
        let Some(&first) = having.first() else {
            continue;
        };
        let owner = ix.investments[first].unit.as_str();
        if having.len() < 2
            || having.iter().any(|&i| ix.investments[i].unit != owner)
            || unit.is_some_and(|u| u != owner)
        {
            return None;
        }
        unit = Some(owner);
    }
    unit.map(str::to_string)
}

/// "since we switched payroll to Gusto" against Payroll Switch, "once we migrated the
/// mailboxes" against Mailbox Migration, "since Cremator 1 was relined" against Cremator
/// Relining: a known name's last word said as the verb, its other
/// words as the verb's object right after it (a "the" or "our" between allowed, the last
/// one perhaps in the plural). The one investment so said, and where its verb is.
pub(super) fn work_said_as_verb(ix: &NameIndex, toks: &[Token]) -> Option<(usize, usize)> {
    let mut found: Option<(usize, usize)> = None;
    for (i, words) in (0..ix.investments.len()).map(|i| (i, ix.investment_words(i))) {
        let [object @ .., work] = words else {
            continue;
        };
        if object.is_empty() || object.len() > 2 || work.len() < 5 {
            continue;
        }
        for v in (0..toks.len()).filter(|&v| said_as_verb(&toks[v].lower, work)) {
            let mut j = v + 1;
            if toks
                .get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our"))
            {
                j += 1;
            }
            let said = object.iter().enumerate().all(|(n, w)| {
                toks.get(j + n).is_some_and(|t| {
                    t.lower == *w || n + 1 == object.len() && t.lower.strip_suffix('s') == Some(w)
                })
            });
            if said {
                if found.is_some_and(|(f, _)| f != i) {
                    return None;
                }
                found = Some((i, v));
            }
        }
        // "Since Cremator 1 was relined": the object first (a number may follow it), then
        // the verb in the passive.
        for o in (0..toks.len()).filter(|&o| toks[o].lower == object[0]) {
            let mut j = o + object.len();
            let said = object.iter().enumerate().all(|(n, w)| {
                toks.get(o + n).is_some_and(|t| {
                    t.lower == *w || n + 1 == object.len() && t.lower.strip_suffix('s') == Some(w)
                })
            });
            if !said {
                continue;
            }
            if toks.get(j).is_some_and(|t| t.kind == TokKind::Num) {
                j += 1;
            }
            while toks.get(j).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "was" | "were" | "got" | "is" | "has" | "have" | "been"
                )
            }) {
                j += 1;
            }
            let passive =
                j > o + object.len() && toks.get(j).is_some_and(|t| said_as_verb(&t.lower, work));
            if passive {
                if found.is_some_and(|(f, _)| f != i) {
                    return None;
                }
                found = Some((i, j));
            }
        }
    }
    found
}

/// Is `said` the verb whose doing `work` names: "switched" / "switching" for "switch",
/// "migrated" for "migration", "replaced" for "replacement"?
fn said_as_verb(said: &str, work: &str) -> bool {
    let stem = work
        .strip_suffix("ation")
        .map(|s| format!("{s}at"))
        .or_else(|| work.strip_suffix("ment").map(str::to_string))
        .or_else(|| work.strip_suffix("ing").map(str::to_string))
        .unwrap_or_else(|| work.to_string());
    let stem = stem.strip_suffix('e').unwrap_or(&stem);
    said.len() > stem.len()
        && said.starts_with(stem)
        && matches!(&said[stem.len()..], "ed" | "ing" | "es" | "e" | "d")
}
