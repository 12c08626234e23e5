//! The one command grammar every platform shares. Adapters strip the mention or `/value`
//! and hand the rest to [`parse`]; the result is a [`Command`] or a [`ParseError`] that quotes
//! the input, points at where reading stopped and shows the command's usage.

mod charts;
mod connect;
mod dashboard;
pub mod declarations;
mod error;
mod follow_ups;
mod help;
mod list_filters;
mod reads;
mod record_ref;
mod records;
mod schedules;
mod tokenizer;
mod values;

pub use charts::ChartArgs;
pub use connect::{AnnounceArgs, ApiArgs, MeArgs, Scope, WebhookArgs};
pub use dashboard::DashboardArgs;
pub use error::ParseError;
pub use follow_ups::FollowUpsArgs;
pub use help::{help_for, Help, COMMANDS};
pub use list_filters::ListFilter;
pub use reads::{DigestArgs, ListArgs, ListKind};
pub use record_ref::{written_as_id, RecordRef};
pub use records::{
    AmendArgs, AmendField, BenefitArgs, DecideArgs, FollowUpArgs, InvestArgs, NoteArgs,
    RestoreArgs, RetractArgs, ServiceArgs, UnitAddArgs,
};
pub use schedules::{SubscribeArgs, When, PERIODS};
pub use tokenizer::Token;
pub use values::{parse_date, InvestmentRef, Looking, UnitRef, DATE_FORMS};

use crate::money::Currency;
use chrono::NaiveDate;

/// What the parser needs to know about the caller's world.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub default_currency: Currency,
    /// The caller's local date (tenant time zone): relative dates resolve against it.
    pub today: NaiveDate,
    /// Read 01/02/2027 as 1 February rather than 2 January.
    pub day_first: bool,
    /// The last working day of the week: what "end of week" means.
    pub week_ends: chrono::Weekday,
    /// The month the tenant's financial year starts in, when its settings say.
    pub financial_year_starts: Option<chrono::Month>,
}

impl Context {
    /// How the caller's dates are written and their week runs.
    pub fn calendar(&self) -> crate::reader::Calendar {
        crate::reader::Calendar {
            week_ends: self.week_ends,
            ..crate::reader::Calendar::new(self.day_first)
        }
        .with_financial_year(self.financial_year_starts, self.default_currency)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help(Option<String>),
    UnitAdd(UnitAddArgs),
    Units,
    Note(NoteArgs),
    Invest(InvestArgs),
    Decide(DecideArgs),
    Benefit(BenefitArgs),
    Service(ServiceArgs),
    List(ListArgs),
    FollowUps(FollowUpsArgs),
    /// `find <words>`: full-text search.
    Find(String),
    /// `show <id or name>`: one record as it stands.
    Show(RecordRef),
    /// `history <id or name>`: every change to a record.
    History(RecordRef),
    Amend(AmendArgs),
    Retract(RetractArgs),
    Restore(RestoreArgs),
    Done {
        note: crate::ids::NoteId,
        action: usize,
    },
    Digest(DigestArgs),
    /// A unit's scorecard (`unit` is always given).
    Scorecard(DigestArgs),
    Chart(ChartArgs),
    Dashboard(DashboardArgs),
    Undo,
    Subscribe(SubscribeArgs),
    Subscriptions,
    Unsubscribe(crate::ids::SubscriptionId),
    PauseSubscription {
        id: crate::ids::SubscriptionId,
        paused: bool,
    },
    /// `me`, `me link [code]`: one person across platforms.
    Me(MeArgs),
    /// `api token create|revoke`, `api tokens`: access for other systems.
    Api(ApiArgs),
    /// `webhook add|inbound|remove`, `webhooks`: posting events out, taking records in.
    Webhook(WebhookArgs),
    /// `announce decisions in <channel>`, `announce stop <ANN-n>`.
    Announce(AnnounceArgs),
}

impl Command {
    /// The command's name, for metrics and logs.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Help(_) => "help",
            Command::UnitAdd(_) => "unit_add",
            Command::Units => "units",
            Command::Note(_) => "note",
            Command::Invest(_) => "invest",
            Command::Decide(_) => "decide",
            Command::Benefit(_) => "benefit",
            Command::Service(_) => "service",
            Command::List(_) => "list",
            Command::FollowUps(_) => "follow_ups",
            Command::Find(_) => "find",
            Command::Show(_) => "show",
            Command::History(_) => "history",
            Command::Amend(_) => "amend",
            Command::Retract(_) => "retract",
            Command::Restore(_) => "restore",
            Command::Done { .. } => "done",
            Command::Digest(_) => "digest",
            Command::Scorecard(_) => "scorecard",
            Command::Chart(_) => "chart",
            Command::Dashboard(_) => "dashboard",
            Command::Undo => "undo",
            Command::Subscribe(_) => "subscribe",
            Command::Subscriptions => "subscriptions",
            Command::Unsubscribe(_) => "unsubscribe",
            Command::PauseSubscription { .. } => "subscription",
            Command::Me(_) => "me",
            Command::Api(_) => "api",
            Command::Webhook(_) => "webhook",
            Command::Announce(_) => "announce",
        }
    }
}

