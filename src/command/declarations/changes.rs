//! The commands that change records already logged: amend, retract, restore, done, undo.

use super::fields::{opt, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, Piece, Style};

const BECAUSE: Piece = after("because ", "because", Style::Raw);

pub const AMEND: CommandDecl = CommandDecl {
    name: "amend",
    description: "Correct fields of a record",
    fields: &[
        opt("id", "Record id, e.g. DEC-1", TEXT, true, "DEC-1"),
        opt(
            "changes",
            "Fields to change, e.g. amount:£240k review:2027-06-30",
            TEXT,
            true,
            "amount:£240k",
        ),
        opt("because", "Why", TEXT, true, "negotiated discount"),
    ],
    line: &[
        Piece::Words("amend"),
        bare("id", Style::Raw),
        bare("changes", Style::Raw),
        BECAUSE,
    ],
    form: None,
    help: "amend",
};

pub const RETRACT: CommandDecl = CommandDecl {
    name: "retract",
    description: "Withdraw a record (it stays in its history)",
    fields: &[
        opt("id", "Record id, e.g. NOTE-1", TEXT, true, "NOTE-1"),
        opt(
            "because",
            "Why",
            TEXT,
            true,
            "logged against the wrong unit",
        ),
    ],
    line: &[Piece::Words("retract"), bare("id", Style::Raw), BECAUSE],
    form: None,
    help: "retract",
};

pub const RESTORE: CommandDecl = CommandDecl {
    name: "restore",
    description: "Bring back a retracted record",
    fields: &[
        opt("id", "Record id, e.g. NOTE-1", TEXT, true, "NOTE-1"),
        opt("because", "Why", TEXT, true, "the right unit after all"),
    ],
    line: &[Piece::Words("restore"), bare("id", Style::Raw), BECAUSE],
    form: None,
    help: "restore",
};

pub const DONE: CommandDecl = CommandDecl {
    name: "done",
    description: "Mark a follow-up action of a note as done",
    fields: &[
        opt("note", "Note id, e.g. NOTE-3", TEXT, true, "NOTE-3"),
        opt(
            "action",
            "Action number (default: the first)",
            DeclKind::Integer,
            false,
            "2",
        ),
    ],
    line: &[
        Piece::Words("done"),
        bare("note", Style::Raw),
        bare("action", Style::Raw),
    ],
    form: None,
    help: "done",
};

pub const UNDO: CommandDecl = CommandDecl {
    name: "undo",
    description: "Undo your last action here (within 10 minutes); again goes one step further back",
    fields: &[],
    line: &[Piece::Words("undo")],
    form: None,
    help: "undo",
};
