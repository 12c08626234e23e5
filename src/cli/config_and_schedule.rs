//! `valuebridge check-config` (the effective configuration, secrets redacted, and which
//! adapters would start) and `valuebridge schedule-preview` (a schedule's next fire times).

use crate::config::Config;
use std::process::ExitCode;

pub(super) fn check_config(config: &Config) -> anyhow::Result<ExitCode> {
    let env: std::collections::BTreeMap<String, String> = std::env::vars().collect();
    let secrets = crate::secrets::Secrets::from_env(&env)?;
    println!("# Effective configuration (defaults, then the file, then VALUEBRIDGE_* variables)\n");
    println!("{}", config.to_toml());
    println!("# Secrets (from the environment only)");
    for line in secrets.redacted_listing() {
        println!("{line}");
    }
    println!("\n# Adapters");
    for line in secrets.adapter_report() {
        println!("{line}");
    }
    if let Some(key) = secrets.get("DISCORD_PUBLIC_KEY") {
        if let Err(e) = valuebridge_discord::verify::InteractionVerifier::new(key.expose()) {
            eprintln!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn schedule_preview(
    config: &Config,
    expression: &str,
    tz: Option<&str>,
    from: Option<&str>,
    count: usize,
) -> anyhow::Result<ExitCode> {
    let zone: chrono_tz::Tz = match tz {
        Some(z) => match z.parse() {
            Ok(z) => z,
            Err(_) => {
                eprintln!("'{z}' is not a time zone; use an IANA name like Europe/London or America/New_York.");
                return Ok(ExitCode::from(1));
            }
        },
        None => config.timezone()?,
    };
    let from = match from {
        Some(f) => match chrono::DateTime::parse_from_rfc3339(f) {
            Ok(t) => t.with_timezone(&chrono::Utc),
            Err(_) => {
                eprintln!("'{f}' is not an RFC 3339 time; write it like 2027-03-28T00:00:00Z.");
                return Ok(ExitCode::from(1));
            }
        },
        None => chrono::Utc::now(),
    };
    let words: Vec<&str> = expression.split_whitespace().collect();
    let named = words
        .first()
        .is_some_and(|w| ["weekly", "daily", "monthly"].contains(&w.to_lowercase().as_str()));
    let spec = if named {
        crate::schedule::Spec::from_words(&words, zone)
    } else {
        crate::schedule::Spec::from_cron(expression, zone)
    };
    let spec = match spec {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(1));
        }
    };
    for t in spec.fire_times_after(from).take(count) {
        println!(
            "{}  ({})",
            t.with_timezone(&zone).format("%a %Y-%m-%d %H:%M:%S %Z"),
            t.format("%Y-%m-%dT%H:%M:%SZ")
        );
    }
    Ok(ExitCode::SUCCESS)
}
