//! The `/value` application command, made from the bot's command declarations: one
//! subcommand (or subcommand group) per declared command, with typed options, and the
//! translation of a filled-in command back to the grammar's line with the declaration's own
//! composer, so Discord runs exactly what every other platform runs. A grouped subcommand is
//! named `group sub` (`subscriptions add`).

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};
use std::collections::BTreeMap;
use valuebridge_chat::declaration::{CommandDecl, DeclKind, Declarations};
use valuebridge_chat::Lookup;

/// What an autocompleted option suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggest {
    Unit,
    Investment,
}

/// The command's own description, shown in Discord's command list.
pub const DESCRIPTION: &str =
    "Log engagement notes, decisions and benefits; read value-for-money digests";

fn sub_option(decl: &CommandDecl) -> CreateCommandOption {
    let mut s =
        CreateCommandOption::new(CommandOptionType::SubCommand, decl.name, decl.description);
    for f in decl.fields {
        let kind = match f.kind {
            DeclKind::Integer => CommandOptionType::Integer,
            DeclKind::Text
            | DeclKind::LongText
            | DeclKind::Amount
            | DeclKind::Date
            | DeclKind::Choice(_)
            | DeclKind::Lookup(_) => CommandOptionType::String,
        };
        let mut c = CreateCommandOption::new(kind, f.name, f.description)
            // A command that opens a form when sent bare must be sendable bare.
            .required(f.required && decl.form.is_none());
        match f.kind {
            DeclKind::Lookup(_) => c = c.set_autocomplete(true),
            DeclKind::Integer => c = c.min_int_value(0),
            DeclKind::Choice(choices) => {
                for choice in choices {
                    c = c.add_string_choice(*choice, *choice);
                }
            }
            DeclKind::Text | DeclKind::LongText | DeclKind::Amount | DeclKind::Date => {}
        }
        s = s.add_sub_option(c);
    }
    s
}

/// The `/value` command as Discord registers it.
pub fn registration(decls: &Declarations) -> CreateCommand {
    let mut cmd = CreateCommand::new("value")
        .description(DESCRIPTION)
        .dm_permission(true);
    for decl in decls.commands {
        cmd = cmd.add_option(sub_option(decl));
    }
    for group in decls.groups {
        let mut g = CreateCommandOption::new(
            CommandOptionType::SubCommandGroup,
            group.name,
            group.description,
        );
        for decl in group.commands {
            g = g.add_sub_option(sub_option(decl));
        }
        cmd = cmd.add_option(g);
    }
    cmd
}

/// The option a user is typing into, for autocomplete.
pub fn suggestion_for(decls: &Declarations, sub: &str, option: &str) -> Option<Suggest> {
    match decls.find(sub)?.field(option)?.kind {
        DeclKind::Lookup(Lookup::Unit) => Some(Suggest::Unit),
        DeclKind::Lookup(Lookup::Investment) => Some(Suggest::Investment),
        _ => None,
    }
}

/// The grammar's line for a subcommand and its filled-in options (a subcommand the
/// declarations do not know is passed on by name, for the grammar to explain).
pub fn line(decls: &Declarations, sub: &str, args: &BTreeMap<String, String>) -> String {
    decls.line(sub, args).unwrap_or_else(|| sub.to_string())
}
