//! The `benefit` command and its form: a benefit an investment realised.

use super::super::fields::{help, input, INVESTMENT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, FormDecl, Piece, Style};

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
