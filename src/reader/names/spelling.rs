//! Whether a message's word is a name's word: the word itself, a close misspelling (edit
//! distance, bounded cheaply by [`letters_apart`] first), a clipped form or an abbreviation.

use crate::reader::name_variants;

/// Abbreviations that are not the word's first letters ("mgmt" for management).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("mgmt", "management"),
    ("mgt", "management"),
    ("govt", "government"),
    ("dept", "department"),
    ("depts", "departments"),
    ("svc", "service"),
    ("svcs", "services"),
    ("acct", "account"),
    ("accts", "accounts"),
    ("comms", "communications"),
    ("mktg", "marketing"),
    ("pmt", "payment"),
    ("pymt", "payment"),
    ("pmts", "payments"),
    ("intl", "international"),
    ("whse", "warehouse"),
    ("txn", "transaction"),
    ("txns", "transactions"),
    ("rec", "reconciliation"),
    ("recon", "reconciliation"),
    ("maint", "maintenance"),
    ("bldg", "building"),
    ("ctr", "centre"),
    ("ctrl", "control"),
    ("fcst", "forecast"),
    ("mfg", "manufacturing"),
    ("sys", "system"),
    // "estimating sw live for all new tenders".
    ("sw", "software"),
    ("fin", "finance"),
    // "e-tags" for Electronic Price Tags.
    ("e", "electronic"),
    // "a second reefer truck" for Refrigerated Truck: the trade's word for it.
    ("reefer", "refrigerated"),
    ("reefers", "refrigerated"),
];

/// The longest of [`ABBREVIATIONS`]' short forms, in bytes.
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].0.len() > longest {
            longest = ABBREVIATIONS[k].0.len();
        }
        k += 1;
    }
    longest
};

/// The word [`ABBREVIATIONS`] says `word` stands for: looked up, not scanned, as this is
/// asked of most words of every message (and not even looked up when longer than any).
#[inline(always)]
fn abbreviation_of(word: &str) -> Option<&'static str> {
    // Asked of most words, and only a word no longer than the longest abbreviation is one: told
    // here, before a call (round P57).
    if word.len() > LONGEST_ABBREVIATION {
        return None;
    }
    abbreviation_of_past_its_first_test(word)
}

/// [`abbreviation_of`] once its first test is passed.
fn abbreviation_of_past_its_first_test(word: &str) -> Option<&'static str> {
    static BY_SHORT: std::sync::OnceLock<super::word_keyed::WordKeyed<&str>> =
        std::sync::OnceLock::new();
    if word.len() > LONGEST_ABBREVIATION {
        return None;
    }
    BY_SHORT
        .get_or_init(|| {
            let map: rustc_hash::FxHashMap<String, &str> = ABBREVIATIONS
                .iter()
                .map(|&(short, long)| (short.to_string(), long))
                .collect();
            map.into()
        })
        .get(word)
        .copied()
}

/// Short words that begin longer words by chance, never clipped from them.
pub(super) const NOT_CLIPPED: &[&str] = &[
    "the", "and", "for", "new", "our", "its", "per", "not", "all", "any", "can", "now", "out",
    "off", "pre", "pro", "con", "car", "pay", "man", "art", "ban", "bat", "cat", "end", "fin",
    "his", "her", "one", "two", "was", "has", "had", "are", "see", "set", "top", "who", "why",
    "how", "let", "get", "got", "put", "use", "way", "day", "old", "own", "too", "yet", "but",
    "via", "also", "each", "from", "with", "this", "that", "then", "them", "they", "over", "more",
    "most", "some", "part", "just", "back", "still",
    // Words of their own that open longer words: "the extra panels" is no Extraction.
    "extra", "under", "after", "other", "every",
];

