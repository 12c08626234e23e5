//! A draft's **Edit** form submitted, and the case the typed edit handled and the form did
//! not: a new investment's draft whose Name field names a registered investment (its name,
//! an alias or its id). Its decision is logged on that investment, as `edit investment
//! <name>` and `yes` log it (the form's one-off cost is the amount, its start date the
//! decision's date), and the form's "Other names" are remembered for that investment in the
//! same write, both or neither; the reply says so. A draft with no decision has nothing to
//! log on it: the name field says what to say instead, and nothing is stored.

use super::drafts::Drafts;
use super::form_alias::{FormAlias, REMEMBER};
use super::learn_alias::{amendment, offer, remembered};
use super::proposal::Proposal;
use crate::command::{Command, InvestArgs, InvestmentRef};
use crate::domain::Investment;
use crate::ids::{InvestmentId, Kind};
use crate::service::{Caller, Failure, Service};
use std::collections::BTreeMap;
use valuebridge_chat::{Block, Reply};

/// A form's errors by field name (nothing stored).
pub type FieldErrors = BTreeMap<String, String>;

/// The name field's label and hint on the form of a new investment's draft that carries a
/// decision (a label fits Discord's 45 characters).
pub(super) const NAME_LABEL: &str = "Name (or a registered one's name or id)";
pub(super) const NAME_HINT: &str =
    "a new investment's; or a registered one's name, alias or id, to log this draft's decision on it";

/// What a new investment's draft that says no decision answers when pointed at the
/// registered investment `name`, typed or on its form.
pub(super) fn no_decision_to_log(name: &str) -> String {
    format!("This draft proposes a new investment and says no decision, so there is nothing to log on {name}: say the verdict first (`edit verdict approve`, or reject, defer, stop, continue, rescope), then `edit investment {name}`.")
}

/// The same, said of the registered investment `held` the form named.
fn no_decision_on(held: &Investment) -> String {
    format!(
        "{} is registered already ({}). {}",
        held.name,
        held.id,
        no_decision_to_log(&held.name)
    )
}

fn on(field: &str, message: String) -> FieldErrors {
    BTreeMap::from([(field.to_string(), message)])
}

/// A failure on `field`: a user's error is said there; anything else is internal.
fn at(field: &'static str) -> impl Fn(Failure) -> (&'static str, Failure) {
    move |e| (field, e)
}

/// The live investment `name` stands for exactly (its id, name or alias), if any; a retracted
/// or missing id is an error.
pub(super) fn registered(
    s: &Service,
    caller: &Caller,
    name: &str,
) -> Result<Option<Investment>, Failure> {
    let id = match name.trim().parse::<InvestmentId>() {
        Ok(id) => id,
        Err(_) => match s
            .store()
            .find_name(&caller.tenant, Kind::Investment, name)?
        {
            Some(id) => InvestmentId(id.n),
            None => return Ok(None),
        },
    };
    crate::service::lookup_investment(s.store(), caller, &InvestmentRef::Id(id)).map(Some)
}

/// The decision logged on a registered investment, and the aliases remembered with it.
struct OnRegistered {
    decide: Command,
    learnt: Option<FormAlias>,
    held: Investment,
    /// The name the draft read for the new investment ("ServiceTitan").
    read: Option<String>,
}

fn given(values: &BTreeMap<String, String>, field: &str) -> bool {
    values.get(field).is_some_and(|v| !v.trim().is_empty())
}

