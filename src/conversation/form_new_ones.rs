//! The fields only a new investment needs (unit, cost, benefit, years, category) on the
//! **Edit** form of a new investment's draft that carries a decision. That form may name a
//! registered investment instead (see `form_registered`), which needs none of them, so the
//! form marks them optional (Slack and Discord then send it without them) and they are
//! checked here, on our side, only when the submission names a new investment: each one
//! missing is refused on its field, and nothing is stored.

use super::drafts::{Draft, Drafts};
use super::form_registered::{registered, FieldErrors};
use super::proposal::Proposal;
use crate::command::declarations::form_command;
use crate::service::{Caller, Failure, Service};
use std::collections::BTreeMap;
use valuebridge_chat::Form;

/// The `invest` form's fields a new investment needs and a registered one does not (the
/// cost is the decision's amount there, and a decision may have none).
pub(super) const NEW_ONES: [&str; 5] = ["unit", "cost", "benefit", "years", "category"];

/// What a submitted `invest` form's values need before they are read.
#[derive(Debug, PartialEq, Eq)]
pub enum NewOnes {
    /// Not a decision's draft's form: read the values as they are.
    AsTheyAre,
    /// The name is a registered investment's (or an id, which `form_registered` checks):
    /// the values to read, the new investment's fields filled with the declaration's
    /// examples so that they read; none of them is used but the cost as given (the
    /// decision's amount), which is never replaced.
    Registered(BTreeMap<String, String>),
    /// A new name: each new investment's field left empty, by field (may be empty).
    Missing(FieldErrors),
}

impl NewOnes {
    /// The values to read the form with (`values` as submitted, or as filled in), or the new
    /// investment's fields missing.
    pub fn to_read<'a>(
        &'a self,
        values: &'a BTreeMap<String, String>,
    ) -> Result<&'a BTreeMap<String, String>, FieldErrors> {
        match self {
            NewOnes::Registered(filled) => Ok(filled),
            NewOnes::Missing(missing) if !missing.is_empty() => Err(missing.clone()),
            _ => Ok(values),
        }
    }

    /// Whether the values read were filled in (so only a registered investment may take
    /// them).
    pub fn filled(&self) -> bool {
        matches!(self, NewOnes::Registered(_))
    }
}

/// What each new investment's field's hint starts with on such a form, saying why it is
/// optional there.
const ONLY_NEW: &str = "Only for a new investment";

/// Each new investment's field on `form` (on whichever page) marked optional, its hint
/// saying when it is needed.
pub(super) fn loosen(form: &mut Form) {
    for f in form.fields.iter_mut() {
        if NEW_ONES.contains(&f.name.as_str()) && f.required {
            f.required = false;
            f.hint = match f.hint.is_empty() {
                true => ONLY_NEW.to_string(),
                false => format!("{ONLY_NEW}: {}", f.hint),
            };
        }
    }
}

fn is_decision_draft(draft: &Draft) -> bool {
    matches!(
        draft.proposal,
        Proposal::Investment {
            then_decide: Some(_),
            ..
        }
    )
}

impl Service {
    /// The caller's draft `context` belongs to, when it is a new investment's that carries a
    /// decision.
    fn decision_draft(&self, caller: &Caller, context: &str) -> Result<Option<Draft>, Failure> {
        let Some(id) = context
            .strip_prefix(crate::service::DRAFT_CONTEXT)
            .and_then(|id| id.parse::<u64>().ok())
        else {
            return Ok(None);
        };
        let draft = Drafts::open(self.store())?
            .get(&caller.tenant, &caller.channel, &caller.user_id, self.now())?
            .filter(|d| d.id == id && is_decision_draft(d));
        Ok(draft)
    }

    /// `form` (of `context`) with the new investment's fields optional, when it is a
    /// decision's draft's `invest` form.
    pub(crate) fn loosen_draft_form(
        &self,
        caller: &Caller,
        context: &str,
        form: &mut Form,
    ) -> Result<(), Failure> {
        if form.command == "invest" && self.decision_draft(caller, context)?.is_some() {
            loosen(form);
        }
        Ok(())
    }

