//! The commands that read: lists, search, digests, charts, the dashboard, help.

use super::fields::{help, opt, record, unit, PERIOD_WORDS, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, HelpDecl, Piece, Style};

const fn read(
    name: &'static str,
    description: &'static str,
    fields: &'static [valuebridge_chat::FieldDecl],
    line: &'static [Piece],
    help: HelpDecl,
) -> CommandDecl {
    CommandDecl {
        name,
        description,
        fields,
        line,
        form: None,
        help,
    }
}

pub const UNITS: CommandDecl = read(
    "units",
    "List the business units",
    &[],
    &[Piece::Words("units")],
    help(
        "Lists the business units and their aliases.",
        &["/value units"],
    ),
);

pub const LIST: CommandDecl = read(
    "list",
    "List current records",
    &[
        opt(
            "what",
            "What to list",
            DeclKind::Choice(&[
                "investments",
                "decisions",
                "notes",
                "benefits",
                "services",
                "units",
            ]),
            true,
            "decisions",
        ),
        unit(false),
        opt(
            "filters",
            "e.g. tag:crm since:2026-01-01 verdict:defer status:active category:grow by:sam",
            TEXT,
            false,
            "verdict:defer",
        )
        .words("[tag:<tag>] [since:<date>] [until:<date>] [verdict:<verdict>] [status:<status>] [category:<category>] [by:<who>]"),
    ],
    &[
        Piece::Words("list"),
        bare("what", Style::Raw),
        after("unit:", "unit", Style::Quoted),
        bare("filters", Style::Raw),
    ],
    help(
        "Lists current records, newest last. Retracted records are left out. Filters combine freely.",
        &[
            "/value list investments unit:Sales",
            "/value list notes unit:fin tag:crm since:last month",
            "/value list decisions verdict:defer by:priya",
            "/value list investments status:active category:grow",
        ],
    ),
);

pub const FIND: CommandDecl = read(
    "find",
    "Search notes, rationales, evidence and names",
    &[opt(
        "words",
        "The words to look for",
        TEXT,
        true,
        "vendor demo",
    )],
    &[Piece::Words("find"), bare("words", Style::Raw)],
    HelpDecl {
        summary: "Searches notes, rationales, evidence and names, best matches first, with the matched words in context.",
        aliases: &["search"],
        examples: &["/value find vendor demo", "/value find churn"],
    },
);

pub const FOLLOW_UPS: CommandDecl = read(
    "follow-ups",
    "List open follow-up actions: owner, due date, how late",
    &[opt(
        "filter",
        "mine, overdue, due:this-week, unit:Sales, owner:@sam (combine freely)",
        TEXT,
        false,
        "mine overdue",
    )
    .words("[mine] [overdue] [due:this-week|due:<date>] [unit:<unit>] [owner:@who]")],
    &[Piece::Words("follow-ups"), bare("filter", Style::Raw)],
    HelpDecl {
        summary: "Lists open follow-up actions, most urgent first: note, unit, owner, due date and how late. `done <note> <number>` closes one.",
        aliases: &["followups", "follow-up", "followup", "actions"],
        examples: &[
            "/value follow-ups mine overdue",
            "/value follow-ups due:this-week unit:Sales",
            "/value follow-ups owner:@sam",
        ],
    },
);

pub const SHOW: CommandDecl = read(
    "show",
    "Show one record as it stands now",
    &[record("INV-1")],
    &[Piece::Words("show"), bare("record", Style::Quoted)],
    help(
        "Shows one record as it stands now. An investment, a business unit or a service may be named instead of its id (by its name or an alias).",
        &["/value show INV-1", "/value show Field service platform"],
    ),
);

pub const HISTORY: CommandDecl = read(
    "history",
    "Show every change to a record",
    &[record("DEC-1")],
    &[Piece::Words("history"), bare("record", Style::Quoted)],
    help(
        "Shows every change to a record: created, amended, retracted; who and when. An investment, a business unit or a service may be named instead of its id (by its name or an alias).",
        &["/value history DEC-1", "/value history ServiceTitan"],
    ),
);

