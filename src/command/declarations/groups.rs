//! Commands grouped under one name, as Discord allows only 25 at the top level:
//! `/value subscriptions …` and `/value connect …`.

use super::fields::{opt, unit, PERIODS, TEXT};
use valuebridge_chat::declaration::{after, bare, CommandDecl, DeclKind, GroupDecl, Piece, Style};

const fn sub(
    name: &'static str,
    description: &'static str,
    fields: &'static [valuebridge_chat::FieldDecl],
    line: &'static [Piece],
    help: &'static str,
) -> CommandDecl {
    CommandDecl {
        name,
        description,
        fields,
        line,
        form: None,
        help,
    }
}

pub const SUBSCRIPTIONS: GroupDecl = GroupDecl {
    name: "subscriptions",
    description: "Scheduled digests and follow-up posts: add, list, remove",
    commands: &[
        sub(
            "add",
            "Post the digest to this channel (or another) on a schedule",
            &[
                opt(
                    "schedule",
                    "weekly mon 09:00 | daily 09:00 | monthly 1 09:00 | cron \"0 9 * * MON\"",
                    TEXT,
                    true,
                    "weekly mon 09:00",
                ),
                unit(false),
                opt(
                    "tz",
                    "Time zone, e.g. Europe/London",
                    TEXT,
                    false,
                    "Europe/London",
                ),
                opt("period", "Digest period", PERIODS, false, "month"),
                opt(
                    "posts",
                    "What to post (default: the digest)",
                    DeclKind::Choice(&["digest", "follow-ups"]),
                    false,
                    "follow-ups",
                ),
                opt(
                    "channel",
                    "Post elsewhere: slack:<channel id> or discord:<channel id> (default: here)",
                    TEXT,
                    false,
                    "slack:C42",
                ),
            ],
            &[
                Piece::Words("subscribe"),
                bare("posts", Style::Omit("digest")),
                bare("schedule", Style::Raw),
                after("unit:", "unit", Style::Quoted),
                after("tz:", "tz", Style::Quoted),
                after("period:", "period", Style::Quoted),
                after("channel:", "channel", Style::Quoted),
            ],
            "subscribe",
        ),
        sub(
            "list",
            "List digest subscriptions",
            &[],
            &[Piece::Words("subscriptions")],
            "subscriptions",
        ),
        sub(
            "remove",
            "Stop a digest subscription",
            &[opt(
                "id",
                "Subscription id, e.g. SUB-1",
                TEXT,
                true,
                "SUB-1",
            )],
            &[Piece::Words("unsubscribe"), bare("id", Style::Raw)],
            "unsubscribe",
        ),
    ],
};

pub const CONNECT: GroupDecl = GroupDecl {
    name: "connect",
    description: "Link accounts; API tokens, webhooks and announcements for other systems",
    commands: &[
        sub(
            "me-link",
            "Without a code: get one. With one: link this account",
            &[opt(
                "code",
                "The code /value connect me-link gave you on the other platform",
                TEXT,
                false,
                "K7Q2M9XD",
            )],
            &[Piece::Words("me link"), bare("code", Style::Raw)],
            "me",
        ),
        sub(
            "me",
            "Who the bot takes you for, and your linked accounts",
            &[],
            &[Piece::Words("me")],
            "me",
        ),
        sub(
            "token-create",
            "Admins: create an API token (shown once)",
            &[
                opt(
                    "scope",
                    "What it may do",
                    DeclKind::Choice(&["read", "write"]),
                    true,
                    "read",
                ),
                opt(
                    "label",
                    "Who uses it, e.g. Power BI",
                    TEXT,
                    false,
                    "Power BI",
                ),
            ],
            &[
                Piece::Words("api token create"),
                bare("scope", Style::Raw),
                bare("label", Style::Quoted),
            ],
            "api",
        ),
        sub(
            "token-revoke",
            "Admins: revoke an API token",
            &[opt("id", "Token id, e.g. TOK-1", TEXT, true, "TOK-1")],
            &[Piece::Words("api token revoke"), bare("id", Style::Raw)],
            "api",
        ),
        sub(
            "tokens",
            "Admins: list API tokens with label, scope, creator and last use",
            &[],
            &[Piece::Words("api tokens")],
            "api",
        ),
        sub(
            "webhook-add",
            "Admins: post record events to an https URL (signed)",
            &[
                opt(
                    "url",
                    "https://… to post each event to",
                    TEXT,
                    true,
                    "https://x.example/in",
                ),
                opt(
                    "events",
                    "Kinds, e.g. decision,benefit (default: all)",
                    TEXT,
                    false,
                    "decision,benefit",
                ),
            ],
            &[
                Piece::Words("webhook add"),
                bare("url", Style::Raw),
                after("events:", "events", Style::Quoted),
            ],
            "webhook",
        ),
        sub(
            "webhook-inbound",
            "Admins: an address other systems post benefits and notes to",
            &[opt(
                "label",
                "Who posts to it, e.g. Finance system",
                TEXT,
                false,
                "Finance system",
            )],
            &[
                Piece::Words("webhook inbound"),
                bare("label", Style::Quoted),
            ],
            "webhook",
        ),
        sub(
            "webhook-remove",
            "Admins: stop a webhook or an announcement",
            &[opt(
                "id",
                "WH-n, ANN-n or an inbound hook's id",
                TEXT,
                true,
                "WH-1",
            )],
            &[Piece::Words("webhook remove"), bare("id", Style::Raw)],
            "webhook",
        ),
        sub(
            "webhooks",
            "Admins: webhooks and announcements, with deliveries and problems",
            &[],
            &[Piece::Words("webhooks")],
            "webhooks",
        ),
        sub(
            "announce",
            "Copy each new decision to a channel (here, or another platform's)",
            &[opt(
                "channel",
                "here (default), slack:<channel id> or discord:<channel id>",
                TEXT,
                false,
                "slack:C42",
            )],
            &[
                Piece::Words("announce decisions in"),
                bare("channel", Style::OrElse("here")),
            ],
            "announce",
        ),
    ],
};
