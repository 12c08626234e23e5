//! Short names worked out from the directory when it is indexed: acronyms, distinctive
//! words, unit initials and clipped product codes, each kept only when it names one thing.

use super::words::{all_words_of, compact_words_of, words_of, written_short, COMMON};
use super::{InvestmentName, UnitName, EVERYDAY_ACRONYMS};
use rustc_hash::FxHashMap as HashMap;

/// Small words a name's acronym leaves out ("EPMA" for Electronic Prescribing and Medicines
/// Administration) or writes as a digit ("P2P" for Procure-to-Pay, "B2B").
const ACRONYM_SMALL_WORDS: &[(&str, Option<char>)] = &[
    ("and", None),
    ("of", None),
    ("the", None),
    ("to", Some('2')),
    ("for", Some('4')),
];

/// The ways a name's words are written as an acronym: every word's initial, and, when the
/// name has small words, without them or with their digit.
pub(in crate::reader) fn acronyms_of(words: &[String]) -> Vec<String> {
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let small = |w: &String| ACRONYM_SMALL_WORDS.iter().find(|(s, _)| s == w);
    if !words.iter().any(|w| small(w).is_some()) {
        return vec![initials];
    }
    let skipped: String = words
        .iter()
        .filter(|w| small(w).is_none())
        .filter_map(|w| w.chars().next())
        .collect();
    let digits: String = words
        .iter()
        .filter_map(|w| match small(w) {
            Some((_, digit)) => *digit,
            None => w.chars().next(),
        })
        .collect();
    let mut out = vec![initials, skipped, digits];
    out.dedup();
    out
}

/// "CBCT" for Cone Beam CT Unit, "QPCR" for Quantitative PCR Analyser: the initials of a
/// name that writes an acronym among its words, that acronym spelled whole, with or
/// without the name's last word.
fn spelled_acronyms(name: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let caps = |w: &str| {
        w.len() >= 2
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().any(|c| c.is_ascii_uppercase())
    };
    if words.len() < 3 || !words.iter().any(|w| caps(w)) {
        return Vec::new();
    }
    let spell = |ws: &[&str]| -> String {
        ws.iter()
            .flat_map(|w| {
                let take = if caps(w) { w.len() } else { 1 };
                w.chars().take(take).flat_map(char::to_lowercase)
            })
            .collect()
    };
    let mut out = vec![spell(&words)];
    if !caps(words[words.len() - 1]) {
        out.push(spell(&words[..words.len() - 1]));
    }
    out.retain(|a| a.chars().count() >= 3);
    out
}

/// Short names for investments: acronyms of several-word names ("WMS" for "Warehouse
/// management system") and distinctive words only one investment has ("the erp", "the
/// robot project"), each pointing at its one investment.
pub(super) fn short_names(
    units: &[UnitName],
    investments: &[InvestmentName],
) -> HashMap<String, usize> {
    let unit_words: rustc_hash::FxHashSet<String> = units
        .iter()
        .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
        .flat_map(|n| all_words_of(n))
        .collect();
    let mut seen = OnlyOne::default();
    let mut add = |key: String, i: usize| seen.add(key, i);
    for (i, inv) in investments.iter().enumerate() {
        let all = all_words_of(&inv.name);
        for (short, _) in written_short(&all) {
            add(short, i);
        }
        // "ITS" for Integrated Tax System Replacement: also without a common last word.
        let without_last = (all.len() >= 4 && COMMON.contains(&all[all.len() - 1].as_str()))
            .then(|| &all[..all.len() - 1]);
        for words in std::iter::once(&all[..]).chain(without_last) {
            if words.len() >= 2 {
                for acronym in acronyms_of(words) {
                    // A currency's code ("SCR" for Second Cold Room, round S59) is the money
                    // written beside a figure, never the name's initials.
                    if acronym.chars().count() >= 3
                        && acronym.chars().all(|c| c.is_alphanumeric())
                        && crate::money::Currency::from_code(&acronym).is_none()
                    {
                        add(acronym, i);
                    }
                }
            }
        }
        for acronym in spelled_acronyms(&inv.name) {
            add(acronym, i);
        }
        if all.len() >= 2 {
            let mut words = words_of(&inv.name);
            words.extend(compact_words_of(&inv.name));
            words.dedup();
            for w in words {
                if w.chars().count() >= 3 && !COMMON.contains(&w.as_str()) {
                    // "auto-exclusion" for self-exclusion: "auto-" is how French (and
                    // Greek-rooted English) says "self-".
                    if let Some(rest) = w.strip_prefix("self").filter(|r| r.len() >= 4) {
                        add(format!("auto{rest}"), i);
                    }
                    // "the new genset" for Standby Generator: the word's settled clipping,
                    // where it is long enough to be no body's initials.
                    for form in crate::reader::name_variants::clipped_forms(&w)
                        .iter()
                        .filter(|f| f.len() >= 4)
                    {
                        add(form.to_string(), i);
                    }
                    add(w, i);
                }
            }
            // "PV" of Solar PV Plant: a two-letter word the name writes in capitals; "4G" of
            // Rural 4G Expansion: a code of a digit and a capital.
            for w in inv.name.split(|c: char| !c.is_alphanumeric()) {
                let caps = w.chars().all(|c| c.is_ascii_uppercase());
                if w.len() == 2 && caps && !EVERYDAY_ACRONYMS.contains(&w.to_lowercase().as_str()) {
                    add(w.to_lowercase(), i);
                }
                if number_code(w) {
                    add(w.to_lowercase(), i);
                }
            }
        }
    }
    // "SSO" of Enterprise SSO is that name's own word before it is the initials of
    // Self-Serve Onboarding: a word of three or more capitals one name writes names it.
    let mut written = OnlyOne::default();
    for (i, inv) in investments.iter().enumerate() {
        for w in inv.name.split(|c: char| !c.is_alphanumeric()) {
            if w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase()) {
                written.add(w.to_lowercase(), i);
            }
        }
    }
    // "SCADA" of SCADA Replacement names it though the unit's alias "SCADA Team" has the
    // word, when it is all the name says besides the work done on it: only a unit called
    // by the word alone keeps it. ("IRB" of IRB Fleet Replacement, with the unit's alias
    // "IRB Fleet", is the boats, not that name.)
    let unit_whole: rustc_hash::FxHashSet<String> = units
        .iter()
        .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
        .map(|n| n.to_lowercase())
        .collect();
    let mut out = seen.into_map(|k| !unit_words.contains(k));
    let whole_thing = |k: &str| {
        investments
            .iter()
            .any(|inv| crate::reader::name_variants::all_but_the_work(&all_words_of(&inv.name), k))
    };
    out.extend(
        written.into_map(|k| !unit_words.contains(k) || !unit_whole.contains(k) && whole_thing(k)),
    );
    // "the bookmobile" against Bookmobile Replacement and Bookmobile Hotspot Lending: a word
    // several names share (or a unit's alias has) is the one name that is only that thing
    // and the work done on it.
    let mut only_the_thing = OnlyOne::default();
    for (i, inv) in investments.iter().enumerate() {
        let words = all_words_of(&inv.name);
        if let [w, ..] = words.as_slice() {
            if crate::reader::name_variants::all_but_the_work(&words, w) {
                only_the_thing.add(w.clone(), i);
            }
        }
    }
    for (k, i) in only_the_thing.into_map(|k| k.len() >= 4 && !unit_whole.contains(k)) {
        out.entry(k).or_insert(i);
    }
    out
}