/// A name's first word's first three letters: the key names said short are found by.
#[inline(always)]
pub(super) fn first3(word: &str) -> Option<&str> {
    // Most words open on three ASCII letters: then they are the first three characters.
    if word.as_bytes().get(..3).is_some_and(|h| h.is_ascii()) {
        return Some(&word[..3]);
    }
    let mut c = word.char_indices();
    let end = c.nth(3).map_or(word.len(), |(i, _)| i);
    (word[..end].chars().count() == 3).then(|| &word[..end])
}

/// Whether a message word stands for the name word: the word itself (or a close
/// misspelling), a clipped form of three or more letters ("doc" for document, "infra" for
/// infrastructure) or a common abbreviation ("mgmt" for management).
pub(super) fn stands_for(word: &str, name_word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    close(word, name_word)
        || abbreviates(word, name_word)
        || name_variants::british_for(word) == Some(name_word)
}

/// A clipped form or a common abbreviation of the name word, not the word itself.
pub(super) fn abbreviates(word: &str, name_word: &str) -> bool {
    Clipping::of(word).abbreviates(name_word)
}

/// What [`abbreviates`] asks of the message word alone, worked out once where the word is
/// tried against many name words: the answers are the same, the word's own tests (the
/// abbreviation looked up, its letters, [`NOT_CLIPPED`]) are not repeated per name word.
pub(super) enum Clipping<'a> {
    /// A common abbreviation of this word.
    Of(&'static str),
    /// A clipped form of any longer word it starts, unless one of [`NOT_CLIPPED`].
    Clip(&'a str),
    /// Neither: it abbreviates nothing.
    Never,
}

impl<'a> Clipping<'a> {
    pub(super) fn of(word: &'a str) -> Self {
        if let Some(full) = abbreviation_of(word) {
            return Clipping::Of(full);
        }
        // [`NOT_CLIPPED`] is asked only of a word some name word starts, as before: most
        // words start none, and the list is long.
        if word.len() >= 3 && word.chars().all(|c| c.is_alphabetic()) {
            Clipping::Clip(word)
        } else {
            Clipping::Never
        }
    }

    /// [`abbreviates`] of the word against `name_word`.
    pub(super) fn abbreviates(&self, name_word: &str) -> bool {
        match *self {
            // "fcst" for forecast and forecasting, "svc" for service and services.
            Clipping::Of(full) => name_word.starts_with(full) && name_word.len() <= full.len() + 3,
            Clipping::Clip(word) => {
                name_word.len() >= word.len() + 2
                    && name_word.starts_with(word)
                    && !NOT_CLIPPED.contains(&word)
            }
            Clipping::Never => false,
        }
    }
}

/// "docs" for documentation, "specs" for specifications: a clipped form in the plural.
pub(super) fn clipped_plural(word: &str, name_word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|clip| !clip.ends_with('s') && abbreviates(clip, name_word))
}

/// The name word a message word would be looked up by: "mgmt" is looked up as management.
pub(in crate::reader) fn expanded(word: &str) -> &str {
    abbreviation_of(word).unwrap_or_else(|| name_variants::british_for(word).unwrap_or(word))
}

pub(super) fn max_distance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => MAX_DISTANCE,
    }
}

/// The most edits [`max_distance`] allows any word.
pub(super) const MAX_DISTANCE: usize = 2;

/// "scheduler" for "scheduling", "tracker" for "tracking": a later word of a name said as
/// the doer instead of the doing (or the other way), on the same stem of five letters or
/// more. Not a verb's other forms: "laptops refreshed" says what happened to laptops.
pub(super) fn same_stem(word: &str, name_word: &str) -> bool {
    const ENDINGS: &[&str] = &["ings", "ing", "ers", "er"];
    fn stem(w: &str) -> Option<&str> {
        ENDINGS
            .iter()
            .find_map(|e| w.strip_suffix(e).filter(|s| s.len() >= 5))
    }
    // "meters" for "metering": the thing, in the plural, whose doing the name says.
    let thing = word.strip_suffix('s').unwrap_or(word);
    // "the sand reclaimer's …": the machine for the work, whose "'s" its check drops.
    word != name_word
        && (word.chars().all(|c| c.is_alphabetic())
            && (stem(word).is_some_and(|a| stem(name_word) == Some(a))
                || (name_word.ends_with("ing") && stem(name_word) == Some(thing)))
            || super::agent_nouns::machine_for_the_work(word, name_word))
}

