//! An inbound invocation: who said what, where.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a user may do. Ordered from least to most powerful.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads only.
    Viewer,
    /// Logs notes, investments, benefits and services.
    Member,
    /// A member who may also log and amend decisions.
    Decider,
    /// Everything.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Member => "member",
            Role::Decider => "decider",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleParseError(pub String);

impl fmt::Display for RoleParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not a role; use admin, decider, member or viewer",
            self.0
        )
    }
}

impl std::error::Error for RoleParseError {}

impl FromStr for Role {
    type Err = RoleParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "viewer" => Ok(Role::Viewer),
            "member" => Ok(Role::Member),
            "decider" => Ok(Role::Decider),
            "admin" => Ok(Role::Admin),
            _ => Err(RoleParseError(s.to_string())),
        }
    }
}

/// The person behind an invocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable platform id of the user (`U123`, a Discord snowflake, or a console name).
    pub user_id: String,
    /// A name to show people; the id when the adapter knows none.
    pub display_name: String,
    /// A role the adapter vouches for (the console's `--role`); `None` lets the bot decide
    /// from its configuration. Chat platforms always leave this `None`.
    pub role: Option<Role>,
}

/// One message or command addressed to the bot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invocation {
    /// The workspace it came from: `local`, `slack:T123`, `discord:G456`.
    pub tenant: String,
    /// The channel, as the platform names it.
    pub channel: String,
    pub actor: Actor,
    /// The text after the adapter stripped any mention or slash prefix.
    pub text: String,
    /// True for slash commands: the text is a command, never conversation.
    pub is_command: bool,
}
