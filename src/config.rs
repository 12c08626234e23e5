//! Configuration: built-in defaults, then the TOML file, then `VALUEBRIDGE_SECTION__KEY`
//! environment variables. Unknown keys are errors that name the key and the file.

use crate::money::Currency;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub store: StoreConfig,
    pub money: MoneyConfig,
    /// Exchange rates into the base currency: `USD = "0.79"` means 1 USD = 0.79 GBP.
    pub fx: BTreeMap<String, String>,
    pub roles: RolesConfig,
    pub digest: DigestConfig,
    pub conversation: ConversationConfig,
    pub schedule: ScheduleConfig,
    pub server: ServerConfig,
    pub log: LogConfig,
    pub slack: SlackConfig,
    pub discord: DiscordConfig,
    pub api: ApiConfig,
    pub dashboard: DashboardConfig,
    pub admin: AdminConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ApiConfig {
    /// Requests one API token may make in a minute; more are answered 429 with Retry-After.
    pub requests_per_minute: u32,
    /// Webhooks may post to `http://127.0.0.1…`/`localhost` (for tests and a local relay);
    /// otherwise only `https://` URLs are accepted.
    pub allow_loopback_webhooks: bool,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            requests_per_minute: 60,
            allow_loopback_webhooks: false,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct DiscordConfig {
    /// Discord's base URL (REST under `/api/v10`, and so the gateway lookup). Tests and API
    /// proxies point it elsewhere; plain http works.
    pub api_url: String,
    /// The server (guild id) direct messages to the bot belong to; empty: DMs are refused
    /// with an explanation.
    pub home_guild: String,
    /// Register `/value` in this server only (instant) rather than globally; the
    /// `DISCORD_GUILD_ID` environment variable sets it too.
    pub guild_id: String,
}

impl Default for DiscordConfig {
    fn default() -> Self {
        DiscordConfig {
            api_url: "https://discord.com".into(),
            home_guild: String::new(),
            guild_id: String::new(),
        }
    }
}

impl DiscordConfig {
    /// A configured guild id as a number; `None` when empty.
    pub fn guild(key: &str, value: &str) -> Result<Option<u64>, ConfigError> {
        let v = value.trim();
        if v.is_empty() {
            return Ok(None);
        }
        v.parse::<u64>()
            .ok()
            .filter(|n| *n != 0)
            .map(Some)
            .ok_or_else(|| ConfigError::Value {
                key: key.into(),
                message: format!(
                    "'{v}' is not a Discord server id; copy it with Developer Mode on (right-click the server → Copy Server ID)"
                ),
            })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct SlackConfig {
    /// Slack's Web API base URL, without a trailing slash (tests and GovSlack-style hosts
    /// point it elsewhere; plain http works).
    pub api_url: String,
    /// Socket Mode: how many websocket connections to keep open (Slack spreads envelopes
    /// over them, so one can be refreshed without a gap). 1 to 10.
    pub socket_connections: u32,
    /// Socket Mode: seconds between attempts to open a connection while Slack cannot be
    /// reached or refuses (a dropped connection is reopened at once).
    pub socket_retry_seconds: u64,
    /// The slash command created for the app in Slack; any other command is refused.
    pub command: String,
}

impl Default for SlackConfig {
    fn default() -> Self {
        SlackConfig {
            api_url: "https://slack.com/api".into(),
            socket_connections: 2,
            socket_retry_seconds: 10,
            command: "/value".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    pub data_dir: PathBuf,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct MoneyConfig {
    /// Currency for amounts written without one, and for digest totals.
    pub currency: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RolesConfig {
    pub admins: Vec<String>,
    pub deciders: Vec<String>,
    pub viewers: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct DigestConfig {
    pub discount_rate: f64,
    pub slipping_days: u32,
    pub slipping_ratio: f64,
    pub coverage_days: u32,
    pub review_window_days: u32,
    /// How near a red threshold counts as amber, as a share of it (0.2: within 20%).
    pub rag_amber_margin: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ConversationConfig {
    pub draft_ttl_minutes: u32,
    pub undo_minutes: u32,
    /// Read 01/02/2027 as 1 February (UK) rather than 2 January (US).
    pub day_first: bool,
    /// The last working day of the week: "end of week" in a message ("Thu" for a
    /// Sunday–Thursday week).
    pub week_ends: chrono::Weekday,
    /// The month the tenant's financial year starts in ("April"): what "next FY" and "the
    /// new financial year" mean. Unset: the calendar year for "next FY", and for "the new
    /// financial year" the one the currency's country keeps (April for pounds, rupees and
    /// yen, July for Australian dollars, else January).
    pub financial_year_starts: Option<chrono::Month>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ScheduleConfig {
    pub timezone: String,
    pub min_interval_seconds: u32,
    pub grace_hours: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    pub bind: String,
    pub shutdown_grace_seconds: u64,
    /// Connections served at once; further ones wait until one closes.
    pub max_connections: u32,
    /// A connection that has not sent a complete request's headers this many seconds after
    /// it opened or after its last response (a slow client, an idle keep-alive) is closed.
    pub header_timeout_seconds: u64,
    /// The address people reach this server at (behind the HTTPS reverse proxy), used in
    /// dashboard links; empty: `http://` and `bind`, which only works on this machine.
    pub public_url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// Admin-socket connections served at once; a further client is refused with an
    /// explanation rather than left holding a task and a file descriptor.
    pub max_connections: u32,
}

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            max_connections: 16,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct DashboardConfig {
    /// Days a `/value dashboard` link opens its pages.
    pub link_days: u32,
}

impl Default for DashboardConfig {
    fn default() -> Self {
        DashboardConfig { link_days: 7 }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// `text` or `json`.
    pub format: String,
    /// Used when `RUST_LOG` is not set.
    pub level: String,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            data_dir: PathBuf::from("./data"),
        }
    }
}
impl Default for MoneyConfig {
    fn default() -> Self {
        MoneyConfig {
            currency: "GBP".into(),
        }
    }
}
impl Default for DigestConfig {
    fn default() -> Self {
        DigestConfig {
            discount_rate: 0.035,
            slipping_days: 90,
            slipping_ratio: 0.8,
            coverage_days: 30,
            review_window_days: 14,
            rag_amber_margin: 0.2,
        }
    }
}
impl Default for ConversationConfig {
    fn default() -> Self {
        ConversationConfig {
            draft_ttl_minutes: 15,
            undo_minutes: 10,
            day_first: true,
            week_ends: chrono::Weekday::Fri,
            financial_year_starts: None,
        }
    }
}
impl Default for ScheduleConfig {
    fn default() -> Self {
        ScheduleConfig {
            timezone: "Europe/London".into(),
            min_interval_seconds: 3600,
            grace_hours: 6,
        }
    }
}
impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            bind: "127.0.0.1:8080".into(),
            shutdown_grace_seconds: 10,
            max_connections: 512,
            header_timeout_seconds: 15,
            public_url: String::new(),
        }
    }
}
impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: "text".into(),
            level: "info".into(),
        }
    }
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("Cannot read the configuration file {path}: {source}", path = path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("The configuration file {path} is not valid: {message}", path = path.display())]
    Invalid { path: PathBuf, message: String },
    #[error("The environment variable {var} does not fit the configuration: {message}")]
    Env { var: String, message: String },
    #[error("Configuration value {key} is wrong: {message}")]
    Value { key: String, message: String },
}

pub const ENV_PREFIX: &str = "VALUEBRIDGE_";

impl Config {
    /// Loads the configuration: defaults, then `file` (if given and present), then the
    /// environment variables in `env`.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut value = toml::Value::try_from(Config::default()).expect("defaults serialise");
        if let Some(path) = file {
            let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                path: path.to_path_buf(),
                source,
            })?;
            // Deserialise the file on its own first, so errors carry its line numbers.
            let from_file: toml::Value = toml::from_str::<Config>(&text)
                .and_then(|_| toml::from_str(&text))
                .map_err(|e| ConfigError::Invalid {
                    path: path.to_path_buf(),
                    message: e.to_string(),
                })?;
            merge(&mut value, from_file);
        }
        for (var, raw) in env {
            // Discord's usual name for the registration guild is accepted as it is.
            let var = if var == "DISCORD_GUILD_ID" {
                "VALUEBRIDGE_DISCORD__GUILD_ID".to_string()
            } else {
                var
            };
            let Some(rest) = var.strip_prefix(ENV_PREFIX) else {
                continue;
            };
            let path: Vec<String> = rest.split("__").map(|p| p.to_lowercase()).collect();
            if path.len() < 2 || path.iter().any(String::is_empty) {
                continue;
            }
            // Read as a TOML value on the right of `v = `: read as a whole document,
            // a one-item list such as `["U123"]` would be a table header instead.
            let parsed = toml::from_str::<toml::Table>(&format!("v = {raw}"))
                .ok()
                .and_then(|t| t.get("v").cloned())
                .unwrap_or(toml::Value::String(raw.clone()));
            // A value that reads as a number or list but is wanted as text (an [fx] rate,
            // a name) is tried as text too.
            let wrap = |leaf: toml::Value| {
                let mut overlay = leaf;
                for key in path.iter().rev() {
                    let mut t = toml::Table::new();
                    t.insert(key.clone(), overlay);
                    overlay = toml::Value::Table(t);
                }
                let mut candidate = value.clone();
                merge(&mut candidate, overlay);
                candidate.clone().try_into::<Config>().map(|_| candidate)
            };
            value = wrap(parsed)
                .or_else(|e| wrap(toml::Value::String(raw.clone())).map_err(|_| e))
                .map_err(|e| ConfigError::Env {
                    var: var.clone(),
                    message: e.to_string(),
                })?;
        }
        let config: Config = value
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Value {
                key: "(merged)".into(),
                message: e.to_string(),
            })?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        self.currency()?;
        self.fx_rates()?;
        self.timezone()?;
        if !(0.0..1.0).contains(&self.digest.rag_amber_margin) {
            return Err(ConfigError::Value {
                key: "digest.rag_amber_margin".into(),
                message: "give a share from 0 to 1, like 0.2 for within 20% of a red threshold"
                    .into(),
            });
        }
        if !(0.0..1.0).contains(&self.digest.discount_rate) {
            return Err(ConfigError::Value {
                key: "digest.discount_rate".into(),
                message: "give a rate from 0 to 1, like 0.035 for 3.5%".into(),
            });
        }
        DiscordConfig::guild("discord.home_guild", &self.discord.home_guild)?;
        DiscordConfig::guild("discord.guild_id", &self.discord.guild_id)?;
        if !(1..=10).contains(&self.slack.socket_connections) {
            return Err(ConfigError::Value {
                key: "slack.socket_connections".into(),
                message: format!(
                    "{} connections: give 1 to 10 (Slack allows at most 10 per app)",
                    self.slack.socket_connections
                ),
            });
        }
        if self.slack.socket_retry_seconds == 0 {
            return Err(ConfigError::Value {
                key: "slack.socket_retry_seconds".into(),
                message: "give at least 1 second, so a refusing Slack is not hammered".into(),
            });
        }
        if self.server.max_connections == 0 {
            return Err(ConfigError::Value {
                key: "server.max_connections".into(),
                message: "give at least 1 (512 is the default)".into(),
            });
        }
        if self.admin.max_connections == 0 {
            return Err(ConfigError::Value {
                key: "admin.max_connections".into(),
                message: "give at least 1 (16 is the default)".into(),
            });
        }
        if self.server.header_timeout_seconds == 0 {
            return Err(ConfigError::Value {
                key: "server.header_timeout_seconds".into(),
                message: "give at least 1 second (15 is the default)".into(),
            });
        }
        if !(1..=366).contains(&self.dashboard.link_days) {
            return Err(ConfigError::Value {
                key: "dashboard.link_days".into(),
                message: "give 1 to 366 days (7 is the default)".into(),
            });
        }
        let url = self.server.public_url.trim();
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err(ConfigError::Value {
                key: "server.public_url".into(),
                message: format!(
                    "'{url}' is not an address: write it as people open it, like https://value.example.com"
                ),
            });
        }
        let command = &self.slack.command;
        let command_ok = command.len() <= 32
            && command.strip_prefix('/').is_some_and(|name| {
                !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c))
            });
        if !command_ok {
            return Err(ConfigError::Value {
                key: "slack.command".into(),
                message: format!(
                    "'{command}' is not a Slack slash command: write it as in the app's settings, like /value (lower-case letters, digits, - and _)"
                ),
            });
        }
        if !matches!(self.log.format.as_str(), "text" | "json") {
            return Err(ConfigError::Value {
                key: "log.format".into(),
                message: format!("'{}' is neither text nor json", self.log.format),
            });
        }
        Ok(())
    }

    pub fn currency(&self) -> Result<Currency, ConfigError> {
        self.money
            .currency
            .parse()
            .map_err(|e: crate::money::MoneyError| ConfigError::Value {
                key: "money.currency".into(),
                message: e.to_string(),
            })
    }

    /// Where dashboard links point, without a trailing slash.
    pub fn public_url(&self) -> String {
        let url = self.server.public_url.trim().trim_end_matches('/');
        if url.is_empty() {
            format!("http://{}", self.server.bind)
        } else {
            url.to_string()
        }
    }

    pub fn timezone(&self) -> Result<Tz, ConfigError> {
        self.schedule
            .timezone
            .parse()
            .map_err(|_| ConfigError::Value {
                key: "schedule.timezone".into(),
                message: format!(
                    "'{}' is not an IANA time zone (like Europe/London)",
                    self.schedule.timezone
                ),
            })
    }

    /// FX rates as (currency, rate in millionths of the base currency per unit).
    pub fn fx_rates(&self) -> Result<Vec<(Currency, i64)>, ConfigError> {
        let mut out = Vec::new();
        for (code, rate) in &self.fx {
            let key = format!("fx.{code}");
            let currency: Currency =
                code.parse()
                    .map_err(|e: crate::money::MoneyError| ConfigError::Value {
                        key: key.clone(),
                        message: e.to_string(),
                    })?;
            let micro = parse_micro(rate).ok_or_else(|| ConfigError::Value {
                key,
                message: format!("'{rate}' is not a positive rate like \"0.79\""),
            })?;
            out.push((currency, micro));
        }
        Ok(out)
    }

    /// The effective configuration as TOML, for `check-config`.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).expect("config serialises")
    }
}

/// A decimal like "0.79" in millionths (790000), exact.
fn parse_micro(s: &str) -> Option<i64> {
    let s = s.trim();
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty()
        || frac.len() > 6
        || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let int: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let frac: i64 = format!("{frac:0<6}").parse().ok()?;
    let v = int.checked_mul(1_000_000)?.checked_add(frac)?;
    (v > 0).then_some(v)
}

fn merge(base: &mut toml::Value, overlay: toml::Value) {
    match (base, overlay) {
        (toml::Value::Table(b), toml::Value::Table(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(existing) if existing.is_table() && v.is_table() => merge(existing, v),
                    _ => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (b, o) => *b = o,
    }
}

#[cfg(test)]
mod tests;
