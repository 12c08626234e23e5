//! The neutral chat model: what every adapter (console, Slack, Discord) hands to the bot, and
//! what the bot hands back. Nothing here knows any chat platform.

pub mod declaration;
mod form;
mod invocation;
mod markdown;
mod reply;
pub mod text;
mod text_render;

pub use declaration::{CommandDecl, Declarations, FieldDecl, GroupDecl};
pub use form::{
    AmountNumber, FieldKind, Form, FormField, FormOutcome, FormSubmission, Lookup, Suggestion,
};
pub use invocation::{Actor, Invocation, Role, RoleParseError};
pub use markdown::{render_markdown, MarkdownText};
pub use reply::{
    Block, Button, ButtonStyle, Image, MessageRef, Reply, ReplyKind, Table, Visibility,
};
pub use text_render::{render_plain, EachRow, PlainText, RowAt, RowCells};
