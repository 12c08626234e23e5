//! Acronyms whose letters come from inside a compound word: "SOC" for Cybersecurity
//! Operations Centre (the S of security, the second part of cybersecurity), "WFM" for
//! Workforce Management (the F of force as well as the W). People write them for names whose
//! first word is a compound; the plain acronym (first letters only) is found elsewhere.

use super::tokens::{TokKind, Token};
use rustc_hash::FxHashMap as HashMap;

/// The shortest first part of a compound.
const MIN_PART: usize = 3;

/// Words that end the compounds names are made of ("cyber|security", "work|force",
/// "time|sheet", "share|point"): where a second part starts, its letter may stand in an
/// acronym. A list, not a guess at every inner letter, so "Detection" gives no "t".
const SECOND_PARTS: &[&str] = &[
    "security",
    "force",
    "ware",
    "place",
    "point",
    "book",
    "flow",
    "house",
    "care",
    "base",
    "line",
    "room",
    "desk",
    "board",
    "share",
    "works",
    "mail",
    "phone",
    "check",
    "sheet",
    "power",
    "store",
    "front",
    "space",
    "site",
    "link",
    "gate",
    "path",
    "port",
    "stream",
    "chain",
    "field",
    "light",
    "water",
    "data",
    "cloud",
    "centre",
    "center",
    "management",
];

/// The letters a word can give an acronym: its first, the first of a compound's second
/// part, or both.
fn letters(word: &str) -> Vec<String> {
    let first: String = word.chars().take(1).collect();
    let mut out = vec![first.clone()];
    if !word.is_ascii() {
        return out;
    }
    for p in MIN_PART..word.len() {
        let rest = &word[p..];
        if SECOND_PARTS.contains(&rest) {
            let c = &rest[..1];
            out.push(c.to_string());
            out.push(format!("{first}{c}"));
        }
    }
    out
}

/// Every acronym of `words` that takes at least one letter from inside a compound, of three
/// to five letters.
fn acronyms(words: &[String]) -> Vec<String> {
    let mut out: Vec<(String, bool)> = vec![(String::new(), false)];
    for w in words {
        if w.is_empty() {
            return Vec::new();
        }
        let plain = w.chars().next().map(String::from).unwrap_or_default();
        let options = letters(w);
        let mut next = Vec::new();
        for (so_far, inner) in &out {
            for o in &options {
                let s = format!("{so_far}{o}");
                if s.chars().count() <= 5 {
                    next.push((s, *inner || *o != plain));
                }
            }
        }
        out = next;
    }
    out.into_iter()
        .filter(|(s, inner)| *inner && s.chars().count() >= 3)
        .map(|(s, _)| s)
        .collect()
}

/// The compound acronyms of a directory's investments, each naming its one investment,
/// with the name's last word when the acronym leaves it out ("WFM", "WFM suite").
#[derive(Default)]
pub struct CompoundAcronyms {
    map: HashMap<String, Option<(usize, Option<String>)>>,
}

impl CompoundAcronyms {
    /// `names` are each investment's words; `taken` says whether a word already means
    /// something (a plain acronym, a unit's word, a common word).
    pub fn new(names: &[Vec<String>], taken: &dyn Fn(&str) -> bool) -> CompoundAcronyms {
        let mut map: HashMap<String, Option<(usize, Option<String>)>> = HashMap::default();
        let mut add = |key: String, value: (usize, Option<String>)| {
            if taken(&key) {
                return;
            }
            map.entry(key)
                .and_modify(|e| {
                    if e.as_ref().map(|v| v.0) != Some(value.0) {
                        *e = None;
                    }
                })
                .or_insert(Some(value));
        };
        for (i, words) in names.iter().enumerate() {
            if words.len() < 2 {
                continue;
            }
            for a in acronyms(words) {
                add(a, (i, None));
            }
            if words.len() >= 3 {
                let (head, last) = words.split_at(words.len() - 1);
                for a in acronyms(head) {
                    add(a, (i, Some(last[0].clone())));
                }
            }
        }
        CompoundAcronyms { map }
    }

    /// The investment a compound acronym at token `i` names, and the token after it.
    pub fn at(&self, toks: &[Token], i: usize) -> Option<(usize, usize)> {
        let t = toks.get(i)?;
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        if t.kind != TokKind::Word || !(3..=5).contains(&bare.len()) {
            return None;
        }
        let (inv, last) = self.map.get(bare)?.as_ref()?;
        // "WFM suite" takes the last word with it; "WFM" alone is the name said without
        // its last word, as "the claims triage" is.
        let with_last = last
            .as_ref()
            .is_some_and(|w| toks.get(i + 1).is_some_and(|n| n.lower == *w));
        Some((*inv, i + 1 + usize::from(with_last)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name.to_lowercase().split(' ').map(String::from).collect()
    }

    #[test]
    fn letters_come_from_a_compounds_parts() {
        let soc = acronyms(&words("Cybersecurity Operations Centre"));
        assert!(soc.contains(&"soc".to_string()), "{soc:?}");
        assert!(soc.contains(&"csoc".to_string()));
        let wfm = acronyms(&words("Workforce Management"));
        assert!(wfm.contains(&"wfm".to_string()), "{wfm:?}");
        // The plain acronym is not one of them: it is found as any acronym is.
        assert!(!wfm.contains(&"wm".to_string()));
        assert!(acronyms(&words("Leak Detection Analytics")).is_empty());
    }
}
