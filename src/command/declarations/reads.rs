//! The commands that read: lists, search, digests, charts, the dashboard, help.

use super::fields::{opt, unit, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, Piece, Style};

const fn read(
    name: &'static str,
    description: &'static str,
    fields: &'static [valuebridge_chat::FieldDecl],
    line: &'static [Piece],
    help: &'static str,
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
    "units",
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
        ),
    ],
    &[
        Piece::Words("list"),
        bare("what", Style::Raw),
        after("unit:", "unit", Style::Quoted),
        bare("filters", Style::Raw),
    ],
    "list",
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
    "find",
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
    )],
    &[Piece::Words("follow-ups"), bare("filter", Style::Raw)],
    "follow-ups",
);

pub const SHOW: CommandDecl = read(
    "show",
    "Show one record as it stands now",
    &[opt("id", "Record id, e.g. INV-1", TEXT, true, "INV-1")],
    &[Piece::Words("show"), bare("id", Style::Raw)],
    "show",
);

pub const HISTORY: CommandDecl = read(
    "history",
    "Show every change to a record",
    &[opt("id", "Record id, e.g. DEC-1", TEXT, true, "DEC-1")],
    &[Piece::Words("history"), bare("id", Style::Raw)],
    "history",
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
        ),
    ],
    &[
        Piece::Words("digest"),
        bare("unit", Style::Quoted),
        bare("period", Style::Raw),
    ],
    "digest",
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
        ),
    ],
    &[
        Piece::Words("scorecard"),
        bare("unit", Style::Quoted),
        bare("period", Style::Raw),
    ],
    "scorecard",
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
        ),
        unit(false),
        opt(
            "as_of",
            "The date to chart as of (default: today)",
            TEXT,
            false,
            "2026-09-30",
        ),
    ],
    &[
        Piece::Words("chart"),
        bare("kind", Style::Raw),
        bare("investment", Style::Quoted),
        bare("unit", Style::Quoted),
        after("as-of:", "as_of", Style::Quoted),
    ],
    "chart",
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
        unit(false),
        opt(
            "id",
            "For revoke: the link's id (LINK-n)",
            TEXT,
            false,
            "LINK-2",
        ),
    ],
    &[
        Piece::Words("dashboard"),
        bare("action", Style::Omit("link")),
        bare("unit", Style::Quoted),
        bare("id", Style::Raw),
    ],
    "dashboard",
);

pub const HELP: CommandDecl = read(
    "help",
    "List the commands, or explain one",
    &[opt("command", "A command name", TEXT, false, "decide")],
    &[Piece::Words("help"), bare("command", Style::Raw)],
    "help",
);
