//! Help for every command: the usage line, what it does, and an example. Parse errors show
//! the same usage line, so help and errors cannot drift apart.

/// How one command is used.
#[derive(Debug)]
pub struct Help {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub usage: &'static str,
    pub summary: &'static str,
    pub examples: &'static [&'static str],
}

pub const COMMANDS: &[Help] = &[
    Help {
        name: "help",
        aliases: &["?"],
        usage: "/value help [command]",
        summary: "Lists the commands, or explains one.",
        examples: &["/value help decide"],
    },
    Help {
        name: "unit",
        aliases: &[],
        usage: "/value unit add <name> [alias <alias>]...",
        summary: "Adds a business unit. Aliases are other names people use for it.",
        examples: &[
            "/value unit add Sales",
            "/value unit add \"Finance & Risk\" alias fin",
        ],
    },
    Help {
        name: "units",
        aliases: &[],
        usage: "/value units",
        summary: "Lists the business units and their aliases.",
        examples: &["/value units"],
    },
    Help {
        name: "note",
        aliases: &[],
        usage: "/value note <unit>: <what was said> [on:<meeting date>] [follow-up: <action> [@owner] [by <date>]]... [#tag]...",
        summary: "Logs an engagement note after meeting a business unit, with follow-up actions. Dates: 2027-06-30, Friday, next Tuesday, the 20th, EOM, Q3, in 2 weeks. Typed with nothing after it, opens a form.",
        examples: &["/value note Sales: Met the CFO about the CRM renewal. follow-up: send cost breakdown @alice by 2026-12-04 #crm", "/value note Sales: on:yesterday pricing review follow-up: send the deck @sam by next Tuesday"],
    },
    Help {
        name: "invest",
        aliases: &["investment"],
        usage: "/value invest <name> unit:<unit> cost:<amount> benefit:<amount>/yr years:<n> category:<run|grow|transform> [run:<amount>/yr] [start:<date>] [sponsor:<name>]",
        summary: "Registers an investment with its one-off cost, running cost and expected benefit. Typed with nothing after it, opens a form.",
        examples: &["/value invest \"CRM replacement\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2027-01-01 category:transform"],
    },
    Help {
        name: "decide",
        aliases: &["decision"],
        usage: "/value decide <INV-n or name> <approve|reject|defer|stop|continue|rescope> [amount] [because <rationale>] [review:<date>] [by:<who>] [on:<date>]",
        summary: "Logs a decision on an investment. It supersedes the previous decision on that investment. Typed with nothing after it, opens a form.",
        examples: &[
            "/value decide INV-1 approve £250k because churn costs more than the licence review:2027-06-30",
            "/value decide \"CRM replacement\" defer because waiting on the vendor quote",
        ],
    },
    Help {
        name: "benefit",
        aliases: &[],
        usage: "/value benefit <INV-n or name> <amount> [on <date>] [evidence: <text>]",
        summary: "Logs a benefit an investment has delivered. Typed with nothing after it, opens a form.",
        examples: &["/value benefit INV-1 £35k on 2027-02-28 evidence: churn down 2% in January"],
    },
    Help {
        name: "service",
        aliases: &[],
        usage: "/value service <name> unit:<unit or All> cost:<amount>/yr users:<n>",
        summary: "Registers a running service with its annual cost and number of users. Typed with nothing after it, opens a form.",
        examples: &["/value service \"Email & calendar\" unit:All cost:£120k/yr users:1500"],
    },
    Help {
        name: "list",
        aliases: &[],
        usage: "/value list <investments|decisions|notes|benefits|services|units> [unit:<unit>] [tag:<tag>] [since:<date>] [until:<date>] [verdict:<verdict>] [status:<status>] [category:<category>] [by:<who>]",
        summary: "Lists current records, newest last. Retracted records are left out. Filters combine freely.",
        examples: &["/value list investments unit:Sales", "/value list notes unit:fin tag:crm since:last month", "/value list decisions verdict:defer by:priya", "/value list investments status:active category:grow"],
    },
    Help {
        name: "find",
        aliases: &["search"],
        usage: "/value find <words>",
        summary: "Searches notes, rationales, evidence and names, best matches first, with the matched words in context.",
        examples: &["/value find vendor demo", "/value find churn"],
    },
    Help {
        name: "follow-ups",
        aliases: &["followups", "follow-up", "followup", "actions"],
        usage: "/value follow-ups [mine] [overdue] [due:this-week|due:<date>] [unit:<unit>] [owner:@who]",
        summary: "Lists open follow-up actions, most urgent first: note, unit, owner, due date and how late. `done <note> <number>` closes one.",
        examples: &["/value follow-ups mine overdue", "/value follow-ups due:this-week unit:Sales", "/value follow-ups owner:@sam"],
    },
    Help {
        name: "show",
        aliases: &[],
        usage: "/value show <id>",
        summary: "Shows one record as it stands now.",
        examples: &["/value show INV-1"],
    },
    Help {
        name: "history",
        aliases: &[],
        usage: "/value history <id>",
        summary: "Shows every change to a record: created, amended, retracted; who and when.",
        examples: &["/value history DEC-1"],
    },
    Help {
        name: "amend",
        aliases: &[],
        usage: "/value amend <id> <field>:<value>... because <reason>",
        summary: "Corrects fields of a record. The correction is a new history entry; nothing is overwritten.",
        examples: &["/value amend DEC-1 amount:£240k because negotiated discount"],
    },
    Help {
        name: "retract",
        aliases: &[],
        usage: "/value retract <id> because <reason>",
        summary: "Withdraws a record. It leaves lists and totals but stays in its history.",
        examples: &["/value retract NOTE-1 because logged against the wrong unit"],
    },
    Help {
        name: "restore",
        aliases: &[],
        usage: "/value restore <id> because <reason>",
        summary: "Brings back a retracted record as it was. The restore is a new history entry.",
        examples: &["/value restore NOTE-1 because it was the right unit after all"],
    },
    Help {
        name: "done",
        aliases: &[],
        usage: "/value done <NOTE-n> [action number]",
        summary: "Marks a follow-up action of a note as done (the first one unless you give its number).",
        examples: &["/value done NOTE-3 2"],
    },
    Help {
        name: "digest",
        aliases: &[],
        usage: "/value digest [unit] [week|month|quarter|year|last-week|last-month|last-quarter|last-year|YYYY-MM-DD..YYYY-MM-DD]",
        summary: "The value-for-money digest for a unit or the whole portfolio: this week to date by default, or the last complete week, month, quarter or year.",
        examples: &["/value digest Sales month", "/value digest Sales last-week", "/value digest"],
    },
    Help {
        name: "scorecard",
        aliases: &[],
        usage: "/value scorecard <unit> [week|month|quarter|year|last-week|last-month|last-quarter|last-year|YYYY-MM-DD..YYYY-MM-DD]",
        summary: "A business unit's scorecard: spend (run and change), value of its active investments, realised against forecast, decisions, RAG counts, services' cost per user and engagement, each against the period before (this month to date by default).",
        examples: &["/value scorecard Sales", "/value scorecard Sales last-quarter"],
    },
    Help {
        name: "chart",
        aliases: &[],
        usage: "/value chart benefits <investment> | units [unit] | rag [unit]  [as-of:<date>]",
        summary: "Draws a chart of the digest's figures: benefits (an investment's cumulative forecast and realised benefit against its cost basis), units (run spend, change spend, PV of benefits and realised, per unit) or rag (investments by realised against forecast, coloured by RAG).",
        examples: &[
            "/value chart benefits INV-3",
            "/value chart units",
            "/value chart rag Sales as-of:2026-09-30",
        ],
    },
    Help {
        name: "dashboard",
        aliases: &[],
        usage: "/value dashboard [unit] | dashboard links | dashboard revoke <LINK-n>",
        summary: "Sends you (only you) a link to the value dashboard: web pages of the portfolio, each unit and each investment, for people outside the chat. A link shows this workspace only (one unit's pages when you name a unit) and stops working after `dashboard.link_days` days (7 by default). `links` lists the links that still work, with who made them; `revoke` stops one (its maker or an admin).",
        examples: &[
            "/value dashboard",
            "/value dashboard Sales",
            "/value dashboard links",
            "/value dashboard revoke LINK-2",
        ],
    },
    Help {
        name: "undo",
        aliases: &[],
        usage: "/value undo",
        summary: "Undoes your last action in this channel within the last 10 minutes: a record logged is retracted, an amendment reversed, a retraction restored. Again goes one step further back.",
        examples: &["/value undo"],
    },
    Help {
        name: "me",
        aliases: &[],
        usage: "/value me [link [<code>]]",
        summary: "Shows who the bot takes you for. `me link` gives a one-time code (valid 10 minutes); type `/value me link <code>` on the other platform of your organisation and your roles, \"mine\" filters, drafts and undo follow you there.",
        examples: &["/value me link", "/value me link K7Q2M9XD"],
    },
    Help {
        name: "api",
        aliases: &[],
        usage: "/value api <token create read|write [label] | token revoke <id> | tokens>",
        summary: "Admins only: creates an API token for another system (shown once, stored hashed), revokes one, or lists them with label, scope, creator and last use.",
        examples: &["/value api token create read \"Power BI\"", "/value api tokens", "/value api token revoke TOK-1"],
    },
    Help {
        name: "webhook",
        aliases: &[],
        usage: "/value webhook <add <https-url> [events:decision,benefit,…] | inbound [label] | remove <id>>",
        summary: "Admins only: posts each record event (created, amended, retracted) of the chosen kinds to a URL, signed (secret shown once); or makes an address other systems post benefits and notes to; or stops one.",
        examples: &["/value webhook add https://hooks.example.com/value events:decision,benefit", "/value webhook inbound \"Finance system\""],
    },
    Help {
        name: "webhooks",
        aliases: &[],
        usage: "/value webhooks",
        summary: "Admins only: the webhooks out and in, with deliveries and the latest failure.",
        examples: &["/value webhooks"],
    },
    Help {
        name: "announce",
        aliases: &[],
        usage: "/value announce <decisions in <here|slack:<channel id>|discord:<channel id>> | stop <ANN-n>>",
        summary: "Copies each new decision of your organisation, from any workspace or the API, to a channel on either platform, once each.",
        examples: &["/value announce decisions in here", "/value announce stop ANN-1"],
    },
    Help {
        name: "subscribe",
        aliases: &[],
        usage: "/value subscribe [follow-ups] <weekly <day> <HH:MM> | daily <HH:MM> | monthly <day> <HH:MM> | cron \"<expression>\"> [unit:<unit>] [tz:<zone>] [period:week|month|quarter|year] [channel:slack:<id>|discord:<id>]",
        summary: "Posts the digest to this channel (or direct message), or with `channel:` to a channel of another workspace of your organisation, on a schedule, in the given time zone (default from the configuration). With `follow-ups`, posts each owner's overdue and due-today follow-ups instead.",
        examples: &["/value subscribe weekly mon 09:00 unit:Sales tz:Europe/London", "/value subscribe cron \"0 9 * * MON\" period:month", "/value subscribe follow-ups daily 08:30"],
    },
    Help {
        name: "subscriptions",
        aliases: &[],
        usage: "/value subscriptions",
        summary: "Lists this workspace's digest subscriptions with their next post and any problem.",
        examples: &["/value subscriptions"],
    },
    Help {
        name: "unsubscribe",
        aliases: &[],
        usage: "/value unsubscribe <SUB-n>",
        summary: "Stops a digest subscription.",
        examples: &["/value unsubscribe SUB-1"],
    },
    Help {
        name: "subscription",
        aliases: &[],
        usage: "/value subscription <SUB-n> pause|resume",
        summary: "Pauses a subscription, or resumes it from the next slot (missed slots are not caught up).",
        examples: &["/value subscription SUB-1 pause"],
    },
];

/// The help entry for a command name or alias.
pub fn help_for(name: &str) -> Option<&'static Help> {
    COMMANDS.iter().find(|h| {
        h.name.eq_ignore_ascii_case(name) || h.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}
