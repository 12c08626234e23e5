//! The `decide` command and its form: a decision on an investment.

use super::super::fields::{input, INVESTMENT, TEXT, VERDICTS};
use valuebridge_chat::declaration::{
    after, bare, CommandDecl, DeclKind, FormDecl, HelpDecl, Piece, Style,
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
