//! Platform secrets: only ever from the environment (or a file named by `<NAME>_FILE`),
//! never from the TOML, and never printed: a [`Secret`] shows as `[redacted]`.

use std::collections::BTreeMap;
use std::fmt;

/// A secret value. Debug and Display never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Every secret variable the bot reads, and what it is for.
pub const VARIABLES: &[(&str, &str)] = &[
    (
        "SLACK_BOT_TOKEN",
        "Slack bot token (xoxb-…), for the Web API",
    ),
    (
        "SLACK_APP_TOKEN",
        "Slack app-level token (xapp-…), for Socket Mode",
    ),
    (
        "SLACK_SIGNING_SECRET",
        "Slack signing secret, for the Events API over HTTP",
    ),
    ("DISCORD_TOKEN", "Discord bot token, for the gateway"),
    (
        "DISCORD_PUBLIC_KEY",
        "Discord application public key (hex), for HTTP interactions",
    ),
];

#[derive(Debug, Default, Clone)]
pub struct Secrets(BTreeMap<&'static str, Secret>);

#[derive(Debug, thiserror::Error)]
#[error("{var} names the file {path}, which cannot be read: {source}")]
pub struct SecretFileError {
    var: String,
    path: String,
    source: std::io::Error,
}

impl Secrets {
    /// Reads `NAME` or, failing that, the file named by `NAME_FILE` (trailing newline trimmed).
    pub fn from_env(env: &BTreeMap<String, String>) -> Result<Secrets, SecretFileError> {
        let mut out = BTreeMap::new();
        for (name, _) in VARIABLES {
            if let Some(v) = env.get(*name).filter(|v| !v.trim().is_empty()) {
                out.insert(*name, Secret(v.trim().to_string()));
            } else if let Some(path) = env.get(&format!("{name}_FILE")) {
                let text = std::fs::read_to_string(path).map_err(|source| SecretFileError {
                    var: format!("{name}_FILE"),
                    path: path.clone(),
                    source,
                })?;
                out.insert(*name, Secret(text.trim().to_string()));
            }
        }
        Ok(Secrets(out))
    }

    pub fn get(&self, name: &str) -> Option<&Secret> {
        self.0.get(name)
    }

    /// True when any Slack or Discord credential is set.
    pub fn any_platform(&self) -> bool {
        !self.0.is_empty()
    }

    pub fn is_set(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// One line per platform: whether it will start, and if not, what is missing.
    pub fn adapter_report(&self) -> Vec<String> {
        let has = |n| self.is_set(n);
        let mut lines = vec!["console: starts with `valuebridge run` when stdin is a terminal or a pipe, and with `valuebridge chat`".to_string()];
        let slack_modes = match (has("SLACK_BOT_TOKEN"), has("SLACK_APP_TOKEN"), has("SLACK_SIGNING_SECRET")) {
            (false, false, false) => "not configured: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)".to_string(),
            (false, _, _) => "incomplete: SLACK_BOT_TOKEN is missing".to_string(),
            (true, false, false) => "incomplete: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)".to_string(),
            (true, true, true) => "starts in Socket Mode (SLACK_APP_TOKEN); the signed HTTP routes are mounted too, since SLACK_SIGNING_SECRET is set".to_string(),
            (true, true, false) => "starts in Socket Mode (SLACK_APP_TOKEN): no public URL needed".to_string(),
            (true, false, true) => "starts in HTTP mode: POST /slack/commands, /slack/events and /slack/interactions on server.bind".to_string(),
        };
        lines.push(format!("slack: {slack_modes}"));
        let discord = match (has("DISCORD_TOKEN"), has("DISCORD_PUBLIC_KEY")) {
            (false, false) => "not configured: set DISCORD_TOKEN (gateway) or DISCORD_PUBLIC_KEY (HTTP interactions)".to_string(),
            (true, false) => "starts on the gateway (DISCORD_TOKEN): /value slash commands, mentions and DMs".to_string(),
            (false, true) => "starts HTTP interactions on POST /discord/interactions; set DISCORD_TOKEN too: follow-ups to deferred answers (digests), scheduled posts, command registration and mentions need it".to_string(),
            (true, true) => "starts on the gateway and on POST /discord/interactions".to_string(),
        };
        lines.push(format!("discord: {discord}"));
        lines
    }

    /// `NAME = set ([redacted])` or `NAME = not set`, for every variable.
    pub fn redacted_listing(&self) -> Vec<String> {
        VARIABLES
            .iter()
            .map(|(name, what)| match self.get(name) {
                Some(s) => format!("{name} = set ({s})  # {what}"),
                None => format!("{name} = not set  # {what}"),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_and_come_from_env_or_file() {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), "s3cr3t-from-file\n").unwrap();
        let env: BTreeMap<String, String> = [
            (
                "SLACK_BOT_TOKEN".to_string(),
                "xoxb-very-secret".to_string(),
            ),
            (
                "SLACK_SIGNING_SECRET_FILE".to_string(),
                file.path().display().to_string(),
            ),
        ]
        .into();
        let s = Secrets::from_env(&env).unwrap();
        assert_eq!(
            s.get("SLACK_SIGNING_SECRET").unwrap().expose(),
            "s3cr3t-from-file"
        );
        let shown = format!(
            "{s:?} {} {:?}",
            s.redacted_listing().join("\n"),
            s.adapter_report()
        );
        assert!(
            !shown.contains("xoxb-very-secret") && !shown.contains("s3cr3t"),
            "{shown}"
        );
        assert!(
            shown.contains("SLACK_BOT_TOKEN = set ([redacted])"),
            "{shown}"
        );
        assert!(shown.contains("DISCORD_TOKEN = not set"), "{shown}");
        let bad: BTreeMap<String, String> = [(
            "DISCORD_TOKEN_FILE".to_string(),
            "/nonexistent/x".to_string(),
        )]
        .into();
        assert!(Secrets::from_env(&bad)
            .unwrap_err()
            .to_string()
            .contains("DISCORD_TOKEN_FILE names the file /nonexistent/x"));
    }

    #[test]
    fn the_report_says_which_slack_mode_starts() {
        let report = |vars: &[&str]| {
            let env: BTreeMap<String, String> = vars
                .iter()
                .map(|v| (v.to_string(), "x".to_string()))
                .collect();
            Secrets::from_env(&env).unwrap().adapter_report()[1].clone()
        };
        assert!(report(&["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]).contains("starts in Socket Mode"));
        let both = report(&["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"]);
        assert!(
            both.contains("starts in Socket Mode") && both.contains("HTTP routes are mounted too"),
            "{both}"
        );
        assert!(
            report(&["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]).contains("starts in HTTP mode")
        );
        assert!(report(&["SLACK_APP_TOKEN"]).contains("SLACK_BOT_TOKEN is missing"));
    }
}
