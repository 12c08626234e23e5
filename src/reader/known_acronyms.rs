//! Well-known IT acronyms whose expansion the directory spells out in its own words: "EDW"
//! (enterprise data warehouse) for Data Warehouse Consolidation, "CRM" for Customer
//! Relationship Platform. The table is only matched against the directory's names, never
//! used to invent one: an acronym names an investment when its expansion's distinctive words
//! are all in that investment's name and in no other's. Initials of a name said without its
//! last word ("AML" for Anti-Money Laundering Monitoring, hyphenated parts counted), or of
//! its first three words or more ("RTW" for Right to Work Checks Automation), are found here
//! too, as both are acronyms that only count when written as one.

use rustc_hash::FxHashMap as HashMap;

/// Each acronym with the word sets its expansion may show in a name: all the words of one
/// set must be in the name. Words every expansion shares ("enterprise", "system",
/// "management" where another word says more) are left out, so "ERP" asks for "resource
/// planning", not "enterprise".
const KNOWN: &[(&str, &[&[&str]])] = &[
    ("edw", &[&["data", "warehouse"]]),
    ("dwh", &[&["data", "warehouse"]]),
    ("erp", &[&["resource", "planning"]]),
    ("crm", &[&["customer", "relationship"]]),
    (
        "hris",
        &[
            &["human", "resources", "information"],
            &["hr", "information"],
        ],
    ),
    ("hcm", &[&["human", "capital"]]),
    ("wms", &[&["warehouse", "management"]]),
    ("tms", &[&["transport", "management"]]),
    ("itsm", &[&["it", "service"], &["service", "desk"]]),
    ("iam", &[&["identity", "access"]]),
    ("pam", &[&["privileged", "access"]]),
    ("mdm", &[&["master", "data"], &["mobile", "device"]]),
    ("bi", &[&["business", "intelligence"]]),
    ("dms", &[&["document", "management"]]),
    ("ecm", &[&["content", "management"]]),
    ("cms", &[&["content", "management"]]),
    ("ehr", &[&["health", "record"], &["patient", "record"]]),
    ("emr", &[&["medical", "record"], &["patient", "record"]]),
    (
        "pacs",
        &[&["picture", "archiving"], &["imaging", "archive"]],
    ),
    ("pos", &[&["point", "sale"]]),
    ("epos", &[&["point", "sale"]]),
    ("siem", &[&["security", "event"]]),
    // A SOC is what a security monitoring service runs.
    (
        "soc",
        &[&["security", "operations"], &["security", "monitoring"]],
    ),
    ("lms", &[&["learning", "management"]]),
    (
        "rpa",
        &[&["process", "automation"], &["robotic", "automation"]],
    ),
    ("ivr", &[&["voice", "response"]]),
    // Voice over IP: the telephones a phone system upgrade puts in.
    ("voip", &[&["phone"], &["telephone"], &["telephony"]]),
    ("mes", &[&["manufacturing", "execution"]]),
    ("plm", &[&["product", "lifecycle"]]),
    ("scm", &[&["supply", "chain"]]),
    ("cmdb", &[&["configuration", "database"]]),
    ("sso", &[&["single", "sign"]]),
    ("mfa", &[&["multi", "factor"]]),
    ("vdi", &[&["virtual", "desktop"]]),
    ("gis", &[&["geographic"], &["geospatial"]]),
    ("lims", &[&["laboratory", "information"]]),
    ("eam", &[&["asset", "management"]]),
    ("cmms", &[&["maintenance", "management"]]),
    ("fms", &[&["fleet", "management"]]),
    ("ats", &[&["applicant", "tracking"]]),
    ("gl", &[&["general", "ledger"]]),
    ("pas", &[&["policy", "administration"]]),
    ("dr", &[&["disaster", "recovery"]]),
    (
        "edi",
        &[&["electronic", "interchange"], &["data", "interchange"]],
    ),
    ("ppm", &[&["portfolio", "management"]]),
    (
        "clm",
        &[&["contract", "lifecycle"], &["contract", "management"]],
    ),
    ("cpq", &[&["configure", "price"], &["quoting"]]),
    ("oms", &[&["order", "management"]]),
    ("qms", &[&["quality", "management"]]),
    ("pim", &[&["product", "information"]]),
    ("cdp", &[&["customer", "data"]]),
    ("grc", &[&["governance", "risk"]]),
    ("dlp", &[&["data", "loss"]]),
    (
        "edr",
        &[&["endpoint", "detection"], &["endpoint", "security"]],
    ),
    (
        "ehs",
        &[&["environment", "health"], &["environmental", "health"]],
    ),
    ("itam", &[&["it", "asset"]]),
    ("epm", &[&["performance", "management"]]),
    (
        "wfm",
        &[
            &["workforce", "management"],
            &["workforce", "scheduling"],
            &["workforce", "planning"],
        ],
    ),
];

