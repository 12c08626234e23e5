//! The `/value` application command: one subcommand per command of the grammar, with typed
//! options, and the translation of a filled-in command back to the grammar's line, so
//! Discord runs exactly what every other platform runs. Discord allows 25 options at the
//! top level, so related commands are grouped (`/value subscriptions add`, `/value connect
//! me-link`); a grouped subcommand is named `group sub` in [`line`].

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};
use std::collections::BTreeMap;

/// What an autocompleted option suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggest {
    Unit,
    Investment,
}

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Text,
    Integer,
    Choice(&'static [&'static str]),
}

#[derive(Debug)]
pub struct Opt {
    pub name: &'static str,
    pub description: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub suggest: Option<Suggest>,
}

/// A subcommand group: `/value <group> <sub>`.
#[derive(Debug)]
pub struct Group {
    pub name: &'static str,
    pub description: &'static str,
    pub subs: &'static [Sub],
}

#[derive(Debug)]
pub struct Sub {
    pub name: &'static str,
    pub description: &'static str,
    pub options: &'static [Opt],
}

const fn req(name: &'static str, description: &'static str) -> Opt {
    Opt {
        name,
        description,
        kind: Kind::Text,
        required: true,
        suggest: None,
    }
}

const fn opt(name: &'static str, description: &'static str) -> Opt {
    Opt {
        name,
        description,
        kind: Kind::Text,
        required: false,
        suggest: None,
    }
}

const fn unit(required: bool) -> Opt {
    Opt {
        name: "unit",
        description: "Business unit (name or alias)",
        kind: Kind::Text,
        required,
        suggest: Some(Suggest::Unit),
    }
}

const fn investment() -> Opt {
    Opt {
        name: "investment",
        description: "Investment (INV-n or name)",
        kind: Kind::Text,
        required: true,
        suggest: Some(Suggest::Investment),
    }
}

const fn choice(
    name: &'static str,
    description: &'static str,
    required: bool,
    choices: &'static [&'static str],
) -> Opt {
    Opt {
        name,
        description,
        kind: Kind::Choice(choices),
        required,
        suggest: None,
    }
}

const fn int(name: &'static str, description: &'static str, required: bool) -> Opt {
    Opt {
        name,
        description,
        kind: Kind::Integer,
        required,
        suggest: None,
    }
}

const VERDICTS: &[&str] = &["approve", "reject", "defer", "stop", "continue", "rescope"];
const PERIODS: &[&str] = &["week", "month", "quarter", "year"];

