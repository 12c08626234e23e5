//! The commands that log records, each with its form: note, decide, invest, benefit,
//! service; and `unit`.

use super::fields::{help, input, opt, unit, CATEGORIES, INVESTMENT, TEXT, VERDICTS};
use valuebridge_chat::declaration::{
    after, bare, CommandDecl, DeclKind, FormDecl, HelpDecl, Piece, Style,
};

pub const NOTE: CommandDecl = CommandDecl {
    name: "note",
    description: "Log an engagement note after meeting a business unit",
    fields: &[
        unit(true),
        input(
            "text",
            "What was said",
            "What was said",
            DeclKind::LongText,
            true,
            "Met the CFO about the CRM renewal",
            "Met the CFO about the CRM renewal",
        )
        .named("what was said"),
        input(
            "follow_up",
            "Follow-up action",
            "A follow-up action: <action> [@owner] [by <date>]",
            TEXT,
            false,
            "send cost breakdown @alice by Friday",
            "send cost breakdown @alice by 2026-12-04",
        )
        .words("<action> [@owner] [by <date>]")
        .repeated(),
        input(
            "tags",
            "Tags",
            "Tags, separated by spaces or commas",
            TEXT,
            false,
            "crm, renewal",
            "crm, renewal",
        )
        .named("tag"),
        input(
            "on",
            "Day of the meeting",
            "Day of the meeting, e.g. yesterday (default: today)",
            DeclKind::Date,
            false,
            "today, or e.g. yesterday",
            "2026-11-26",
        )
        .named("meeting date"),
    ],
    line: &[
        Piece::Words("note"),
        bare("unit", Style::Colon),
        bare("text", Style::Raw),
        after("on:", "on", Style::Raw),
        after("follow-up: ", "follow_up", Style::Raw),
        bare("tags", Style::Tags),
    ],
    form: Some(FormDecl {
        title: "Log a note",
        submit: "Log",
    }),
    help: help(
        "Logs an engagement note after meeting a business unit, with follow-up actions. Dates: 2027-06-30, Friday, next Tuesday, the 20th, EOM, Q3, in 2 weeks. Typed with nothing after it, opens a form.",
        &[
            "/value note Sales: Met the CFO about the CRM renewal. follow-up: send cost breakdown @alice by 2026-12-04 #crm",
            "/value note Sales: on:yesterday pricing review follow-up: send the deck @sam by next Tuesday",
        ],
    ),
};

pub const DECIDE: CommandDecl = CommandDecl {
    name: "decide",
    description: "Log a decision on an investment",
    fields: &[
        INVESTMENT,
        input(
            "verdict",
            "Verdict",
            "The decision",
            VERDICTS,
            true,
            "approve, defer…",
            "defer",
        ),
        input(
            "amount",
            "Amount approved",
            "Amount approved, e.g. £250k",
            DeclKind::Amount,
            false,
            "e.g. £250k",
            "£240k",
        ),
        input(
            "because",
            "Rationale",
            "The rationale",
            DeclKind::LongText,
            false,
            "Why it was decided",
            "churn costs more than the licence",
        )
        .named("rationale"),
        input(
            "review",
            "Review date",
            "Review date, YYYY-MM-DD",
            DeclKind::Date,
            false,
            "e.g. 2027-06-30",
            "2027-06-30",
        ),
        input(
            "by",
            "Decided by",
            "Who decided (default: you)",
            TEXT,
            false,
            "default: you",
            "priya",
        )
        .named("who"),
        input(
            "on",
            "Date decided",
            "Date decided, YYYY-MM-DD (default: today)",
            DeclKind::Date,
            false,
            "default: today",
            "2026-11-20",
        ),
    ],
    line: &[
        Piece::Words("decide"),
        bare("investment", Style::Quoted),
        bare("verdict", Style::Raw),
        // As `amount:`, so a wrong amount is told as one (not as a stray word).
        after("amount:", "amount", Style::Quoted),
        after("review:", "review", Style::Quoted),
        after("by:", "by", Style::Quoted),
        after("on:", "on", Style::Quoted),
        after("because ", "because", Style::Raw),
    ],
    form: Some(FormDecl {
        title: "Log a decision",
        submit: "Log",
    }),
    help: HelpDecl {
        summary: "Logs a decision on an investment. It supersedes the previous decision on that investment. Typed with nothing after it, opens a form.",
        aliases: &["decision"],
        examples: &[
            "/value decide INV-1 approve £250k because churn costs more than the licence review:2027-06-30",
            "/value decide \"CRM replacement\" defer because waiting on the vendor quote",
        ],
    },
};