/// Whether a name's word is the expansion's word, its plural or another ending of it
/// ("warehousing" for warehouse, "records" for record), or the word clipped ("admin" for
/// administration).
fn same_word(name_word: &str, word: &str) -> bool {
    name_word == word
        || name_word.strip_suffix('s') == Some(word)
        || (word.len() >= 6 && name_word.starts_with(&word[..word.len() - 1]))
        || (name_word.len() >= 4 && word.starts_with(name_word))
}

/// Everyday words for a kind of thing a name spells out ("the tills" for a point of sale) or
/// writes as its acronym ("Bar EPOS Refresh"), matched as the acronyms are: pointed at ("the
/// tills refresh"), never alone ("till March").
const PLAIN_WORDS: &[(&str, &[&[&str]])] = &[
    ("till", &[&["point", "sale"], &["epos"], &["pos"]]),
    ("tills", &[&["point", "sale"], &["epos"], &["pos"]]),
];

/// Acronyms, in lower case, that name one investment only when written as an acronym:
/// well-known acronyms whose expansion shares its words, and the initials of a name of three
/// or more words said without its last word. `inv_words` are each investment's words;
/// `taken` says whether a word already means something in the directory.
pub(super) fn caps_acronyms(
    inv_words: &[Vec<String>],
    taken: &dyn Fn(&str) -> bool,
) -> HashMap<String, usize> {
    let mut seen = super::names::OnlyOne::default();
    let mut add = |key: String, i: usize| seen.add(key, i);
    for (i, words) in inv_words.iter().enumerate() {
        for (acronym, sets) in KNOWN.iter().chain(PLAIN_WORDS) {
            let fits = sets
                .iter()
                .any(|set| set.iter().all(|w| words.iter().any(|n| same_word(n, w))));
            if fits {
                add(acronym.to_string(), i);
            }
        }
        if words.len() >= 3 {
            // "O2C" for Order-to-Cash Redesign: a small word as its digit or left out.
            // "RTW" for Right to Work Checks Automation: the initials of the name's first
            // three words or more, short of its last.
            let ends = (3..words.len() - 1).chain(std::iter::once(words.len() - 1));
            for initials in ends.flat_map(|end| super::names::acronyms_of(&words[..end])) {
                let letters = initials.chars().filter(|c| c.is_ascii_alphabetic()).count();
                if initials.len() >= 3
                    && letters >= 2
                    && initials.chars().all(|c| c.is_ascii_alphanumeric())
                {
                    add(initials, i);
                }
            }
        }
    }
    seen.into_map(|k| !taken(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(names: &[&str]) -> Vec<Vec<String>> {
        names
            .iter()
            .map(|n| {
                n.to_lowercase()
                    .split([' ', '-'])
                    .map(String::from)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn an_expansion_names_the_one_investment_with_its_words() {
        let invs = words(&[
            "Data Warehouse Consolidation",
            "Warehousing Management Upgrade",
            "Anti-Money Laundering Monitoring",
        ]);
        let found = caps_acronyms(&invs, &|_| false);
        assert_eq!(found.get("edw"), Some(&0));
        assert_eq!(found.get("wms"), Some(&1));
        assert_eq!(found.get("aml"), Some(&2));
        assert_eq!(found.get("erp"), None);
        // Two investments fit: neither is named.
        let two = words(&["Data Warehouse Consolidation", "Data Warehouse Cloud Move"]);
        assert_eq!(caps_acronyms(&two, &|_| false).get("edw"), None);
        // An acronym the directory already uses keeps its meaning there.
        assert_eq!(caps_acronyms(&invs, &|w| w == "edw").get("edw"), None);
    }
}