pub const SUBCOMMANDS: &[Sub] = &[
    Sub {
        name: "note",
        description: "Log an engagement note after meeting a business unit",
        options: &[
            unit(true),
            req("text", "What was said"),
            opt(
                "follow_up",
                "A follow-up action: <action> [@owner] [by <date>]",
            ),
            opt("tags", "Tags, separated by spaces or commas"),
            opt("on", "Day of the meeting, e.g. yesterday (default: today)"),
        ],
    },
    Sub {
        name: "decide",
        description: "Log a decision on an investment",
        options: &[
            investment(),
            choice("verdict", "The decision", true, VERDICTS),
            opt("amount", "Amount approved, e.g. £250k"),
            opt("because", "The rationale"),
            opt("review", "Review date, YYYY-MM-DD"),
            opt("by", "Who decided (default: you)"),
            opt("on", "Date decided, YYYY-MM-DD (default: today)"),
        ],
    },
    Sub {
        name: "invest",
        description: "Register an investment with its cost and expected benefit",
        options: &[
            req("name", "Name of the investment"),
            unit(true),
            req("cost", "One-off cost, e.g. £250k"),
            req("benefit", "Expected benefit a year, e.g. £400k"),
            int("years", "Horizon in years", true),
            choice("category", "Category", true, &["run", "grow", "transform"]),
            opt("run", "Running cost a year, e.g. £20k"),
            opt("start", "Start date, YYYY-MM-DD"),
            opt("sponsor", "Business sponsor"),
        ],
    },
    Sub {
        name: "benefit",
        description: "Log a benefit an investment delivered",
        options: &[
            investment(),
            req("amount", "Amount, e.g. £35k"),
            opt("on", "Date, YYYY-MM-DD (default: today)"),
            opt("evidence", "Evidence for the benefit"),
        ],
    },
    Sub {
        name: "service",
        description: "Register a running service with its annual cost and users",
        options: &[
            req("name", "Name of the service"),
            unit(true),
            req("cost", "Annual cost, e.g. £120k"),
            int("users", "Number of users", true),
        ],
    },
    Sub {
        name: "unit",
        description: "Add a business unit",
        options: &[
            req("name", "Name of the unit"),
            opt("aliases", "Other names for it, separated by commas"),
        ],
    },
    Sub {
        name: "units",
        description: "List the business units",
        options: &[],
    },
    Sub {
        name: "list",
        description: "List current records",
        options: &[
            choice(
                "what",
                "What to list",
                true,
                &[
                    "investments",
                    "decisions",
                    "notes",
                    "benefits",
                    "services",
                    "units",
                ],
            ),
            unit(false),
            opt(
                "filters",
                "e.g. tag:crm since:2026-01-01 verdict:defer status:active category:grow by:sam",
            ),
        ],
    },
    Sub {
        name: "find",
        description: "Search notes, rationales, evidence and names",
        options: &[req("words", "The words to look for")],
    },
    Sub {
        name: "follow-ups",
        description: "List open follow-up actions: owner, due date, how late",
        options: &[opt(
            "filter",
            "mine, overdue, due:this-week, unit:Sales, owner:@sam (combine freely)",
        )],
    },
    Sub {
        name: "show",
        description: "Show one record as it stands now",
        options: &[req("id", "Record id, e.g. INV-1")],
    },
    Sub {
        name: "history",
        description: "Show every change to a record",
        options: &[req("id", "Record id, e.g. DEC-1")],
    },
    Sub {
        name: "amend",
        description: "Correct fields of a record",
        options: &[
            req("id", "Record id, e.g. DEC-1"),
            req(
                "changes",
                "Fields to change, e.g. amount:£240k review:2027-06-30",
            ),
            req("because", "Why"),
        ],
    },
    Sub {
        name: "retract",
        description: "Withdraw a record (it stays in its history)",
        options: &[req("id", "Record id, e.g. NOTE-1"), req("because", "Why")],
    },
    Sub {
        name: "restore",
        description: "Bring back a retracted record",
        options: &[req("id", "Record id, e.g. NOTE-1"), req("because", "Why")],
    },
    Sub {
        name: "done",
        description: "Mark a follow-up action of a note as done",
        options: &[
            req("note", "Note id, e.g. NOTE-3"),
            int("action", "Action number (default: the first)", false),
        ],
    },
    Sub {
        name: "digest",
        description: "The value-for-money digest",
        options: &[
            unit(false),
            opt(
                "period",
                "week, month, quarter, year (to date), last-week, last-month … or YYYY-MM-DD..YYYY-MM-DD",
            ),
        ],
    },
    Sub {
        name: "scorecard",
        description: "A business unit's value-for-money scorecard",
        options: &[
            unit(true),
            opt(
                "period",
                "month (to date, the default), week, quarter, year, last-month … or YYYY-MM-DD..YYYY-MM-DD",
            ),
        ],
    },
    Sub {
        name: "chart",
        description: "A chart of the digest's figures: benefits, units or rag",
        options: &[
            choice(
                "kind",
                "benefits (one investment), units (value by unit), rag (realisation by RAG)",
                true,
                &["benefits", "units", "rag"],
            ),
            opt("investment", "For benefits: INV-n or the investment's name"),
            unit(false),
            opt("as_of", "The date to chart as of (default: today)"),
        ],
    },
    Sub {
        name: "dashboard",
        description: "A private link to the value dashboard; list or revoke links",
        options: &[
            choice(
                "action",
                "link (a new link, the default), links (the open ones) or revoke",
                false,
                &["link", "links", "revoke"],
            ),
            unit(false),
            opt("id", "For revoke: the link's id (LINK-n)"),
        ],
    },
    Sub {
        name: "undo",
        description:
            "Undo your last action here (within 10 minutes); again goes one step further back",
        options: &[],
    },
    Sub {
        name: "help",
        description: "List the commands, or explain one",
        options: &[opt("command", "A command name")],
    },
];