impl Service {
    /// Confirms draft `id` with its Edit form's `command` and `values`: the errors by field
    /// (nothing stored), or what confirming answered. `filled`: the command was read with a
    /// new investment's fields filled in (see `form_new_ones`), so it may only be logged on a
    /// registered investment.
    pub(crate) async fn confirm_draft_form(
        &self,
        caller: &Caller,
        id: u64,
        command: Command,
        values: &BTreeMap<String, String>,
        filled: bool,
    ) -> Result<Result<Reply, Failure>, FieldErrors> {
        if let Command::Invest(invest) = &command {
            match self.onto_registered(caller, id, invest, values, filled) {
                Ok(Some(r)) => {
                    let said = self.confirm_edited(caller, id, r.decide, r.learnt).await;
                    let keep = said.as_ref().ok().and_then(|_| {
                        let read = r.read.as_deref()?;
                        super::form_new_ones::keep_hint(self, caller, r.held.id, read)
                    });
                    return Ok(said.map(|reply| logged_on(reply, &r.held, values, keep)));
                }
                Ok(None) => {}
                Err((field, Failure::User(e))) => return Err(on(field, e.to_string())),
                Err((_, internal)) => return Ok(Err(internal)),
            }
        }
        let remember = values.get(REMEMBER).map(String::as_str);
        let learnt = match self.alias_from_form(caller, id, &command, remember) {
            Ok(learnt) => learnt,
            Err(Failure::User(e)) => return Err(on(REMEMBER, e.to_string())),
            Err(internal) => return Ok(Err(internal)),
        };
        Ok(self.confirm_edited(caller, id, command, learnt).await)
    }

    /// The name field's error on a page of draft `context`'s `invest` form when it names a
    /// registered investment the draft cannot be logged on (no decision, or retracted), for a
    /// step that checks its fields before the last one is submitted.
    pub(crate) fn draft_name_error(
        &self,
        caller: &Caller,
        context: &str,
        values: &BTreeMap<String, String>,
    ) -> Result<Option<String>, Failure> {
        let (Some(id), Some(name)) = (
            context
                .strip_prefix(crate::service::DRAFT_CONTEXT)
                .and_then(|id| id.parse::<u64>().ok()),
            values.get("name"),
        ) else {
            return Ok(None);
        };
        let draft = Drafts::open(self.store())?
            .get(&caller.tenant, &caller.channel, &caller.user_id, self.now())?
            .filter(|d| d.id == id);
        let Some(Proposal::Investment { then_decide, .. }) = draft.map(|d| d.proposal) else {
            return Ok(None);
        };
        match (registered(self, caller, name), then_decide) {
            (Ok(Some(held)), None) => Ok(Some(no_decision_on(&held))),
            (Ok(_), _) => Ok(None),
            (Err(Failure::User(e)), _) => Ok(Some(e.to_string())),
            (Err(e), _) => Err(e),
        }
    }

    /// `invest` submitted on a new investment's draft with a registered investment's name:
    /// the draft's decision on it (`None` when the name is new, or the draft is not a new
    /// investment's), or the field that is wrong.
    fn onto_registered(
        &self,
        caller: &Caller,
        id: u64,
        invest: &InvestArgs,
        values: &BTreeMap<String, String>,
        filled: bool,
    ) -> Result<Option<OnRegistered>, (&'static str, Failure)> {
        let drafts = Drafts::open(self.store()).map_err(|e| ("name", e.into()))?;
        let draft = drafts
            .get(&caller.tenant, &caller.channel, &caller.user_id, self.now())
            .map_err(|e| ("name", e.into()))?
            .filter(|d| d.id == id);
        let Some(draft) = draft else {
            return Ok(None);
        };
        if !matches!(draft.proposal, Proposal::Investment { .. }) {
            return Ok(None);
        }
        let Some(held) = registered(self, caller, &invest.name).map_err(at("name"))? else {
            if filled {
                // Registered when the form was read, not now: nothing of a new one was given.
                let why = format!("{} is no longer a registered investment's name; submit the form again to register a new one.", invest.name);
                return Err(("name", super::draft_fields::user(why)));
            }
            return Ok(None);
        };
        // The cost is the decision's amount; left empty, the decision has none.
        let cost = given(values, "cost").then_some(invest.cost);
        let Some(mut decide) = draft.proposal.decision_after(&held.name, cost) else {
            return Err(("name", super::draft_fields::user(no_decision_on(&held))));
        };
        decide.investment = InvestmentRef::Id(held.id);
        decide.on = invest.start;
        let learnt = self
            .other_names(caller, &held, &invest.aliases, id)
            .map_err(at("aliases"))?;
        // The name the draft read, unless declined or guessed as this one.
        let read = match (&draft.read_as_new, draft.no_alias) {
            (Some(read), false) if draft.guessed.as_deref() != Some(held.name.as_str()) => {
                Some(super::learn_alias::name_in(read))
            }
            _ => None,
        };
        Ok(Some(OnRegistered {
            decide: Command::Decide(decide),
            learnt,
            held,
            read,
        }))
    }

