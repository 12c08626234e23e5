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
