//! Business units and investments by name, alias or close misspelling, resolved against the
//! tenant's directory. Names are tokenised once into an index keyed by first word, so a
//! message is scanned once; fuzzy matching compares a token only with the distinct first
//! words of at most [`MAX_NAMES`] names, after a length filter.

use super::tokens::{TokKind, Token};
use crate::domain::Record;
use crate::ids::{Kind, TenantId, UnitId};
use crate::store::{Store, StoreError};
use rustc_hash::FxHashMap as HashMap;

/// A business unit as the reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitName {
    pub name: String,
    pub aliases: Vec<String>,
}

/// An investment as the reader sees it: its name and its unit's canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvestmentName {
    pub name: String,
    pub unit: String,
}

/// Where the reader looks names up: the tenant's units and investments.
pub trait Directory {
    fn units(&self) -> Vec<UnitName>;
    fn investments(&self) -> Vec<InvestmentName>;
}

/// A fixed directory, for tests and for callers that already hold the names.
#[derive(Debug, Clone, Default)]
pub struct StaticDirectory {
    pub units: Vec<UnitName>,
    pub investments: Vec<InvestmentName>,
}

impl Directory for StaticDirectory {
    fn units(&self) -> Vec<UnitName> {
        self.units.clone()
    }
    fn investments(&self) -> Vec<InvestmentName> {
        self.investments.clone()
    }
}

/// The live units and investments of one tenant, read from the store once.
#[derive(Debug, Clone, Default)]
pub struct StoreDirectory(StaticDirectory);

impl StoreDirectory {
    pub fn load(store: &Store, tenant: &TenantId) -> Result<StoreDirectory, StoreError> {
        let mut unit_names: HashMap<UnitId, String> = HashMap::default();
        let mut dir = StaticDirectory::default();
        for state in store.live(tenant, Kind::Unit)? {
            if let Record::Unit(u) = state.record {
                unit_names.insert(u.id, u.name.clone());
                dir.units.push(UnitName {
                    name: u.name,
                    aliases: u.aliases,
                });
            }
        }
        for state in store.live(tenant, Kind::Investment)? {
            if let Record::Investment(inv) = state.record {
                let unit = unit_names.get(&inv.unit).cloned().unwrap_or_default();
                dir.investments.push(InvestmentName {
                    name: inv.name,
                    unit,
                });
            }
        }
        Ok(StoreDirectory(dir))
    }
}

impl Directory for StoreDirectory {
    fn units(&self) -> Vec<UnitName> {
        self.0.units()
    }
    fn investments(&self) -> Vec<InvestmentName> {
        self.0.investments()
    }
}

/// Names beyond this many are ignored, so one read stays bounded however big the tenant.
pub const MAX_NAMES: usize = 2000;

/// Trailing words people add or drop freely ("the data lake project").
pub const GENERIC: &[&str] = &[
    "project",
    "programme",
    "program",
    "initiative",
    "work",
    "works",
    "workstream",
    "system",
    "platform",
    "tool",
    "solution",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Index into the unit list.
    Unit(usize),
    /// Index into the investment list.
    Investment(usize),
}

struct Entry {
    words: Vec<String>,
    target: Target,
    /// A name as written joined ("hrportal" for "HR Portal"): matched only exactly, since
    /// a misspelling allowance on a joined word would take in its parts ("portal").
    exact: bool,
    /// An acronym that is also an everyday word ("IT", "US"): it names its unit or
    /// investment only when written in capitals, so "nobody used it" names nothing.
    caps_only: bool,
}

/// Short everyday words that directories also use as acronyms.
const EVERYDAY_ACRONYMS: &[&str] = &[
    "it", "is", "us", "as", "am", "or", "on", "at", "in", "to", "up", "so", "no", "do", "go", "me",
    "we", "pa", "hi", "ok", "all", "can", "may", "art", "cap", "eta", "ram", "its", "was", "has",
    "had", "are", "did", "for", "the", "not", "any", "our", "who", "why", "how", "new",
];

/// Whether a directory name is an acronym people also write, in lower case, as an ordinary
/// word: "IT", not "Ops" or "ERP".
fn everyday_acronym(name: &str) -> bool {
    let name = name.trim();
    name.chars().all(|c| c.is_uppercase())
        && EVERYDAY_ACRONYMS.contains(&name.to_lowercase().as_str())
}

/// A name found in the message.
#[derive(Debug, Clone)]
pub struct NameMatch {
    pub targets: Vec<Target>,
    pub start: usize,
    pub end: usize,
    /// Matched by an acronym, a short or partial form rather than the name itself: worth a
    /// "did you mean".
    pub guessed: bool,
    /// One distinctive word of the name ("the meter"), which people also use as an ordinary
    /// word ("book the meter vendor demo"): it names the investment only where the record
    /// is about it, not inside a follow-up's task.
    pub weak: bool,
}

/// The directory tokenised for matching.
pub struct NameIndex {
    pub units: Vec<UnitName>,
    pub investments: Vec<InvestmentName>,
    entries: Vec<Entry>,
    by_first: HashMap<String, Vec<usize>>,
    /// Distinct first words long enough to match fuzzily.
    fuzzy_firsts: Vec<String>,
    /// Acronyms and distinctive words, each naming one investment.
    short: HashMap<String, usize>,
    /// The distinctive words by their first four letters, for "robot" → "robotics".
    short_stems: HashMap<String, Vec<String>>,
    /// Every investment's words, for names said with some of their words.
    inv_words: Vec<Vec<String>>,
    /// Investments by the first three letters of their first word, for "billing upgrade"
    /// (Billing Platform Upgrade) and "doc review" (Document Review AI).
    by_first3: HashMap<String, Vec<usize>>,
    /// Names of three or more words without their first word ("wi-fi upgrade" for "Campus
    /// wi-fi upgrade"), keyed by the word they start with.
    tails: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The tails' first words long enough to be matched misspelt.
    fuzzy_tail_firsts: Vec<String>,
    /// Acronyms taking a letter from inside a compound word ("SOC" for Cybersecurity
    /// Operations Centre).
    compounds: super::compound_acronyms::CompoundAcronyms,
    /// Acronyms with letters from inside the name's words ("PdM").
    inner: super::name_variants::InnerAcronyms,
    /// Acronyms that name an investment only written as one ("EDW", "AML").
    caps_acronyms: HashMap<String, usize>,
    /// Product codes of letters and digits clipped after their first digits ("s4" of
    /// S/4HANA), each naming its one investment.
    clipped_codes: HashMap<String, usize>,
    /// "the WO system": two capitals of a name's first words before a kind of thing.
    kind_initials: super::name_variants::KindInitials,
    /// Vendors' products, each naming the one investment of its kind ("Workday").
    products: HashMap<String, usize>,
    /// Heads' roles, each naming the unit it heads ("cfo" → Finance).
    roles: Vec<(&'static str, usize)>,
}

/// A name's words as the tokeniser would give them, without its allocations: names are
/// re-indexed on every one-shot read.
fn words_of(name: &str) -> Vec<String> {
    let mut w = all_words_of(name);
    while w.len() > 1 && w.last().is_some_and(|l| GENERIC.contains(&l.as_str())) {
        w.pop();
    }
    w
}

/// Every word of a name, in compatibility form (NFKC, as names are compared everywhere),
/// lower-cased.
fn all_words_of(name: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.nfkc().collect();
    name.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|p| p.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|p| !p.is_empty())
        .map(|p| p.to_lowercase().replace('’', "'"))
        .collect()
}

