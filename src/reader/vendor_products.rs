//! Well-known vendors' products people name an investment by ("the Workday rollout" for HR
//! System Replacement, "Salesforce" for CRM Replacement). Like the known acronyms, the table
//! is only matched against the directory's names, never used to invent one: a product names
//! an investment when the words of its kind are all in that investment's name and in no
//! other's.

use rustc_hash::FxHashMap as HashMap;

/// Each product, in lower case, with the word sets a name of its kind may show: all the
/// words of one set must be in the name.
const PRODUCTS: &[(&str, &[&[&str]])] = &[
    (
        "workday",
        &[&["hr"], &["human", "resources"], &["hcm"], &["payroll"]],
    ),
    (
        "successfactors",
        &[&["hr"], &["human", "resources"], &["hcm"]],
    ),
    ("salesforce", &[&["crm"], &["customer", "relationship"]]),
    ("hubspot", &[&["crm"], &["customer", "relationship"]]),
    (
        "servicenow",
        &[&["itsm"], &["service", "desk"], &["service", "management"]],
    ),
    ("sap", &[&["erp"], &["resource", "planning"]]),
    ("oracle", &[&["erp"], &["resource", "planning"]]),
    ("netsuite", &[&["erp"], &["resource", "planning"]]),
    (
        "cerner",
        &[
            &["ehr"],
            &["epr"],
            &["patient", "record"],
            &["health", "record"],
        ],
    ),
    ("tableau", &[&["bi"], &["business", "intelligence"]]),
    ("okta", &[&["sso"], &["iam"], &["identity"]]),
    ("coupa", &[&["procure", "pay"], &["procurement"]]),
    ("ariba", &[&["procure", "pay"], &["procurement"]]),
    ("moodle", &[&["lms"], &["learning", "management"]]),
    (
        "yardi",
        &[&["lease"], &["leasing"], &["property", "management"]],
    ),
    ("concur", &[&["expense"], &["expenses"]]),
    // Airlines' passenger service (reservations and departure control) systems.
    (
        "navitaire",
        &[&["passenger", "service"], &["pss"], &["reservations"]],
    ),
    (
        "amadeus",
        &[&["passenger", "service"], &["pss"], &["reservations"]],
    ),
    (
        "sabre",
        &[&["passenger", "service"], &["pss"], &["reservations"]],
    ),
    // Web shop platforms.
    (
        "shopify",
        &[
            &["web", "shop"],
            &["webshop"],
            &["online", "shop"],
            &["online", "store"],
            &["ecommerce"],
        ],
    ),
    (
        "magento",
        &[&["web", "shop"], &["webshop"], &["online", "shop"]],
    ),
    // Staff scheduling: rotas and rosters.
    (
        "planday",
        &[
            &["rota"],
            &["rostering"],
            &["roster"],
            &["shift", "planning"],
        ],
    ),
    (
        "quinyx",
        &[
            &["rota"],
            &["rostering"],
            &["roster"],
            &["shift", "planning"],
        ],
    ),
    (
        "kronos",
        &[
            &["timekeeping"],
            &["workforce", "management"],
            &["time", "attendance"],
        ],
    ),
    (
        "ukg",
        &[
            &["timekeeping"],
            &["workforce", "management"],
            &["time", "attendance"],
        ],
    ),
    // Payroll services and HR systems.
    ("adp", &[&["payroll"]]),
    ("bamboohr", &[&["hr"], &["hris"], &["human", "resources"]]),
    // Contract lifecycle management.
    ("ironclad", &[&["contract", "management"], &["clm"]]),
    ("icertis", &[&["contract", "management"], &["clm"]]),
    // E-signature.
    ("docusign", &[&["signature"], &["esignature"], &["signing"]]),
    // Service desks and contact centres.
    (
        "zendesk",
        &[&["service", "desk"], &["helpdesk"], &["help", "desk"]],
    ),
    (
        "genesys",
        &[
            &["contact", "centre"],
            &["contact", "center"],
            &["call", "centre"],
            &["call", "center"],
        ],
    ),
    // Endpoint protection, device management and security monitoring.
    ("crowdstrike", &[&["endpoint"], &["edr"]]),
    ("sentinelone", &[&["endpoint"], &["edr"]]),
    ("intune", &[&["mdm"], &["device", "management"]]),
    ("splunk", &[&["siem"], &["security", "event"]]),
    // Asset and maintenance management.
    (
        "maximo",
        &[
            &["asset", "management"],
            &["eam"],
            &["cmms"],
            &["maintenance", "management"],
        ],
    ),
    // Finance: close, reconciliation and planning.
    ("blackline", &[&["reconciliation"], &["financial", "close"]]),
    ("anaplan", &[&["financial", "planning"], &["budgeting"]]),
    // Accounting packages ("the Sage upgrade"): a finance system or ledger.
    (
        "sage",
        &[
            &["accounting"],
            &["finance", "system"],
            &["financial", "system"],
            &["ledger"],
            &["financials"],
        ],
    ),
    (
        "xero",
        &[&["accounting"], &["finance", "system"], &["ledger"]],
    ),
    (
        "quickbooks",
        &[&["accounting"], &["finance", "system"], &["ledger"]],
    ),
    // Trade software said by its product's name: field-service dispatch, a clinic's
    // practice management, a holiday park's bookings, solar system design.
    // (Not "field service": a39's "Field service platform" is named by its alias only.)
    ("servicetitan", &[&["dispatch"], &["job", "management"]]),
    (
        "cliniko",
        &[
            &["practice", "software"],
            &["practice", "management"],
            &["clinic", "software"],
        ],
    ),
    ("newbook", &[&["booking"], &["bookings"], &["reservations"]]),
    ("aurora", &[&["design", "software"], &["solar", "design"]]),
    // The trades' own kit and software said by its maker's name: system scaffold, a welding
    // cell, a dental practice's software, a salon's bookings, card terminals.
    ("layher", &[&["system", "scaffold"], &["scaffold", "stock"]]),
    ("fronius", &[&["welder"], &["welding"]]),
    (
        "dentrix",
        &[&["practice", "management"], &["dental", "software"]],
    ),
    ("phorest", &[&["booking"], &["salon", "software"]]),
    (
        "dojo",
        &[
            &["card", "terminals"],
            &["card", "terminal"],
            &["payment", "terminals"],
            &["card", "machines"],
        ],
    ),
    // More of the trades' software and services said by the product's name: payroll, a
    // satellite link, a childcare centre's software, a marina's management system.
    ("paylocity", &[&["payroll"]]),
    (
        "starlink",
        &[&["satellite", "internet"], &["satellite", "broadband"]],
    ),
    ("nurtura", &[&["childcare", "software"]]),
    ("berthwise", &[&["marina", "management"]]),
    // Products whose names are everyday words (round B68): a staff-rostering app, donor
    // CRMs. Taken only where the product is pointed at, or written with its capital before
    // a lower-case word of what it has or does ("Deputy pilot", "Allegiance export").
    (
        "deputy",
        &[
            &["rota"],
            &["rostering"],
            &["roster"],
            &["shift", "planning"],
        ],
    ),
    // Payday, the Icelandic payroll and invoicing service (round B68).
    ("payday", &[&["accounting"], &["payroll"], &["invoicing"]]),
    (
        "allegiance",
        &[
            &["donor", "crm"],
            &["donor", "management"],
            &["fundraising", "crm"],
        ],
    ),
    (
        "virtuous",
        &[
            &["donor", "crm"],
            &["donor", "management"],
            &["fundraising", "crm"],
        ],
    ),
    // Data platforms.
    (
        "snowflake",
        &[&["data", "warehouse"], &["data", "platform"]],
    ),
    ("databricks", &[&["data", "platform"], &["lakehouse"]]),
];