/// "tech" for "technology", "info" for "information": a clipped later word of a name.
pub(super) fn shortened(word: &str, name_word: &str) -> bool {
    word.len() >= 4
        && name_word.len() >= word.len() + 3
        && name_word.starts_with(word)
        && !NOT_CLIPPED.contains(&word)
}

/// Whether a message word is the name word, allowing a close misspelling.
/// Whether the reader reads `word` for its own meaning: a word of four or more letters that
/// opens one of its verdict or cue phrases ("leaning", "approved", "saved"). Such a word says
/// what it says, never a misspelling of a name's word a letter away: "Leaning towards yes on
/// the kiosks" names no unit called "Learning".
pub(super) fn read_for_its_own_meaning(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<super::word_keyed::WordKeyed<()>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let set: rustc_hash::FxHashMap<String, ()> = crate::reader::verdicts::phrase_openings()
                .chain(crate::reader::intent::cue_openings())
                .filter(|w| w.len() >= 4)
                .map(|w| (w.to_string(), ()))
                .collect();
            set.into()
        })
        .get(word)
        .is_some()
}

pub(super) fn close(word: &str, name_word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    if word == name_word {
        return true;
    }
    let max = max_distance(name_word.len());
    if max == 0 || word.len().abs_diff(name_word.len()) > max || word.len() < 4 {
        return false;
    }
    if letters_apart(word, name_word) > 2 * max {
        return false;
    }
    (crate::reader::edits_within::edits_within(word, name_word, max)
        || swapped(word, name_word, max))
        && !another_ending(word, name_word)
        && !super::other_verbs::another_verb_a_vowel_away(word, name_word)
        // "Staff leaning towards …" names no Staff Learning Hub: any word of a name, not
        // only its first, is no slip for a word read for its own meaning.
        && !read_for_its_own_meaning(word)
}

/// [`close`] of `word` against `name_word`, given the letter sets ([`letter_set`]) of
/// `word` without its "'s" and of `name_word`: the same answer, with [`may_be_close`]
/// sparing the edit distance where a word is tried against many name words. Sound as
/// [`close`] is true only for the word itself or within [`max_distance`] edits, and
/// those never differ by more letters than [`may_be_close`] allows.
pub(super) fn close_given_sets(word: &str, set: u32, name_word: &str, name_set: u32) -> bool {
    let bare = word.strip_suffix("'s").unwrap_or(word);
    (bare == name_word || may_be_close(bare, set, name_word, name_set)) && close(word, name_word)
}

/// The letters a..z a word holds, one bit each; words not in ASCII are [`UNBOUNDED`].
pub(super) fn letter_set(word: &str) -> u32 {
    if !word.is_ascii() {
        return UNBOUNDED;
    }
    word.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |set, c| set | 1 << (c - b'a'))
}

/// The letter set of a word [`letters_apart`] does not bound.
pub(super) const UNBOUNDED: u32 = 1 << 31;

/// Whether `word` may be a close misspelling of `name_word` ([`close`]), from their
/// lengths and letter sets alone: a letter one holds and the other lacks is at least one
/// letter apart, so more than twice the edits allowed of them rule it out. A cheap test
/// before [`close`] where a word is tried against every name's first word.
pub(super) fn may_be_close(word: &str, set: u32, name_word: &str, name_set: u32) -> bool {
    let max = max_distance(name_word.len());
    max > 0
        && word.len().abs_diff(name_word.len()) <= max
        && ((set | name_set) & UNBOUNDED != 0 || (set ^ name_set).count_ones() as usize <= 2 * max)
}