/// A long word as engineers write it short, first letter, how many letters between, last
/// letter: "k8s" for kubernetes, "o11y" for observability.
fn numeronym(word: &str) -> Option<String> {
    let n = word.len();
    (n >= 5 && word.bytes().all(|b| b.is_ascii_lowercase()))
        .then(|| format!("{}{}{}", &word[..1], n - 2, &word[n - 1..]))
}

/// Other ways a name's first words are written as one word: a numeronym of its first word
/// ("k8s"), or its first word's initial written onto the number after it ("m365" for
/// Microsoft 365), with how many of the name's words each stands for.
fn written_short(words: &[String]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let Some(first) = words.first() else {
        return out;
    };
    if let Some(n) = numeronym(first) {
        out.push((n, 1));
    }
    if let Some(number) = words
        .get(1)
        .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        if first.len() >= 3 && first.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push((format!("{}{number}", &first[..1]), 2));
            // "win11" for Windows 11: the first word clipped to three letters.
            if first.len() > 4 {
                out.push((format!("{}{number}", &first[..3]), 2));
            }
        }
    }
    out
}

/// A name's words as written without their inner hyphens and slashes ("wifi" for "Wi-Fi",
/// "s4hana" for "S/4HANA"), for names people write joined; generic last words dropped as in
/// [`words_of`].
fn compact_words_of(name: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.nfkc().collect();
    let mut w: Vec<String> = name
        .split_whitespace()
        .map(|chunk| {
            chunk
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|p| !p.is_empty())
        .collect();
    while w.len() > 1 && w.last().is_some_and(|l| GENERIC.contains(&l.as_str())) {
        w.pop();
    }
    w
}

/// The word a run of tokens written without spaces makes when its hyphens and slashes are
/// left out ("share-point" → "sharepoint", "S/4HANA" → "s4hana"), and how many tokens it
/// takes; `None` for a single token.
fn compact_at(toks: &[Token], j: usize) -> Option<(String, usize)> {
    let first = toks.get(j).filter(|t| t.kind != TokKind::Sym)?;
    if !toks.get(j + 1).is_some_and(|t| t.attached) {
        return None;
    }
    let mut word = first.lower.clone();
    let mut k = j + 1;
    while let Some(t) = toks.get(k).filter(|t| t.attached) {
        if t.kind != TokKind::Sym {
            word.push_str(&t.lower);
            k += 1;
        } else if (t.is_sym("-") || t.is_sym("/"))
            && toks
                .get(k + 1)
                .is_some_and(|n| n.attached && n.kind != TokKind::Sym)
        {
            k += 1;
        } else {
            break;
        }
    }
    (k - j > 1).then_some((word, k - j))
}

/// Words too common to stand for one investment on their own.
const COMMON: &[&str] = &[
    "new",
    "old",
    "the",
    "and",
    "for",
    "of",
    "data",
    "customer",
    "service",
    "services",
    "management",
    "portal",
    "upgrade",
    "replacement",
    "refresh",
    "app",
    "apps",
    "pilot",
    "phase",
    "online",
    "digital",
    "cloud",
    "tool",
    "tools",
    "system",
    "systems",
    "platform",
    "project",
    "programme",
    "program",
    "team",
    "staff",
    "support",
    "centre",
    "center",
    "office",
    "site",
    "sites",
    "store",
    "stores",
    "network",
    "analytics",
    "automation",
    "model",
    "mobile",
    "web",
    "website",
    "software",
    "hardware",
    "licence",
    "license",
    "licences",
    "contract",
    "contracts",
    "payments",
    "payment",
    "self",
    "smart",
    "next",
    "gen",
];

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
pub(super) fn acronyms_of(words: &[String]) -> Vec<String> {
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

/// Short names for investments: acronyms of several-word names ("WMS" for "Warehouse
/// management system") and distinctive words only one investment has ("the erp", "the
/// robot project"), each pointing at its one investment.
fn short_names(units: &[UnitName], investments: &[InvestmentName]) -> HashMap<String, usize> {
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
                    if acronym.chars().count() >= 3 && acronym.chars().all(|c| c.is_alphanumeric())
                    {
                        add(acronym, i);
                    }
                }
            }
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
    seen.into_map(|k| !unit_words.contains(k))
}

/// "4G", "5G", "3D": a digit and a capital letter written as one word, a code of the kind
/// names use.
fn number_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase()
}

/// Keys each pointing at one investment: a key added for two different ones names neither.
#[derive(Default)]
pub(super) struct OnlyOne(HashMap<String, Option<usize>>);