    /// What `command`'s form of `context` needs with `values` before it is read (only an
    /// `invest` form may need anything).
    pub(crate) fn new_ones(
        &self,
        command: &str,
        caller: &Caller,
        context: &str,
        values: &BTreeMap<String, String>,
    ) -> Result<NewOnes, Failure> {
        let (Some(decl), Some(name), "invest") = (
            form_command("invest"),
            values.get("name").filter(|n| !n.trim().is_empty()),
            command,
        ) else {
            return Ok(NewOnes::AsTheyAre);
        };
        if self.decision_draft(caller, context)?.is_none() {
            return Ok(NewOnes::AsTheyAre);
        }
        let fields = decl.fields.iter().filter(|f| NEW_ONES.contains(&f.name));
        match registered(self, caller, name) {
            Ok(Some(_)) | Err(Failure::User(_)) => {
                let mut filled = values.clone();
                for f in fields {
                    let used = f.name == "cost" && values.get(f.name).is_some_and(|v| !v.trim().is_empty());
                    if !used {
                        filled.insert(f.name.to_string(), f.example.to_string());
                    }
                }
                Ok(NewOnes::Registered(filled))
            }
            Err(internal) => Err(internal),
            Ok(None) => Ok(NewOnes::Missing(
                fields
                    .filter(|f| values.get(f.name).is_none_or(|v| v.trim().is_empty()))
                    .map(|f| {
                        (
                            f.name.to_string(),
                            format!(
                                "{} is needed to register a new investment, like `{}`; or name a registered investment to log this draft's decision on it.",
                                f.label, f.example
                            ),
                        )
                    })
                    .collect(),
            )),
        }
    }
}

/// How to keep `read`, the name the draft read for a new investment, as another name of the
/// registered investment `id` its decision was logged on: `None` when it could not be one
/// (taken, as its own name or alias; implausible; the caller may not amend investments).
/// It is said, not stored: the form's "Other names" are what the person asked to remember.
pub(super) fn keep_hint(
    s: &Service,
    caller: &Caller,
    id: crate::ids::InvestmentId,
    read: &str,
) -> Option<String> {
    let held = crate::service::lookup_investment(
        s.store(),
        caller,
        &crate::command::InvestmentRef::Id(id),
    )
    .ok()?;
    let offer = super::learn_alias::offer(s, caller, read, &held.name).ok()?;
    let mut aliases = held.aliases.clone();
    aliases.push(offer.alias.clone());
    Some(format!(
        "\"{}\", the name this draft read, is not kept as another name for {}; to keep it, say `{}`.",
        offer.alias,
        held.name,
        keep_command(held.id, &aliases)
    ))
}

/// The command that makes `aliases` investment `id`'s other names: the list in quotes when a
/// name has a space, so it reads as one field.
fn keep_command(id: crate::ids::InvestmentId, aliases: &[String]) -> String {
    let list = aliases.join(",");
    let list = match list.contains(char::is_whitespace) {
        true => format!("\"{list}\""),
        false => list,
    };
    format!("amend {id} aliases:{list} because also called that")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_ones_are_the_invest_forms_required_fields_but_its_name() {
        let decl = form_command("invest").unwrap();
        let required: Vec<&str> = decl
            .fields
            .iter()
            .filter(|f| f.required && f.name != "name")
            .map(|f| f.name)
            .collect();
        assert_eq!(required, NEW_ONES);
    }

    #[test]
    fn the_command_to_keep_a_name_reads_back_as_that_list() {
        let id = crate::ids::InvestmentId(1);
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            keep_command(id, &names(&["ServiceTitan"])),
            "amend INV-1 aliases:ServiceTitan because also called that"
        );
        let said = keep_command(id, &names(&["FSP", "Titan FS"]));
        assert_eq!(
            said,
            "amend INV-1 aliases:\"FSP,Titan FS\" because also called that"
        );
        let context = crate::command::Context {
            default_currency: crate::money::Currency::GBP,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            day_first: true,
            week_ends: chrono::Weekday::Fri,
            financial_year_starts: None,
        };
        match crate::command::parse(&said, &context) {
            Ok(crate::command::Command::Amend(a)) => assert_eq!(
                a.fields,
                [crate::command::AmendField::Aliases(names(&[
                    "FSP", "Titan FS"
                ]))]
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn loosening_leaves_the_name_required() {
        let decl = form_command("invest").unwrap();
        let mut form = decl.form(&BTreeMap::new(), String::new()).unwrap();
        loosen(&mut form);
        let required: Vec<&str> = form
            .fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(required, ["name"]);
        let unit = form.fields.iter().find(|f| f.name == "unit").unwrap();
        assert_eq!(unit.hint, "Only for a new investment: e.g. Sales");
        // Loosened twice (a page drawn again), the hint says it once.
        loosen(&mut form);
        let unit = form.fields.iter().find(|f| f.name == "unit").unwrap();
        assert_eq!(unit.hint, "Only for a new investment: e.g. Sales");
    }
}
