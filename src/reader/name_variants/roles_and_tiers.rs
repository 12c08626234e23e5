//! Roles that stand for units, a name's word said as a verb, tiers, a unit's first words
//! and the words for a team.

use super::*;

/// Heads' roles and the words of the unit each heads: "the CFO's team" is Finance.
pub(super) const ROLES: &[(&str, &[&str])] = &[
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
pub(in crate::reader) fn role_units(unit_names: &[Vec<Vec<String>>]) -> Vec<(&'static str, usize)> {
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
pub(in crate::reader) fn verb_of(word: &str, name_word: &str) -> bool {
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
pub(super) const TIERS: &[&str] = &[
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
pub(in crate::reader) fn unit_first_words(
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
pub(in crate::reader) const TEAM_WORDS: &[&str] = &[
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

/// "The harbour master is asking …", "from the patrols committee": a unit's head or body,
/// named by the unit's word, speaks for the unit (not when something is only sent to it:
/// "send the numbers to the livestock committee").
pub(in crate::reader) const BODY_WORDS: &[&str] = &["manager", "master", "committee", "panel"];
