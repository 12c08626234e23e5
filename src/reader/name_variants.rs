//! Other ways people say a directory name: a unit by the distinctive first word of its
//! name ("the Finance team" for Finance & Risk), a known synonym ("call centre" for contact
//! centre), British and American spellings ("center" for centre), a name's word said as its
//! verb ("e-file" for E-Filing) and acronyms with a letter from inside a word ("PdM" for
//! Predictive Maintenance).

use super::tokens::Token;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Words that are said for one another before the word that follows them (any word when
/// none are listed): "call centre" for "contact centre", "e-filing" for "online filing",
/// "e-lending" for "electronic lending". A small list of settled synonyms, not a thesaurus.
const SYNONYMS: &[(&str, &str, &[&str])] = &[
    ("contact", "call", &["centre", "center"]),
    ("online", "e", &[]),
    ("electronic", "e", &[]),
    // "e-signatures" for Digital Signatures.
    ("digital", "e", &[]),
];

/// A name's words with a synonym said for one of them ("call centre" for Contact Centre),
/// when the name has one.
pub(super) fn said_also(words: &[String]) -> Option<Vec<String>> {
    let at = words.windows(2).position(|p| {
        SYNONYMS.iter().any(|(w, _, before)| {
            p[0] == *w && (before.is_empty() || before.contains(&p[1].as_str()))
        })
    })?;
    let (_, other, _) = SYNONYMS.iter().find(|(w, _, _)| words[at] == *w)?;
    let mut out = words.to_vec();
    out[at] = other.to_string();
    Some(out)
}

/// Two words of a name that people say as one ("the rota tool" for Shift Planning Tool): a
/// small list of settled pairs, not a thesaurus.
const ONE_WORD_FOR: &[([&str; 2], &str)] = &[
    (["shift", "planning"], "rota"),
    (["shift", "scheduling"], "rota"),
];

/// A name's words with two of them said as one word ("rota tool" for "shift planning
/// tool"), when the name has such a pair.
pub(super) fn said_as_one(words: &[String]) -> Option<Vec<String>> {
    let (at, one) = words.windows(2).enumerate().find_map(|(k, p)| {
        ONE_WORD_FOR
            .iter()
            .find(|(two, _)| p[0] == two[0] && p[1] == two[1])
            .map(|(_, one)| (k, one))
    })?;
    let mut out = words[..at].to_vec();
    out.push(one.to_string());
    out.extend(words[at + 2..].iter().cloned());
    Some(out)
}

/// Words people say for a name's later word, the kind of work it is ("the cloud move" for
/// Cloud Migration, "server swap" for Server Replacement). A small list of settled
/// synonyms, matched only after the name's earlier words.
const WORK_SYNONYMS: &[(&str, &[&str])] = &[
    ("migration", &["move", "transition", "migrate", "shift"]),
    ("replacement", &["swap", "replace", "swapout", "changeover"]),
    ("rollout", &["deployment", "roll"]),
    ("deployment", &["rollout"]),
    ("refresh", &["upgrade", "renewal"]),
    ("upgrade", &["refresh", "uplift"]),
    ("modernization", &["upgrade", "modernize", "modernise"]),
    ("modernisation", &["upgrade", "modernize", "modernise"]),
    ("implementation", &["rollout", "deployment"]),
    ("consolidation", &["merge", "merger"]),
    ("pilot", &["trial"]),
    ("trial", &["pilot"]),
    ("renewal", &["renew"]),
    ("cctv", &["cameras", "camera"]),
    ("rostering", &["rota", "rotas", "roster"]),
    // "the eligibility bot" for Insurance Eligibility Automation.
    ("automation", &["bot", "bots"]),
];

/// Whether a message word is a settled synonym of a name's later word.
pub(super) fn said_for(word: &str, name_word: &str) -> bool {
    WORK_SYNONYMS
        .iter()
        .any(|(w, others)| *w == name_word && others.contains(&word))
}

/// "Exporting" for the unit Export: a one-word name said as its gerund.
pub(super) fn gerund_of(word: &str, name_word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    name_word.len() >= 4 && (stem == name_word || name_word.strip_suffix('e') == Some(stem))
}

/// "center" for "centre", "theater" for "theatre": the same word in the other spelling;
/// "elevator" for "lift": the American word for the British one.
pub(super) fn other_spelling(word: &str, name_word: &str) -> bool {
    let us = |w: &str| w.strip_suffix("tre").map(|s| format!("{s}ter"));
    let spelt = word.len() >= 5
        && (us(word).as_deref() == Some(name_word) || us(name_word).as_deref() == Some(word));
    spelt || british_for(word) == Some(name_word)
}

/// American words and the British words names use for the same thing: a small list of
/// settled pairs, not a thesaurus.
const AMERICAN_WORDS: &[(&str, &str)] = &[
    ("elevator", "lift"),
    ("elevators", "lifts"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("catalog", "catalogue"),
    ("tire", "tyre"),
    ("tires", "tyres"),
    ("aluminum", "aluminium"),
    ("truck", "lorry"),
    ("trucks", "lorries"),
    ("sidewalk", "pavement"),
    ("sidewalks", "pavements"),
];

/// The British word for an American one ("lift" for "elevator"), when the pair is settled.
pub(super) fn british_for(word: &str) -> Option<&'static str> {
    AMERICAN_WORDS
        .iter()
        .find(|(us, _)| *us == word)
        .map(|(_, uk)| *uk)
}

/// British phrases of two words names use and the American phrases said for them.
const AMERICAN_PHRASES: &[([&str; 2], [&str; 2])] = &[
    (["car", "park"], ["parking", "lot"]),
    (["car", "parks"], ["parking", "lots"]),
];

/// A name's words with an American phrase said for a British one ("parking lot plate
/// readers" for Car Park Number Plate Recognition), when the name has one.
pub(super) fn said_in_american(words: &[String]) -> Option<Vec<String>> {
    let (at, us) = words.windows(2).enumerate().find_map(|(k, p)| {
        AMERICAN_PHRASES
            .iter()
            .find(|(uk, _)| p[0] == uk[0] && p[1] == uk[1])
            .map(|(_, us)| (k, us))
    })?;
    let mut out = words.to_vec();
    out[at] = us[0].to_string();
    out[at + 1] = us[1].to_string();
    Some(out)
}

/// Heads' roles and the words of the unit each heads: "the CFO's team" is Finance.
const ROLES: &[(&str, &[&str])] = &[
    ("cfo", &["finance", "financial", "accounts", "treasury"]),
    ("fd", &["finance", "financial", "accounts"]),
    ("cio", &["it", "technology", "information", "digital"]),
    ("cto", &["technology", "it"]),
    ("chro", &["hr", "people", "human"]),
    ("cmo", &["marketing"]),
    ("coo", &["operations", "ops"]),
    ("ciso", &["security", "cyber"]),
];

/// The unit a head's role names, by the words of the units' names and aliases
/// (`unit_names[u]` is unit `u`'s names, each as words): the first of the role's words
/// that only one unit has.
pub(super) fn role_units(unit_names: &[Vec<Vec<String>>]) -> Vec<(&'static str, usize)> {
    let mut out = Vec::new();
    for (role, words) in ROLES {
        let found = words.iter().find_map(|w| {
            let mut having = unit_names
                .iter()
                .enumerate()
                .filter(|(_, names)| names.iter().flatten().any(|n| n == w));
            match (having.next(), having.next()) {
                (Some((u, _)), None) => Some(u),
                _ => None,
            }
        });
        if let Some(u) = found {
            out.push((*role, u));
        }
    }
    out
}

/// "file" for "filing", "schedule" for "scheduling": a later word of a name said as the verb
/// it is made from.
pub(super) fn verb_of(word: &str, name_word: &str) -> bool {
    let Some(stem) = name_word.strip_suffix("ing") else {
        return false;
    };
    word.len() >= 3 && (word == stem || word.strip_suffix('e') == Some(stem))
}

/// Units' first words that name them: the first word of a unit's name of two or more words
/// ("finance" of Finance & Risk), when no other unit and no investment has that word and it
/// "County Finance", "City Treasury", "Group IT": an alias whose first word is the
/// organisation itself or its tier of government. That word alone ("the county board
/// voted…", "city council") is the organisation, not the unit.
const TIERS: &[&str] = &[
    "county",
    "city",
    "state",
    "federal",
    "council",
    "borough",
    "district",
    "municipal",
    "town",
    "parish",
    "group",
    "corporate",
    "national",
    "provincial",
    "regional",
];

/// is not a common word.
pub(super) fn unit_first_words(
    unit_names: &[Vec<Vec<String>>],
    investment_words: &[Vec<String>],
    common: &[&str],
) -> Vec<(String, usize)> {
    let mut owners: HashMap<&str, HashSet<usize>> = HashMap::default();
    for (u, names) in unit_names.iter().enumerate() {
        for w in names.iter().flatten() {
            owners.entry(w).or_default().insert(u);
        }
    }
    let in_investments: HashSet<&str> = investment_words
        .iter()
        .flatten()
        .map(|w| w.as_str())
        .collect();
    let mut out = Vec::new();
    for (u, names) in unit_names.iter().enumerate() {
        for words in names.iter().filter(|w| w.len() >= 2) {
            let first = words[0].as_str();
            let distinctive = first.len() >= 4
                && first.chars().all(|c| c.is_alphabetic())
                && !common.contains(&first)
                && !TIERS.contains(&first)
                && !in_investments.contains(first)
                && owners.get(first).is_some_and(|o| o.len() == 1)
                && !names.iter().any(|n| n.len() == 1 && n[0] == first);
            if distinctive && !out.iter().any(|(w, _)| w == first) {
                out.push((first.to_string(), u));
            }
        }
    }
    out
}

/// Words after a team's name that say it is the team: "the finance team".
pub(super) const TEAM_WORDS: &[&str] = &[
    "team",
    "teams",
    "folks",
    "people",
    "colleagues",
    "side",
    "lead",
    "leads",
    "dept",
    "department",
    "guys",
    "crew",
];

/// "the budget is tight", "over budget again": a unit's one-word name or alias written in
/// lower case after an article or "over" / "under" / "within", the ordinary word rather than
/// the team, unless a word after it says it is a team ("the finance team") or the team's
/// kind of thing ("the haulage contract"). `start..end` is the match.
pub(super) fn said_as_ordinary_word(text: &str, toks: &[Token], start: usize, end: usize) -> bool {
    if end != start + 1 || start == 0 {
        return false;
    }
    // "the iGaming team": a capital anywhere in the word writes it as a name.
    let lower = !text[toks[start].start..toks[start].end]
        .chars()
        .any(char::is_uppercase);
    let before = toks[start - 1].lower.as_str();
    let article = matches!(
        before,
        "the" | "a" | "an" | "our" | "their" | "its" | "this"
    );
    let measure = matches!(before, "over" | "under" | "within" | "on");
    let team = toks
        .get(end)
        .is_some_and(|t| TEAM_WORDS.contains(&t.lower.as_str()));
    // "renewed the haulage contract": the unit's word before a kind of thing says whose
    // thing it is.
    let whose = article
        && toks
            .get(end)
            .is_some_and(|t| KIND_NOUNS.contains(&t.lower.as_str()));
    lower && !team && !whose && (article || measure)
}

/// "for the Fancy Food Show": a single word inside a run of words written with capitals,
/// after one that does not open its clause and before another, is a word of that proper
/// name (an event, a place), not the name found there. `start..end` is the match.
pub(super) fn inside_a_title(text: &str, toks: &[Token], start: usize, end: usize) -> bool {
    let capital = |t: &Token| t.is_word() && text[t.start..].starts_with(char::is_uppercase);
    end == start + 1
        && start >= 2
        && capital(&toks[start - 1])
        && !toks[start - 2].is_break()
        && toks.get(end).is_some_and(capital)
}

/// Whether a unit's name at `start`, inside a follow-up's task, names the work ("the
/// iGaming testing", "the Finance numbers") rather than whom to ask ("check with Finance",
/// "send HR the plan", "send it to the DSI"): it follows "the" or "our", not after a word
/// saying whom.
pub(super) fn names_the_work(toks: &[Token], start: usize) -> bool {
    // "send the planning to the DSI", "check with the Finance team": whom, not the work.
    let whom = start >= 2
        && matches!(
            toks[start - 2].lower.as_str(),
            "to" | "with" | "from" | "cc" | "ask" | "tell"
        );
    start > 0 && matches!(toks[start - 1].lower.as_str(), "the" | "our") && !whom
}

/// Nouns that say what kind of thing a name is: the head of a name's phrase.
const KIND_NOUNS: &[&str] = &[
    "app",
    "apps",
    "portal",
    "bot",
    "chatbot",
    "dashboard",
    "kiosk",
    "kiosks",
    "website",
    "site",
    "module",
    "engine",
    "database",
    "hub",
    "scanner",
    "scanners",
    "sensor",
    "sensors",
    "robot",
    "robots",
    "tablet",
    "tablets",
    "laptop",
    "laptops",
    "device",
    "devices",
    "camera",
    "cameras",
    "printer",
    "printers",
    "screen",
    "screens",
    "terminal",
    "terminals",
    "lane",
    "lanes",
    "service",
    "course",
    "survey",
    "campaign",
    "contract",
    "licence",
    "license",
    "hotline",
    "helpline",
];

/// Whether a word says what kind of thing a name is: a noun of a kind of thing ("app",
/// "kiosk") or a word names add freely ("tool", "system").
pub(super) fn kind_word(word: &str) -> bool {
    KIND_NOUNS.contains(&word) || super::names::GENERIC.contains(&word)
}

/// Words a name adds for the work done on the thing it is about ("Timekeeping Replacement",
/// "Bottling Upgrade").
const WORK_ON: &[&str] = &[
    "replacement",
    "upgrade",
    "refresh",
    "rollout",
    "migration",
    "renewal",
    "implementation",
    "deployment",
    "modernisation",
    "modernization",
    "overhaul",
    "expansion",
];

/// Whether the word says the work done on a thing ("migration", "upgrade"), not a thing.
pub(super) fn work_on(word: &str) -> bool {
    WORK_ON.contains(&word)
}

/// Whether `word` is all a name says besides the work done on it ("timekeeping" for
/// Timekeeping Replacement): the word is then the whole thing the name is about, and what
/// follows it ("timekeeping badge readers") is a part of that thing.
pub(super) fn all_but_the_work(name_words: &[String], word: &str) -> bool {
    name_words.len() >= 2
        && name_words.iter().filter(|w| *w == word).count() == 1
        && name_words.iter().all(|w| w == word || work_on(w))
}

/// "the bilingual onboarding app" against Bilingual Chatbot: a name's word that is not its
/// last (a describing word) followed, within two words that are not the name's, by a noun of
/// another kind of thing than the name's, names that other thing. Words names add or drop
/// freely ("system", "platform") say nothing of the kind. `name_words` are the name's words;
/// `end` is the token after the word; more of the name's words from there are passed over.
pub(super) fn another_thing_after(toks: &[Token], end: usize, name_words: &[String]) -> bool {
    // "car park payment kiosks": the name's own words said on ("park") are passed over.
    let after: Vec<&Token> = toks[end.min(toks.len())..]
        .iter()
        .skip_while(|t| t.is_word() && name_words.contains(&t.lower))
        .take(2)
        .take_while(|t| t.is_word() && !name_words.contains(&t.lower))
        .collect();
    // "the ticketing contract", "the barcode scanner quotations": the papers of buying the
    // name's thing (or a part of it) are about that thing, not another.
    if after
        .iter()
        .any(|t| PAPERS_OF_BUYING.contains(&t.lower.as_str()))
    {
        return false;
    }
    // "the new clubhouse AV system" against Clubhouse Wi-Fi Refresh: a word of neither
    // name nor kind (nor a name word's abbreviation: "case mgmt system"), then a word names
    // add freely, says what other system it is; not against a name that adds such a word
    // itself ("crew rosta tool" for Crew Rostering System).
    let generic = |w: &str| super::names::GENERIC.contains(&w);
    let other_system = after.len() == 2
        && !kind_word(&after[0].lower)
        && super::names::expanded(&after[0].lower) == after[0].lower
        && generic(&after[1].lower)
        && !name_words.iter().any(|w| generic(w));
    other_system
        || after.iter().any(|t| {
            // "the eligibility bot" for Insurance Eligibility Automation: a settled word
            // for the name's own kind is no other thing.
            KIND_NOUNS.contains(&t.lower.as_str())
                && !name_words
                    .iter()
                    .any(|w| w.ends_with(t.lower.as_str()) || said_for(&t.lower, w))
        })
}

/// The papers and steps of buying a thing: said after a name's word, they are about it.
const PAPERS_OF_BUYING: &[&str] = &[
    "contract",
    "contracts",
    "quote",
    "quotes",
    "quotation",
    "quotations",
    "invoice",
    "invoices",
    "tender",
    "pricing",
    "renewal",
    "po",
];

/// Acronyms written with a letter from inside a word ("PdM" for Predictive Maintenance,
/// "SaaS" for Software as a Service): each of the name's words gives its initial and maybe
/// letters from inside it, in order. Only for words written in capitals (`Token::caps`).
pub(super) struct InnerAcronyms {
    /// Investments of two to four words, by their first letter.
    by_initial: HashMap<char, Vec<usize>>,
}

impl InnerAcronyms {
    pub(super) fn new(inv_words: &[Vec<String>]) -> InnerAcronyms {
        let mut by_initial: HashMap<char, Vec<usize>> = HashMap::default();
        for (i, words) in inv_words.iter().enumerate() {
            if (2..=4).contains(&words.len()) {
                if let Some(c) = words[0].chars().next() {
                    by_initial.entry(c).or_default().push(i);
                }
            }
        }
        InnerAcronyms { by_initial }
    }

    /// The one investment the lower-cased acronym `word` stands for with letters from
    /// inside its words, when exactly one fits (with or without a generic last word).
    pub(super) fn at(
        &self,
        word: &str,
        inv_words: &[Vec<String>],
        generic: &[&str],
    ) -> Option<usize> {
        let letters: Vec<char> = word.chars().collect();
        if !(3..=6).contains(&letters.len()) || !letters.iter().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let mut found = None;
        for &inv in self.by_initial.get(&letters[0])? {
            let words = &inv_words[inv];
            let mut bare = words.as_slice();
            while bare.len() > 2 && bare.last().is_some_and(|w| generic.contains(&w.as_str())) {
                bare = &bare[..bare.len() - 1];
            }
            let fits = |ws: &[String]| letters.len() > ws.len() && spells(&letters, ws);
            if fits(words) || fits(bare) {
                if found.is_some_and(|f| f != inv) {
                    return None;
                }
                found = Some(inv);
            }
        }
        found
    }
}

/// Whether `letters` are each of `words`' initials, in order, each maybe followed by
/// letters found later in the same word, in order.
fn spells(letters: &[char], words: &[String]) -> bool {
    let Some((word, rest_words)) = words.split_first() else {
        return letters.is_empty();
    };
    let Some((&initial, rest)) = letters.split_first() else {
        return false;
    };
    if !word.starts_with(initial) {
        return false;
    }
    let inside = &word[initial.len_utf8()..];
    // Take k letters from inside this word, then the rest from the next words.
    (0..=rest.len()).any(|k| {
        let mut from = inside;
        rest[..k].iter().all(|&c| match from.find(c) {
            Some(at) => {
                from = &from[at + c.len_utf8()..];
                true
            }
            None => false,
        }) && spells(&rest[k..], rest_words)
    })
}

/// "the WO system" for Work Order Management, "the AP bot" for Accounts Payable
/// Automation: the two capitals of a name's first two words, when its other words only say
/// what kind of work it is, before a word saying what kind of thing it is. Two capitals
/// alone are too often a person's initials ("AP to circulate …") to name anything.
pub(super) struct KindInitials(HashMap<String, usize>);

impl KindInitials {
    /// `common` are the words that only say the kind of work ("management", "automation");
    /// `taken` says whether the initials already mean something in the directory.
    pub(super) fn new(
        inv_words: &[Vec<String>],
        common: &[&str],
        taken: &dyn Fn(&str) -> bool,
    ) -> KindInitials {
        let mut seen = super::names::OnlyOne::default();
        for (i, words) in inv_words.iter().enumerate() {
            if words.len() < 3 || !words[2..].iter().all(|w| common.contains(&w.as_str())) {
                continue;
            }
            let initials: String = words[..2].iter().filter_map(|w| w.chars().next()).collect();
            if initials.len() == 2 && initials.chars().all(|c| c.is_ascii_alphabetic()) {
                seen.add(initials, i);
            }
        }
        KindInitials(seen.into_map(|k| !taken(k)))
    }

    /// The investment the two capitals at `i` name and the end of the match, the kind word
    /// included: a name's later word, a word names add freely or a noun of a kind of thing.
    pub(super) fn at(
        &self,
        toks: &[Token],
        i: usize,
        inv_words: &[Vec<String>],
        generic: &[&str],
    ) -> Option<(usize, usize)> {
        let t = &toks[i];
        if !t.caps || t.lower.len() != 2 {
            return None;
        }
        let inv = *self.0.get(&t.lower)?;
        let kind = toks.get(i + 1).filter(|n| n.is_word())?;
        let kind_word = |w: &str| {
            inv_words[inv][2..].iter().any(|n| n == w)
                || generic.contains(&w)
                || KIND_NOUNS.contains(&w)
        };
        kind_word(&kind.lower).then_some((inv, i + 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn inner_acronyms_spell_every_word_in_order() {
        let invs = vec![
            words("predictive maintenance platform"),
            words("software as service"),
            words("payroll migration"),
        ];
        let idx = InnerAcronyms::new(&invs);
        let generic = ["platform"];
        assert_eq!(idx.at("pdm", &invs, &generic), Some(0));
        assert_eq!(idx.at("pdmp", &invs, &generic), Some(0));
        assert_eq!(
            idx.at("pm", &invs, &generic),
            None,
            "plain initials are found elsewhere"
        );
        assert_eq!(
            idx.at("pmp", &invs, &generic),
            None,
            "plain initials are found elsewhere"
        );
        assert_eq!(idx.at("pxm", &invs, &generic), None);
        assert_eq!(idx.at("saas", &invs, &generic), Some(1));
        assert_eq!(idx.at("pym", &invs, &generic), Some(2));
    }

    #[test]
    fn spellings_synonyms_and_verbs() {
        assert!(other_spelling("center", "centre"));
        assert!(other_spelling("centre", "center"));
        assert!(!other_spelling("centre", "centres"));
        assert!(verb_of("file", "filing"));
        assert!(verb_of("schedule", "scheduling"));
        assert!(!verb_of("fil", "filling"));
        assert_eq!(
            said_also(&words("contact center cloud migration")),
            Some(words("call center cloud migration"))
        );
        assert_eq!(said_also(&words("contact tracing")), None);
    }
}