    /// The form's "Other names", remembered for the registered investment `held` as a learnt
    /// name is (each a plausible name no live investment or unit holds; the person may amend
    /// investments), in one amendment.
    fn other_names(
        &self,
        caller: &Caller,
        held: &Investment,
        names: &[String],
        draft: u64,
    ) -> Result<Option<FormAlias>, Failure> {
        let mut offers = Vec::new();
        for name in names.iter().filter(|n| !n.trim().is_empty()) {
            let o = offer(self, caller, name, &held.name)?;
            if !offers.iter().any(|k: &super::learn_alias::AliasOffer| {
                k.alias.to_lowercase() == o.alias.to_lowercase()
            }) {
                offers.push(o);
            }
        }
        let Some((last, rest)) = offers.split_last() else {
            return Ok(None);
        };
        let mut aliases = held.aliases.clone();
        aliases.extend(rest.iter().map(|o| o.alias.clone()));
        let line = match rest {
            [] => remembered(last),
            _ => {
                let quoted: Vec<String> =
                    offers.iter().map(|o| format!("\"{}\"", o.alias)).collect();
                let (tail, head) = quoted.split_last().expect("two or more");
                format!(
                    "Remembered {} and {tail} as other names for {} ({}): plain words and commands now know it by them.",
                    head.join(", "),
                    held.name,
                    held.id
                )
            }
        };
        Ok(Some(FormAlias {
            line,
            amend: amendment(last, aliases, draft),
        }))
    }
}

/// A new investment's fields a registered one does not use, as the reply names them.
const NOT_USED: [(&str, &str); 6] = [
    ("unit", "unit"),
    ("benefit", "benefit"),
    ("years", "years"),
    ("category", "category"),
    ("run", "running cost"),
    ("sponsor", "sponsor"),
];

/// The reply of a decision logged on a registered investment from a new investment's form,
/// saying so after its heading, with the new investment's fields given that were not used,
/// and `keep` (how to keep the name read) last (an "already confirmed" answer is left as it
/// is).
fn logged_on(
    mut reply: Reply,
    held: &Investment,
    values: &BTreeMap<String, String>,
    keep: Option<String>,
) -> Reply {
    if super::claims::is_already_confirmed(&reply) {
        return reply;
    }
    let unused: Vec<&str> = NOT_USED
        .iter()
        .filter(|(field, _)| given(values, field))
        .map(|(_, said)| *said)
        .collect();
    let mut text = format!(
        "{} is registered already ({}), so this draft's decision is logged on it",
        held.name, held.id
    );
    match unused.split_last() {
        None => text.push('.'),
        Some((last, [])) => text.push_str(&format!(
            "; the form's {last}, a new investment's, was not used."
        )),
        Some((last, rest)) => text.push_str(&format!(
            "; the form's {} and {last}, a new investment's, were not used.",
            rest.join(", ")
        )),
    }
    let at = reply
        .blocks
        .iter()
        .position(|b| !matches!(b, Block::Heading { .. }))
        .unwrap_or(reply.blocks.len());
    reply.blocks.insert(at, Block::Paragraph { text });
    reply
        .blocks
        .extend(keep.map(|text| Block::Paragraph { text }));
    reply
}
