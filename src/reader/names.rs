//! Business units and investments by name, alias or close misspelling, resolved against the
//! tenant's directory. Names are tokenised once into an index keyed by first word, so a
//! message is scanned once; fuzzy matching compares a token only with the distinct first
//! words of at most [`MAX_NAMES`] names, after a length filter.

use crate::domain::Record;
use crate::ids::{Kind, TenantId, UnitId};
use crate::store::{Store, StoreError};
use rustc_hash::FxHashMap as HashMap;

mod agent_nouns;
mod alias_around_its_investment;
mod asker;
mod at_a_place;
mod build;
mod code_forms;
pub(super) mod counted_parts;
mod entry_words;
mod event_times;
mod extra_parts;
mod find;
mod find_memo;
mod fuzzy_firsts;
mod heading_label;
mod kind_nouns;
pub(super) mod kit_for;
mod moved_to_for;
mod new_other_thing;
mod one_migration;
mod one_more_singular;
mod opening_phrase;
mod other_verbs;
#[cfg(test)]
mod p1_speed_tests;
mod partial;
mod place_named;
mod plural_things;
mod plurals;
mod rescoped_things;
mod short_form_match;
mod short_forms;
mod short_names;
mod spelling;
mod subject_verbs;
#[cfg(test)]
mod tests;
mod thing_for;
mod thing_word_before_noun;
mod two_initials;
mod unit_one_words;
mod unit_scoped;
mod word_keyed;
mod words;

pub use words::is_common_word;

pub(super) use short_names::{acronyms_of, OnlyOne};
pub(super) use spelling::expanded;

/// A business unit as the reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitName {
    pub name: String,
    pub aliases: Vec<String>,
}

/// An investment as the reader sees it: its name, its unit's canonical name, and the other
/// names people call it by (each a written form of it, as a unit's aliases are).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvestmentName {
    pub name: String,
    pub unit: String,
    pub aliases: Vec<String>,
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
                    aliases: inv.aliases,
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
    /// word: a weaker claim than the name, which gives way to a new thing said first or
    /// past a verdict. Inside a follow-up's task it names the investment ("book the meter
    /// vendor demo" is work on the Smart Meter Rollout).
    pub weak: bool,
}

impl NameMatch {
    /// One investment guessed from a short or partial form over tokens `start..end`: worth
    /// a "did you mean", and a full claim (not a weak one).
    pub(crate) fn guessed_investment(inv: usize, start: usize, end: usize) -> NameMatch {
        NameMatch {
            targets: vec![Target::Investment(inv)],
            start,
            end,
            guessed: true,
            weak: false,
        }
    }
}

/// The directory tokenised for matching.
pub struct NameIndex {
    pub units: Vec<UnitName>,
    pub investments: Vec<InvestmentName>,
    entries: Vec<Entry>,
    by_first: word_keyed::WordKeyed<Vec<usize>>,
    /// Units' names of two or more words by their first word clipped ("info" of
    /// Information Technology), for "Info Tech".
    unit_clips: word_keyed::WordKeyed<Vec<usize>>,
    /// One-word units' names clipped ("dev" of Development), each naming its one unit, for
    /// "Dev want a grant tracker".
    unit_word_clips: word_keyed::WordKeyed<usize>,
    /// Distinct first words long enough to match fuzzily, with their letter sets.
    fuzzy_firsts: fuzzy_firsts::FuzzyFirsts,
    /// Acronyms and distinctive words, each naming one investment.
    short: word_keyed::WordKeyed<usize>,
    /// The distinctive words by their first four letters, for "robot" → "robotics".
    short_stems: word_keyed::WordKeyed<Vec<String>>,
    /// Every investment's words, for names said with some of their words.
    inv_words: Vec<Vec<String>>,
    /// Investments by the first three letters of their first word, for "billing upgrade"
    /// (Billing Platform Upgrade) and "doc review" (Document Review AI).
    by_first3: word_keyed::WordKeyed<Vec<usize>>,
    /// Names of three or more words without their first word ("wi-fi upgrade" for "Campus
    /// wi-fi upgrade"), keyed by the word they start with.
    tails: word_keyed::WordKeyed<Vec<(Vec<String>, usize)>>,
    /// Names of four or more words without their first two when those left are all
    /// common words ("network refresh" for Makati Site Network Refresh): a name only with
    /// its first word said after them as the place ("network refresh in Makati").
    placed_tails: word_keyed::WordKeyed<Vec<(Vec<String>, usize)>>,
    /// The tails' first words long enough to be matched misspelt, with their letter sets.
    fuzzy_tail_firsts: Vec<(String, u32)>,
    /// Acronyms taking a letter from inside a compound word ("SOC" for Cybersecurity
    /// Operations Centre).
    compounds: super::compound_acronyms::CompoundAcronyms,
    /// Acronyms with letters from inside the name's words ("PdM").
    inner: super::name_variants::InnerAcronyms,
    /// Acronyms that name an investment only written as one ("EDW", "AML").
    caps_acronyms: word_keyed::WordKeyed<usize>,
    /// Product codes of letters and digits clipped after their first digits ("s4" of
    /// S/4HANA), each naming its one investment.
    clipped_codes: word_keyed::WordKeyed<usize>,
    /// "the WO system": two capitals of a name's first words before a kind of thing.
    kind_initials: super::name_variants::KindInitials,
    /// Vendors' products, each naming the one investment of its kind ("Workday").
    products: word_keyed::WordKeyed<usize>,
    /// Heads' roles, each naming the unit it heads ("cfo" → Finance).
    roles: Vec<(&'static str, usize)>,
    /// The first bytes `roles` open on, one bit each (round P63): a word opening on another
    /// is no role, told before the list is read ([`RoleFirsts::may_open`]).
    role_firsts: RoleFirsts,
    /// Kinds of thing ("platform") exactly one investment's name says, each naming it.
    kinds: word_keyed::WordKeyed<usize>,
    /// Each unit's one-word name and aliases in lower case, by unit (round P56).
    unit_one_words: Vec<Vec<String>>,
}

impl NameIndex {
    /// The last word of investment `inv`'s name, in lower case ("cameras" of Thermal Fire
    /// Cameras).
    pub(super) fn last_name_word(&self, inv: usize) -> Option<&str> {
        self.inv_words.get(inv)?.last().map(String::as_str)
    }

    /// Whether `word` (lower case) is one of investment `inv`'s name's words.
    pub(super) fn name_has_word(&self, inv: usize, word: &str) -> bool {
        self.inv_words
            .get(inv)
            .is_some_and(|ws| ws.iter().any(|w| w == word))
    }
}

/// The first bytes of a list of words, one bit each: a word opening on another byte (or
/// empty) is none of them.
#[derive(Default)]
struct RoleFirsts([u64; 4]);

impl RoleFirsts {
    fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> RoleFirsts {
        let mut bits = [0u64; 4];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                bits[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        RoleFirsts(bits)
    }

    /// Whether `word` opens on a byte one of the words opens on.
    #[inline(always)]
    fn may_open(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.0[usize::from(b / 64)] & (1 << (b % 64)) != 0)
    }
}
