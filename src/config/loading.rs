//! Loading the configuration — defaults, the TOML file, `VALUEBRIDGE_SECTION__KEY`
//! variables — and checking every value, with errors that name the key.

use super::*;

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
pub(super) fn parse_micro(s: &str) -> Option<i64> {
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
