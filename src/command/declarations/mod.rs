//! The declaration of every command: its fields and how they become the grammar's line.
//! Discord's `/value` options, the forms, and the line a slash command or a form runs are
//! all made from this one table (the types are in `valuebridge_chat::declaration`).

mod changes;
mod fields;
mod groups;
mod reads;
mod records;

#[cfg(test)]
mod tests;

use valuebridge_chat::declaration::{CommandDecl, Declarations};

/// Every command, in the order Discord lists them.
pub const DECLARATIONS: Declarations = Declarations {
    commands: &[
        records::NOTE,
        records::DECIDE,
        records::INVEST,
        records::BENEFIT,
        records::SERVICE,
        records::UNIT,
        reads::UNITS,
        reads::LIST,
        reads::FIND,
        reads::FOLLOW_UPS,
        reads::SHOW,
        reads::HISTORY,
        changes::AMEND,
        changes::RETRACT,
        changes::RESTORE,
        changes::DONE,
        reads::DIGEST,
        reads::SCORECARD,
        reads::CHART,
        reads::DASHBOARD,
        changes::UNDO,
        reads::HELP,
    ],
    groups: &[groups::SUBSCRIPTIONS, groups::CONNECT],
};

/// The commands that open a form when typed with no arguments, by any of their names
/// (`invest`, `investment`).
pub fn form_command(word: &str) -> Option<&'static CommandDecl> {
    let word = word.trim();
    DECLARATIONS.commands.iter().find(|c| {
        c.form.is_some()
            && (c.name.eq_ignore_ascii_case(word)
                || c.help.aliases.iter().any(|a| a.eq_ignore_ascii_case(word)))
    })
}
