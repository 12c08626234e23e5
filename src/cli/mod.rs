//! The `valuebridge` command line: the bot itself (`run`), the console (`chat`), and the
//! operator's tools (export, import, check-config).

mod chart;
mod commands;
mod config_and_schedule;
mod digest_agg;
mod digest_snapshot;
mod here_or_running;
mod logging;
mod org;
mod scorecard;
mod store_commands;

pub use org::OrgAction;
pub use store_commands::{execute, execute_saying, Output, StoreCommand};

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "valuebridge",
    version,
    about = "Links IT spending to the business value it creates, from your team chat"
)]
pub struct Cli {
    /// Where the store lives (default: store.data_dir from the configuration, ./data).
    #[arg(long, global = true, env = "VALUEBRIDGE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Configuration file (default: ./config/valuebridge.toml when present).
    #[arg(long, global = true, env = "VALUEBRIDGE_CONFIG")]
    pub config: Option<PathBuf>,
    /// The workspace to act on: local (the console's), slack:T123, discord:G456.
    #[arg(long, global = true, default_value = "local")]
    pub tenant: String,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the bot (the default): the store, and the console when no platform is configured.
    Run,
    /// A console session: type commands or plain words; works with piped input.
    Chat {
        /// Who you are in the records.
        #[arg(long, default_value = "console")]
        user: String,
        /// The channel to log into.
        #[arg(long, default_value = "console")]
        channel: String,
        /// Your role: admin, decider, member or viewer.
        #[arg(long, default_value = "admin")]
        role: valuebridge_chat::Role,
    },
    /// Writes every record of the tenant, with its history.
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Directory to write into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Imports a JSON export (restoring ids) or a CSV investment register.
    Import {
        /// A `.json` export, or a `.csv` register whose header starts
        /// name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor
        file: PathBuf,
        /// Who the imported records are logged by.
        #[arg(long, default_value = "import")]
        user: String,
        /// For a register: rows naming investments that already exist amend their changed
        /// fields (each change in history, the file's name as the reason) instead of
        /// being refused.
        #[arg(long)]
        update: bool,
    },
    /// Writes a consistent backup of every tenant (records with their history, and
    /// subscriptions) to one JSON file; works while the bot runs.
    Backup {
        /// The file to write (replaced once the new backup is complete).
        #[arg(long)]
        out: PathBuf,
    },
    /// Restores a backup into an empty (or new) data directory.
    Restore {
        /// A file written by `valuebridge backup`.
        file: PathBuf,
    },
    /// Reads a plain-words message and prints what the bot understood, as one JSON object
    /// (units and investments are resolved against the store).
    Parse {
        message: String,
        /// Read relative dates ("on Friday") as of this day (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// Who said it (the owner of "I'll send…" follow-ups).
        #[arg(long, default_value = "console")]
        speaker: String,
    },
    /// The value-for-money digest of a unit or the whole portfolio.
    Digest {
        /// A business unit (name or alias); the whole portfolio when left out.
        #[arg(long)]
        unit: Option<String>,
        /// week, month, quarter, year (to date), last-week, last-month, last-quarter,
        /// last-year, or YYYY-MM-DD..YYYY-MM-DD (default: the week of --as-of, to date).
        #[arg(long)]
        period: Option<String>,
        /// The date to report as of (default: today).
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value = "text")]
        format: DigestFormat,
    },
    /// A business unit's scorecard, each figure against the period before.
    Scorecard {
        /// The business unit (name or alias).
        unit: String,
        /// As for `digest` (default: the month of --as-of, to date).
        #[arg(long)]
        period: Option<String>,
        /// The date to report as of (default: today).
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value = "text")]
        format: DigestFormat,
    },
    /// A chart of the digest's figures, written to a PNG (for chats and slides) or an SVG.
    Chart {
        /// benefits (one investment's benefit realisation), units (value by unit) or rag
        /// (investments by realisation, coloured by RAG).
        kind: String,
        /// For units and rag: one business unit (name or alias); the whole portfolio when
        /// left out.
        #[arg(long)]
        unit: Option<String>,
        /// For benefits: the investment (INV-3, or its name).
        #[arg(long)]
        investment: Option<String>,
        /// The date to chart as of (default: today).
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        /// The file to write: its extension (.png or .svg) says the format.
        #[arg(long)]
        out: PathBuf,
    },
    /// The digest's aggregates: `rebuild` recomputes them from the records; `check` compares
    /// them with the records and exits non-zero on any disagreement.
    #[command(name = "digest-agg")]
    DigestAgg {
        #[arg(value_enum)]
        action: DigestAggAction,
    },
    /// Prints the effective configuration (secrets redacted) and which adapters would start.
    CheckConfig,
    /// Organisations spanning workspaces: link, unlink, list (with the history of links).
    Org {
        #[command(subcommand)]
        action: OrgAction,
    },
    /// Schedule tools.
    Schedule {
        #[command(subcommand)]
        action: ScheduleAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum ScheduleAction {
    /// Prints the next fire times of a cron expression (or `weekly mon 09:00`).
    Preview {
        expression: String,
        /// Time zone (default: schedule.timezone from the configuration).
        #[arg(long)]
        tz: Option<String>,
        /// Start from this instant (RFC 3339; default: now).
        #[arg(long)]
        from: Option<String>,
        #[arg(long, default_value_t = 5)]
        count: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DigestFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DigestAggAction {
    /// Recompute the aggregates from the records, replacing the stored ones.
    Rebuild,
    /// Compare the stored aggregates with the records; changes nothing.
    Check,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Json,
    Csv,
}

/// Runs the command line; returns the process exit code.
pub fn main() -> std::process::ExitCode {
    // Everything this process creates (the store's files, exports, backups, the admin
    // socket) holds the business's records: owner-only, whatever umask it was started with.
    // SAFETY: umask only sets this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
    let cli = Cli::parse();
    match commands::dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(1)
        }
    }
}
