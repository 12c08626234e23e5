//! Subscription commands: subscribe, subscriptions, unsubscribe, subscription pause|resume.

use super::error::ParseError;
use super::values::Parser;
use super::Command;
use crate::ids::SubscriptionId;

/// When a subscription fires, as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// `weekly mon 09:00`, `daily 08:30`, `monthly 1 09:00`.
    Words(Vec<String>),
    /// `cron "0 9 * * MON"`.
    Cron(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscribeArgs {
    /// `subscribe follow-ups daily 08:30`: overdue and due-today follow-ups, not the digest.
    pub follow_ups: bool,
    pub when: When,
    pub unit: Option<String>,
    pub tz: Option<String>,
    pub period: String,
    /// `channel:discord:<id>` or `channel:slack:<id>`: post to a channel of another
    /// workspace of the organisation instead of this one.
    pub channel: Option<String>,
}

pub const PERIODS: &[&str] = &["week", "month", "quarter", "year"];

pub(super) fn parse_subscribe(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let follow_ups = p.peek().is_some_and(|t| {
        ["follow-ups", "followups", "follow-up", "actions"]
            .iter()
            .any(|w| t.is(w))
    });
    if follow_ups || p.peek().is_some_and(|t| t.is("digest")) {
        p.pos += 1;
    }
    let first = p.expect("when to post (`weekly mon 09:00` or `cron \"0 9 * * MON\"`)")?;
    let when = if first.is("cron") {
        let expr = p.expect("the cron expression, in quotes")?;
        if !expr.quoted {
            return Err(p.error_at(
                expr,
                "put the cron expression in quotes, like `cron \"0 9 * * MON\"`",
            ));
        }
        When::Cron(expr.text.clone())
    } else {
        let mut words = vec![first.text.clone()];
        while let Some(t) = p.peek() {
            if t.key_value().is_some_and(|(k, _)| {
                ["unit", "tz", "timezone", "period", "channel"].contains(&k.as_str())
            }) {
                break;
            }
            words.push(t.text.clone());
            p.pos += 1;
        }
        When::Words(words)
    };
    let mut args = SubscribeArgs {
        follow_ups,
        when,
        unit: None,
        tz: None,
        period: "week".into(),
        channel: None,
    };
    while let Some(t) = p.next() {
        match t.key_value() {
            Some((k, v)) if k == "unit" && !v.is_empty() => args.unit = Some(v.trim().to_string()),
            Some((k, v)) if (k == "tz" || k == "timezone") && !v.is_empty() => {
                args.tz = Some(v.trim().to_string())
            }
            Some((k, v)) if k == "period" => {
                let v = v.trim().to_lowercase();
                if !PERIODS.contains(&v.as_str()) {
                    return Err(p.error_at(
                        t,
                        format!("`{v}` is not a period; use week, month, quarter or year"),
                    ));
                }
                args.period = v;
            }
            Some((k, v)) if k == "channel" => {
                let v = v.trim();
                let well_formed = v.split_once(':').is_some_and(|(platform, id)| {
                    matches!(platform, "slack" | "discord")
                        && !id.is_empty()
                        && id.chars().all(|c| c.is_ascii_alphanumeric())
                });
                if !well_formed {
                    return Err(p.error_at(
                        t,
                        format!("`{v}` is not a channel; write `channel:slack:C0123ABC` or `channel:discord:645027906669510667` (the channel's id)"),
                    ));
                }
                args.channel = Some(v.to_string());
            }
            _ => {
                return Err(p.error_at(
                    t,
                    format!(
                    "I did not expect `{}` here; the options are unit:, tz:, period: and channel:",
                    t.text
                ),
                ))
            }
        }
    }
    Ok(Command::Subscribe(args))
}

fn subscription_id(p: &mut Parser<'_>) -> Result<SubscriptionId, ParseError> {
    let t = p.expect("the subscription's id (SUB-n)")?;
    t.text
        .parse()
        .map_err(|e: crate::ids::IdError| p.error_at(t, e.to_string()))
}

pub(super) fn parse_unsubscribe(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let id = subscription_id(&mut p)?;
    p.finish(Command::Unsubscribe(id))
}

pub(super) fn parse_subscription(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let id = subscription_id(&mut p)?;
    let action = p.expect("`pause` or `resume`")?;
    let paused = match action.text.to_lowercase().as_str() {
        "pause" => true,
        "resume" => false,
        _ => {
            return Err(p.error_at(
                action,
                format!("`{}` is neither pause nor resume", action.text),
            ))
        }
    };
    p.finish(Command::PauseSubscription { id, paused })
}
