//! How records look in a reply.

use super::error::Failure;
use super::lookup;
use super::{Caller, Service};
use crate::domain::{Decision, InvestmentStatus, Record};
use crate::ids::{InvestmentId, Kind};
use crate::store::Store;
use valuebridge_chat::Reply;

/// A one-line name for a record: `INV-1 CRM replacement`.
pub fn title(s: &Service, caller: &Caller, record: &Record) -> Result<String, Failure> {
    let id = record.id();
    Ok(match record {
        Record::Unit(u) => format!("{id} {}", u.name),
        Record::Investment(i) => format!("{id} {}", i.name),
        Record::Service(v) => format!("{id} {}", v.name),
        Record::Note(n) => format!("{id} ({})", lookup::unit_name(&s.store, caller, n.unit)?),
        Record::Decision(d) => format!(
            "{id} {} {}",
            d.verdict,
            investment_name(s, caller, d.investment)?
        ),
        Record::Benefit(b) => format!(
            "{id} {} from {}",
            b.amount,
            investment_name(s, caller, b.investment)?
        ),
    })
}

pub fn investment_name(s: &Service, caller: &Caller, id: InvestmentId) -> Result<String, Failure> {
    Ok(match s.store.get(&caller.tenant, id.record())? {
        Some(st) => match st.record {
            Record::Investment(i) => format!("{} ({id})", i.name),
            _ => id.to_string(),
        },
        None => id.to_string(),
    })
}

/// The latest live decision on an investment and the status it gives.
pub fn status(
    store: &Store,
    caller: &Caller,
    id: InvestmentId,
) -> Result<(InvestmentStatus, Option<Decision>), Failure> {
    let latest = store
        .live_children(&caller.tenant, id.record(), Kind::Decision)?
        .into_iter()
        .filter_map(|s| match s.record {
            Record::Decision(d) => Some(d),
            _ => None,
        })
        .max_by_key(|d| d.id);
    Ok(match latest {
        Some(d) => (d.verdict.status(), Some(d)),
        None => (InvestmentStatus::Proposed, None),
    })
}

/// A follow-up's owner as written: a platform mention stays a mention, a name gets its `@`.
pub fn owner_label(owner: &str) -> String {
    if owner.starts_with("<@") {
        owner.to_string()
    } else {
        format!("@{owner}")
    }
}

fn date_or_dash(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
}

/// An investment's name with its aliases after it, as a list shows it: `Field service
/// platform (ServiceTitan, FSP)`.
pub fn name_and_aliases(i: &crate::domain::Investment) -> String {
    if i.aliases.is_empty() {
        i.name.clone()
    } else {
        format!("{} ({})", i.name, i.aliases.join(", "))
    }
}

/// Every field of a record, as name/value pairs.
pub fn fields(
    s: &Service,
    caller: &Caller,
    record: &Record,
) -> Result<Vec<(String, String)>, Failure> {
    let mut f: Vec<(String, String)> = Vec::new();
    let mut add = |k: &str, v: String| f.push((k.to_string(), v));
    match record {
        Record::Unit(u) => {
            add("Name", u.name.clone());
            add(
                "Aliases",
                if u.aliases.is_empty() {
                    "—".into()
                } else {
                    u.aliases.join(", ")
                },
            );
        }
        Record::Note(n) => {
            add("Unit", lookup::unit_name(&s.store, caller, n.unit)?);
            add("Note", n.text.clone());
            add("Met", n.met_on().to_string());
            for (i, a) in n.followups.iter().enumerate() {
                let owner = a
                    .owner
                    .as_deref()
                    .map(|o| format!(" {}", owner_label(o)))
                    .unwrap_or_default();
                let due = a.due.map(|d| format!(" by {d}")).unwrap_or_default();
                let done = if a.done { " (done)" } else { "" };
                add(
                    &format!("Follow-up {}", i + 1),
                    format!("{}{owner}{due}{done}", a.text),
                );
            }
            if !n.tags.is_empty() {
                add(
                    "Tags",
                    n.tags
                        .iter()
                        .map(|t| format!("#{t}"))
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
        }
        Record::Investment(i) => {
            let (status, latest) = status(&s.store, caller, i.id)?;
            add("Name", i.name.clone());
            if !i.aliases.is_empty() {
                add("Aliases", i.aliases.join(", "));
            }
            add("Unit", lookup::unit_name(&s.store, caller, i.unit)?);
            add("Category", i.category.to_string());
            add("One-off cost", i.cost.exact());
            add("Running cost", format!("{}/yr", i.run_cost.exact()));
            add(
                "Expected benefit",
                format!("{}/yr for {} years", i.annual_benefit.exact(), i.years),
            );
            add("Start", i.start.to_string());
            add("Sponsor", i.sponsor.clone().unwrap_or_else(|| "—".into()));
            let status_text = match latest {
                Some(d) => format!(
                    "{status} (latest decision {} {} on {})",
                    d.id, d.verdict, d.decided_on
                ),
                None => format!("{status} (no decision yet)"),
            };
            add("Status", status_text);
        }
        Record::Decision(d) => {
            add("Investment", investment_name(s, caller, d.investment)?);
            add("Verdict", d.verdict.to_string());
            add(
                "Amount",
                d.amount.map(|a| a.exact()).unwrap_or_else(|| "—".into()),
            );
            add(
                "Rationale",
                if d.rationale.is_empty() {
                    "—".into()
                } else {
                    d.rationale.clone()
                },
            );
            add(
                "Decided by",
                format!("{} on {}", d.decided_by, d.decided_on),
            );
            add("Review", date_or_dash(d.review));
            add(
                "Supersedes",
                d.supersedes
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| "—".into()),
            );
            if let Some(next) = super::story::superseded_by(s, caller, d)? {
                add("Superseded by", next.to_string());
            }
        }
        Record::Benefit(b) => {
            add("Investment", investment_name(s, caller, b.investment)?);
            add("Amount", b.amount.exact());
            add("Date", b.date.to_string());
            add(
                "Evidence",
                if b.evidence.is_empty() {
                    "—".into()
                } else {
                    b.evidence.clone()
                },
            );
        }
        Record::Service(v) => {
            add("Name", v.name.clone());
            add(
                "Unit",
                match v.unit {
                    Some(u) => lookup::unit_name(&s.store, caller, u)?,
                    None => "All".into(),
                },
            );
            add("Annual cost", v.annual_cost.exact());
            add("Users", v.users.to_string());
            let per_user = crate::money::Money::new(
                v.annual_cost.minor / v.users.max(1) as i64,
                v.annual_cost.currency,
            );
            add("Cost per user", format!("{}/yr", per_user.exact()));
        }
    }
    let m = record.meta();
    f.push((
        "Logged".into(),
        format!(
            "by {} in {} at {}",
            m.logged_by_name,
            m.channel,
            m.at.format("%Y-%m-%d %H:%M UTC")
        ),
    ));
    Ok(f)
}

/// The reply announcing a stored record; its heading ("Logged decision DEC-4 approve CRM
/// replacement (INV-3)") is what it notifies, Discord's included.
pub fn recorded(s: &Service, caller: &Caller, record: &Record) -> Result<Reply, Failure> {
    let kind = record.kind().singular();
    let heading = format!("Logged {kind} {}", title(s, caller, record)?);
    Ok(Reply::recorded()
        .headline(heading)
        .fields(fields(s, caller, record)?))
}
