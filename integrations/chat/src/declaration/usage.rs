//! The usage line and help of each command, made from its declaration: required fields as
//! `<placeholder>`, optional ones in `[...]`, repeated ones with `...`, choices as `<a|b|c>`,
//! and a field that belongs to one choice of another in that choice's branch (`chart
//! benefits <investment> | units [unit]`).

use super::{CommandDecl, DeclKind, Declarations, FieldDecl, Piece, Shape, Style};

/// The help of one grammar command, joined from every declaration that runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandHelp {
    /// The grammar's command word (`api`).
    pub name: &'static str,
    pub aliases: Vec<&'static str>,
    /// Without the slash command's name: `decide <INV-n or name> …`; several ways of one
    /// command are joined by ` | ` (`api token create … | api tokens`).
    pub usage: String,
    pub summary: String,
    pub examples: Vec<&'static str>,
}

impl Declarations {
    /// The help of every grammar command, in the order the declarations first name them.
    pub fn help(&self) -> Vec<CommandHelp> {
        let mut out: Vec<CommandHelp> = Vec::new();
        for (_, decl) in self.all() {
            let name = decl.word();
            match out.iter_mut().find(|h| h.name == name) {
                Some(h) => {
                    h.usage.push_str(" | ");
                    h.usage.push_str(&decl.usage());
                    if !decl.help.summary.is_empty() {
                        h.summary.push(' ');
                        h.summary.push_str(decl.help.summary);
                    }
                    for alias in decl.help.aliases {
                        if !h.aliases.contains(alias) {
                            h.aliases.push(alias);
                        }
                    }
                    h.examples.extend(decl.help.examples);
                }
                None => out.push(CommandHelp {
                    name,
                    aliases: decl.help.aliases.to_vec(),
                    usage: decl.usage(),
                    summary: decl.help.summary.to_string(),
                    examples: decl.help.examples.to_vec(),
                }),
            }
        }
        out
    }
}

