//! Learning an investment's other name from a corrected draft: a name the reader read as a
//! new investment's ("ServiceTitan renewal approved at £40k"), corrected with `edit
//! investment` to a registered one, is offered on the card as that investment's alias and
//! added with the record on `yes`, as an amendment in its history. `edit alias no` declines;
//! `edit alias <name>` offers another name.

use super::draft_fields::{set_field, user};
use super::drafts::Draft;
use super::proposal::Proposal;
use crate::command::{AmendArgs, AmendField, Command, InvestmentRef};
use crate::domain::{names, Record};
use crate::ids::{InvestmentId, Kind};
use crate::service::{Caller, Failure, Service};
use serde::{Deserialize, Serialize};
use valuebridge_chat::{Block, Reply};

/// A name the draft offers to remember for a registered investment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasOffer {
    pub alias: String,
    pub investment: InvestmentId,
    /// The investment's name, as the draft's record names it.
    pub name: String,
}

/// Words after a thing's name that say what happens to it, not what it is: "ServiceTitan
/// renewal" is the renewal of ServiceTitan.
const EVENT_WORDS: &[&str] = &[
    "renewal",
    "renewals",
    "contract",
    "contracts",
    "licence",
    "licences",
    "license",
    "licenses",
    "subscription",
    "subscriptions",
];

/// The most words an alias learnt unasked may have: more is a phrase, not a name.
const MAX_WORDS: usize = 4;

/// The name in `read` a team would call the thing by: without the words after it that say
/// what happens to it, and without a leading "the".
pub(super) fn name_in(read: &str) -> String {
    let mut words: Vec<&str> = read.split_whitespace().collect();
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        words.remove(0);
    }
    while words.len() > 1 && EVENT_WORDS.contains(&words[words.len() - 1].to_lowercase().as_str()) {
        words.pop();
    }
    words.join(" ")
}

/// `said` as `text` writes it (the reader keeps some words it guessed from in small letters):
/// its first occurrence in `text`, whatever the case of its letters, else `said` itself.
pub(super) fn written(text: &str, said: &str) -> String {
    let n = said.len();
    (0..text.len().saturating_sub(n) + 1)
        .filter(|&i| text.is_char_boundary(i) && text.is_char_boundary(i + n))
        .map(|i| &text[i..i + n])
        .find(|w| w.eq_ignore_ascii_case(said))
        .unwrap_or(said)
        .to_string()
}

/// Why `alias` is not a plausible other name, unasked: a phrase, or only common words.
fn implausible(alias: &str) -> Option<String> {
    let words: Vec<String> = alias.split_whitespace().map(|w| w.to_lowercase()).collect();
    if words.len() > MAX_WORDS {
        return Some(format!(
            "\"{alias}\" is a phrase of {} words; an alias has at most {MAX_WORDS}",
            words.len()
        ));
    }
    if words.iter().all(|w| crate::reader::is_common_word(w)) {
        return Some(format!(
            "\"{alias}\" is only common words, which name nothing on their own"
        ));
    }
    None
}

/// Why `alias` (cleaned) cannot be remembered for an investment unasked, if it cannot: it
/// must be a valid alias (as `amend … aliases:` checks it), a plausible name, and one no live
/// investment or unit holds.
pub(super) fn plausible_alias(s: &Service, caller: &Caller, alias: &str) -> Result<(), Failure> {
    if let Some(problem) = names::problem(alias, "An alias", false).or(implausible(alias)) {
        return Err(user(problem));
    }
    for kind in [Kind::Investment, Kind::Unit] {
        if let Some(holder) = s.store().find_name(&caller.tenant, kind, alias)? {
            let named = match s.store().get(&caller.tenant, holder)?.map(|st| st.record) {
                Some(Record::Investment(i)) => format!(" ({})", i.name),
                Some(Record::Unit(u)) => format!(" ({})", u.name),
                _ => String::new(),
            };
            return Err(user(format!(
                "\"{alias}\" is already taken by {holder}{named}"
            )));
        }
    }
    Ok(())
}

/// The offer to remember `alias` for the investment `name`, or why not: the alias must be
/// plausible (above) and the caller allowed to amend the investment.
pub(super) fn offer(
    s: &Service,
    caller: &Caller,
    alias: &str,
    name: &str,
) -> Result<AliasOffer, Failure> {
    let alias = names::clean(alias);
    plausible_alias(s, caller, &alias)?;
    let investment =
        crate::service::lookup_investment(s.store(), caller, &InvestmentRef::Name(name.into()))?;
    let offer = AliasOffer {
        alias,
        investment: investment.id,
        name: investment.name,
    };
    crate::service::check_permission(&s.config().roles, caller, &amendment(&offer, Vec::new(), 0))?;
    Ok(offer)
}

/// The amendment that adds the offer's alias to the investment's `aliases`.
pub(super) fn amendment(offer: &AliasOffer, mut aliases: Vec<String>, draft: u64) -> Command {
    aliases.push(offer.alias.clone());
    Command::Amend(AmendArgs {
        id: offer.investment.record(),
        fields: vec![AmendField::Aliases(aliases)],
        reason: format!("{} {draft}", crate::service::LEARNT_FROM_DRAFT),
    })
}

/// The registered investment a draft's record is about, if any.
fn investment_of(p: &Proposal) -> Option<&str> {
    match p {
        Proposal::Decision { investment, .. } | Proposal::Benefit { investment, .. } => {
            investment.as_deref()
        }
        Proposal::Note { .. } | Proposal::Investment { .. } => None,
    }
}

