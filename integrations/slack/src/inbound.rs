//! Slack payloads → neutral invocations.

use valuebridge_chat::{Actor, Invocation};

/// The tenant of a Slack workspace.
pub fn tenant(team_id: &str) -> String {
    format!("slack:{team_id}")
}

/// Removes `<@U123>` mentions wherever they are, and the space around them.
pub fn strip_mention(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<@") {
        out.push_str(&rest[..start]);
        match rest[start..].find('>') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
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
    }
}
