//! A slash command's form body read in one pass. Reading it field by field through serde
//! three times (the certificate check, the Enterprise Grid fill-in, the command itself) was
//! about a quarter of the CPU a read-only command cost. The one pass handles the form Slack
//! sends for a workspace's command; anything else (a certificate check, an organisation-wide
//! command without a workspace, a field given twice, a field missing or unreadable) is left
//! to the general path, so every such body is answered exactly as before.

use slack_morphism::prelude::*;
use std::borrow::Cow;

/// The fields of a slash command the bot reads, in the order of [`FIELDS`].
const FIELDS: [&str; 10] = [
    "team_id",
    "team_domain",
    "channel_id",
    "channel_name",
    "user_id",
    "command",
    "text",
    "response_url",
    "trigger_id",
    // Only ever read to know that the general path is needed.
    "enterprise_id",
];
const TEAM_ID: usize = 0;
const ENTERPRISE_ID: usize = 9;

/// The command in `body` when it is a workspace's plain slash command form: every field the
/// command needs given once, `team_id` not empty, no `ssl_check`. `None` means "read it the
/// general way" (it is not an error).
pub fn plain_command(body: &str) -> Option<SlackCommandEvent> {
    let mut found: [Option<Cow<'_, str>>; FIELDS.len()] = Default::default();
    for (name, value) in form_urlencoded::parse(body.as_bytes()) {
        if name == "ssl_check" {
            return None;
        }
        if let Some(i) = FIELDS.iter().position(|f| *f == name) {
            if found[i].replace(value).is_some() {
                return None;
            }
        }
    }
    let has_team = found[TEAM_ID].as_deref().is_some_and(|t| !t.is_empty());
    if found[ENTERPRISE_ID].is_some() || !has_team {
        return None;
    }
    let [team_id, team_domain, channel_id, channel_name, user_id, command, text, response_url, trigger_id, _] =
        found.map(|v| v.map(Cow::into_owned));
    Some(SlackCommandEvent {
        team_id: SlackTeamId(team_id?),
        team_domain,
        channel_id: SlackChannelId(channel_id?),
        channel_name,
        user_id: SlackUserId(user_id?),
        command: SlackCommandId(command?),
        text,
        response_url: SlackResponseUrl(response_url?.parse().ok()?),
        trigger_id: SlackTriggerId(trigger_id?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORM: &str = "token=x&team_id=T1&team_domain=acme&channel_id=C1&channel_name=general\
        &user_id=U1&user_name=ann&command=%2Fvalue&text=show+NOTE-1\
        &api_app_id=A1&is_enterprise_install=false\
        &response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.3";

    fn general(body: &str) -> Option<SlackCommandEvent> {
        serde_urlencoded::from_str(&crate::enterprise::command_form(body)).ok()
    }

    #[test]
    fn a_workspace_command_reads_as_the_general_path_reads_it() {
        let event = plain_command(FORM).expect("a plain form");
        assert_eq!(Some(&event), general(FORM).as_ref());
        assert_eq!(event.text.as_deref(), Some("show NOTE-1"));
        assert_eq!(event.command.0, "/value");
        // Optional fields absent or empty read the same way too.
        let sparse = "team_id=T1&channel_id=C1&user_id=U1&command=%2Fvalue&text=\
            &response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1.2.3";
        let event = plain_command(sparse).expect("a plain form");
        assert_eq!(Some(&event), general(sparse).as_ref());
        assert_eq!(event.text.as_deref(), Some(""));
        assert_eq!(event.team_domain, None);
    }

    #[test]
    fn anything_unusual_is_left_to_the_general_path() {
        for body in [
            // Slack's certificate check.
            "ssl_check=1&token=x",
            &format!("{FORM}&ssl_check=1"),
            // An organisation-wide install: the workspace may be missing or filled in.
            &format!("{FORM}&enterprise_id=E1"),
            &FORM.replace("team_id=T1", "team_id="),
            &FORM.replace("team_id=T1&", ""),
            // A field twice (serde refuses it), a field missing, an unreadable URL.
            &format!("{FORM}&text=again"),
            &FORM.replace("&trigger_id=1.2.3", ""),
            &FORM.replace("response_url=https%3A%2F%2F", "response_url=nowhere"),
            "",
        ] {
            assert_eq!(plain_command(body), None, "{body}");
        }
    }
}