/// Words said after a product that make it the name of the work ("the Workday rollout",
/// "Salesforce go-live"), besides the words names add freely.
const WORK_WORDS: &[&str] = &[
    "rollout",
    "implementation",
    "migration",
    "upgrade",
    "go",
    "deployment",
    "renewal",
    "licence",
    "licences",
    "license",
    "licenses",
    "interface",
    "module",
    "cutover",
    "build",
];

/// Whether the word after a product says it is the work being done.
#[inline]
pub(super) fn work_word(word: &str) -> bool {
    // (Asked of the word after most names' words.)
    static SET: crate::reader::tokens::WordSet = crate::reader::tokens::WordSet::new(WORK_WORDS);
    SET.holds_word(word)
}

/// Words after a product's name, written with its capital, that make it someone (a role)
/// rather than the product ("Deputy head", "Deputy manager").
const ROLE_WORDS: &[&str] = &[
    "head",
    "principal",
    "manager",
    "director",
    "chief",
    "commissioner",
    "premier",
    "mayor",
    "sheriff",
    "minister",
    "chair",
    "lead",
    "editor",
    "governor",
    "registrar",
    "clerk",
];

/// Whether the word after the product at `i` is a role ("Deputy head", "Deputy
/// Commissioner"): the product's word is then someone's title, not the product.
pub(super) fn role_after(toks: &[crate::reader::tokens::Token], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|n| ROLE_WORDS.contains(&n.lower.as_str()))
}