pub const GROUPS: &[Group] = &[
    Group {
        name: "subscriptions",
        description: "Scheduled digests and follow-up posts: add, list, remove",
        subs: &[
            Sub {
                name: "add",
                description: "Post the digest to this channel (or another) on a schedule",
                options: &[
                    req(
                        "schedule",
                        "weekly mon 09:00 | daily 09:00 | monthly 1 09:00 | cron \"0 9 * * MON\"",
                    ),
                    unit(false),
                    opt("tz", "Time zone, e.g. Europe/London"),
                    choice("period", "Digest period", false, PERIODS),
                    choice(
                        "posts",
                        "What to post (default: the digest)",
                        false,
                        &["digest", "follow-ups"],
                    ),
                    opt(
                        "channel",
                        "Post elsewhere: slack:<channel id> or discord:<channel id> (default: here)",
                    ),
                ],
            },
            Sub {
                name: "list",
                description: "List digest subscriptions",
                options: &[],
            },
            Sub {
                name: "remove",
                description: "Stop a digest subscription",
                options: &[req("id", "Subscription id, e.g. SUB-1")],
            },
        ],
    },
    Group {
        name: "connect",
        description: "Link accounts; API tokens, webhooks and announcements for other systems",
        subs: &[
            Sub {
                name: "me-link",
                description: "Without a code: get one. With one: link this account",
                options: &[opt("code", "The code /value connect me-link gave you on the other platform")],
            },
            Sub {
                name: "me",
                description: "Who the bot takes you for, and your linked accounts",
                options: &[],
            },
            Sub {
                name: "token-create",
                description: "Admins: create an API token (shown once)",
                options: &[
                    choice("scope", "What it may do", true, &["read", "write"]),
                    opt("label", "Who uses it, e.g. Power BI"),
                ],
            },
            Sub {
                name: "token-revoke",
                description: "Admins: revoke an API token",
                options: &[req("id", "Token id, e.g. TOK-1")],
            },
            Sub {
                name: "tokens",
                description: "Admins: list API tokens with label, scope, creator and last use",
                options: &[],
            },
            Sub {
                name: "webhook-add",
                description: "Admins: post record events to an https URL (signed)",
                options: &[
                    req("url", "https://… to post each event to"),
                    opt("events", "Kinds, e.g. decision,benefit (default: all)"),
                ],
            },
            Sub {
                name: "webhook-inbound",
                description: "Admins: an address other systems post benefits and notes to",
                options: &[opt("label", "Who posts to it, e.g. Finance system")],
            },
            Sub {
                name: "webhook-remove",
                description: "Admins: stop a webhook or an announcement",
                options: &[req("id", "WH-n, ANN-n or an inbound hook's id")],
            },
            Sub {
                name: "webhooks",
                description: "Admins: webhooks and announcements, with deliveries and problems",
                options: &[],
            },
            Sub {
                name: "announce",
                description: "Copy each new decision to a channel (here, or another platform's)",
                options: &[opt(
                    "channel",
                    "here (default), slack:<channel id> or discord:<channel id>",
                )],
            },
        ],
    },
];

/// Every subcommand with the name [`line`] knows it by: `note`, `subscriptions add`.
pub fn all_subs() -> impl Iterator<Item = (String, &'static Sub)> {
    SUBCOMMANDS
        .iter()
        .map(|s| (s.name.to_string(), s))
        .chain(GROUPS.iter().flat_map(|g| {
            g.subs
                .iter()
                .map(move |s| (format!("{} {}", g.name, s.name), s))
        }))
}

fn sub_option(sub: &Sub) -> CreateCommandOption {
    let mut s = CreateCommandOption::new(CommandOptionType::SubCommand, sub.name, sub.description);
    for o in sub.options {
        let kind = match o.kind {
            Kind::Integer => CommandOptionType::Integer,
            Kind::Text | Kind::Choice(_) => CommandOptionType::String,
        };
        let mut c = CreateCommandOption::new(kind, o.name, o.description).required(o.required);
        if o.suggest.is_some() {
            c = c.set_autocomplete(true);
        }
        if let Kind::Integer = o.kind {
            c = c.min_int_value(0);
        }
        if let Kind::Choice(choices) = o.kind {
            for choice in choices {
                c = c.add_string_choice(*choice, *choice);
            }
        }
        s = s.add_sub_option(c);
    }
    s
}