/// "4G", "5G", "3D": a digit and a capital letter written as one word, a code of the kind
/// names use.
fn number_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase()
}

/// Keys each pointing at one investment: a key added for two different ones names neither.
#[derive(Default)]
pub(in crate::reader) struct OnlyOne(HashMap<String, Option<usize>>);

impl OnlyOne {
    pub(in crate::reader) fn add(&mut self, key: String, i: usize) {
        self.0
            .entry(key)
            .and_modify(|e| {
                if *e != Some(i) {
                    *e = None
                }
            })
            .or_insert(Some(i));
    }

    /// The keys that name one investment, those `keep` accepts.
    pub(in crate::reader) fn into_map(self, keep: impl Fn(&str) -> bool) -> HashMap<String, usize> {
        self.0
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .filter(|(k, _)| keep(k))
            .collect()
    }
}

/// "CS" for Customer Service, "HR" for Human Resources: the initials of a unit's name of two
/// or more words, which name it written in capitals, when no other unit's name gives them
/// and the unit has no alias so written. Initials that are everyday words ("US", "AM") are
/// left out, but "IT" is what everybody calls Information Technology.
pub(super) fn unit_initials(units: &[UnitName]) -> Vec<(String, usize)> {
    let mut found: HashMap<String, Option<usize>> = HashMap::default();
    for (u, unit) in units.iter().enumerate() {
        let words: Vec<String> = all_words_of(&unit.name)
            .into_iter()
            .filter(|w| w != "and" && w != "of")
            .collect();
        if words.len() < 2 {
            continue;
        }
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        let everyday = initials != "it" && EVERYDAY_ACRONYMS.contains(&initials.as_str());
        let written = unit.aliases.iter().any(|a| a.to_lowercase() == initials);
        if !everyday && !written && initials.chars().all(|c| c.is_ascii_alphabetic()) {
            found
                .entry(initials)
                .and_modify(|e| *e = None)
                .or_insert(Some(u));
        }
    }
    found
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect()
}

/// "s4" for S/4HANA: a name's word of letters and digits, written joined, clipped after
/// its first digits, when only one investment's word starts so and the clip means nothing
/// else in the directory.
pub(super) fn clipped_codes(
    investments: &[InvestmentName],
    taken: &dyn Fn(&str) -> bool,
) -> HashMap<String, usize> {
    let mut found: HashMap<String, Option<usize>> = HashMap::default();
    for (i, inv) in investments.iter().enumerate() {
        for w in compact_words_of(&inv.name) {
            let Some(d) = w.find(|c: char| c.is_ascii_digit()) else {
                continue;
            };
            let digits_end = w[d..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(w.len(), |e| d + e);
            let mixed = d > 0 && digits_end < w.len() && w.is_ascii();
            if !mixed {
                continue;
            }
            for end in digits_end..w.len() {
                found
                    .entry(w[..end].to_string())
                    .and_modify(|e| {
                        if *e != Some(i) {
                            *e = None
                        }
                    })
                    .or_insert(Some(i));
            }
        }
    }
    found
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .filter(|(k, _)| !taken(k))
        .collect()
}
