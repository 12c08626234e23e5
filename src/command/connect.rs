//! Commands that connect the register to people and systems elsewhere: `me link` (one
//! person across platforms) and `api token …` (access for other systems).

use super::error::ParseError;
use super::values::Parser;
use super::Command;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeArgs {
    /// `me`: who the bot takes you for, and your linked accounts.
    Show,
    /// `me link`: a code to type on the other platform.
    NewCode,
    /// `me link <code>`: this account is the person who asked for the code.
    Redeem(String),
}

/// What an API token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiArgs {
    /// `api token create read|write [label]`.
    Create { scope: Scope, label: Option<String> },
    /// `api token revoke <id>`.
    Revoke(String),
    /// `api tokens`.
    List,
}

pub(super) fn parse_me(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let Some(first) = p.next() else {
        return Ok(Command::Me(MeArgs::Show));
    };
    if !first.is("link") {
        return Err(p.error_at(
            first,
            format!(
                "`{}` is not something `me` does; use `me` or `me link [code]`",
                first.text
            ),
        ));
    }
    match p.next() {
        None => Ok(Command::Me(MeArgs::NewCode)),
        Some(code) => p.finish(Command::Me(MeArgs::Redeem(code.text.clone()))),
    }
}

pub(super) fn parse_api(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let first = p.expect("`token create read|write [label]`, `token revoke <id>` or `tokens`")?;
    if first.is("tokens") {
        return p.finish(Command::Api(ApiArgs::List));
    }
    if !first.is("token") {
        return Err(p.error_at(
            first,
            format!(
                "`{}` is not an API command; use `token` or `tokens`",
                first.text
            ),
        ));
    }
    let action = p.expect("`create` or `revoke`")?;
    if action.is("revoke") {
        let id = p.expect("the token's id, as `api tokens` lists it")?;
        return p.finish(Command::Api(ApiArgs::Revoke(id.text.clone())));
    }
    if !action.is("create") {
        return Err(p.error_at(
            action,
            format!("`{}` is neither create nor revoke", action.text),
        ));
    }
    let scope = p.expect("`read` or `write`")?;
    let scope = if scope.is("read") {
        Scope::Read
    } else if scope.is("write") {
        Scope::Write
    } else {
        return Err(p.error_at(
            scope,
            format!("`{}` is not a scope; use read or write", scope.text),
        ));
    };
    let label = p
        .remaining()
        .first()
        .map(|first| p.text_from(first).trim().trim_matches('"').to_string())
        .filter(|l| !l.is_empty());
    Ok(Command::Api(ApiArgs::Create { scope, label }))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookArgs {
    /// `webhook add <url> [events:decision,benefit]`.
    Add {
        url: String,
        events: Vec<crate::ids::Kind>,
    },
    /// `webhook inbound [label]`: an address other systems post benefits and notes to.
    Inbound { label: Option<String> },
    /// `webhook remove <WH-n or inbound id>`.
    Remove(String),
    /// `webhooks`.
    List,
}

const EVENT_KINDS: &str = "unit, note, investment, decision, benefit, service";

pub(super) fn parse_webhooks(p: Parser<'_>) -> Result<Command, ParseError> {
    p.finish(Command::Webhook(WebhookArgs::List))
}

pub(super) fn parse_webhook(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let action = p.expect("`add <https-url>`, `inbound [label]` or `remove <id>`")?;
    if action.is("remove") {
        let id = p.expect("the webhook's id, as `webhooks` lists it")?;
        return p.finish(Command::Webhook(WebhookArgs::Remove(id.text.clone())));
    }
    if action.is("inbound") {
        let label = p
            .remaining()
            .first()
            .map(|first| p.text_from(first).trim().trim_matches('"').to_string())
            .filter(|l| !l.is_empty());
        return Ok(Command::Webhook(WebhookArgs::Inbound { label }));
    }
    if !action.is("add") {
        return Err(p.error_at(
            action,
            format!(
                "`{}` is not a webhook action; use add, inbound or remove",
                action.text
            ),
        ));
    }
    let url = p.expect("the URL to post to (https://…)")?;
    let mut events = Vec::new();
    if let Some(t) = p.next() {
        let Some(list) = t.key_value().filter(|(k, _)| k == "events").map(|(_, v)| v) else {
            return Err(p.error_at(
                t,
                format!("I did not expect `{}` here; the option is events:", t.text),
            ));
        };
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let word = word.to_lowercase();
            let kind = crate::ids::Kind::ALL
                .into_iter()
                .filter(|k| *k != crate::ids::Kind::Subscription)
                .find(|k| {
                    k.plural() == word
                        || k.prefix().eq_ignore_ascii_case(&word)
                        || k.plural().trim_end_matches('s') == word
                })
                .ok_or_else(|| {
                    p.error_at(
                        t,
                        format!("`{word}` is not a kind of record; use {EVENT_KINDS}"),
                    )
                })?;
            if !events.contains(&kind) {
                events.push(kind);
            }
        }
    }
    p.finish(Command::Webhook(WebhookArgs::Add {
        url: url.text.clone(),
        events,
    }))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnounceArgs {
    /// `announce decisions in <here|slack:<id>|discord:<id>>`.
    Decisions { channel: String },
    /// `announce stop <ANN-n>`.
    Stop(String),
}

pub(super) fn parse_announce(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let what = p.expect("`decisions in <channel>` or `stop <ANN-n>`")?;
    if what.is("stop") {
        let id = p.expect("the announcement's id (ANN-n), as `webhooks` lists it")?;
        return p.finish(Command::Announce(AnnounceArgs::Stop(id.text.clone())));
    }
    if !what.is("decisions") {
        return Err(p.error_at(
            what,
            format!("`{}` cannot be announced; only `decisions` can", what.text),
        ));
    }
    let in_word = p.expect("`in <channel>`")?;
    if !in_word.is("in") {
        return Err(p.error_at(
            in_word,
            format!("I expected `in` here, not `{}`", in_word.text),
        ));
    }
    let channel =
        p.expect("the channel: `here`, `slack:<channel id>` or `discord:<channel id>`")?;
    let text = channel.text.trim().to_string();
    let well_formed = text.eq_ignore_ascii_case("here")
        || text.split_once(':').is_some_and(|(platform, id)| {
            matches!(platform, "slack" | "discord")
                && !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric())
        });
    if !well_formed {
        return Err(p.error_at(
            channel,
            format!("`{text}` is not a channel; write `here`, `slack:C0123ABC` or `discord:645027906669510667`"),
        ));
    }
    p.finish(Command::Announce(AnnounceArgs::Decisions { channel: text }))
}