/// `edit <field> <value>` on a draft: `alias` and `investment` here (a new investment's draft
/// corrected to a registered investment becomes a decision on it, offering the name read as
/// its alias), every other field on the proposal.
pub(super) fn set_draft_field(
    s: &Service,
    caller: &Caller,
    draft: &mut Draft,
    field: &str,
    value: &str,
) -> Result<(), Failure> {
    match field {
        "alias" => {
            let Some(name) = investment_of(&draft.proposal) else {
                return Err(user("Only a draft about a registered investment can remember another name for it; `edit investment <name>` first."));
            };
            let value = value.trim();
            if matches!(value.to_lowercase().as_str(), "no" | "none") {
                draft.learn = None;
                draft.no_alias = true;
                return Ok(());
            }
            draft.learn = Some(offer(s, caller, value, name)?);
            draft.no_alias = false;
            Ok(())
        }
        "investment" => {
            if let Proposal::Investment {
                then_decide: None, ..
            } = &draft.proposal
            {
                return Err(user(super::form_registered::no_decision_to_log(
                    value.trim(),
                )));
            }
            let mut proposal = match &draft.proposal {
                Proposal::Investment {
                    cost,
                    start,
                    then_decide: Some(verdict),
                    rationale,
                    by,
                    review,
                    ..
                } => Proposal::Decision {
                    investment: None,
                    verdict: *verdict,
                    amount: *cost,
                    rationale: rationale.clone(),
                    date: *start,
                    review: *review,
                    by: by.clone(),
                },
                p => p.clone(),
            };
            set_field(s, caller, &mut proposal, field, value)?;
            draft.proposal = proposal;
            draft.learn = None;
            if let (Some(read), Some(name), false) = (
                &draft.read_as_new,
                investment_of(&draft.proposal),
                draft.no_alias,
            ) {
                // The investment the reader guessed, named again, is no correction.
                if draft.guessed.as_deref() != Some(name) {
                    draft.learn = offer(s, caller, &name_in(read), name).ok();
                }
            }
            Ok(())
        }
        _ => set_field(s, caller, &mut draft.proposal, field, value),
    }
}

/// The card with the offer said above its instructions.
pub(super) fn with_offer(mut card: Reply, offer: &AliasOffer) -> Reply {
    let text = format!(
        "I'll also remember \"{}\" as another name for {} ({}) when you confirm; say `edit alias no` not to, or `edit alias <name>` for another name.",
        offer.alias, offer.name, offer.investment
    );
    let at = card
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph { text } if text.starts_with("Reply `yes`")))
        .unwrap_or(card.blocks.len());
    card.blocks.insert(at, Block::Paragraph { text });
    card
}

/// What confirming the draft adds for its offer: the amendment, or (when the offer no longer
/// holds: the record's investment changed, or the alias was taken meanwhile) why not.
pub(super) fn on_confirm(
    s: &Service,
    caller: &Caller,
    draft: &Draft,
) -> Result<Option<Result<Command, String>>, Failure> {
    let Some(offered) = &draft.learn else {
        return Ok(None);
    };
    if investment_of(&draft.proposal) != Some(offered.name.as_str()) {
        return Ok(None);
    }
    match offer(s, caller, &offered.alias, &offered.name) {
        Ok(now) if now.investment == offered.investment => {
            let held = crate::service::lookup_investment(
                s.store(),
                caller,
                &InvestmentRef::Id(offered.investment),
            )?;
            Ok(Some(Ok(amendment(offered, held.aliases, draft.id))))
        }
        Ok(_) => Ok(None),
        Err(Failure::User(why)) => Ok(Some(Err(format!(
            "Not remembered as another name for {}: {why}.",
            offered.name
        )))),
        Err(e) => Err(e),
    }
}

/// The line a confirmed draft's reply says for the alias it added.
pub(super) fn remembered(offer: &AliasOffer) -> String {
    format!(
        "Remembered \"{}\" as another name for {} ({}): plain words and commands now know it by that name.",
        offer.alias, offer.name, offer.investment
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_read_drops_what_happens_to_the_thing() {
        assert_eq!(name_in("ServiceTitan renewal"), "ServiceTitan");
        assert_eq!(name_in("the Salesforce licence renewal"), "Salesforce");
        assert_eq!(name_in("Titan FS"), "Titan FS");
        // A name that is only such a word is kept whole.
        assert_eq!(name_in("renewal"), "renewal");
    }

    #[test]
    fn the_words_guessed_from_are_taken_as_written() {
        let text = "Re the billing Upgrade: approved at £20k";
        assert_eq!(written(text, "billing upgrade"), "billing Upgrade");
        assert_eq!(written("CRM went live", "crm"), "CRM");
        // Not found as such (a word the reader normalised): the words as the reader kept them.
        assert_eq!(written("Café fit-out", "cafe"), "cafe");
        assert_eq!(written("é", "ée"), "ée");
    }

    #[test]
    fn a_phrase_or_common_words_are_no_alias() {
        assert_eq!(implausible("ServiceTitan"), None);
        assert_eq!(implausible("FS Titan"), None);
        assert!(implausible("new platform").is_some());
        assert!(implausible("the thing we bought from the vendor").is_some());
    }
}
