//! Building the name index from the tenant's directory: every name's written forms, keyed
//! by first word, and the short forms, tails and codes people say names by.

use super::short_names::{clipped_codes, short_names, unit_initials};
use super::spelling::{first3, letter_set, max_distance, NOT_CLIPPED};
use super::words::{all_words_of, compact_words_of, words_of, written_short, COMMON};
use super::{
    everyday_acronym, Directory, Entry, NameIndex, Target, EVERYDAY_ACRONYMS, GENERIC, MAX_NAMES,
};
use crate::reader::{compound_acronyms, known_acronyms, name_variants, vendor_products};
use rustc_hash::FxHashMap as HashMap;

impl NameIndex {
    pub fn new(dir: &dyn Directory) -> NameIndex {
        let mut units = dir.units();
        let mut investments = dir.investments();
        units.truncate(MAX_NAMES);
        investments.truncate(MAX_NAMES.saturating_sub(units.len()));
        let mut entries = Vec::new();
        // Each name as written and, when it has inner hyphens or slashes, as people also
        // write it joined ("wifi", "s4hana").
        let mut push = |name: &str, target: Target| {
            let caps_only = everyday_acronym(name);
            let words = words_of(name);
            let compact = compact_words_of(name);
            if compact != words {
                entries.push(Entry {
                    words: compact,
                    target,
                    exact: true,
                    caps_only,
                });
            }
            // "soc2" for "SOC 2", "pricingengine" for "Pricing Engine": two of a name's
            // words written as one.
            for k in 1..words.len().min(4) {
                let (a, b) = (&words[k - 1], &words[k]);
                let short = |w: &String| w.chars().all(|c| c.is_ascii_digit()) || w.len() <= 2;
                let long = |w: &String| w.chars().count() >= 4;
                if short(a) || short(b) || (long(a) && long(b)) {
                    let mut joined = words.clone();
                    joined[k - 1] = format!("{a}{b}");
                    joined.remove(k);
                    entries.push(Entry {
                        words: joined,
                        target,
                        exact: true,
                        caps_only,
                    });
                }
            }
            // "P&C", "R&D": an acronym joined by an ampersand matches only as written.
            let amp = name.as_bytes().windows(3).any(|w| {
                w[1] == b'&' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric()
            });
            if amp && !name.contains(' ') {
                let written: Vec<String> = crate::reader::tokens::tokenize(&name.to_lowercase())
                    .into_iter()
                    .map(|t| t.lower)
                    .collect();
                entries.push(Entry {
                    words: written,
                    target,
                    exact: true,
                    caps_only,
                });
            }
            // "T&R system" for Title and Registration System, "O&M hub": the first letters
            // of the two words around a name's "and", joined by an ampersand.
            if let [a, and, b, rest @ ..] = words.as_slice() {
                if and == "and" {
                    let initial = |w: &String| w.chars().take(1).collect::<String>();
                    let mut written = vec![initial(a), "&".to_string(), initial(b)];
                    written.extend(rest.iter().cloned());
                    entries.push(Entry {
                        words: written,
                        target,
                        exact: true,
                        caps_only,
                    });
                }
            }
            // "robomowers" for Robotic Mower Pilot: "robo" joined to the thing the name is.
            for joined in robo_joined(&words) {
                entries.push(Entry {
                    words: vec![joined],
                    target,
                    exact: false,
                    caps_only,
                });
            }
            for (short, used) in written_short(&words) {
                let mut written = vec![short];
                written.extend(words[used..].iter().cloned());
                entries.push(Entry {
                    words: written,
                    target,
                    exact: true,
                    caps_only,
                });
            }
            if let Some(us) = name_variants::said_in_american(&words) {
                entries.push(Entry {
                    words: us,
                    target,
                    exact: false,
                    caps_only,
                });
            }
            if let Some(one) = name_variants::said_as_one(&words) {
                entries.push(Entry {
                    words: one,
                    target,
                    exact: false,
                    caps_only,
                });
            }
            if let Some(numbered) = name_variants::said_by_number(&words) {
                entries.push(Entry {
                    words: numbered,
                    target,
                    exact: true,
                    caps_only,
                });
            }
            if let Some(digits) = name_variants::said_in_digits(&words) {
                entries.push(Entry {
                    words: digits,
                    target,
                    exact: true,
                    caps_only,
                });
            }
            for clipped in name_variants::said_clipped(&words) {
                entries.push(Entry {
                    words: clipped,
                    target,
                    exact: true,
                    caps_only,
                });
            }
            if let Some(also) = name_variants::said_also(&words) {
                entries.push(Entry {
                    words: also,
                    target,
                    exact: false,
                    caps_only,
                });
            }
            entries.push(Entry {
                words,
                target,
                exact: false,
                caps_only,
            });
        };
        for (i, u) in units.iter().enumerate() {
            for name in std::iter::once(&u.name).chain(&u.aliases) {
                push(name, Target::Unit(i));
            }
        }
        for (i, inv) in investments.iter().enumerate() {
            // An alias ("ServiceTitan" for Field service platform) is written as its name is.
            for name in std::iter::once(&inv.name).chain(&inv.aliases) {
                push(name, Target::Investment(i));
            }
        }
        for (word, u) in unit_initials(&units) {
            entries.push(Entry {
                words: vec![word],
                target: Target::Unit(u),
                exact: true,
                caps_only: true,
            });
        }
        let unit_names: Vec<Vec<Vec<String>>> = units
            .iter()
            .map(|u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .map(|n| all_words_of(n))
                    .collect()
            })
            .collect();
        let investment_words: Vec<Vec<String>> =
            investments.iter().map(|i| all_words_of(&i.name)).collect();
        for (word, u) in name_variants::unit_first_words(&unit_names, &investment_words, COMMON) {
            entries.push(Entry {
                words: vec![word],
                target: Target::Unit(u),
                exact: true,
                caps_only: false,
            });
        }
        entries.retain(|e| !e.words.is_empty());
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            by_first.entry(e.words[0].clone()).or_default().push(i);
        }
        let mut unit_clips: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            let first = &e.words[0];
            if !matches!(e.target, Target::Unit(_)) || e.exact || e.words.len() < 2 {
                continue;
            }
            for n in 3..=first.len().saturating_sub(2) {
                let Some(clip) = first.get(..n) else { continue };
                if !NOT_CLIPPED.contains(&clip) && !by_first.contains_key(clip) {
                    unit_clips.entry(clip.to_string()).or_default().push(i);
                }
            }
        }
        let mut word_clips = super::short_names::OnlyOne::default();
        for (u, unit) in units.iter().enumerate() {
            let name = unit.name.to_lowercase();
            if name.len() < 7 || !name.chars().all(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            for n in 3..=name.len() - 3 {
                let clip = &name[..n];
                if !NOT_CLIPPED.contains(&clip) && !by_first.contains_key(clip) {
                    word_clips.add(clip.to_string(), u);
                }
            }
        }
        let unit_word_clips = word_clips.into_map(|_| true);
        // By length: a word is tried only against the first words near its own length.
        let fuzzy_firsts = super::fuzzy_firsts::FuzzyFirsts::new(
            by_first
                .iter()
                .filter(|(w, list)| {
                    max_distance(w.len()) > 0 && list.iter().any(|&e| !entries[e].exact)
                })
                .map(|(w, _)| w.clone())
                .collect(),
        );
        let short = short_names(&units, &investments);
        let mut short_stems: HashMap<String, Vec<String>> = HashMap::default();
        for w in short.keys().filter(|w| w.len() >= 5 && w.is_ascii()) {
            short_stems
                .entry(w[..4].to_string())
                .or_default()
                .push(w.clone());
        }
        let mut tails: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
        let mut placed_tails: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
        for (i, inv) in investments.iter().enumerate() {
            let words = all_words_of(&inv.name);
            if words.len() >= 3 {
                let tail = words[1..].to_vec();
                tails.entry(tail[0].clone()).or_default().push((tail, i));
                // "licence plate recognition" for Car Park Licence Plate Recognition: a
                // long name without its first two words (a place, a site), when what is left
                // has a word of its own.
                let rest = &words[2..];
                if rest.len() >= 2 && rest.iter().any(|w| !COMMON.contains(&w.as_str())) {
                    tails
                        .entry(rest[0].clone())
                        .or_default()
                        .push((rest.to_vec(), i));
                } else if rest.len() >= 2 {
                    placed_tails
                        .entry(rest[0].clone())
                        .or_default()
                        .push((rest.to_vec(), i));
                }
                // Said without its last word ("the claims triage" for Claims Triage AI),
                // or with its first words as initials ("GL migration" for General Ledger
                // Migration).
                let head = words[..words.len() - 1].to_vec();
                tails.entry(head[0].clone()).or_default().push((head, i));
                for k in 2..words.len() {
                    let initials: String =
                        words[..k].iter().filter_map(|w| w.chars().next()).collect();
                    let mut short = vec![initials];
                    short.extend(words[k..].iter().cloned());
                    tails.entry(short[0].clone()).or_default().push((short, i));
                }
            }
        }
        let mut fuzzy_tail_firsts: Vec<(String, u32)> = tails
            .keys()
            .filter(|k| max_distance(k.len()) > 0)
            .map(|k| (k.clone(), letter_set(k)))
            .collect();
        fuzzy_tail_firsts.sort();
        let inv_words: Vec<Vec<String>> = investments
            .iter()
            .map(|inv| all_words_of(&inv.name))
            .collect();
        let unit_words: rustc_hash::FxHashSet<String> = units
            .iter()
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .flat_map(|n| all_words_of(n))
            .collect();
        let taken = |w: &str| {
            short.contains_key(w)
                || unit_words.contains(w)
                || by_first.contains_key(w)
                || COMMON.contains(&w)
                || NOT_CLIPPED.contains(&w)
        };
        let compounds = compound_acronyms::CompoundAcronyms::new(&inv_words, &taken);
        let caps_acronyms = known_acronyms::caps_acronyms(&inv_words, &taken);
        let clipped_codes = clipped_codes(&investments, &taken);
        let products = vendor_products::products(&inv_words, &taken);
        let kind_initials = name_variants::KindInitials::new(&inv_words, COMMON, &|w| {
            taken(w) || EVERYDAY_ACRONYMS.contains(&w)
        });
        let mut by_first3: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, words) in inv_words.iter().enumerate() {
            if words.len() >= 2 {
                // "PA upgrade" for PA System Upgrade: a two-letter first word, whole.
                let two = (words[0].chars().count() == 2).then_some(words[0].as_str());
                if let Some(key) = first3(&words[0]).or(two) {
                    by_first3.entry(key.to_string()).or_default().push(i);
                }
                // "irigation upgrade", "aproach lighting": the first word written with a
                // double letter among its first four single is looked up by that spelling.
                if let Some(single) = undoubled(&words[0]) {
                    if let Some(key) = first3(&single) {
                        let list = by_first3.entry(key.to_string()).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
            }
        }
        let inner = name_variants::InnerAcronyms::new(&inv_words);
        let roles = name_variants::role_units(&unit_names);
        let kinds = super::kind_nouns::kind_nouns(&inv_words);
        NameIndex {
            unit_one_words: super::unit_one_words::unit_one_words(&units),
            role_firsts: super::RoleFirsts::of(roles.iter().map(|&(r, _)| r)),
            roles,
            kinds: kinds.into(),
            units,
            investments,
            inner,
            inv_words,
            by_first3: by_first3.into(),
            entries,
            by_first: by_first.into(),
            unit_clips: unit_clips.into(),
            unit_word_clips: unit_word_clips.into(),
            fuzzy_firsts,
            short: short.into(),
            short_stems: short_stems.into(),
            tails: tails.into(),
            placed_tails: placed_tails.into(),
            fuzzy_tail_firsts,
            compounds,
            caps_acronyms: caps_acronyms.into(),
            clipped_codes: clipped_codes.into(),
            kind_initials,
            products: products.into(),
        }
    }

    /// The words of the `i`th investment's name, lower-cased.
    pub(in crate::reader) fn investment_words(&self, i: usize) -> &[String] {
        &self.inv_words[i]
    }
}

/// A long word with a double letter among its first four written single ("irrigation" →
/// "irigation"), as writers slip; `None` when it has none there.
fn undoubled(word: &str) -> Option<String> {
    let b = word.as_bytes();
    if b.len() < 7 || !word.is_ascii() {
        return None;
    }
    let k = (1..4).find(|&k| b[k] == b[k - 1] && b[k].is_ascii_alphabetic())?;
    Some(format!("{}{}", &word[..k], &word[k + 1..]))
}

/// "robomower", "robocleaners": a name that opens with "robot"/"robotic" said as "robo"
/// joined to one of its later words that is a thing (not the work done, nor a word names
/// add freely), in the singular or the plural.
fn robo_joined(words: &[String]) -> Vec<String> {
    if !words.first().is_some_and(|w| w.starts_with("robot")) {
        return Vec::new();
    }
    words[1..]
        .iter()
        .filter(|w| {
            w.len() >= 3
                && !GENERIC.contains(&w.as_str())
                && !name_variants::work_on(w)
                && !COMMON.contains(&w.as_str())
        })
        .flat_map(|w| [format!("robo{w}"), format!("robo{w}s")])
        .collect()
}
