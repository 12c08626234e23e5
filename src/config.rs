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

mod loading;

#[cfg(test)]
use loading::parse_micro;

pub use loading::{ConfigError, ENV_PREFIX};

#[cfg(test)]
mod tests;