/// "Deputy pilot in the Brisbane clubs cut overtime …", "Allegiance export still failing",
/// "3 more Deputy kiosks" (round B68): the product at `i` written with its capital (not in
/// capitals) before a lower-case word of four letters or more that is no role: the thing of
/// the product's.
pub(super) fn product_before_its_noun(toks: &[crate::reader::tokens::Token], i: usize) -> bool {
    let t = &toks[i];
    t.capital
        && !t.caps
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.capital
                && n.lower.len() >= 4
                && n.lower.chars().all(char::is_alphabetic)
        })
        && !role_after(toks, i)
}

/// "@Einar the invoices from Payday are not going out" (round B68): the product at `i`
/// written with its capital after "from" / "in" / "on" / "into" mid-sentence, where an
/// everyday word would be in lower case: the product the work is in.
pub(super) fn product_named_after_from(toks: &[crate::reader::tokens::Token], i: usize) -> bool {
    let t = &toks[i];
    i > 1
        && t.capital
        && !t.caps
        && matches!(toks[i - 1].lower.as_str(), "from" | "in" | "on" | "into")
        && toks[i - 2].is_word()
        && !role_after(toks, i)
}

/// Products, in lower case, each naming the one investment of its kind. `inv_words` are each
/// investment's words; `taken` says whether a word already means something in the directory.
pub(super) fn products(
    inv_words: &[Vec<String>],
    taken: &dyn Fn(&str) -> bool,
) -> HashMap<String, usize> {
    let mut seen = super::names::OnlyOne::default();
    for (i, words) in inv_words.iter().enumerate() {
        for (product, sets) in PRODUCTS {
            let fits = sets
                .iter()
                .any(|set| set.iter().all(|w| words.iter().any(|n| n == w)));
            // "Workday Rollout" in the directory is named by its own words.
            if fits && !words.iter().any(|n| n == product) {
                seen.add(product.to_string(), i);
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
            .map(|n| n.to_lowercase().split(' ').map(String::from).collect())
            .collect()
    }

    #[test]
    fn a_product_names_the_one_investment_of_its_kind() {
        let invs = words(&["HR System Replacement", "ERP Upgrade", "ERP Data Cleanse"]);
        let found = products(&invs, &|_| false);
        assert_eq!(found.get("workday"), Some(&0));
        // Two investments of the kind: the product names neither.
        assert_eq!(found.get("sap"), None);
        assert_eq!(found.get("salesforce"), None);
    }
}
