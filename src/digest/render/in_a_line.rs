//! What a digest posted to a chat notifies: its heading (whose figures, over when) and the
//! period's figures a person looks for first — "Value for money: Harbour, last week
//! (2026-11-23 to 2026-11-29) — 1 decision, NPV £450,000". A heading first, so a "(late:
//! …)" line put above a late post is never what it notifies.

use super::money;
use crate::digest::model::Digest;
use valuebridge_chat::{Block, Reply};

/// `reply` (the digest `d` as a chat reply) notifying its heading and figures.
pub(super) fn notifying(d: &Digest, reply: Reply) -> Reply {
    let Some(heading) = reply.blocks.iter().find_map(|b| match b {
        Block::Heading { text } => Some(text.clone()),
        _ => None,
    }) else {
        return reply;
    };
    let decisions = match d.decisions.len() {
        1 => "1 decision".to_string(),
        n => format!("{n} decisions"),
    };
    let npv = money(d.headline.npv_minor, &d.currency);
    reply.notify(format!("{heading} — {decisions}, NPV {npv}"))
}