/// The `/value` command as Discord registers it.
pub fn registration() -> CreateCommand {
    let mut cmd = CreateCommand::new("value")
        .description("Log engagement notes, decisions and benefits; read value-for-money digests")
        .dm_permission(true);
    for sub in SUBCOMMANDS {
        cmd = cmd.add_option(sub_option(sub));
    }
    for group in GROUPS {
        let mut g = CreateCommandOption::new(
            CommandOptionType::SubCommandGroup,
            group.name,
            group.description,
        );
        for sub in group.subs {
            g = g.add_sub_option(sub_option(sub));
        }
        cmd = cmd.add_option(g);
    }
    cmd
}

/// The option a user is typing into, for autocomplete.
pub fn suggestion_for(sub: &str, option: &str) -> Option<Suggest> {
    all_subs()
        .find(|(name, _)| name == sub)?
        .1
        .options
        .iter()
        .find(|o| o.name == option)?
        .suggest
}

/// Quotes a value when the grammar would otherwise split it.
fn q(v: &str) -> String {
    let v = v.trim();
    if !v.is_empty() && !v.contains(char::is_whitespace) && !v.starts_with(['"', '\'', '“', '‘'])
    {
        v.to_string()
    } else if v.contains('"') {
        format!("“{v}”")
    } else {
        format!("\"{v}\"")
    }
}

fn per_year(v: &str) -> String {
    let v = v.trim();
    if v.contains('/') {
        v.to_string()
    } else {
        format!("{v}/yr")
    }
}

