//! The message context-menu command "Log with valuebridge" (Apps → Log with valuebridge on
//! any message): the message's text goes to the bot as plain words from the person who used
//! it, as if they had said it, and the draft is shown only to them.

use serenity::all::{CommandInteraction, CommandType, CreateCommand, ResolvedTarget};

/// The command's name as Discord shows it in the Apps menu (at most 32 characters).
pub const NAME: &str = "Log with valuebridge";

/// The context-menu command as Discord registers it: a message command has a name and no
/// description or options.
pub fn registration() -> CreateCommand {
    CreateCommand::new(NAME)
        .kind(CommandType::Message)
        .dm_permission(true)
}

/// True for an interaction from this context-menu command.
pub fn is_menu(ci: &CommandInteraction) -> bool {
    ci.data.kind == CommandType::Message && ci.data.name == NAME
}

/// The text of the message it was used on, or what to tell the person when there is none.
pub fn target_text(ci: &CommandInteraction) -> Result<String, &'static str> {
    match ci.data.target() {
        Some(ResolvedTarget::Message(m)) if !m.content.trim().is_empty() => {
            Ok(m.content.trim().to_string())
        }
        Some(ResolvedTarget::Message(_)) => Err(NO_TEXT),
        _ => Err(NO_MESSAGE),
    }
}

pub const NO_TEXT: &str = "That message has no text I can read (only attachments or embeds). Copy the words into a message, or use /value.";
pub const NO_MESSAGE: &str =
    "Discord did not send the message you chose. Please try again in a moment.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_as_a_message_command_within_discords_limits() {
        let json = serde_json::to_value(registration()).unwrap();
        assert_eq!(json["type"], 3, "a MESSAGE command");
        assert_eq!(json["name"], NAME);
        let name = json["name"].as_str().unwrap();
        assert!((1..=32).contains(&name.chars().count()), "{name}");
        assert!(
            json.get("description").is_none() || json["description"] == "",
            "message commands carry no description: {json}"
        );
        assert!(json.get("options").is_none() || json["options"] == serde_json::json!([]));
    }
}
