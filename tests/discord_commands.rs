//! `/value` as Discord registers it, made from the command declarations: every limit
//! Discord documents holds, and filled-in options become the grammar's line.

use std::collections::BTreeMap;
use valuebridge::command::declarations::DECLARATIONS;
use valuebridge_discord::spec::{line, registration};

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn json() -> serde_json::Value {
    serde_json::to_value(registration(&DECLARATIONS)).unwrap()
}

/// Discord's pattern for names: `^[-_\p{L}\p{N}]{1,32}$`, lowercase where a letter has a
/// lowercase form.
fn valid_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=32).contains(&n)
        && name
            .chars()
            .all(|c| c == '-' || c == '_' || c.is_alphanumeric())
        && name.to_lowercase() == name
}

fn valid_description(d: &str) -> bool {
    (1..=100).contains(&d.chars().count())
}

fn text(v: &serde_json::Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Checks one option list (a command's or a subcommand's), adding the characters Discord
/// counts against the 8000 a command may have.
fn check_options(at: &str, options: &[serde_json::Value], total: &mut usize) {
    assert!(options.len() <= 25, "{at}: more than 25 options");
    let mut optional_seen = false;
    for o in options {
        let name = text(&o["name"]);
        let description = text(&o["description"]);
        let at = format!("{at} {name}");
        assert!(valid_name(name), "{at}: the name breaks Discord's pattern");
        assert!(
            valid_description(description),
            "{at}: description of {} characters",
            description.chars().count()
        );
        *total += name.chars().count() + description.chars().count();
        let kind = o["type"].as_u64().unwrap();
        if kind == 1 || kind == 2 {
            let subs = o["options"].as_array().cloned().unwrap_or_default();
            check_options(&at, &subs, total);
            continue;
        }
        let required = o["required"].as_bool().unwrap_or(false);
        assert!(
            !(required && optional_seen),
            "{at}: a required option after an optional one"
        );
        optional_seen |= !required;
        let choices = o["choices"].as_array().cloned().unwrap_or_default();
        assert!(choices.len() <= 25, "{at}: more than 25 choices");
        for c in &choices {
            let (n, v) = (text(&c["name"]), text(&c["value"]));
            assert!(
                (1..=100).contains(&n.chars().count()),
                "{at}: choice name {n}"
            );
            assert!(
                (1..=100).contains(&v.chars().count()),
                "{at}: choice value {v}"
            );
            *total += n.chars().count() + v.chars().count();
        }
    }
}

#[test]
fn the_registration_keeps_every_discord_limit() {
    let json = json();
    assert_eq!(json["name"], "value");
    assert!(valid_description(text(&json["description"])));
    let top = json["options"].as_array().unwrap();
    assert!(
        top.len() <= 25,
        "25 subcommands and groups at the top level"
    );
    assert_eq!(
        top.len(),
        DECLARATIONS.commands.len() + DECLARATIONS.groups.len()
    );
    let mut total = "value".len() + text(&json["description"]).chars().count();
    check_options("/value", top, &mut total);
    assert!(
        total <= 8000,
        "{total} characters; Discord allows 8000 for a command"
    );
    let connect = top.iter().find(|o| o["name"] == "connect").unwrap();
    assert_eq!(connect["type"], 2, "a subcommand group");
    assert_eq!(connect["options"][0]["type"], 1, "of subcommands");
}

#[test]
fn the_options_are_the_declared_fields() {
    let json = json();
    let top = json["options"].as_array().unwrap();
    for (name, decl) in DECLARATIONS.all() {
        let mut path = name.split(' ');
        let first = path.next().unwrap();
        let mut option = top.iter().find(|o| o["name"] == first).unwrap();
        if let Some(sub) = path.next() {
            option = option["options"]
                .as_array()
                .unwrap()
                .iter()
                .find(|o| o["name"] == sub)
                .unwrap();
        }
        let names: Vec<&str> = option["options"]
            .as_array()
            .map(|o| o.iter().map(|o| text(&o["name"])).collect())
            .unwrap_or_default();
        let declared: Vec<&str> = decl.fields.iter().map(|f| f.name).collect();
        assert_eq!(names, declared, "{name}");
    }
}

/// A subcommand, its options, and the line they make.
type Case = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

#[test]
fn options_become_the_grammar_line() {
    let cases: &[Case] = &[
        (
            "decide",
            &[
                ("investment", "CRM replacement"),
                ("verdict", "approve"),
                ("amount", "£250k"),
                ("because", "churn costs more"),
                ("review", "2027-06-30"),
            ],
            "decide \"CRM replacement\" approve amount:£250k review:2027-06-30 because churn costs more",
        ),
        (
            "invest",
            &[
                ("name", "CRM"),
                ("unit", "Finance & Risk"),
                ("cost", "£250k"),
                ("benefit", "£400k"),
                ("years", "3"),
                ("category", "transform"),
            ],
            "invest CRM unit:\"Finance & Risk\" cost:£250k benefit:£400k/yr years:3 category:transform",
        ),
        (
            "note",
            &[("unit", "Sales"), ("text", "Met the CFO"), ("tags", "crm, #renewal")],
            "note Sales: Met the CFO #crm #renewal",
        ),
        (
            "note",
            &[("unit", "Sales"), ("text", "pricing"), ("on", "yesterday")],
            "note Sales: pricing on:yesterday",
        ),
        (
            "unit",
            &[("name", "Finance"), ("aliases", "fin, money")],
            "unit add Finance alias fin alias money",
        ),
        ("subscriptions list", &[], "subscriptions"),
        ("subscriptions remove", &[("id", "SUB-2")], "unsubscribe SUB-2"),
        (
            "subscriptions add",
            &[("schedule", "daily 08:30"), ("posts", "follow-ups")],
            "subscribe follow-ups daily 08:30",
        ),
        (
            "subscriptions add",
            &[("schedule", "weekly mon 09:00"), ("posts", "digest"), ("period", "month")],
            "subscribe weekly mon 09:00 period:month",
        ),
        ("connect me-link", &[("code", "K7Q2M9XD")], "me link K7Q2M9XD"),
        ("connect me-link", &[], "me link"),
        (
            "connect token-create",
            &[("scope", "read"), ("label", "Power BI")],
            "api token create read \"Power BI\"",
        ),
        ("connect tokens", &[], "api tokens"),
        (
            "connect webhook-add",
            &[("url", "https://x.example/in"), ("events", "decision,benefit")],
            "webhook add https://x.example/in events:decision,benefit",
        ),
        ("connect announce", &[], "announce decisions in here"),
        (
            "chart",
            &[("kind", "benefits"), ("investment", "CRM replacement"), ("as_of", "2026-09-30")],
            "chart benefits \"CRM replacement\" as-of:2026-09-30",
        ),
        ("chart", &[("kind", "rag"), ("unit", "Sales")], "chart rag Sales"),
        ("dashboard", &[], "dashboard"),
        (
            "dashboard",
            &[("action", "link"), ("unit", "Finance & Risk")],
            "dashboard \"Finance & Risk\"",
        ),
        ("dashboard", &[("action", "links")], "dashboard links"),
        ("dashboard", &[("action", "revoke"), ("id", "LINK-2")], "dashboard revoke LINK-2"),
        (
            "restore",
            &[("id", "NOTE-1"), ("because", "right unit")],
            "restore NOTE-1 because right unit",
        ),
        (
            "follow-ups",
            &[("filter", "mine overdue unit:Sales")],
            "follow-ups mine overdue unit:Sales",
        ),
        ("retired-command", &[], "retired-command"),
    ];
    for (sub, values, expected) in cases {
        assert_eq!(line(&DECLARATIONS, sub, &args(values)), *expected, "{sub}");
    }
    assert_eq!(
        line(
            &DECLARATIONS,
            "benefit",
            &args(&[
                ("investment", "INV-1"),
                ("amount", "£1k"),
                ("evidence", "say \"hi\" now")
            ])
        ),
        "benefit INV-1 £1k evidence: say \"hi\" now"
    );
}

/// Discord's client will not send a command while a required option is empty, so a command
/// that opens a form when given nothing must register every option as optional; the grammar
/// still reports a missing field when some options are given.
#[test]
fn form_commands_can_be_sent_with_no_options() {
    let json = json();
    for (name, decl) in DECLARATIONS.all() {
        if decl.form.is_none() {
            continue;
        }
        let sub = json["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| text(&o["name"]) == name)
            .unwrap_or_else(|| panic!("/value {name} is registered"));
        for o in sub["options"].as_array().unwrap() {
            assert!(
                !o["required"].as_bool().unwrap_or(false),
                "/value {name}: option {} is required, so its form can never open",
                text(&o["name"])
            );
        }
    }
}
