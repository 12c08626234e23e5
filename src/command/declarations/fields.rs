//! Short ways to declare a field, and the fields several commands share.

use crate::domain::{Category, Verdict};
use valuebridge_chat::declaration::{DeclKind, FieldDecl, HelpDecl, Shape};
use valuebridge_chat::Lookup;

/// A field of a command that has no form: its label is its description.
pub const fn opt(
    name: &'static str,
    description: &'static str,
    kind: DeclKind,
    required: bool,
    example: &'static str,
) -> FieldDecl {
    FieldDecl {
        name,
        description,
        label: description,
        kind,
        required,
        hint: example,
        example,
        shape: Shape::Auto,
        repeats: false,
        when: None,
    }
}

/// A field of a form.
pub const fn input(
    name: &'static str,
    label: &'static str,
    description: &'static str,
    kind: DeclKind,
    required: bool,
    hint: &'static str,
    example: &'static str,
) -> FieldDecl {
    FieldDecl {
        name,
        description,
        label,
        kind,
        required,
        hint,
        example,
        shape: Shape::Auto,
        repeats: false,
        when: None,
    }
}

/// The help of a command the grammar knows by one name only.
pub const fn help(summary: &'static str, examples: &'static [&'static str]) -> HelpDecl {
    HelpDecl {
        summary,
        aliases: &[],
        examples,
    }
}

/// A period of a digest or a scorecard, as the usage line shows it.
pub const PERIOD_WORDS: &str =
    "week|month|quarter|year|last-week|last-month|last-quarter|last-year|YYYY-MM-DD..YYYY-MM-DD";

pub const TEXT: DeclKind = DeclKind::Text;

pub const fn unit(required: bool) -> FieldDecl {
    FieldDecl {
        name: "unit",
        description: "Business unit (name or alias)",
        label: "Business unit",
        kind: DeclKind::Lookup(Lookup::Unit),
        required,
        hint: "e.g. Sales",
        example: "Sales",
        shape: Shape::Auto,
        repeats: false,
        when: None,
    }
}

pub const INVESTMENT: FieldDecl = FieldDecl {
    name: "investment",
    description: "Investment (INV-n or name)",
    label: "Investment",
    kind: DeclKind::Lookup(Lookup::Investment),
    required: true,
    hint: "INV-n or its name",
    example: "INV-1",
    shape: Shape::Named("INV-n or name"),
    repeats: false,
    when: None,
};

/// What `show` and `history` take: any record's id, or an investment's, a business unit's or a
/// service's name (or an alias). Discord suggests investments as it is typed (a suggestion fills in the id).
pub const fn record(example: &'static str) -> FieldDecl {
    FieldDecl {
        name: "record",
        description: "Record id, or the name of an investment, unit or service",
        label: "Record",
        kind: DeclKind::Lookup(Lookup::Investment),
        required: true,
        hint: "INV-1 or a name",
        example,
        shape: Shape::Named("id or name"),
        repeats: false,
        when: None,
    }
}

pub const VERDICTS: DeclKind = DeclKind::Choice(Verdict::NAMES);
pub const CATEGORIES: DeclKind = DeclKind::Choice(Category::NAMES);
pub const PERIODS: DeclKind = DeclKind::Choice(crate::command::PERIODS);
