//! One declaration per command: its fields (with the kind, label, hint and an example value
//! of each) and how filled-in fields become the grammar's line. Discord's slash options, the
//! forms every platform draws and the line a form or a slash command runs are all made from
//! it, so they cannot drift from each other. The table itself lives with the grammar, in the
//! bot; adapters receive it at start.

use crate::form::{FieldKind, Form, FormField, Lookup};
use std::collections::BTreeMap;
use std::ops::Range;

mod usage;
pub use usage::CommandHelp;

/// What a declared field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    Text,
    LongText,
    Amount,
    Date,
    Integer,
    /// One of the grammar's own words (verdicts, categories, periods).
    Choice(&'static [&'static str]),
    /// A unit or an investment, suggested as people type.
    Lookup(Lookup),
}

/// One field (a Discord option, a form input).
#[derive(Debug, Clone, Copy)]
pub struct FieldDecl {
    /// Lowercase, `_` between words: Discord's option name and the form's key.
    pub name: &'static str,
    /// Discord's option description (1–100 characters).
    pub description: &'static str,
    /// The form input's label.
    pub label: &'static str,
    pub kind: DeclKind,
    pub required: bool,
    /// The placeholder a form shows.
    pub hint: &'static str,
    /// A value the grammar accepts, for the tests and the README.
    pub example: &'static str,
    /// How the usage line shows the value.
    pub shape: Shape,
    /// The grammar takes it more than once (`[follow-up: …]...`).
    pub repeats: bool,
    /// Set when the field belongs to one choice of another field (`chart benefits
    /// <investment>`): the usage line shows it in that choice's branch only.
    pub when: Option<When>,
}

/// How the usage line shows a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// From the field: its choices (`<approve|reject>`), or its name (`<unit>`).
    Auto,
    /// One value with this name: `<INV-n or name>`, or `[action number]` when optional.
    Named(&'static str),
    /// Written as is, brackets and all, for a value of several words with a syntax of its
    /// own (`<field>:<value>...`, `<action> [@owner] [by <date>]`).
    Words(&'static str),
}

/// The choice of another field a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    /// The choice field.
    pub field: &'static str,
    /// The choices it belongs to.
    pub is: &'static [&'static str],
    /// Required in those branches (Discord still shows it as optional: the other choices
    /// do without it).
    pub required: bool,
}

impl FieldDecl {
    /// The same field, shown in the usage line as `<name>`.
    pub const fn named(self, name: &'static str) -> Self {
        FieldDecl {
            shape: Shape::Named(name),
            ..self
        }
    }

    /// The same field, shown in the usage line as these words.
    pub const fn words(self, words: &'static str) -> Self {
        FieldDecl {
            shape: Shape::Words(words),
            ..self
        }
    }

    /// The same field, taken more than once by the grammar.
    pub const fn repeated(self) -> Self {
        FieldDecl {
            repeats: true,
            ..self
        }
    }

    /// The same field, belonging to these choices of `field`.
    pub const fn when(
        self,
        field: &'static str,
        is: &'static [&'static str],
        required: bool,
    ) -> Self {
        FieldDecl {
            when: Some(When {
                field,
                is,
                required,
            }),
            ..self
        }
    }
}

