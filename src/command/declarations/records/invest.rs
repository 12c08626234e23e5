//! The `invest` command and its form: a new investment registered.

use super::super::fields::{input, unit, CATEGORIES, TEXT};
use valuebridge_chat::declaration::{
    after, bare, CommandDecl, DeclKind, FormDecl, HelpDecl, Piece, Style,
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