/// Strips a leading `/value` (or `value`) so console and chat share one grammar.
pub fn strip_prefix(line: &str) -> &str {
    let t = line.trim();
    for p in ["/value", "value"] {
        if let Some(rest) = t.strip_prefix(p) {
            if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                return rest.trim_start();
            }
        }
    }
    t
}

/// True when the first word of the line is one of the commands, so a console line like
/// "we approved £250k..." is conversation while "decide INV-1 approve" is a command.
pub fn looks_like_command(line: &str) -> bool {
    let line = strip_prefix(line);
    let first = line.split_whitespace().next().unwrap_or("");
    COMMANDS.iter().any(|h| {
        h.name.eq_ignore_ascii_case(first)
            || h.aliases.iter().any(|a| a.eq_ignore_ascii_case(first))
    }) || line.trim().is_empty()
}

/// Parses one command line (with or without the leading `/value`).
pub fn parse(line: &str, ctx: &Context) -> Result<Command, ParseError> {
    let line = strip_prefix(line);
    let tokens = tokenizer::tokenize(line).map_err(|e| {
        ParseError::new(
            line,
            e.at,
            "this quote is never closed; add the closing quote",
            None,
        )
    })?;
    let Some(first) = tokens.first() else {
        return Ok(Command::Help(None));
    };
    let name = first.text.to_lowercase();
    let p = values::Parser::new(line, &tokens[1..], ctx, &name);
    match GRAMMAR
        .iter()
        .find(|(words, _)| words.contains(&name.as_str()))
    {
        Some((_, read)) => read(p),
        None => Err(error::unknown_command(line, first)),
    }
}

/// What reads the rest of a line once its first word is known.
type ReadRest = for<'a> fn(values::Parser<'a>) -> Result<Command, ParseError>;

/// The grammar's first words (a command's name and its other names) and what reads the rest
/// of each line. One table, so help and the console's telling of commands from conversation
/// are checked against every word the grammar reads (`declarations/tests.rs`).
pub const GRAMMAR: &[(&[&str], ReadRest)] = &[
    (&["help", "?"], |p| {
        Ok(Command::Help(
            p.remaining().first().map(|t| t.text.to_lowercase()),
        ))
    }),
    (&["unit"], records::parse_unit),
    (&["units"], |p| p.finish(Command::Units)),
    (&["note"], records::parse_note),
    (&["invest", "investment"], records::parse_invest),
    (&["decide", "decision"], records::parse_decide),
    (&["benefit"], records::parse_benefit),
    (&["service"], records::parse_service),
    (&["list"], reads::parse_list),
    (&["find", "search"], |p| match p.remaining().first() {
        Some(first) => Ok(Command::Find(p.text_from(first).trim().to_string())),
        None => Err(p.error_at_end("the words to look for are missing, like `find vendor demo`")),
    }),
    (
        &[
            "follow-ups",
            "followups",
            "follow-up",
            "followup",
            "actions",
        ],
        follow_ups::parse_follow_ups,
    ),
    (&["show"], |p| {
        record_ref::parse_record_ref(p).map(Command::Show)
    }),
    (&["history"], |p| {
        record_ref::parse_record_ref(p).map(Command::History)
    }),
    (&["amend"], records::parse_amend),
    (&["retract"], records::parse_retract),
    (&["restore"], records::parse_restore),
    (&["done"], records::parse_done),
    (&["digest"], reads::parse_digest),
    (&["scorecard"], reads::parse_scorecard),
    (&["chart"], charts::parse_chart),
    (&["dashboard"], dashboard::parse_dashboard),
    (&["undo"], |p| p.finish(Command::Undo)),
    (&["subscribe"], schedules::parse_subscribe),
    (&["subscriptions"], |p| p.finish(Command::Subscriptions)),
    (&["unsubscribe"], schedules::parse_unsubscribe),
    (&["subscription"], schedules::parse_subscription),
    (&["me"], connect::parse_me),
    (&["api"], connect::parse_api),
    (&["webhook"], connect::parse_webhook),
    (&["webhooks"], connect::parse_webhooks),
    (&["announce"], connect::parse_announce),
];

#[cfg(test)]
mod tests;