pub const INVEST: CommandDecl = CommandDecl {
    name: "invest",
    description: "Register an investment with its cost and expected benefit",
    fields: &[
        input(
            "name",
            "Name",
            "Name of the investment",
            TEXT,
            true,
            "e.g. CRM replacement",
            "CRM replacement",
        ),
        unit(true),
        input(
            "cost",
            "One-off cost",
            "One-off cost, e.g. £250k",
            DeclKind::Amount,
            true,
            "e.g. £250k",
            "£250k",
        ),
        input(
            "benefit",
            "Expected benefit a year",
            "Expected benefit a year, e.g. £400k",
            DeclKind::Amount,
            true,
            "e.g. £400k",
            "£400k",
        ),
        input(
            "years",
            "Horizon in years",
            "Horizon in years",
            DeclKind::Integer,
            true,
            "1 to 50",
            "3",
        ),
        input(
            "category",
            "Category",
            "Category",
            CATEGORIES,
            true,
            "run, grow or transform",
            "transform",
        ),
        input(
            "run",
            "Running cost a year",
            "Running cost a year, e.g. £20k",
            DeclKind::Amount,
            false,
            "e.g. £20k",
            "£20k",
        ),
        input(
            "start",
            "Start date",
            "Start date, YYYY-MM-DD",
            DeclKind::Date,
            false,
            "e.g. 2027-01-01",
            "2027-01-01",
        ),
        input(
            "sponsor",
            "Business sponsor",
            "Business sponsor",
            TEXT,
            false,
            "e.g. Priya",
            "Priya",
        )
        .named("name"),
        input(
            "aliases",
            "Other names",
            "Other names people call it by (the product, a code), separated by commas",
            TEXT,
            false,
            "e.g. ServiceTitan, FSP",
            "ServiceTitan, FSP",
        )
        .named("alias")
        .repeated(),
    ],
    line: &[
        Piece::Words("invest"),
        bare("name", Style::Quoted),
        after("unit:", "unit", Style::Quoted),
        after("cost:", "cost", Style::Quoted),
        after("benefit:", "benefit", Style::PerYear),
        after("years:", "years", Style::Quoted),
        after("category:", "category", Style::Quoted),
        after("run:", "run", Style::PerYear),
        after("start:", "start", Style::Quoted),
        after("sponsor:", "sponsor", Style::Quoted),
        after("alias:", "aliases", Style::Quoted),
    ],
    form: Some(FormDecl {
        title: "Log an investment",
        submit: "Log",
    }),
    help: HelpDecl {
        summary: "Registers an investment with its one-off cost, running cost and expected benefit. `alias:` gives other names people call it by (the product bought, a code), found as its name is everywhere. Typed with nothing after it, opens a form.",
        aliases: &["investment"],
        examples: &[
            "/value invest \"CRM replacement\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2027-01-01 category:transform",
            "/value invest \"Field service platform\" unit:Ops cost:£40k benefit:£60k/yr years:3 category:run alias:ServiceTitan",
        ],
    },
};

pub const BENEFIT: CommandDecl = CommandDecl {
    name: "benefit",
    description: "Log a benefit an investment delivered",
    fields: &[
        INVESTMENT,
        input(
            "amount",
            "Amount",
            "Amount, e.g. £35k",
            DeclKind::Amount,
            true,
            "e.g. £35k",
            "£35k",
        ),
        input(
            "on",
            "Date",
            "Date, YYYY-MM-DD (default: today)",
            DeclKind::Date,
            false,
            "default: today",
            "2026-11-20",
        ),
        input(
            "evidence",
            "Evidence",
            "Evidence for the benefit",
            DeclKind::LongText,
            false,
            "e.g. churn down 2% in January",
            "churn down 2% in January",
        )
        .named("text"),
    ],
    line: &[
        Piece::Words("benefit"),
        bare("investment", Style::Quoted),
        bare("amount", Style::Quoted),
        after("on ", "on", Style::Raw),
        after("evidence: ", "evidence", Style::Raw),
    ],
    form: Some(FormDecl {
        title: "Log a benefit",
        submit: "Log",
    }),
    help: help(
        "Logs a benefit an investment has delivered. Typed with nothing after it, opens a form.",
        &["/value benefit INV-1 £35k on 2027-02-28 evidence: churn down 2% in January"],
    ),
};

pub const SERVICE: CommandDecl = CommandDecl {
    name: "service",
    description: "Register a running service with its annual cost and users",
    fields: &[
        input(
            "name",
            "Name",
            "Name of the service",
            TEXT,
            true,
            "e.g. Email & calendar",
            "Email & calendar",
        ),
        unit(true).named("unit or All"),
        input(
            "cost",
            "Annual cost",
            "Annual cost, e.g. £120k",
            DeclKind::Amount,
            true,
            "e.g. £120k",
            "£120k",
        ),
        input(
            "users",
            "Users",
            "Number of users",
            DeclKind::Integer,
            true,
            "e.g. 1500",
            "1500",
        ),
    ],
    line: &[
        Piece::Words("service"),
        bare("name", Style::Quoted),
        after("unit:", "unit", Style::Quoted),
        after("cost:", "cost", Style::PerYear),
        after("users:", "users", Style::Quoted),
    ],
    form: Some(FormDecl {
        title: "Register a service",
        submit: "Register",
    }),
    help: help(
        "Registers a running service with its annual cost and number of users. Typed with nothing after it, opens a form.",
        &["/value service \"Email & calendar\" unit:All cost:£120k/yr users:1500"],
    ),
};

pub const UNIT: CommandDecl = CommandDecl {
    name: "unit",
    description: "Add a business unit",
    fields: &[
        opt("name", "Name of the unit", TEXT, true, "Finance & Risk"),
        opt(
            "aliases",
            "Other names for it, separated by commas",
            TEXT,
            false,
            "fin, money",
        )
        .named("alias"),
    ],
    line: &[
        Piece::Words("unit add"),
        bare("name", Style::Quoted),
        bare("aliases", Style::Aliases),
    ],
    form: None,
    help: help(
        "Adds a business unit. Aliases are other names people use for it.",
        &[
            "/value unit add Sales",
            "/value unit add \"Finance & Risk\" alias fin",
        ],
    ),
};
