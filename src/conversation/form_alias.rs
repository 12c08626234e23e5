//! The draft's **Edit** form learns another name as `edit investment` does: when the draft
//! read a name nothing registered holds (or guessed a registered one from a short form), its
//! decision or benefit form carries an "Also remember as another name" field filled in with
//! that name. Submitted with a registered investment (another than the one guessed), the
//! field's value, as left, amended or cleared, is added to that investment's aliases in the
//! same write as the record: both or neither.

use super::drafts::{Draft, Drafts};
use super::learn_alias::{amendment, name_in, offer, plausible_alias};
use super::proposal::Proposal;
use crate::command::{Command, InvestmentRef};
use crate::service::{Caller, Failure, Service};
use valuebridge_chat::{FieldKind, FormField};

/// The form field's name: never a declared field's, so the command's line never reads it.
pub const REMEMBER: &str = "remember";

/// The "Also remember" field, starting with `initial`.
pub fn remember_field(initial: Option<String>) -> FormField {
    FormField {
        name: REMEMBER.to_string(),
        label: "Also remember as another name".to_string(),
        kind: FieldKind::Text,
        required: false,
        hint: "for the investment picked above, if registered; clear it not to".to_string(),
        initial: initial.filter(|v| !v.trim().is_empty()),
    }
}

/// The name the draft's form offers to remember, if any: the draft's offer, else the name it
/// read (without its event words) when that could be an alias at all. A draft whose form has
/// no investment field, or whose person said `edit alias no`, offers none. (Whether the
/// person may amend investments is checked on submission: anyone who may submit the form
/// may.)
pub(super) fn form_alias(s: &Service, caller: &Caller, draft: &Draft) -> Option<String> {
    let has_investment = matches!(
        draft.proposal,
        Proposal::Decision { .. } | Proposal::Benefit { .. }
    );
    if draft.no_alias || !has_investment {
        return None;
    }
    if let Some(offered) = &draft.learn {
        return Some(offered.alias.clone());
    }
    let alias = crate::domain::names::clean(&name_in(draft.read_as_new.as_deref()?));
    plausible_alias(s, caller, &alias).ok()?;
    Some(alias)
}

/// The alias (or aliases) an Edit form's submission adds with its record, and the
/// amendment adding it.
pub struct FormAlias {
    /// What the reply says for it.
    pub(super) line: String,
    pub(super) amend: Command,
}

impl FormAlias {
    /// The amendment, to run after the record in the same write.
    pub(super) fn amendment(&self) -> Command {
        self.amend.clone()
    }

    /// The line the reply says for it.
    pub(super) fn remembered(&self) -> String {
        self.line.clone()
    }
}

impl Service {
    /// What the Edit form of draft `id` submitted as `command` learns from its "Also
    /// remember" value: `None` when the value is empty, the draft read no name, or the
    /// command's investment is not a registered one other than the one guessed (the
    /// command's own checks say what is wrong with an unknown investment). A name that
    /// cannot be the investment's alias is the field's error.
    pub(crate) fn alias_from_form(
        &self,
        caller: &Caller,
        id: u64,
        command: &Command,
        remember: Option<&str>,
    ) -> Result<Option<FormAlias>, Failure> {
        let Some(alias) = remember.map(str::trim).filter(|a| !a.is_empty()) else {
            return Ok(None);
        };
        let draft = Drafts::open(self.store())?
            .get(&caller.tenant, &caller.channel, &caller.user_id, self.now())?
            .filter(|d| d.id == id);
        let Some(draft) = draft.filter(|d| d.read_as_new.is_some() || d.learn.is_some()) else {
            return Ok(None);
        };
        let investment: &InvestmentRef = match command {
            Command::Decide(a) => &a.investment,
            Command::Benefit(b) => &b.investment,
            _ => return Ok(None),
        };
        let held = match crate::service::lookup_investment(self.store(), caller, investment) {
            Ok(held) => held,
            Err(Failure::User(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        if draft.guessed.as_deref() == Some(held.name.as_str()) {
            return Ok(None);
        }
        let offer = offer(self, caller, alias, &held.name)?;
        let amend = amendment(&offer, held.aliases, draft.id);
        let line = super::learn_alias::remembered(&offer);
        Ok(Some(FormAlias { line, amend }))
    }
}
