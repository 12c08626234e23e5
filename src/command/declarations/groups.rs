//! Commands grouped under one name, as Discord allows only 25 at the top level:
//! `/value subscriptions …` and `/value connect …`.

use super::fields::{help, opt, unit, PERIODS, TEXT};
use valuebridge_chat::declaration::{
    after, bare, CommandDecl, DeclKind, FieldDecl, GroupDecl, HelpDecl, Piece, Style,
};

const fn sub(
    name: &'static str,
    description: &'static str,
    fields: &'static [FieldDecl],
    line: &'static [Piece],
    help: HelpDecl,
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

const SUBSCRIPTION_ID: FieldDecl =
    opt("id", "Subscription id, e.g. SUB-1", TEXT, true, "SUB-1").named("SUB-n");

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
                )
                .words("<weekly <day> <HH:MM> | daily <HH:MM> | monthly <day> <HH:MM> | cron \"<expression>\">"),
                unit(false),
                opt(
                    "tz",
                    "Time zone, e.g. Europe/London",
                    TEXT,
                    false,
                    "Europe/London",
                )
                .named("zone"),
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
                )
                .words("slack:<id>|discord:<id>"),
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
            help(
                "Posts the digest to this channel (or direct message), or with `channel:` to a channel of another workspace of your organisation, on a schedule, in the given time zone (default from the configuration). With `follow-ups`, posts each owner's overdue and due-today follow-ups instead.",
                &[
                    "/value subscribe weekly mon 09:00 unit:Sales tz:Europe/London",
                    "/value subscribe cron \"0 9 * * MON\" period:month",
                    "/value subscribe follow-ups daily 08:30",
                ],
            ),
        ),
        sub(
            "list",
            "List digest subscriptions",
            &[],
            &[Piece::Words("subscriptions")],
            help(
                "Lists this workspace's digest subscriptions with their next post and any problem.",
                &["/value subscriptions"],
            ),
        ),
        sub(
            "remove",
            "Stop a digest subscription",
            &[SUBSCRIPTION_ID],
            &[Piece::Words("unsubscribe"), bare("id", Style::Raw)],
            help("Stops a digest subscription.", &["/value unsubscribe SUB-1"]),
        ),
        sub(
            "pause",
            "Pause a subscription until it is resumed",
            &[SUBSCRIPTION_ID],
            &[
                Piece::Words("subscription"),
                bare("id", Style::Raw),
                Piece::Words("pause"),
            ],
            help(
                "Pauses a subscription.",
                &["/value subscription SUB-1 pause"],
            ),
        ),
        sub(
            "resume",
            "Resume a paused subscription from its next slot",
            &[SUBSCRIPTION_ID],
            &[
                Piece::Words("subscription"),
                bare("id", Style::Raw),
                Piece::Words("resume"),
            ],
            help(
                "`resume` starts it again from the next slot (missed slots are not caught up).",
                &["/value subscription SUB-1 resume"],
            ),
        ),
    ],
};

pub const CONNECT: GroupDecl = GroupDecl {
    name: "connect",
    description: "Link accounts; API tokens, webhooks and announcements for other systems",
    commands: &[
        sub(
            "me",
            "Who the bot takes you for, and your linked accounts",
            &[],
            &[Piece::Words("me")],
            help("Shows who the bot takes you for.", &["/value me"]),
        ),
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
            help(
                "`me link` gives a one-time code (valid 10 minutes); type `/value me link <code>` on the other platform of your organisation and your roles, \"mine\" filters, drafts and undo follow you there.",
                &["/value me link", "/value me link K7Q2M9XD"],
            ),
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
            help(
                "Admins only: creates an API token for another system (shown once, stored hashed).",
                &["/value api token create read \"Power BI\""],
            ),
        ),
        sub(
            "token-revoke",
            "Admins: revoke an API token",
            &[opt("id", "Token id, e.g. TOK-1", TEXT, true, "TOK-1").named("TOK-n")],
            &[Piece::Words("api token revoke"), bare("id", Style::Raw)],
            help("`api token revoke` stops one.", &["/value api token revoke TOK-1"]),
        ),
        sub(
            "tokens",
            "Admins: list API tokens with label, scope, creator and last use",
            &[],
            &[Piece::Words("api tokens")],
            help(
                "`api tokens` lists them with label, scope, creator and last use.",
                &["/value api tokens"],
            ),
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
                )
                .named("https-url"),
                opt(
                    "events",
                    "Kinds, e.g. decision,benefit (default: all)",
                    TEXT,
                    false,
                    "decision,benefit",
                )
                .words("decision,benefit,…"),
            ],
            &[
                Piece::Words("webhook add"),
                bare("url", Style::Raw),
                after("events:", "events", Style::Quoted),
            ],
            help(
                "Admins only: `webhook add` posts each record event (created, amended, retracted) of the chosen kinds to a URL, signed (secret shown once).",
                &["/value webhook add https://hooks.example.com/value events:decision,benefit"],
            ),
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
            help(
                "`webhook inbound` makes an address other systems post benefits and notes to.",
                &["/value webhook inbound \"Finance system\""],
            ),
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
            help("`webhook remove` stops one.", &["/value webhook remove WH-1"]),
        ),
        sub(
            "webhooks",
            "Admins: webhooks and announcements, with deliveries and problems",
            &[],
            &[Piece::Words("webhooks")],
            help(
                "Admins only: the webhooks out and in, with deliveries and the latest failure.",
                &["/value webhooks"],
            ),
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
            )
            .words("<here|slack:<channel id>|discord:<channel id>>")],
            &[
                Piece::Words("announce decisions in"),
                bare("channel", Style::OrElse("here")),
            ],
            help(
                "Copies each new decision of your organisation, from any workspace or the API, to a channel on either platform, once each.",
                &["/value announce decisions in here"],
            ),
        ),
        sub(
            "announce-stop",
            "Stop copying decisions to a channel",
            &[opt(
                "id",
                "Announcement id, e.g. ANN-1",
                TEXT,
                true,
                "ANN-1",
            )
            .named("ANN-n")],
            &[Piece::Words("announce stop"), bare("id", Style::Raw)],
            help("`announce stop` ends one.", &["/value announce stop ANN-1"]),
        ),
    ],
};