pub const DIGEST: CommandDecl = read(
    "digest",
    "The value-for-money digest",
    &[
        unit(false),
        opt(
            "period",
            "week, month, quarter, year (to date), last-week, last-month … or YYYY-MM-DD..YYYY-MM-DD",
            TEXT,
            false,
            "last-month",
        )
        .named(PERIOD_WORDS),
    ],
    &[
        Piece::Words("digest"),
        bare("unit", Style::Quoted),
        bare("period", Style::Raw),
    ],
    help(
        "The value-for-money digest for a unit or the whole portfolio: this week to date by default, or the last complete week, month, quarter or year.",
        &[
            "/value digest Sales month",
            "/value digest Sales last-week",
            "/value digest",
        ],
    ),
);

pub const SCORECARD: CommandDecl = read(
    "scorecard",
    "A business unit's value-for-money scorecard",
    &[
        unit(true),
        opt(
            "period",
            "month (to date, the default), week, quarter, year, last-month … or YYYY-MM-DD..YYYY-MM-DD",
            TEXT,
            false,
            "quarter",
        )
        .named(PERIOD_WORDS),
    ],
    &[
        Piece::Words("scorecard"),
        bare("unit", Style::Quoted),
        bare("period", Style::Raw),
    ],
    help(
        "A business unit's scorecard: spend (run and change), value of its active investments, realised against forecast, decisions, RAG counts, services' cost per user and engagement, each against the period before (this month to date by default).",
        &["/value scorecard Sales", "/value scorecard Sales last-quarter"],
    ),
);

pub const CHART: CommandDecl = read(
    "chart",
    "A chart of the digest's figures: benefits, units or rag",
    &[
        opt(
            "kind",
            "benefits (one investment), units (value by unit), rag (realisation by RAG)",
            DeclKind::Choice(&["benefits", "units", "rag"]),
            true,
            "rag",
        ),
        opt(
            "investment",
            "For benefits: INV-n or the investment's name",
            TEXT,
            false,
            "INV-1",
        )
        .when("kind", &["benefits"], true),
        unit(false).when("kind", &["units", "rag"], false),
        opt(
            "as_of",
            "The date to chart as of (default: today)",
            TEXT,
            false,
            "2026-09-30",
        )
        .named("date"),
    ],
    &[
        Piece::Words("chart"),
        bare("kind", Style::Raw),
        bare("investment", Style::Quoted),
        bare("unit", Style::Quoted),
        after("as-of:", "as_of", Style::Quoted),
    ],
    help(
        "Draws a chart of the digest's figures: benefits (an investment's cumulative forecast and realised benefit against its cost basis), units (run spend, change spend, PV of benefits and realised, per unit) or rag (investments by realised against forecast, coloured by RAG).",
        &[
            "/value chart benefits INV-3",
            "/value chart units",
            "/value chart rag Sales as-of:2026-09-30",
        ],
    ),
);

pub const DASHBOARD: CommandDecl = read(
    "dashboard",
    "A private link to the value dashboard; list or revoke links",
    &[
        opt(
            "action",
            "link (a new link, the default), links (the open ones) or revoke",
            DeclKind::Choice(&["link", "links", "revoke"]),
            false,
            "links",
        ),
        unit(false).when("action", &["link"], false),
        opt(
            "id",
            "For revoke: the link's id (LINK-n)",
            TEXT,
            false,
            "LINK-2",
        )
        .named("LINK-n")
        .when("action", &["revoke"], true),
    ],
    &[
        Piece::Words("dashboard"),
        bare("action", Style::Omit("link")),
        bare("unit", Style::Quoted),
        bare("id", Style::Raw),
    ],
    help(
        "Sends you (only you) a link to the value dashboard: web pages of the portfolio, each unit and each investment, for people outside the chat. A link shows this workspace only (one unit's pages when you name a unit) and stops working after `dashboard.link_days` days (7 by default). `links` lists the links that still work, with who made them; `revoke` stops one (its maker or an admin).",
        &[
            "/value dashboard",
            "/value dashboard Sales",
            "/value dashboard links",
            "/value dashboard revoke LINK-2",
        ],
    ),
);

pub const HELP: CommandDecl = read(
    "help",
    "List the commands, or explain one",
    &[opt("command", "A command name", TEXT, false, "decide")],
    &[Piece::Words("help"), bare("command", Style::Raw)],
    HelpDecl {
        summary: "Lists the commands, or explains one.",
        aliases: &["?"],
        examples: &["/value help decide"],
    },
);