/// The grammar's line for a subcommand and its filled-in options.
pub fn line(sub: &str, args: &BTreeMap<String, String>) -> String {
    let get = |k: &str| args.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut words: Vec<String> = vec![sub.to_string()];
    let key = |words: &mut Vec<String>, k: &str, name: &str| {
        if let Some(v) = get(k) {
            words.push(format!("{name}:{}", q(v)));
        }
    };
    match sub {
        "note" => {
            words[0] = format!(
                "note {}: {}",
                get("unit").unwrap_or(""),
                get("text").unwrap_or("")
            );
            if let Some(on) = get("on") {
                words.push(format!("on:{on}"));
            }
            if let Some(f) = get("follow_up") {
                words.push(format!("follow-up: {f}"));
            }
            if let Some(tags) = get("tags") {
                words.extend(
                    tags.split([',', ' '])
                        .map(|t| t.trim().trim_start_matches('#'))
                        .filter(|t| !t.is_empty())
                        .map(|t| format!("#{t}")),
                );
            }
        }
        "decide" => {
            words.extend(get("investment").map(q));
            words.extend(get("verdict").map(str::to_string));
            words.extend(get("amount").map(q));
            key(&mut words, "review", "review");
            key(&mut words, "by", "by");
            key(&mut words, "on", "on");
            if let Some(b) = get("because") {
                words.push(format!("because {b}"));
            }
        }
        "invest" => {
            words.extend(get("name").map(q));
            key(&mut words, "unit", "unit");
            key(&mut words, "cost", "cost");
            if let Some(b) = get("benefit") {
                words.push(format!("benefit:{}", q(&per_year(b))));
            }
            key(&mut words, "years", "years");
            key(&mut words, "category", "category");
            if let Some(r) = get("run") {
                words.push(format!("run:{}", q(&per_year(r))));
            }
            key(&mut words, "start", "start");
            key(&mut words, "sponsor", "sponsor");
        }
        "benefit" => {
            words.extend(get("investment").map(q));
            words.extend(get("amount").map(q));
            if let Some(on) = get("on") {
                words.push(format!("on {on}"));
            }
            if let Some(e) = get("evidence") {
                words.push(format!("evidence: {e}"));
            }
        }
        "service" => {
            words.extend(get("name").map(q));
            key(&mut words, "unit", "unit");
            if let Some(c) = get("cost") {
                words.push(format!("cost:{}", q(&per_year(c))));
            }
            key(&mut words, "users", "users");
        }
        "unit" => {
            words.push("add".into());
            words.extend(get("name").map(q));
            for alias in get("aliases").unwrap_or("").split(',') {
                if !alias.trim().is_empty() {
                    words.push(format!("alias {}", q(alias)));
                }
            }
        }
        "list" => {
            words.extend(get("what").map(str::to_string));
            key(&mut words, "unit", "unit");
            words.extend(get("filters").map(str::to_string));
        }
        "show" | "history" => words.extend(get("id").map(str::to_string)),
        "amend" | "retract" | "restore" => {
            words.extend(get("id").map(str::to_string));
            words.extend(get("changes").map(str::to_string));
            if let Some(b) = get("because") {
                words.push(format!("because {b}"));
            }
        }
        "done" => {
            words.extend(get("note").map(str::to_string));
            words.extend(get("action").map(str::to_string));
        }
        "digest" | "scorecard" => {
            words.extend(get("unit").map(q));
            words.extend(get("period").map(str::to_string));
        }
        "chart" => {
            words.extend(get("kind").map(str::to_string));
            words.extend(get("investment").map(q));
            words.extend(get("unit").map(q));
            key(&mut words, "as_of", "as-of");
        }
        "dashboard" => match get("action") {
            Some("links") => words.push("links".into()),
            Some("revoke") => {
                words.push("revoke".into());
                words.extend(get("id").map(str::to_string));
            }
            _ => words.extend(get("unit").map(q)),
        },
        "subscriptions add" => {
            words[0] = "subscribe".into();
            if get("posts") == Some("follow-ups") {
                words.push("follow-ups".into());
            }
            words.extend(get("schedule").map(str::to_string));
            key(&mut words, "unit", "unit");
            key(&mut words, "tz", "tz");
            key(&mut words, "period", "period");
            key(&mut words, "channel", "channel");
        }
        "subscriptions list" => words[0] = "subscriptions".into(),
        "subscriptions remove" => {
            words[0] = "unsubscribe".into();
            words.extend(get("id").map(str::to_string));
        }
        "connect me-link" => {
            words[0] = "me link".into();
            words.extend(get("code").map(str::to_string));
        }
        "connect me" => words[0] = "me".into(),
        "connect token-create" => {
            words[0] = "api token create".into();
            words.extend(get("scope").map(str::to_string));
            words.extend(get("label").map(q));
        }
        "connect token-revoke" => {
            words[0] = "api token revoke".into();
            words.extend(get("id").map(str::to_string));
        }
        "connect tokens" => words[0] = "api tokens".into(),
        "connect webhook-add" => {
            words[0] = "webhook add".into();
            words.extend(get("url").map(str::to_string));
            key(&mut words, "events", "events");
        }
        "connect webhook-inbound" => {
            words[0] = "webhook inbound".into();
            words.extend(get("label").map(q));
        }
        "connect webhook-remove" => {
            words[0] = "webhook remove".into();
            words.extend(get("id").map(str::to_string));
        }
        "connect webhooks" => words[0] = "webhooks".into(),
        "connect announce" => {
            words[0] = "announce decisions in".into();
            words.push(get("channel").unwrap_or("here").to_string());
        }
        "help" => words.extend(get("command").map(str::to_string)),
        "follow-ups" => words.extend(get("filter").map(str::to_string)),
        "find" => words.extend(get("words").map(str::to_string)),
        _ => {}
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn options_become_the_grammar_line() {
        assert_eq!(
            line(
                "decide",
                &args(&[
                    ("investment", "CRM replacement"),
                    ("verdict", "approve"),
                    ("amount", "£250k"),
                    ("because", "churn costs more"),
                    ("review", "2027-06-30"),
                ])
            ),
            "decide \"CRM replacement\" approve £250k review:2027-06-30 because churn costs more"
        );
        assert_eq!(
            line(
                "invest",
                &args(&[
                    ("name", "CRM"),
                    ("unit", "Finance & Risk"),
                    ("cost", "£250k"),
                    ("benefit", "£400k"),
                    ("years", "3"),
                    ("category", "transform"),
                ])
            ),
            "invest CRM unit:\"Finance & Risk\" cost:£250k benefit:£400k/yr years:3 category:transform"
        );
        assert_eq!(
            line(
                "note",
                &args(&[
                    ("unit", "Sales"),
                    ("text", "Met the CFO"),
                    ("tags", "crm, #renewal")
                ])
            ),
            "note Sales: Met the CFO #crm #renewal"
        );
        assert_eq!(
            line(
                "unit",
                &args(&[("name", "Finance"), ("aliases", "fin, money")])
            ),
            "unit add Finance alias fin alias money"
        );
        assert_eq!(line("subscriptions list", &args(&[])), "subscriptions");
        assert_eq!(
            line("subscriptions remove", &args(&[("id", "SUB-2")])),
            "unsubscribe SUB-2"
        );
        assert_eq!(
            line("connect me-link", &args(&[("code", "K7Q2M9XD")])),
            "me link K7Q2M9XD"
        );
        assert_eq!(line("connect me-link", &args(&[])), "me link");
        assert_eq!(
            line(
                "connect token-create",
                &args(&[("scope", "read"), ("label", "Power BI")])
            ),
            "api token create read \"Power BI\""
        );
        assert_eq!(line("connect tokens", &args(&[])), "api tokens");
        assert_eq!(
            line(
                "connect webhook-add",
                &args(&[
                    ("url", "https://x.example/in"),
                    ("events", "decision,benefit")
                ])
            ),
            "webhook add https://x.example/in events:decision,benefit"
        );
        assert_eq!(
            line("connect announce", &args(&[])),
            "announce decisions in here"
        );
        assert_eq!(
            line(
                "chart",
                &args(&[
                    ("kind", "benefits"),
                    ("investment", "CRM replacement"),
                    ("as_of", "2026-09-30")
                ])
            ),
            "chart benefits \"CRM replacement\" as-of:2026-09-30"
        );
        assert_eq!(
            line("chart", &args(&[("kind", "rag"), ("unit", "Sales")])),
            "chart rag Sales"
        );
        assert_eq!(line("dashboard", &args(&[])), "dashboard");
        assert_eq!(
            line(
                "dashboard",
                &args(&[("action", "link"), ("unit", "Finance & Risk")])
            ),
            "dashboard \"Finance & Risk\""
        );
        assert_eq!(
            line("dashboard", &args(&[("action", "links")])),
            "dashboard links"
        );
        assert_eq!(
            line(
                "dashboard",
                &args(&[("action", "revoke"), ("id", "LINK-2")])
            ),
            "dashboard revoke LINK-2"
        );
        assert_eq!(
            line(
                "restore",
                &args(&[("id", "NOTE-1"), ("because", "right unit")])
            ),
            "restore NOTE-1 because right unit"
        );
        assert_eq!(
            line(
                "subscriptions add",
                &args(&[("schedule", "daily 08:30"), ("posts", "follow-ups")])
            ),
            "subscribe follow-ups daily 08:30"
        );
        assert_eq!(
            line(
                "follow-ups",
                &args(&[("filter", "mine overdue unit:Sales")])
            ),
            "follow-ups mine overdue unit:Sales"
        );
        assert_eq!(
            line(
                "note",
                &args(&[("unit", "Sales"), ("text", "pricing"), ("on", "yesterday")])
            ),
            "note Sales: pricing on:yesterday"
        );
        assert_eq!(q("say \"hi\" now"), "“say \"hi\" now”");
    }

    #[test]
    fn the_command_fits_discord_rules() {
        assert!(
            SUBCOMMANDS.len() + GROUPS.len() <= 25,
            "25 options at the top level"
        );
        for g in GROUPS {
            assert!(g.subs.len() <= 25, "{}", g.name);
            assert!(g.description.len() <= 100, "{}", g.name);
            assert!(g.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        for (_, s) in all_subs() {
            assert!(s.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(s.description.len() <= 100, "{}", s.name);
            assert!(s.options.len() <= 25);
            let mut optional_seen = false;
            for o in s.options {
                assert!(
                    o.description.chars().count() <= 100,
                    "{}.{}",
                    s.name,
                    o.name
                );
                assert!(o.name.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
                assert!(
                    !(o.required && optional_seen),
                    "required after optional in {}",
                    s.name
                );
                optional_seen |= !o.required;
            }
        }
        let json = serde_json::to_value(registration()).unwrap();
        assert_eq!(json["name"], "value");
        let top = json["options"].as_array().unwrap();
        assert_eq!(top.len(), SUBCOMMANDS.len() + GROUPS.len());
        let connect = top.iter().find(|o| o["name"] == "connect").unwrap();
        assert_eq!(connect["type"], 2, "a subcommand group");
        assert_eq!(connect["options"][0]["type"], 1, "of subcommands");
    }
}
