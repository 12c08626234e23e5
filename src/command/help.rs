//! Help for every command, made from its declaration (`declarations/`): the usage line from
//! its fields, what it does, its other names and examples. Parse errors show the same usage
//! line, so help, errors, Discord's options and the forms cannot drift apart.

use super::declarations::DECLARATIONS;
use std::sync::LazyLock;

/// How one command of the grammar is used; `usage` starts with `/value`.
pub type Help = valuebridge_chat::declaration::CommandHelp;

/// Every command's help, in the order the declarations name them.
pub static COMMANDS: LazyLock<Vec<Help>> = LazyLock::new(|| {
    DECLARATIONS
        .help()
        .into_iter()
        .map(|mut h| {
            h.usage = format!("/value {}", h.usage);
            h
        })
        .collect()
});

/// The help entry for a command name or alias.
pub fn help_for(name: &str) -> Option<&'static Help> {
    COMMANDS.iter().find(|h| {
        h.name.eq_ignore_ascii_case(name) || h.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}
