//! Conversational logging: managers say what happened in plain words; the reader drafts the
//! record, the bot asks for what is missing, and only a confirmed draft is stored.

mod claims;
mod confirm;
mod draft_fields;
mod drafts;
mod edit_form;
mod flow;
mod form_alias;
mod form_new_ones;
mod form_registered;
mod learn_alias;
mod proposal;
mod readers;
mod waiting;

pub use drafts::{Draft, Drafts};
pub use edit_form::{edit_values, form_values};
pub use form_alias::{remember_field, FormAlias, REMEMBER};
pub use form_new_ones::NewOnes;
pub use proposal::{Proposal, FIELDS};
pub use readers::Readers;

use crate::reader::{self, Intent, ReaderSettings};
use crate::service::{Caller, Failure, Service, UserError};

/// True when the caller's draft is waiting for an answer and this short line is it, even if
/// it looks like a command ("Service" answering "which unit?").
pub fn answers_pending_question(s: &Service, caller: &Caller, text: &str) -> bool {
    if text.trim_start().starts_with("/value") || text.split_whitespace().count() > 5 {
        return false;
    }
    Drafts::open(s.store())
        .and_then(|d| d.get(&caller.tenant, &caller.channel, &caller.user_id, s.now()))
        .is_ok_and(|d| d.is_some_and(|d| d.asking.is_some()))
}

/// Whether a line that opens on a command's name but is no command is plain words: it
/// reads as at least one record (a failed read counts as no), and has nothing of a command's
/// syntax, a record's id (`decide INV-1 aprove`) or a `key:value` (`service X unit:Sales`),
/// whose own error says better what to fix.
pub fn reads_as_record(s: &Service, caller: &Caller, text: &str) -> bool {
    !written_as_command(text) && matches!(understand(s, caller, text), Ok(Some(_)))
}

/// A record's id ("INV-1", "dec-7") or a `key:value` argument ("unit:Sales") in the line.
fn written_as_command(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let id = w.split_once('-').is_some_and(|(kind, n)| {
            !kind.is_empty()
                && kind.chars().all(|c| c.is_ascii_alphabetic())
                && !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
        });
        let key_value = w.split_once(':').is_some_and(|(k, v)| {
            !k.is_empty() && !v.is_empty() && k.chars().all(|c| c.is_ascii_alphabetic())
        });
        id || key_value
    })
}

/// Reads a message against the tenant's units and investments.
pub fn reading(s: &Service, caller: &Caller, text: &str) -> Result<reader::Reading, Failure> {
    let settings = ReaderSettings {
        day_first: s.config().conversation.day_first,
        default_currency: s.currency(),
    };
    let prepared = s.readers.get(s.store(), &caller.tenant, &settings)?;
    let today = s.today();
    // Read with bare amounts in `currency` when given (and `$` read as it, if a dollar).
    let read = |currency: Option<crate::money::Currency>| {
        let settings = ReaderSettings {
            default_currency: currency.unwrap_or(settings.default_currency),
            ..settings.clone()
        };
        let reader = prepared
            .with_settings(settings)
            .with_week_ending(s.config().conversation.week_ends)
            .with_financial_year(s.config().conversation.financial_year_starts);
        let reader = match currency {
            Some(c) => reader.with_bare_currency(c),
            None => reader,
        };
        reader
            .read(text, &caller.name, today)
            .map_err(|e| Failure::User(UserError::Message(e.to_string())))
    };
    // A bare amount ("half a million") about an existing investment is in that
    // investment's currency, not the default one; in each record of the message.
    let kept_in = |r: &reader::Reading| -> Result<Option<_>, Failure> {
        match (r.new_investment, r.investment.as_deref()) {
            (false, Some(name)) => crate::service::investment_currency(s, caller, name),
            _ => Ok(None),
        }
    };
    let tenant = settings.default_currency;
    let mut r = read(None)?;
    // The currency the records were read in, when not the tenant's.
    let mut read_in = None;
    if let Some(c) = kept_in(&r)?.filter(|c| *c != tenant) {
        r = read(Some(c))?;
        read_in = Some(c);
    }
    for i in 0..r.also.len() {
        let Some(c) = kept_in(&r.also[i])? else {
            continue;
        };
        if read_in.unwrap_or(tenant) == c {
            continue;
        }
        let again = read(Some(c))?;
        // The same message splits the same way whatever its currency.
        if again.also.len() == r.also.len() {
            r.also[i] = again.also[i].clone();
        }
    }
    Ok(r)
}