/// How a field's value is written into the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// As typed.
    Raw,
    /// Quoted when it has spaces, so the grammar reads it as one word.
    Quoted,
    /// A yearly amount: `/yr` added when no period is given, then quoted.
    PerYear,
    /// `crm, renewal` becomes `#crm #renewal`.
    Tags,
    /// `fin, money` becomes `alias fin alias money`.
    Aliases,
    /// As typed, then `:` (a note's unit).
    Colon,
    /// As typed, left out when it is this word (the default a choice stands for).
    Omit(&'static str),
    /// As typed, or this word when the field is empty.
    OrElse(&'static str),
}

/// One piece of the line.
#[derive(Debug, Clone, Copy)]
pub enum Piece {
    /// Fixed words: the grammar's command (`subscribe`, `api token create`).
    Words(&'static str),
    /// A field's value after `prefix` (`unit:`, `because `), left out when empty.
    Field {
        field: &'static str,
        prefix: &'static str,
        style: Style,
    },
}

/// Shorthand for a table: a field written bare.
pub const fn bare(field: &'static str, style: Style) -> Piece {
    Piece::Field {
        field,
        prefix: "",
        style,
    }
}

/// Shorthand for a table: a field written after a prefix (`unit:`, `because `).
pub const fn after(prefix: &'static str, field: &'static str, style: Style) -> Piece {
    Piece::Field {
        field,
        prefix,
        style,
    }
}

/// A form's title and submit label, for the commands people fill in as forms.
#[derive(Debug, Clone, Copy)]
pub struct FormDecl {
    /// At most 24 characters (Slack's limit for a modal title).
    pub title: &'static str,
    pub submit: &'static str,
}

/// One command.
#[derive(Debug, Clone, Copy)]
pub struct CommandDecl {
    /// Its slash name (`note`, `token-create`); within a group, the group's name comes first.
    pub name: &'static str,
    /// Discord's description (1–100 characters).
    pub description: &'static str,
    /// Required fields first (Discord's rule, and the order forms ask in).
    pub fields: &'static [FieldDecl],
    pub line: &'static [Piece],
    /// Set for the commands that open a form when given no arguments.
    pub form: Option<FormDecl>,
    /// What `/value help` says of it; its usage line is made from `line` and `fields`.
    pub help: HelpDecl,
}

/// A command's help beside its declaration: the usage line is made from the fields, so a
/// field added to a command shows in its help, its Discord options, its form and its parse
/// together. Several declarations can share one grammar command (`api token create`, `api
/// tokens`): its help joins theirs.
#[derive(Debug, Clone, Copy)]
pub struct HelpDecl {
    /// What it does, in a sentence or a few, for `/value help`.
    pub summary: &'static str,
    /// Other names the grammar knows the command by (`investment` for `invest`).
    pub aliases: &'static [&'static str],
    /// Whole lines as typed (`/value decide INV-1 approve`); each parses.
    pub examples: &'static [&'static str],
}

/// Commands under one name: `/value subscriptions add`.
#[derive(Debug, Clone, Copy)]
pub struct GroupDecl {
    pub name: &'static str,
    pub description: &'static str,
    pub commands: &'static [CommandDecl],
}

/// The whole table: commands at the top level, then groups.
#[derive(Debug, Clone, Copy)]
pub struct Declarations {
    pub commands: &'static [CommandDecl],
    pub groups: &'static [GroupDecl],
}

/// A composed line and where each field's value sits in it, so an error the grammar finds
/// at a byte offset can be shown on the field it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub line: String,
    pub spans: Vec<(&'static str, Range<usize>)>,
}

impl Composed {
    /// The field whose value covers byte `at` (an offset in [`Composed::line`]).
    pub fn field_at(&self, at: usize) -> Option<&'static str> {
        self.spans
            .iter()
            .find(|(_, r)| r.contains(&at) || (r.end == at && at == self.line.len()))
            .map(|(f, _)| *f)
    }
}

impl Declarations {
    /// Every command with its full slash name: `note`, `subscriptions add`.
    pub fn all(&self) -> impl Iterator<Item = (String, &'static CommandDecl)> + '_ {
        self.commands
            .iter()
            .map(|c| (c.name.to_string(), c))
            .chain(self.groups.iter().flat_map(|g| {
                g.commands
                    .iter()
                    .map(move |c| (format!("{} {}", g.name, c.name), c))
            }))
    }

    /// The command with this full slash name.
    pub fn find(&self, name: &str) -> Option<&'static CommandDecl> {
        self.all().find(|(n, _)| n == name).map(|(_, c)| c)
    }

    /// The line a slash command or a form runs, from its values by field name; `None` for a
    /// name no command has.
    pub fn line(&self, name: &str, values: &BTreeMap<String, String>) -> Option<String> {
        self.find(name).map(|c| c.compose(values).line)
    }
}

