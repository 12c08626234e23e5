//! The `note` command and its form: an engagement note after meeting a business unit.

use super::super::fields::{help, input, unit, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, FormDecl, Piece, Style};

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
