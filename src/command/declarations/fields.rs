//! Short ways to declare a field, and the fields several commands share.

use crate::domain::{Category, Verdict};
use valuebridge_chat::declaration::{DeclKind, FieldDecl};
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
    }
}

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
};

pub const VERDICTS: DeclKind = DeclKind::Choice(Verdict::NAMES);
pub const CATEGORIES: DeclKind = DeclKind::Choice(Category::NAMES);
pub const PERIODS: DeclKind = DeclKind::Choice(crate::command::PERIODS);
