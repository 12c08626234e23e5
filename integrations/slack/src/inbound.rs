//! Slack payloads → neutral invocations.

use valuebridge_chat::{Actor, Invocation};

/// The tenant of a Slack workspace.
pub fn tenant(team_id: &str) -> String {
    format!("slack:{team_id}")
}

/// Removes the mention that addresses the bot (`<@U123>` opening or closing the message),
/// and the space around it. Mentions inside the message name people ("follow-up: send the
/// deck <@U024BE7LH>") and are kept.
pub fn strip_mention(text: &str) -> String {
    let mut rest = text.trim();
    if rest.starts_with("<@") {
        if let Some(end) = rest.find('>') {
            rest = rest[end + 1..].trim_start();
        }
    }
    let body = rest.trim_end_matches(['?', '!', '.', ' ']);
    let out = match body.strip_suffix('>').and_then(|b| b.rfind("<@")) {
        Some(start) if !body[start..].contains(char::is_whitespace) => {
            format!("{}{}", &body[..start], &rest[body.len()..])
        }
        _ => rest.to_string(),
    };
    let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace(" ?", "?")
        .replace(",?", "?")
        .replace(" .", ".")
        .trim()
        .to_string()
}

pub fn invocation(
    team_id: &str,
    channel: &str,
    user_id: &str,
    text: &str,
    is_command: bool,
) -> Invocation {
    Invocation {
        tenant: tenant(team_id),
        channel: channel.to_string(),
        actor: Actor {
            user_id: user_id.to_string(),
            // The core replaces it with the name `users.info` gives, when Slack gives one.
            display_name: user_id.to_string(),
            role: None,
        },
        text: text.to_string(),
        is_command,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_stripped() {
        assert_eq!(
            strip_mention("<@U0LAN0Z89> we approved £250k"),
            "we approved £250k"
        );
        assert_eq!(strip_mention("  <@U1>   units"), "units");
        assert_eq!(strip_mention("no mention"), "no mention");
        assert_eq!(
            strip_mention("What is the hour of the pearl, <@U0LAN0Z89>?"),
            "What is the hour of the pearl?"
        );
        assert_eq!(
            strip_mention(
                "<@U0LAN0Z89> note Sales: call follow-up: send deck <@U024BE7LH> by Friday"
            ),
            "note Sales: call follow-up: send deck <@U024BE7LH> by Friday"
        );
    }
}