impl FieldDecl {
    /// The form input for this field, starting with `initial`.
    pub fn form_field(&self, initial: Option<String>) -> FormField {
        FormField {
            name: self.name.to_string(),
            label: self.label.to_string(),
            kind: match self.kind {
                DeclKind::Text => FieldKind::Text,
                DeclKind::LongText => FieldKind::LongText,
                DeclKind::Amount => FieldKind::Amount { number: None },
                DeclKind::Date => FieldKind::Date,
                DeclKind::Integer => FieldKind::Integer,
                DeclKind::Choice(choices) => FieldKind::Choice {
                    choices: choices.iter().map(|c| c.to_string()).collect(),
                },
                DeclKind::Lookup(lookup) => FieldKind::Lookup { lookup },
            },
            required: self.required,
            hint: self.hint.to_string(),
            initial: initial.filter(|v| !v.trim().is_empty()),
        }
    }
}

impl CommandDecl {
    pub fn field(&self, name: &str) -> Option<&'static FieldDecl> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The form for this command (every field), pre-filled from `initial` by field name.
    pub fn form(&self, initial: &BTreeMap<String, String>, context: String) -> Option<Form> {
        let decl = self.form?;
        Some(Form {
            command: self.name.to_string(),
            title: decl.title.to_string(),
            submit: decl.submit.to_string(),
            fields: self
                .fields
                .iter()
                .map(|f| f.form_field(initial.get(f.name).cloned()))
                .collect(),
            context,
        })
    }

    /// The grammar's line for these values, with the span of each field's value.
    pub fn compose(&self, values: &BTreeMap<String, String>) -> Composed {
        let get = |k: &str| values.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let mut line = String::new();
        let mut spans = Vec::new();
        for piece in self.line {
            let (prefix, text, field) = match *piece {
                Piece::Words(w) => ("", w.to_string(), None),
                Piece::Field {
                    field,
                    prefix,
                    style,
                } => {
                    let text = match (style, get(field)) {
                        (Style::OrElse(default), None) => default.to_string(),
                        (_, None) => continue,
                        (Style::Omit(word), Some(v)) if v.eq_ignore_ascii_case(word) => continue,
                        (Style::Raw | Style::Omit(_) | Style::OrElse(_), Some(v)) => v.to_string(),
                        (Style::Quoted, Some(v)) => quoted(v),
                        (Style::PerYear, Some(v)) => quoted(&per_year(v)),
                        (Style::Colon, Some(v)) => format!("{v}:"),
                        (Style::Tags, Some(v)) => tags(v),
                        (Style::Aliases, Some(v)) => aliases(v),
                    };
                    if text.is_empty() {
                        continue;
                    }
                    (prefix, text, Some(field))
                }
            };
            if !line.is_empty() {
                line.push(' ');
            }
            // The span takes the prefix in: the grammar points at `cost:` for a bad cost.
            let start = line.len();
            line.push_str(prefix);
            line.push_str(&text);
            if let Some(field) = field {
                spans.push((field, start..line.len()));
            }
        }
        Composed { line, spans }
    }
}

/// Quotes a value when the grammar would otherwise split it.
pub fn quoted(v: &str) -> String {
    let v = v.trim();
    if !v.is_empty() && !v.contains(char::is_whitespace) && !v.starts_with(['"', '\'', '“', '‘'])
    {
        v.to_string()
    } else if v.contains('"') {
        format!("“{v}”")
    } else {
        format!("\"{v}\"")
    }
}

fn per_year(v: &str) -> String {
    let v = v.trim();
    if v.contains('/') {
        v.to_string()
    } else {
        format!("{v}/yr")
    }
}

fn tags(v: &str) -> String {
    v.split([',', ' '])
        .map(|t| t.trim().trim_start_matches('#'))
        .filter(|t| !t.is_empty())
        .map(|t| format!("#{t}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn aliases(v: &str) -> String {
    v.split(',')
        .filter(|a| !a.trim().is_empty())
        .map(|a| format!("alias {}", quoted(a)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
