//! Slack payloads → neutral invocations.

use valuebridge_chat::{Actor, Invocation};

/// The longest Slack id accepted. Slack's own are about a dozen characters.
pub const MAX_ID: usize = 32;

/// A request whose workspace, channel or user id is not a Slack id: it did not come from
/// Slack as Slack sends it, so nothing is run for it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{field}` is not a Slack id: Slack ids are capital letters and digits, at most {MAX_ID} characters")]
pub struct BadId {
    pub field: &'static str,
}

/// Slack ids (`T0123ABC`, `C…`, `U…`, `D…`, `W…`) are capital letters and digits. Checked at
/// the edge, so a tenant is always `slack:` and one plain id (never `slack:T1:x` or a path).
pub fn check_id(field: &'static str, id: &str) -> Result<(), BadId> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(BadId { field })
    }
}

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
) -> Result<Invocation, BadId> {
    check_id("team_id", team_id)?;
    check_id("channel_id", channel)?;
    check_id("user_id", user_id)?;
    Ok(Invocation {
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_slack_ids_make_an_invocation() {
        assert!(invocation("T123ABC456", "C1", "U1", "units", true).is_ok());
        for (team, field) in [
            ("", "team_id"),
            ("../../etc", "team_id"),
            ("T1:x", "team_id"),
            ("t1", "team_id"),
            (&"T".repeat(100_000), "team_id"),
        ] {
            assert_eq!(
                invocation(team, "C1", "U1", "units", true).unwrap_err(),
                BadId { field },
                "{team:.40}"
            );
        }
        assert_eq!(
            invocation("T1", "C 1", "U1", "", false).unwrap_err().field,
            "channel_id"
        );
        assert_eq!(
            invocation("T1", "C1", "<!channel>", "", false)
                .unwrap_err()
                .field,
            "user_id"
        );
    }

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