impl OnlyOne {
    pub(super) fn add(&mut self, key: String, i: usize) {
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
    pub(super) fn into_map(self, keep: impl Fn(&str) -> bool) -> HashMap<String, usize> {
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
fn unit_initials(units: &[UnitName]) -> Vec<(String, usize)> {
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
fn clipped_codes(
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
    ("fin", "finance"),
];

/// Short words that begin longer words by chance, never clipped from them.
const NOT_CLIPPED: &[&str] = &[
    "the", "and", "for", "new", "our", "its", "per", "not", "all", "any", "can", "now", "out",
    "off", "pre", "pro", "con", "car", "pay", "man", "art", "ban", "bat", "cat", "end", "fin",
    "his", "her", "one", "two", "was", "has", "had", "are", "see", "set", "top", "who", "why",
    "how", "let", "get", "got", "put", "use", "way", "day", "old", "own", "too", "yet", "but",
    "via", "also", "each", "from", "with", "this", "that", "then", "them", "they", "over", "more",
    "most", "some", "part", "just", "back", "still",
];

/// A name's first word's first three letters: the key names said short are found by.
fn first3(word: &str) -> Option<String> {
    let mut c = word.char_indices();
    let end = c.nth(3).map_or(word.len(), |(i, _)| i);
    (word[..end].chars().count() == 3).then(|| word[..end].to_string())
}

/// Whether a message word stands for the name word: the word itself (or a close
/// misspelling), a clipped form of three or more letters ("doc" for document, "infra" for
/// infrastructure) or a common abbreviation ("mgmt" for management).
fn stands_for(word: &str, name_word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    close(word, name_word)
        || abbreviates(word, name_word)
        || super::name_variants::british_for(word) == Some(name_word)
}

/// A clipped form or a common abbreviation of the name word, not the word itself.
fn abbreviates(word: &str, name_word: &str) -> bool {
    if let Some((_, full)) = ABBREVIATIONS.iter().find(|(a, _)| *a == word) {
        // "fcst" for forecast and forecasting, "svc" for service and services.
        return name_word.starts_with(full) && name_word.len() <= full.len() + 3;
    }
    word.len() >= 3
        && name_word.len() >= word.len() + 2
        && word.chars().all(|c| c.is_alphabetic())
        && name_word.starts_with(word)
        && !NOT_CLIPPED.contains(&word)
}

/// The name word a message word would be looked up by: "mgmt" is looked up as management.
fn expanded(word: &str) -> &str {
    ABBREVIATIONS.iter().find(|(a, _)| *a == word).map_or_else(
        || super::name_variants::british_for(word).unwrap_or(word),
        |(_, full)| full,
    )
}

fn max_distance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// "scheduler" for "scheduling", "tracker" for "tracking": a later word of a name said as
/// the doer instead of the doing (or the other way), on the same stem of five letters or
/// more. Not a verb's other forms: "laptops refreshed" says what happened to laptops.
fn same_stem(word: &str, name_word: &str) -> bool {
    const ENDINGS: &[&str] = &["ings", "ing", "ers", "er"];
    fn stem(w: &str) -> Option<&str> {
        ENDINGS
            .iter()
            .find_map(|e| w.strip_suffix(e).filter(|s| s.len() >= 5))
    }
    // "meters" for "metering": the thing, in the plural, whose doing the name says.
    let thing = word.strip_suffix('s').unwrap_or(word);
    word != name_word
        && word.chars().all(|c| c.is_alphabetic())
        && (stem(word).is_some_and(|a| stem(name_word) == Some(a))
            || (name_word.ends_with("ing") && stem(name_word) == Some(thing)))
}

/// "tech" for "technology", "info" for "information": a clipped later word of a name.
fn shortened(word: &str, name_word: &str) -> bool {
    word.len() >= 4 && name_word.len() >= word.len() + 3 && name_word.starts_with(word)
}

/// Whether a message word is the name word, allowing a close misspelling.
fn close(word: &str, name_word: &str) -> bool {
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
    (strsim::levenshtein(word, name_word) <= max || swapped(word, name_word, max))
        && !another_ending(word, name_word)
}

/// How many letters the two words do not share, counted as bags (0 for "form" and "from"):
/// a cheap bound, for an edit changes it by at most two, so words more than twice the edits
/// allowed apart are no misspelling of each other; spares an edit distance on every word of
/// a message against every name's word. Words not in ASCII are not bounded (0).
fn letters_apart(a: &str, b: &str) -> usize {
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
/// not a slip; only the plural is the same word.
fn another_ending(word: &str, name_word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ors", "or", "ers", "er", "ings", "ing", "ions", "ion", "ed", "s",
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
fn swapped(word: &str, name_word: &str, max: usize) -> bool {
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
                let written: Vec<String> = super::tokens::tokenize(&name.to_lowercase())
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
            if let Some(us) = super::name_variants::said_in_american(&words) {
                entries.push(Entry {
                    words: us,
                    target,
                    exact: false,
                    caps_only,
                });
            }
            if let Some(also) = super::name_variants::said_also(&words) {
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
            push(&inv.name, Target::Investment(i));
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
        for (word, u) in
            super::name_variants::unit_first_words(&unit_names, &investment_words, COMMON)
        {
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
        let mut fuzzy_firsts: Vec<String> = by_first
            .iter()
            .filter(|(w, list)| {
                max_distance(w.len()) > 0 && list.iter().any(|&e| !entries[e].exact)
            })
            .map(|(w, _)| w.clone())
            .collect();
        fuzzy_firsts.sort();
        let short = short_names(&units, &investments);
        let mut short_stems: HashMap<String, Vec<String>> = HashMap::default();
        for w in short.keys().filter(|w| w.len() >= 5 && w.is_ascii()) {
            short_stems
                .entry(w[..4].to_string())
                .or_default()
                .push(w.clone());
        }
        let mut tails: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
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
        let mut fuzzy_tail_firsts: Vec<String> = tails
            .keys()
            .filter(|k| max_distance(k.len()) > 0)
            .cloned()
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
        let compounds = super::compound_acronyms::CompoundAcronyms::new(&inv_words, &taken);
        let caps_acronyms = super::known_acronyms::caps_acronyms(&inv_words, &taken);
        let clipped_codes = clipped_codes(&investments, &taken);
        let products = super::vendor_products::products(&inv_words, &taken);
        let kind_initials = super::name_variants::KindInitials::new(&inv_words, COMMON, &|w| {
            taken(w) || EVERYDAY_ACRONYMS.contains(&w)
        });
        let mut by_first3: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, words) in inv_words.iter().enumerate() {
            if words.len() >= 2 {
                if let Some(key) = first3(&words[0]) {
                    by_first3.entry(key).or_default().push(i);
                }
            }
        }
        let inner = super::name_variants::InnerAcronyms::new(&inv_words);
        let roles = super::name_variants::role_units(&unit_names);
        NameIndex {
            roles,
            units,
            investments,
            inner,
            inv_words,
            by_first3,
            entries,
            by_first,
            fuzzy_firsts,
            short,
            short_stems,
            tails,
            fuzzy_tail_firsts,
            compounds,
            caps_acronyms,
            clipped_codes,
            kind_initials,
            products,
        }
    }

    /// The words of the `i`th investment's name, lower-cased.
    pub(super) fn investment_words(&self, i: usize) -> &[String] {
        &self.inv_words[i]
    }

    /// A name said without its first word, when only one name ends that way.
    fn tail_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let bare = toks[i].lower.strip_suffix("'s").unwrap_or(&toks[i].lower);
        // "Telemtry platform": the tail's first word misspelt, as a name's first word may be,
        // where a name is pointed at (looked for only there: this is on every word's path).
        let pointed_at = i == 0 || toks[i - 1].kind == TokKind::Sym || {
            let prev = toks[i - 1].lower.as_str();
            matches!(prev, "the" | "our" | "that" | "this" | "its" | "their")
        };
        let list = match self.tails.get(bare) {
            Some(list) => list,
            None if pointed_at && bare.len() >= 5 && toks[i].is_word() => {
                let mut close_keys = self.fuzzy_tail_firsts.iter().filter(|k| close(bare, k));
                match (close_keys.next(), close_keys.next()) {
                    (Some(k), None) => &self.tails[k],
                    _ => return None,
                }
            }
            None => return None,
        };
        let pointer = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "the" | "our" | "that" | "this" | "its" | "their"
            )
        };
        // "the new screening lanes": after "the new" as after "the".
        let leads = |k: usize| {
            k == 0
                || toks[k - 1].kind == TokKind::Sym
                || pointer(k - 1)
                || (k >= 2 && toks[k - 1].is("new") && pointer(k - 2))
        };
        // "the management system", "for pricing engine training", not "a yard management
        // system" (another name).
        // "the text reminders in arrears analytics": after a preposition, as after "the".
        let led = leads(i)
            || (i > 0
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "for" | "about" | "in" | "on" | "of" | "from" | "into" | "to" | "with"
                ));
        // "EV truck trial" for Electric Truck Trial: a short code of the first word's
        // initial, in capitals, before the name's later words.
        let code = (!led && i > 0)
            .then(|| &toks[i - 1])
            .filter(|c| c.is_word() && c.caps && (2..=4).contains(&c.lower.len()) && leads(i - 1));
        if !led && code.is_none() {
            return None;
        }
        let mut found: Option<(usize, usize)> = None;
        for (words, inv) in list {
            if let Some(code) = code {
                let name = &self.inv_words[*inv];
                let later = name.len() == words.len() + 1 && name[1..] == words[..];
                if !later
                    || name[0] == code.lower
                    || name[0].chars().next() != code.lower.chars().next()
                {
                    continue;
                }
            }
            let mut j = i;
            // "booking site replacement" for Online Booking Replacement: one common word
            // ("site", "system") said between the tail's words.
            let mut inserted = false;
            let ok = words.iter().enumerate().all(|(k, w)| {
                while toks.get(j).is_some_and(|t| t.is_sym("-")) {
                    j += 1;
                }
                let hit = |j: usize| toks.get(j).is_some_and(|t| close(&t.lower, w));
                if k > 0
                    && !inserted
                    && !hit(j)
                    && toks
                        .get(j)
                        .is_some_and(|t| COMMON.contains(&t.lower.as_str()))
                    && hit(j + 1)
                {
                    inserted = true;
                    j += 1;
                }
                j += 1;
                hit(j - 1)
            });
            if ok {
                if found.is_some_and(|(f, _)| f != *inv) {
                    return None;
                }
                found = Some((*inv, j));
            }
        }
        let (inv, end) = found?;
        Some(NameMatch {
            targets: vec![Target::Investment(inv)],
            start: if code.is_some() { i - 1 } else { i },
            end,
            guessed: true,
            weak: false,
        })
    }

    /// An investment said with some of its words, in order, from its first ("billing
    /// upgrade" for Billing Platform Upgrade, "doc review" for Document Review AI), each
    /// word whole, clipped or abbreviated: two or more words, one of them not a common
    /// word. Every investment said as closely is a target, so a tie can be asked about.
    fn partial_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let t = &toks[i];
        if t.kind != TokKind::Word {
            return None;
        }
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        let list = self.by_first3.get(&first3(expanded(bare))?)?;
        let mut best: Option<NameMatch> = None;
        for &inv in list {
            let words = &self.inv_words[inv];
            if !stands_for(&t.lower, &words[0]) {
                continue;
            }
            let mut j = i + 1;
            let mut k = 1;
            let mut distinctive = !COMMON.contains(&words[0].as_str());
            let mut matched = 1;
            while k < words.len() {
                while toks.get(j).is_some_and(|t| t.is_sym("-")) {
                    j += 1;
                }
                let Some(tok) = toks.get(j).filter(|t| t.kind == TokKind::Word) else {
                    break;
                };
                let Some(at) = (k..words.len()).find(|&k| {
                    stands_for(&tok.lower, &words[k])
                        || same_stem(&tok.lower, &words[k])
                        || super::name_variants::said_for(&tok.lower, &words[k])
                }) else {
                    break;
                };
                distinctive |= !COMMON.contains(&words[at].as_str());
                matched += 1;
                k = at + 1;
                j += 1;
            }
            // "customer portal" for Customer Self-Service Portal: the name's first and
            // last words, however common, when the name has more between them and its last
            // word is not one names add or drop freely ("the data platform" is not Data
            // Lake Platform).
            let ends = k == words.len()
                && words.len() >= 3
                && !GENERIC.contains(&words[words.len() - 1].as_str());
            if matched < 2 || !(distinctive || ends) {
                continue;
            }
            if k < words.len()
                && matched * 2 < words.len()
                && super::name_variants::another_thing_after(toks, j, words)
            {
                continue;
            }
            if k == words.len()
                && toks
                    .get(j)
                    .is_some_and(|t| GENERIC.contains(&t.lower.as_str()))
            {
                j += 1;
            }
            let target = Target::Investment(inv);
            match &mut best {
                Some(b) if b.end > j => {}
                Some(b) if b.end == j => b.targets.push(target),
                _ => {
                    best = Some(NameMatch {
                        targets: vec![target],
                        start: i,
                        end: j,
                        guessed: true,
                        weak: false,
                    })
                }
            }
        }
        best
    }

    /// An acronym ("WMS") anywhere, or a distinctive word after "the" / "our" or before
    /// "project" ("the erp", "the robot project"), standing for its one investment.
    ///
    /// `after_unit` is the unit named just before, whose own investment's word it points at
    /// ("ecom replatform", "Pilotage infrastructure").
    fn short_name_at(
        &self,
        toks: &[Token],
        i: usize,
        after_unit: Option<usize>,
    ) -> Option<NameMatch> {
        let t = &toks[i];
        // Two letters only in capitals, and not as a label ("AI: @kim to …").
        let two_caps = t.caps && toks.get(i + 1).is_none_or(|n| !n.is_sym(":"));
        if t.kind == TokKind::Num {
            return self.number_code_at(toks, i);
        }
        if t.kind != TokKind::Word {
            return None;
        }
        if let Some(m) = self.hyphenated_word_at(toks, i) {
            return Some(m);
        }
        if t.lower.len() < 2 || (t.lower.len() == 2 && !two_caps) {
            return None;
        }
        let initials = self.kind_initials.at(toks, i, &self.inv_words, GENERIC);
        if let Some((inv, end)) = initials.or_else(|| self.compounds.at(toks, i)) {
            return Some(NameMatch {
                targets: vec![Target::Investment(inv)],
                start: i,
                end,
                guessed: true,
                weak: false,
            });
        }
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        let prev = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        let next_generic = toks
            .get(i + 1)
            .is_some_and(|n| GENERIC.contains(&n.lower.as_str()));
        // The subject of a message or clause ("voicebot trimmed to $150k", "…; voicebot's a
        // no") is pointed at as surely as "the voicebot".
        let leads = i == 0 || toks[i - 1].is_break();
        // "the new POS": a name's word after "the new" points at it as "the POS" does.
        let after_the_new = prev == "new"
            && i >= 2
            && matches!(toks[i - 2].lower.as_str(), "the" | "our" | "that" | "this");
        // A word written in capitals ("for AML model tuning", "move PACS go-live") is said
        // as a name, as an acronym is.
        // "Re: kiosks", "re S/4": the topic a message is about.
        let topic = matches!(prev, "re" | "regarding")
            || (prev == ":" && i >= 2 && toks[i - 2].lower == "re");
        // "Eastside microtransit: keep it going": a name's word set as a label, after one
        // word saying which part or place, is the subject as a label alone is.
        let qualified_label = i >= 1
            && toks[i - 1].is_word()
            && (i == 1 || toks[i - 2].is_break())
            && toks.get(i + 1).is_some_and(|n| n.is_sym(":"));
        // "worried about payroll cutover": a name's word before the work done on it.
        let work_next = toks
            .get(i + 1)
            .is_some_and(|n| super::vendor_products::work_word(&n.lower));
        let pointed = matches!(prev, "the" | "our" | "that" | "this")
            || topic
            || qualified_label
            || work_next
            || after_the_new
            || next_generic
            || leads
            || t.caps;
        // "ITMs", "itms": an acronym in the plural.
        let plural = || {
            let one = bare.strip_suffix('s').filter(|o| o.len() >= 3)?;
            let inv = *self.short.get(one)?;
            (!self.investments[inv].name.to_lowercase().contains(one)).then_some(inv)
        };
        // "PdM": an acronym in capitals with letters from inside the name's words.
        let inner = || {
            t.caps
                .then(|| self.inner.at(bare, &self.inv_words, GENERIC))
                .flatten()
        };
        // "EDW", "AML": an acronym of the name's words that counts only written as one, or
        // pointed at ("the EDW").
        let written_as_acronym = || {
            (t.caps || matches!(prev, "the" | "our"))
                .then(|| self.caps_acronyms.get(bare).copied())
                .flatten()
        };
        // "SIU's analytics vendor": the unit just named, then a word of exactly one of its
        // investments' names, however common the word.
        let unit_word = || {
            let unit = &self.units[after_unit?].name;
            if bare.len() < 3 || GENERIC.contains(&bare) {
                return None;
            }
            let mut having = self.investments.iter().enumerate().filter(|(k, inv)| {
                &inv.unit == unit && self.inv_words[*k].iter().any(|w| w == bare)
            });
            match (having.next(), having.next()) {
                (Some((k, _)), None) => Some(k),
                _ => None,
            }
        };
        // "the Workday rollout": a vendor's product pointed at or before the work done.
        let product = || {
            let work = toks
                .get(i + 1)
                .is_some_and(|n| super::vendor_products::work_word(&n.lower));
            (pointed || work)
                .then(|| self.products.get(bare).copied())
                .flatten()
        };
        let exact = self
            .short
            .get(bare)
            .copied()
            .or_else(product)
            .or_else(plural)
            .or_else(inner)
            .or_else(unit_word);
        let caps_hit = exact.is_none().then(written_as_acronym).flatten();
        let caps_acronym = caps_hit.is_some();
        let exact = exact.or(caps_hit);
        // "its", "was": an acronym that is also an everyday word names only in capitals.
        if exact.is_some() && !t.caps && EVERYDAY_ACRONYMS.contains(&bare) {
            return None;
        }
        let pointed = pointed
            || exact.is_some_and(|inv| {
                after_unit.is_some_and(|u| self.investments[inv].unit == self.units[u].name)
            });
        let hit = match exact {
            // An acronym is a name of its own; a single word needs pointing at.
            Some(inv) if pointed || !self.investments[inv].name.to_lowercase().contains(bare) => {
                Some(inv)
            }
            Some(_) => None,
            None if pointed && bare.len() >= 5 && bare.is_ascii() => {
                // "tenants keep asking" at a clause's start: the plural of a name's word is
                // people or things talked about, not the name, unless pointed at ("the
                // tenants portal") or set as a label ("chromebooks: 212 fewer tickets").
                let label = toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_sym(":") || n.is_sym("-") || n.is_sym("—"));
                let only_leads = !(matches!(prev, "the" | "our" | "that" | "this")
                    || topic
                    || after_the_new
                    || next_generic
                    || label
                    || t.caps);
                self.short_stems.get(&bare[..4]).and_then(|ws| {
                    let m: Vec<&String> = ws
                        .iter()
                        .filter(|w| {
                            w.starts_with(bare)
                                || bare.starts_with(w.as_str())
                                // A slip of the same length ("teleamtics"), not another form
                                // of the word ("robots" for robotics is the machines).
                                || (bare.len() == w.len() && close(bare, w))
                        })
                        .filter(|w| !(only_leads && bare.strip_suffix('s') == Some(w.as_str())))
                        .collect();
                    (m.len() == 1).then(|| self.short[m[0]])
                })
            }
            None => None,
        }?;
        let mut end = if next_generic { i + 2 } else { i + 1 };
        // "EDW consolidation": the name's own words after its acronym go with it.
        if caps_acronym {
            while toks
                .get(end)
                .is_some_and(|n| n.is_word() && self.inv_words[hit].contains(&n.lower))
            {
                end += 1;
            }
        }
        // "want £900k for a new planned maintenance system": a word of a name inside a new
        // thing's name, after "a new" and the words describing it, is not that name.
        let in_new_name = toks[i.saturating_sub(3)..i]
            .windows(2)
            .position(|p| matches!(p[0].lower.as_str(), "a" | "an") && p[1].is("new"))
            .is_some_and(|at| {
                toks[i.saturating_sub(3) + at + 2..i]
                    .iter()
                    .all(|t| t.is_word() && !t.caps)
            });
        let acronym = caps_acronym
            || exact == Some(hit)
                && !self.investments[hit].name.to_lowercase().contains(
                    if exact == self.short.get(bare).copied() {
                        bare
                    } else {
                        &bare[..bare.len() - 1]
                    },
                );
        // "the PV inverters": a word the name writes in capitals, written so, is its acronym.
        let acronym = acronym
            || t.caps
                && self.investments[hit]
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(bare) && w.chars().all(|c| !c.is_lowercase()));
        if in_new_name && !acronym {
            return None;
        }
        let words = &self.inv_words[hit];
        let describing = words.last().is_some_and(|l| l != bare) && !next_generic;
        if !acronym && describing && super::name_variants::another_thing_after(toks, end, words) {
            return None;
        }
        Some(NameMatch {
            targets: vec![Target::Investment(hit)],
            start: i,
            end,
            guessed: true,
            weak: !acronym,
        })
    }

    /// "the 4G rollout" for Rural 4G Expansion: a digit with a capital written onto it
    /// ("4G", as the name writes it), pointed at or before the work done, names the one
    /// investment with that code.
    fn number_code_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let letter = toks.get(i + 1).filter(|n| n.attached && n.is_word())?;
        let after = toks.get(i + 2);
        if toks[i].lower.len() != 1
            || letter.lower.len() != 1
            || after.is_some_and(|n| n.attached && !n.is_sym("'"))
        {
            return None;
        }
        let code = format!("{}{}", toks[i].lower, letter.lower);
        let inv = *self.short.get(&code)?;
        let pointed =
            i > 0 && matches!(toks[i - 1].lower.as_str(), "the" | "our" | "this" | "that");
        let work = after.is_some_and(|n| super::vendor_products::work_word(&n.lower));
        (pointed || work).then(|| NameMatch {
            targets: vec![Target::Investment(inv)],
            start: i,
            end: i + 2,
            guessed: true,
            weak: false,
        })
    }

    /// "self-exclusion" for Player Self-Exclusion System: a hyphenated word of one name,
    /// written whole, is as sure as its acronym, unless every part of it is a common word
    /// ("self-service").
    ///
    /// "S/4" for S/4HANA Migration: a product code of letters and digits, clipped.
    fn hyphenated_word_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let (word, n) = compact_at(toks, i)?;
        let inv = match self.short.get(&word) {
            Some(&inv) => {
                let parts = toks[i..i + n].iter().filter(|t| t.is_word());
                if parts.clone().count() < 2
                    || parts.clone().all(|t| COMMON.contains(&t.lower.as_str()))
                {
                    return None;
                }
                inv
            }
            None => *self.clipped_codes.get(&word)?,
        };
        let generic = toks
            .get(i + n)
            .is_some_and(|t| GENERIC.contains(&t.lower.as_str()));
        Some(NameMatch {
            targets: vec![Target::Investment(inv)],
            start: i,
            end: i + n + usize::from(generic),
            guessed: true,
            weak: false,
        })
    }

    /// The one investment of `unit` one of whose words (not a word names add freely) the
    /// message says, and where: "portal" for Outpatients' Patient Portal. None when no
    /// word, or words of several of the unit's investments, are said.
    pub(super) fn unit_word_in(&self, toks: &[Token], unit: &str) -> Option<(usize, usize)> {
        // The unit's own words ("Marketing" of Marketing Automation) name the unit.
        let own: Vec<String> = self
            .units
            .iter()
            .filter(|u| u.name == unit)
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .flat_map(|n| all_words_of(n))
            .collect();
        let mut found: Option<(usize, usize)> = None;
        for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.is_word()) {
            let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            if bare.len() < 3
                || GENERIC.contains(&bare)
                || NOT_CLIPPED.contains(&bare)
                || own.iter().any(|w| w == bare)
            {
                continue;
            }
            for (inv, words) in self.inv_words.iter().enumerate() {
                if self.investments[inv].unit == unit && words.iter().any(|w| w == bare) {
                    if found.is_some_and(|(f, _)| f != inv) {
                        return None;
                    }
                    found.get_or_insert((inv, k));
                }
            }
        }
        found
    }

    /// "the CFO's team", "the CIO's people": a head's role, owning something or before a
    /// word that says it is a team, names the unit the role heads. The role alone ("the CFO
    /// signed off") is a person.
    fn role_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let t = &toks[i];
        let owns = t.lower.ends_with("'s");
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        let &(_, unit) = self.roles.iter().find(|(r, _)| *r == bare)?;
        let team = toks.get(i + 1).is_some_and(|n| {
            super::name_variants::TEAM_WORDS.contains(&n.lower.as_str()) || n.is("office")
        });
        if !(owns || team) {
            return None;
        }
        Some(NameMatch {
            targets: vec![Target::Unit(unit)],
            start: i,
            end: i + 1 + usize::from(team),
            guessed: false,
            weak: false,
        })
    }

    /// Every unit or investment named in the message, longest match first at each place.
    pub fn find(&self, toks: &[Token]) -> Vec<NameMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut candidates: Vec<usize> = Vec::new();
        let mut pair = String::new();
        while i < toks.len() {
            let t = &toks[i];
            if t.kind == TokKind::Sym {
                i += 1;
                continue;
            }
            candidates.clear();
            let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            // "share-point", "S/4HANA": the run written without spaces, as one word.
            let compact = compact_at(toks, i);
            if let Some(list) = compact.as_ref().and_then(|(c, _)| self.by_first.get(c)) {
                candidates.extend(list);
            }
            // "share point" for "SharePoint": two words written apart that a name joins.
            if let Some(n) = toks
                .get(i + 1)
                .filter(|n| t.is_word() && n.is_word() && !n.attached)
            {
                pair.clear();
                pair.push_str(&t.lower);
                pair.push_str(&n.lower);
                if let Some(list) = self.by_first.get(pair.as_str()) {
                    candidates.extend(list);
                }
            }
            if let Some(list) = self.by_first.get(bare) {
                candidates.extend(list);
            } else if bare.len() >= 4 && t.kind == TokKind::Word {
                for first in &self.fuzzy_firsts {
                    if close(bare, first) {
                        candidates.extend(&self.by_first[first]);
                    }
                }
            }
            // "Exporting …" leading a clause: the names its stem starts.
            if let Some(stem) = bare
                .strip_suffix("ing")
                .filter(|s| s.len() >= 3 && (i == 0 || toks[i - 1].is_break()))
            {
                candidates.extend(self.by_first.get(stem).into_iter().flatten());
                candidates.extend(self.by_first.get(&format!("{stem}e")).into_iter().flatten());
            }
            candidates.sort_unstable();
            candidates.dedup();
            let mut best: Option<NameMatch> = None;
            // Investments whose first two or more words are here ("bin sensors" for "Bin
            // sensor network", "assistive tech" for "Assistive technology").
            let mut leading: Option<(Target, usize)> = None;
            let mut leading_ambiguous = false;
            for &c in &candidates {
                let e = &self.entries[c];
                let mut j = i;
                let mut matched = 0;
                for w in &e.words {
                    // Hyphens inside names: "e-invoicing" against "e invoicing"; an
                    // ampersand the name's words leave out: "people & culture".
                    while toks.get(j).is_some_and(|t| {
                        t.is_sym("-") || (!e.exact && matched > 0 && w != "and" && t.is_sym("&"))
                    }) {
                        j += 1;
                    }
                    let joined = compact_at(toks, j).filter(|(c, _)| c == w);
                    if let Some((_, n)) = joined {
                        j += n;
                        matched += 1;
                        continue;
                    }
                    let apart = match (toks.get(j), toks.get(j + 1)) {
                        (Some(a), Some(b)) if a.is_word() && b.is_word() && !b.attached => {
                            w.len() == a.lower.len() + b.lower.len()
                                && w.starts_with(a.lower.as_str())
                                && w.ends_with(b.lower.as_str())
                        }
                        _ => false,
                    };
                    if apart {
                        j += 2;
                        matched += 1;
                        continue;
                    }
                    let hit = toks.get(j).is_some_and(|t| {
                        if e.caps_only {
                            return t.caps && t.lower.strip_suffix("'s").unwrap_or(&t.lower) == w;
                        }
                        if e.exact {
                            return t.lower.strip_suffix("'s").unwrap_or(&t.lower) == w;
                        }
                        // "Exporting to India is stalled" for the unit Export: leading a
                        // clause, a one-word unit name said as its gerund.
                        let gerund = matched == 0
                            && e.words.len() == 1
                            && matches!(e.target, Target::Unit(_))
                            && (j == 0 || toks[j - 1].is_break())
                            && super::name_variants::gerund_of(&t.lower, w);
                        close(&t.lower, w)
                            || gerund
                            || super::name_variants::other_spelling(&t.lower, w)
                            || (w == "and" && t.is_sym("&"))
                            || (matched > 0
                                && (shortened(&t.lower, w)
                                    || abbreviates(&t.lower, w)
                                    || same_stem(&t.lower, w)
                                    || super::name_variants::verb_of(&t.lower, w)
                                    || super::name_variants::said_for(&t.lower, w)))
                    });
                    if !hit {
                        break;
                    }
                    j += 1;
                    matched += 1;
                }
                if matched < e.words.len() {
                    // "car park payment kiosks" against Car Park Licence Plate Recognition:
                    // a name's first words before another kind of thing are that thing's.
                    // Counted against the whole name: its joined forms have fewer words.
                    let other_thing = match e.target {
                        Target::Investment(inv) => {
                            let words = &self.inv_words[inv];
                            matched * 2 < words.len()
                                && super::name_variants::another_thing_after(toks, j, words)
                        }
                        Target::Unit(_) => false,
                    };
                    if matched >= 2 && matches!(e.target, Target::Investment(_)) && !other_thing {
                        match leading {
                            Some((t, _)) if t != e.target => leading_ambiguous = true,
                            _ => leading = Some((e.target, j)),
                        }
                    }
                    continue;
                }
                if toks
                    .get(j)
                    .is_some_and(|t| GENERIC.contains(&t.lower.as_str()))
                {
                    j += 1;
                }
                match &mut best {
                    Some(b) if b.end > j => {}
                    Some(b) if b.end == j => {
                        if !b.targets.contains(&e.target) {
                            b.targets.push(e.target);
                        }
                    }
                    _ => {
                        best = Some(NameMatch {
                            targets: vec![e.target],
                            start: i,
                            end: j,
                            guessed: false,
                            weak: false,
                        })
                    }
                }
            }
            // Some of an investment's words said in order beat a shorter whole name: "billing
            // upgrade" is Billing Platform Upgrade, not the unit Billing.
            if let Some(p) = self.partial_at(toks, i) {
                // "the ticketing platform RFP": as many words of an investment's name as of
                // a unit's and a word names add ("Ticketing" + "platform") are the investment.
                let unit_tie = best
                    .as_ref()
                    .is_some_and(|b| p.end == b.end && matches!(b.targets[..], [Target::Unit(_)]));
                let longer = (unit_tie || best.as_ref().is_none_or(|b| p.end > b.end))
                    && leading.is_none_or(|(_, end)| p.end >= end);
                if longer {
                    best = Some(p);
                    leading = None;
                }
            }
            // A name's later words beat a shorter match at the same place ("tracking tags"
            // for Linen Tracking Tags, not the alias "Trucking" misspelt).
            let mut tail = self.tail_at(toks, i);
            if let Some(t) = tail.take() {
                let longer = best.as_ref().is_none_or(|b| t.end > b.end)
                    && leading.is_none_or(|(_, end)| t.end > end);
                if longer {
                    best = Some(t);
                    leading = None;
                } else {
                    tail = Some(t);
                }
            }
            if best.is_none() && !leading_ambiguous {
                best = leading.map(|(t, end)| NameMatch {
                    targets: vec![t],
                    start: i,
                    end,
                    guessed: true,
                    weak: false,
                });
            }
            if best.is_none() {
                best = tail;
            }
            if best.is_none() && !self.roles.is_empty() {
                best = self.role_at(toks, i);
            }
            if best.is_none() {
                // "Broker Channel: portal phase 2": a unit set as a label is just before too.
                let label = i > 0 && matches!(toks[i - 1].lower.as_str(), ":" | "-" | "—");
                let after_unit = out.last().and_then(|m: &NameMatch| match m.targets[0] {
                    Target::Unit(u)
                        if (m.end == i || (label && m.end + 1 == i)) && m.targets.len() == 1 =>
                    {
                        Some(u)
                    }
                    _ => None,
                });
                best = self.short_name_at(toks, i, after_unit);
            }
            match best {
                Some(b) => {
                    i = b.end;
                    out.push(b);
                }
                None => i += 1,
            }
        }
        self.add_unit_scoped(toks, &mut out);
        out
    }

    /// "CS say the portal's chat widget confuses customers": a word too common to stand for
    /// an investment on its own ("portal", "app", "website"), pointed at with "the"/"our",
    /// names the one investment of the unit the message names that has the word, when the
    /// message names that unit and no investment.
    fn add_unit_scoped(&self, toks: &[Token], out: &mut Vec<NameMatch>) {
        let mut units = out.iter().filter_map(|m| match m.targets[..] {
            [Target::Unit(u)] => Some(u),
            _ => None,
        });
        let Some(unit) = units.next() else { return };
        let one_unit = units.all(|u| u == unit);
        let any_investment = out
            .iter()
            .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))));
        if !one_unit || any_investment {
            return;
        }
        let unit_name = &self.units[unit].name;
        for i in 1..toks.len() {
            let t = &toks[i];
            if t.kind != TokKind::Word
                || !matches!(toks[i - 1].lower.as_str(), "the" | "our")
                || out.iter().any(|m| i >= m.start && i < m.end)
            {
                continue;
            }
            let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            if bare.len() < 3 || GENERIC.contains(&bare) || !COMMON.contains(&bare) {
                continue;
            }
            // "the portal roadmap", "the automation budget": the word describes the noun
            // after it; the thing itself ends its phrase, owns something ("the portal's
            // chat widget") or is what the verb after it is about ("the app is down").
            let possessive = bare.len() < t.lower.len();
            let ends = toks.get(i + 1).is_none_or(|n| {
                n.kind == TokKind::Sym
                    || n.is_break()
                    || matches!(
                        n.lower.as_str(),
                        "is" | "was" | "has" | "had" | "needs" | "keeps" | "went" | "will"
                    )
            });
            if !possessive && !ends {
                continue;
            }
            let mut having = self.investments.iter().enumerate().filter(|(k, inv)| {
                &inv.unit == unit_name && self.inv_words[*k].iter().any(|w| w == bare)
            });
            if let (Some((inv, _)), None) = (having.next(), having.next()) {
                let at = out.partition_point(|m| m.start < i);
                out.insert(
                    at,
                    NameMatch {
                        targets: vec![Target::Investment(inv)],
                        start: i,
                        end: i + 1,
                        guessed: true,
                        weak: true,
                    },
                );
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;

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
        }
        assert_eq!(letters_apart("form", "from"), 0);
        assert!(letters_apart("platform", "planning") > 4);
        assert!(!close("platform", "planning"));
    }
    use super::*;

    fn dir() -> StaticDirectory {
        StaticDirectory {
            units: vec![
                UnitName {
                    name: "Sales".into(),
                    aliases: vec![],
                },
                UnitName {
                    name: "Operations".into(),
                    aliases: vec!["Ops".into()],
                },
                UnitName {
                    name: "Customer Service".into(),
                    aliases: vec!["Service".into()],
                },
            ],
            investments: vec![
                InvestmentName {
                    name: "CRM Replacement".into(),
                    unit: "Sales".into(),
                },
                InvestmentName {
                    name: "CRM Replacement".into(),
                    unit: "Customer Service".into(),
                },
                InvestmentName {
                    name: "Data Lake".into(),
                    unit: "Operations".into(),
                },
            ],
        }
    }

    #[test]
    fn finds_names_aliases_and_misspellings() {
        let index = NameIndex::new(&dir());
        let cases: &[(&str, &[Target])] = &[
            ("met Ops today", &[Target::Unit(1)]),
            ("the Operatoins team", &[Target::Unit(1)]),
            ("stop the data lake project", &[Target::Investment(2)]),
            (
                "the CRM replacment",
                &[Target::Investment(0), Target::Investment(1)],
            ),
            ("customer service", &[Target::Unit(2)]),
            ("nothing here", &[]),
        ];
        for (text, want) in cases {
            let found = index.find(&tokenize(text));
            let got: Vec<Target> = found.iter().flat_map(|m| m.targets.clone()).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn an_ampersand_acronym_is_its_unit() {
        let dir = StaticDirectory {
            units: vec![
                UnitName {
                    name: "People & Culture".into(),
                    aliases: vec!["P&C".into()],
                },
                UnitName {
                    name: "Quality Assurance".into(),
                    aliases: vec!["QA".into()],
                },
                UnitName {
                    name: "Research and Development".into(),
                    aliases: vec!["R&D".into()],
                },
            ],
            investments: vec![],
        };
        let index = NameIndex::new(&dir);
        let cases: &[(&str, &[Target])] = &[
            ("P&C 1:1 today", &[Target::Unit(0)]),
            ("P&C and Finance workshop", &[Target::Unit(0)]),
            ("met r&d on Monday", &[Target::Unit(2)]),
            ("people & culture", &[Target::Unit(0)]),
            // Another acronym written with "&" is not a unit's written without one.
            ("Q&A session at noon", &[]),
        ];
        for (text, want) in cases {
            let found = index.find(&tokenize(text));
            let got: Vec<Target> = found.iter().flat_map(|m| m.targets.clone()).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn numeronyms_initials_with_a_number_and_clipped_hyphenated_words() {
        let inv = |name: &str| InvestmentName {
            name: name.into(),
            unit: "Platform".into(),
        };
        let dir = StaticDirectory {
            units: vec![UnitName {
                name: "Platform".into(),
                aliases: vec![],
            }],
            investments: vec![
                inv("Kubernetes Cluster Move"),
                inv("Office 365 Tenancy"),
                inv("E-Invoicing Rollout"),
                inv("Observability Stack"),
            ],
        };
        let index = NameIndex::new(&dir);
        let cases: &[(&str, Option<usize>)] = &[
            // A numeronym: first letter, how many letters between, last letter.
            ("k8s cluster move approved", Some(0)),
            ("the k8s work is paused", Some(0)),
            ("o11y stack went live", Some(3)),
            // A name's initial written onto its number.
            ("O365 tenancy signed off", Some(1)),
            ("we parked o365", Some(1)),
            // A hyphenated word clipped: "e-inv" for E-Invoicing.
            ("e-inv rollout is late", Some(2)),
            ("e-inv adoption is patchy", Some(2)),
            // Not every letter-number word is a name.
            ("k9s are not cluster moves", None),
            ("q3 numbers", None),
        ];
        for (text, want) in cases {
            let found = index.find(&tokenize(text));
            let got = found.iter().find_map(|m| match m.targets[..] {
                [Target::Investment(i)] => Some(i),
                _ => None,
            });
            assert_eq!(got, *want, "{text}");
        }
    }
}