/// How many letters the two words do not share, counted as bags (0 for "form" and "from"):
/// a cheap bound, for an edit changes it by at most two, so words more than twice the edits
/// allowed apart are no misspelling of each other; spares an edit distance on every word of
/// a message against every name's word. Words not in ASCII are not bounded (0).
pub(super) fn letters_apart(a: &str, b: &str) -> usize {
    if !a.is_ascii() || !b.is_ascii() {
        return 0;
    }
    let mut count = [0i16; 128];
    for c in a.bytes() {
        count[usize::from(c)] += 1;
    }
    for c in b.bytes() {
        count[usize::from(c)] -= 1;
    }
    // Only the letters the two words hold can differ: each is counted once, then cleared.
    let mut apart = 0;
    for c in a.bytes().chain(b.bytes()) {
        apart += count[usize::from(c)].unsigned_abs() as usize;
        count[usize::from(c)] = 0;
    }
    apart
}

/// "contractor" against "contracts": the same stem with another ending is another word,
/// not a slip; only the plural is the same word. "approved" against "approval" (the
/// Expense Approval Workflow) is the verdict's verb, not the name's noun.
fn another_ending(word: &str, name_word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ors", "or", "ers", "er", "ings", "ing", "ions", "ion", "als", "al", "ed", "s",
    ];
    // Each way to read `w` as a stem and an ending ("" for the word itself).
    fn readings(w: &str) -> impl Iterator<Item = (&str, &str)> {
        std::iter::once((w, "")).chain(
            ENDINGS
                .iter()
                .filter_map(move |e| w.strip_suffix(e).map(|stem| (stem, *e))),
        )
    }
    readings(word).any(|(stem, ending)| {
        readings(name_word).any(|(other, other_ending)| {
            let plural = matches!((ending, other_ending), ("", "s") | ("s", ""));
            stem.len() >= 5 && stem == other && ending != other_ending && !plural
        })
    })
}

/// "paryoll" for payroll: two neighbouring letters swapped are one slip, not the two edits
/// Levenshtein counts; with the other letters that differ, at most `max` slips. Checked
/// without allocating, as names are compared on every message.
pub(super) fn swapped(word: &str, name_word: &str, max: usize) -> bool {
    let (a, b) = (word.as_bytes(), name_word.as_bytes());
    if a.len() != b.len() || !word.is_ascii() || !name_word.is_ascii() {
        return false;
    }
    let (mut slips, mut k, mut transposed) = (0, 0, false);
    while k < a.len() {
        if a[k] == b[k] {
            k += 1;
            continue;
        }
        if k + 1 < a.len() && a[k] == b[k + 1] && a[k + 1] == b[k] {
            transposed = true;
            k += 2;
        } else {
            k += 1;
        }
        slips += 1;
        if slips > max {
            return false;
        }
    }
    transposed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letters_bound_never_refuses_a_word_within_its_edits() {
        for (word, name_word) in [
            ("telemtry", "telemetry"),
            ("pallettiser", "palletiser"),
            ("recieving", "receiving"),
            ("warehuose", "warehouse"),
            ("scheduler", "schedular"),
        ] {
            let max = max_distance(name_word.len());
            let edits = strsim::levenshtein(word, name_word);
            assert!(edits <= max || swapped(word, name_word, max), "{word}");
            assert!(letters_apart(word, name_word) <= 2 * max, "{word}");
            assert!(close(word, name_word), "{word}");
            let (set, name_set) = (letter_set(word), letter_set(name_word));
            assert!(may_be_close(word, set, name_word, name_set), "{word}");
        }
        // Words not in ASCII are not bounded by their letters.
        assert!(may_be_close(
            "réseaux",
            letter_set("réseaux"),
            "reseaux",
            letter_set("reseaux")
        ));
        assert!(!may_be_close(
            "platform",
            letter_set("platform"),
            "planning",
            letter_set("planning")
        ));
        assert_eq!(letters_apart("form", "from"), 0);
        assert!(letters_apart("platform", "planning") > 4);
        assert!(!close("platform", "planning"));
    }
}
