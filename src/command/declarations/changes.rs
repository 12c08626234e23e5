//! The commands that change records already logged: amend, retract, restore, done, undo.

use super::fields::{help, opt, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, FieldDecl, Piece, Style};

const BECAUSE: Piece = after("because ", "because", Style::Raw);

const fn id(description: &'static str, example: &'static str) -> FieldDecl {
    opt("id", description, TEXT, true, example)
}

const fn because(example: &'static str) -> FieldDecl {
    opt("because", "Why", TEXT, true, example).named("reason")
}

pub const AMEND: CommandDecl = CommandDecl {
    name: "amend",
    description: "Correct fields of a record",
    fields: &[
        id("Record id, e.g. DEC-1", "DEC-1"),
        opt(
            "changes",
            "Fields to change, e.g. amount:£240k review:2027-06-30",
            TEXT,
            true,
            "amount:£240k",
        )
        .words("<field>:<value>..."),
        because("negotiated discount"),
    ],
    line: &[
        Piece::Words("amend"),
        bare("id", Style::Raw),
        bare("changes", Style::Raw),
        BECAUSE,
    ],
    form: None,
    help: help(
        "Corrects fields of a record. The correction is a new history entry; nothing is overwritten.",
        &["/value amend DEC-1 amount:£240k because negotiated discount"],
    ),
};

pub const RETRACT: CommandDecl = CommandDecl {
    name: "retract",
    description: "Withdraw a record (it stays in its history)",
    fields: &[
        id("Record id, e.g. NOTE-1", "NOTE-1"),
        because("logged against the wrong unit"),
    ],
    line: &[Piece::Words("retract"), bare("id", Style::Raw), BECAUSE],
    form: None,
    help: help(
        "Withdraws a record. It leaves lists and totals but stays in its history.",
        &["/value retract NOTE-1 because logged against the wrong unit"],
    ),
};

pub const RESTORE: CommandDecl = CommandDecl {
    name: "restore",
    description: "Bring back a retracted record",
    fields: &[
        id("Record id, e.g. NOTE-1", "NOTE-1"),
        because("the right unit after all"),
    ],
    line: &[Piece::Words("restore"), bare("id", Style::Raw), BECAUSE],
    form: None,
    help: help(
        "Brings back a retracted record as it was. The restore is a new history entry.",
        &["/value restore NOTE-1 because it was the right unit after all"],
    ),
};

pub const DONE: CommandDecl = CommandDecl {
    name: "done",
    description: "Mark a follow-up action of a note as done",
    fields: &[
        opt("note", "Note id, e.g. NOTE-3", TEXT, true, "NOTE-3").named("NOTE-n"),
        opt(
            "action",
            "Action number (default: the first)",
            DeclKind::Integer,
            false,
            "2",
        )
        .named("action number"),
    ],
    line: &[
        Piece::Words("done"),
        bare("note", Style::Raw),
        bare("action", Style::Raw),
    ],
    form: None,
    help: help(
        "Marks a follow-up action of a note as done (the first one unless you give its number).",
        &["/value done NOTE-3 2"],
    ),
};

pub const UNDO: CommandDecl = CommandDecl {
    name: "undo",
    description: "Undo your last action here (within 10 minutes); again goes one step further back",
    fields: &[],
    line: &[Piece::Words("undo")],
    form: None,
    help: help(
        "Undoes your last action in this channel within the last 10 minutes: a record logged is retracted, an amendment reversed, a retraction restored. Again goes one step further back.",
        &["/value undo"],
    ),
};
