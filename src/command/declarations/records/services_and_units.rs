//! The `service` command and its form, and `unit`: the things records are about.

use super::super::fields::{help, input, opt, unit, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, FormDecl, Piece, Style};

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