/// What a message proposes to log.
pub(crate) struct Understood {
    pub proposal: Proposal,
    /// The reader's question for what is missing.
    pub question: Option<String>,
    /// Said when the investment was named by a short form.
    pub did_you_mean: Option<String>,
    /// The message's further records, in order, each drafted after this one.
    pub more: Vec<Understood>,
    /// The investment's name as read, when the reader took it for one not registered, or
    /// the words it guessed a registered one from.
    pub new_name: Option<String>,
    /// The registered investment the reader guessed from `new_name`'s words, if it guessed.
    pub guessed: Option<String>,
}

/// What the message proposes to log, if anything, the reader's question for what is
/// missing, and a "did you mean" when the investment was named by a short form; a message
/// with several records gives each.
pub(crate) fn understand(
    s: &Service,
    caller: &Caller,
    text: &str,
) -> Result<Option<Understood>, Failure> {
    let mut r = reading(s, caller, text)?;
    let also = std::mem::take(&mut r.also);
    let mut all: Vec<Understood> = std::iter::once(r)
        .chain(also)
        .filter_map(|r| understood(s, caller, r, text))
        .collect();
    if all.is_empty() {
        return Ok(None);
    }
    let mut first = all.remove(0);
    first.more = all;
    Ok(Some(first))
}

/// One record's proposal; `None` when the reading is not a record.
fn understood(s: &Service, caller: &Caller, r: reader::Reading, text: &str) -> Option<Understood> {
    let today = s.today();
    let question = reader::question(&r);
    let did_you_mean = match (&r.investment_guessed_from, &r.investment) {
        (Some(said), Some(name)) => Some(format!(
            "I took \"{said}\" to mean {name}; if you meant another, `edit investment <name>`."
        )),
        _ => None,
    };
    // A name read as a new investment's, or kept on a record though nothing registered has
    // it ("Zentrix saved £5k"): a correction to a registered one may learn it.
    let registered = |n: &str| {
        !matches!(
            s.store()
                .find_name(&caller.tenant, crate::ids::Kind::Investment, n),
            Ok(None)
        )
    };
    // A short form guessed ("billing upgrade" for Billing platform upgrade): the words as
    // written, should it be corrected to another investment.
    let guessed = r.investment_guessed_from.as_ref().and(r.investment.clone());
    let new_name = match &r.investment_guessed_from {
        Some(said) if guessed.is_some() => Some(learn_alias::written(text, said)),
        _ => r
            .investment
            .clone()
            .filter(|n| r.new_investment || !registered(n)),
    };
    let proposal = match r.intent {
        Intent::None => return None,
        Intent::Decision if r.new_investment => Proposal::Investment {
            name: r.investment,
            unit: r.unit,
            cost: r.amount,
            annual_benefit: r.annual_benefit,
            years: r.years,
            category: r.category,
            start: r.date,
            then_decide: r.verdict,
            rationale: r.rationale,
            by: r.decided_by,
            review: r.review_date,
        },
        Intent::Decision => Proposal::Decision {
            investment: r.investment,
            verdict: r.verdict.unwrap_or(crate::domain::Verdict::Approve),
            amount: r.amount,
            rationale: r.rationale,
            date: r.date,
            review: r.review_date,
            by: r.decided_by,
        },
        Intent::Note => Proposal::Note {
            also: r
                .units
                .iter()
                .filter(|u| Some(*u) != r.unit.as_ref())
                .cloned()
                .collect(),
            unit: r.unit,
            text: r.note.unwrap_or_else(|| text.trim().to_string()),
            due: r.action.as_ref().and_then(|a| a.due).or(r.due),
            owner: r.action.as_ref().map(|a| a.owner.clone()),
            action: r.action.map(|a| a.text),
            met_on: r.date.filter(|d| *d <= today),
        },
        Intent::Investment => Proposal::Investment {
            name: r.investment,
            unit: r.unit,
            cost: r.amount,
            annual_benefit: r.annual_benefit,
            years: r.years,
            category: r.category,
            start: r.date,
            then_decide: None,
            rationale: None,
            by: None,
            review: None,
        },
        Intent::Benefit => Proposal::Benefit {
            investment: r.investment,
            amount: r.amount,
            date: r.date,
            evidence: r.rationale,
        },
    };
    Some(Understood {
        proposal,
        question,
        did_you_mean,
        more: Vec::new(),
        new_name,
        guessed,
    })
}