impl CommandDecl {
    /// The grammar's command word: the first word its line starts with.
    pub fn word(&self) -> &'static str {
        self.line
            .iter()
            .find_map(|p| match p {
                Piece::Words(w) => w.split_whitespace().next(),
                Piece::Field { .. } => None,
            })
            .unwrap_or(self.name)
    }

    /// The usage line of this declaration, without the slash command's name.
    pub fn usage(&self) -> String {
        let branching = self.fields.iter().find(|f| {
            matches!(f.kind, DeclKind::Choice(_))
                && self
                    .fields
                    .iter()
                    .any(|g| g.when.is_some_and(|w| w.field == f.name))
        });
        let mut parts = Vec::new();
        for piece in self.line {
            let field = match piece {
                Piece::Words(w) => {
                    parts.push(w.to_string());
                    continue;
                }
                Piece::Field { field, .. } => self.field(field),
            };
            let Some(field) = field else { continue };
            match branching {
                Some(choice) if choice.name == field.name => {
                    parts.push(self.branches(choice, piece));
                }
                // Shown in its choice's branch.
                _ if field.when.is_some() && branching.is_some() => {}
                _ => parts.push(field_usage(field, piece, field.required)),
            }
        }
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }

    /// `benefits <investment> | units [unit] | rag [unit]`: each choice with its fields.
    fn branches(&self, choice: &FieldDecl, piece: &Piece) -> String {
        let DeclKind::Choice(choices) = choice.kind else {
            return String::new();
        };
        let omitted = match piece {
            Piece::Field {
                style: Style::Omit(word),
                ..
            } => Some(*word),
            _ => None,
        };
        choices
            .iter()
            .map(|c| {
                let mut words = Vec::new();
                if omitted != Some(*c) {
                    words.push(c.to_string());
                }
                for p in self.line {
                    let Piece::Field { field, .. } = p else {
                        continue;
                    };
                    let Some(f) = self.field(field) else { continue };
                    if let Some(w) = f.when {
                        if w.field == choice.name && w.is.contains(c) {
                            words.push(field_usage(f, p, w.required));
                        }
                    }
                }
                words.join(" ")
            })
            .filter(|b| !b.is_empty())
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

/// How one field's piece reads in the usage line.
fn field_usage(field: &FieldDecl, piece: &Piece, required: bool) -> String {
    let (prefix, style) = match *piece {
        Piece::Field { prefix, style, .. } => (prefix, style),
        Piece::Words(w) => return w.to_string(),
    };
    let name = match field.shape {
        Shape::Named(n) | Shape::Words(n) => n.to_string(),
        Shape::Auto => match field.kind {
            DeclKind::Choice(choices) => choices
                .iter()
                .filter(|c| !matches!(style, Style::Omit(w) if w == **c))
                .copied()
                .collect::<Vec<_>>()
                .join("|"),
            DeclKind::Amount => "amount".into(),
            DeclKind::Date => "date".into(),
            DeclKind::Integer => "n".into(),
            _ => field.name.replace('_', " "),
        },
    };
    let as_is = matches!(field.shape, Shape::Words(_));
    let value = match style {
        _ if as_is => name.clone(),
        Style::Tags => format!("#{name}"),
        Style::Aliases => format!("alias <{name}>"),
        _ => format!("<{name}>"),
    };
    let suffix = match style {
        Style::PerYear => "/yr",
        Style::Colon => ":",
        _ => "",
    };
    let listed = matches!(style, Style::Tags | Style::Aliases);
    // A field written as empty takes a default word in the line, but typed it is needed.
    let required = required || matches!(style, Style::OrElse(_));
    let bare = prefix.is_empty() && !listed;
    let text = if required {
        format!("{prefix}{value}{suffix}")
    } else if bare && as_is {
        name
    } else if bare {
        format!("[{name}{suffix}]")
    } else {
        format!("[{prefix}{value}{suffix}]")
    };
    if field.repeats || listed {
        text + "..."
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::super::{after, bare, FieldDecl, GroupDecl, HelpDecl, Shape};
    use super::*;

    const fn field(name: &'static str, kind: DeclKind, required: bool) -> FieldDecl {
        FieldDecl {
            name,
            description: name,
            label: name,
            kind,
            required,
            hint: "",
            example: "",
            shape: Shape::Auto,
            repeats: false,
            when: None,
        }
    }

    const fn help(summary: &'static str) -> HelpDecl {
        HelpDecl {
            summary,
            aliases: &[],
            examples: &[],
        }
    }

    const NOTE: CommandDecl = CommandDecl {
        name: "note",
        description: "Log a note",
        fields: &[
            field("unit", DeclKind::Text, true),
            field("text", DeclKind::LongText, true).named("what was said"),
            field("on", DeclKind::Date, false),
            field("follow_up", DeclKind::Text, false)
                .words("<action> [@owner]")
                .repeated(),
            field("tags", DeclKind::Text, false).named("tag"),
            field("cost", DeclKind::Amount, false),
            field("verdict", DeclKind::Choice(&["approve", "defer"]), true),
        ],
        line: &[
            Piece::Words("note"),
            bare("unit", Style::Colon),
            bare("text", Style::Raw),
            bare("verdict", Style::Raw),
            after("on:", "on", Style::Raw),
            after("follow-up: ", "follow_up", Style::Raw),
            after("cost:", "cost", Style::PerYear),
            bare("tags", Style::Tags),
        ],
        form: None,
        help: help("Logs a note."),
    };

    const CHART: CommandDecl = CommandDecl {
        name: "chart",
        description: "A chart",
        fields: &[
            field("kind", DeclKind::Choice(&["benefits", "units"]), true),
            field("investment", DeclKind::Text, false).when("kind", &["benefits"], true),
            field("unit", DeclKind::Text, false).when("kind", &["units"], false),
            field("as_of", DeclKind::Date, false),
        ],
        line: &[
            Piece::Words("chart"),
            bare("kind", Style::Raw),
            bare("investment", Style::Quoted),
            bare("unit", Style::Quoted),
            after("as-of:", "as_of", Style::Quoted),
        ],
        form: None,
        help: help("Draws a chart."),
    };

    #[test]
    fn required_optional_repeated_and_choices_read_as_usage_lines_do() {
        assert_eq!(
            NOTE.usage(),
            "note <unit>: <what was said> <approve|defer> [on:<date>] \
             [follow-up: <action> [@owner]]... [cost:<amount>/yr] [#tag]..."
        );
    }

    #[test]
    fn a_field_of_one_choice_is_shown_in_that_choice_only() {
        assert_eq!(
            CHART.usage(),
            "chart benefits <investment> | units [unit] [as-of:<date>]"
        );
    }

    #[test]
    fn declarations_of_one_command_share_one_help() {
        const TOKENS: &[CommandDecl] = &[
            CommandDecl {
                name: "token-create",
                description: "Create",
                fields: &[field("scope", DeclKind::Choice(&["read", "write"]), true)],
                line: &[Piece::Words("api token create"), bare("scope", Style::Raw)],
                form: None,
                help: HelpDecl {
                    summary: "Creates a token.",
                    aliases: &["tokens"],
                    examples: &["/value api token create read"],
                },
            },
            CommandDecl {
                name: "tokens",
                description: "List",
                fields: &[],
                line: &[Piece::Words("api tokens")],
                form: None,
                help: HelpDecl {
                    summary: "Lists them.",
                    aliases: &["tokens"],
                    examples: &["/value api tokens"],
                },
            },
        ];
        let decls = Declarations {
            commands: &[NOTE],
            groups: &[GroupDecl {
                name: "connect",
                description: "Connect",
                commands: TOKENS,
            }],
        };
        let help = decls.help();
        assert_eq!(help.len(), 2);
        assert_eq!(help[1].name, "api");
        assert_eq!(help[1].usage, "api token create <read|write> | api tokens");
        assert_eq!(help[1].summary, "Creates a token. Lists them.");
        assert_eq!(help[1].aliases, ["tokens"]);
        assert_eq!(
            help[1].examples,
            ["/value api token create read", "/value api tokens"]
        );
    }
}
