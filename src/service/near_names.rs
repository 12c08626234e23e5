//! "Did you mean": the records whose name or alias is near a name that matched nothing,
//! nearest first, said with what to type. One function for every command that takes a name
//! (`decide`, `benefit`, `show`, `history`, a draft's `edit investment`; a business unit
//! wherever one is named), so they answer alike: several near → each with its id (a unit: its
//! name, which is what is typed for one); one → that one; none → how to add or list them.

use super::error::{user, Failure};
use super::Caller;
use crate::domain::Record;
use crate::ids::{Kind, RecordId};
use crate::store::{normalise_name, Store};

/// At most this many suggestions in a "did you mean".
const SUGGESTIONS: usize = 4;

/// How to say that a name matched nothing of some kinds.
pub(super) struct NotFound<'a> {
    /// The first sentence ("There is no investment called 'field'.").
    pub lead: String,
    /// How to type the first suggestion, when there is only that one (" Type …"), given its
    /// id and name.
    pub one: &'a dyn Fn(RecordId, &str) -> String,
    /// How to type one of several, the first given as the example.
    pub several: &'a dyn Fn(RecordId, &str) -> String,
    /// What to say when nothing is near: how to list them.
    pub none: String,
    /// The records are typed by their names, not ids (units): each is said as 'Ops'.
    pub by_name: bool,
}

/// The failure for `typed` (in any of its spoken `forms`) naming no live record of `kinds`:
/// the near ones, nearest first, at most four, with their ids; or how to list them.
pub(super) fn no_such_name(
    store: &Store,
    caller: &Caller,
    forms: &[&str],
    kinds: &[Kind],
    say: NotFound<'_>,
) -> Result<Failure, Failure> {
    let ids = near(store, caller, forms, kinds)?;
    let names = names_of(store, caller, &ids)?;
    Ok(user(said(&say, &ids, &names)))
}

/// The message for the near ones `ids`, named `names`.
fn said(say: &NotFound<'_>, ids: &[RecordId], names: &[String]) -> String {
    let lead = &say.lead;
    let labels: Vec<String> = ids
        .iter()
        .zip(names)
        .map(|(id, name)| match say.by_name {
            true => format!("'{name}'"),
            false => format!("{id} ({name})"),
        })
        .collect();
    match (ids, names) {
        ([one], [name, ..]) => format!(
            "{lead} Did you mean {}?{}",
            labels[0],
            (say.one)(*one, name)
        ),
        ([first, ..], [name, ..]) => format!(
            "{lead} Did you mean {}?{}",
            listed(&labels, "or"),
            (say.several)(*first, name)
        ),
        _ => format!("{lead} {}", say.none),
    }
}

/// The live records of `kinds` near any of `forms`, nearest first, at most four.
fn near(
    store: &Store,
    caller: &Caller,
    forms: &[&str],
    kinds: &[Kind],
) -> Result<Vec<RecordId>, Failure> {
    let typed: Vec<String> = forms.iter().map(|f| normalise_name(f)).collect();
    let mut near: Vec<(usize, RecordId)> = Vec::new();
    for kind in kinds {
        for state in store.live(&caller.tenant, *kind)? {
            let (id, names): (RecordId, Vec<&str>) = match &state.record {
                Record::Investment(i) => (i.id.record(), i.names().collect()),
                Record::Unit(u) => (u.id.record(), u.names().collect()),
                Record::Service(v) => (v.id.record(), vec![v.name.as_str()]),
                _ => continue,
            };
            let best = typed
                .iter()
                .flat_map(|t| names.iter().filter_map(move |n| nearness(t, n)))
                .min();
            if let Some(best) = best {
                near.push((best, id));
            }
        }
    }
    near.sort();
    Ok(near.iter().take(SUGGESTIONS).map(|(_, id)| *id).collect())
}

/// "INV-2 (Field service platform)" for each id, as the records name themselves.
pub(super) fn labelled(
    store: &Store,
    caller: &Caller,
    ids: &[RecordId],
) -> Result<Vec<String>, Failure> {
    let names = names_of(store, caller, ids)?;
    Ok(ids
        .iter()
        .zip(names)
        .map(|(id, name)| format!("{id} ({name})"))
        .collect())
}

/// Each record's own name.
fn names_of(store: &Store, caller: &Caller, ids: &[RecordId]) -> Result<Vec<String>, Failure> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let name = match store.get(&caller.tenant, *id)?.map(|s| s.record) {
            Some(Record::Investment(i)) => i.name,
            Some(Record::Unit(u)) => u.name,
            Some(Record::Service(v)) => v.name,
            _ => String::new(),
        };
        out.push(name);
    }
    Ok(out)
}

/// "A", "A or B", "A, B or C" (`or`), or the same with "and".
pub(super) fn listed(labels: &[String], or: &str) -> String {
    match labels.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// How near `name` is to what was typed (normalised): an edit distance small enough to be a
/// typo (as [`super::lookup::closest`] judges one), else the name holding every typed word in
/// order ("field service" in "Field service platform"), ranked after any typo.
fn nearness(typed: &str, name: &str) -> Option<usize> {
    let name = normalise_name(name);
    let length = name.chars().count();
    let d = strsim::damerau_levenshtein(typed, &name);
    if d <= 2.max(length / 4) && d < length {
        return Some(d);
    }
    let inside = typed.chars().count() >= 3 && format!(" {name} ").contains(&format!(" {typed} "));
    inside.then_some(length + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_read_as_a_list() {
        let l = |v: &[&str], or| listed(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>(), or);
        assert_eq!(l(&["A"], "or"), "A");
        assert_eq!(l(&["A", "B"], "or"), "A or B");
        assert_eq!(l(&["A", "B", "C"], "or"), "A, B or C");
        assert_eq!(l(&["A", "B", "C"], "and"), "A, B and C");
    }

    #[test]
    fn several_near_are_listed_one_is_named_none_says_how_to_list() {
        let one = |id: RecordId, _: &str| format!(" Type `{id}`.");
        let several = |id: RecordId, _: &str| format!(" Type one's id, like `{id}`.");
        let say = NotFound {
            lead: "There is no investment called 'field'.".into(),
            one: &one,
            several: &several,
            none: "`/value list investments` lists them.".into(),
            by_name: false,
        };
        let id = |s: &str| s.parse::<RecordId>().unwrap();
        let labels = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            said(
                &say,
                &[id("INV-2"), id("INV-3")],
                &labels(&["Field service", "Field sales"])
            ),
            "There is no investment called 'field'. Did you mean INV-2 (Field service) or INV-3 (Field sales)? Type one's id, like `INV-2`."
        );
        assert_eq!(
            said(&say, &[id("INV-2")], &labels(&["Field service"])),
            "There is no investment called 'field'. Did you mean INV-2 (Field service)? Type `INV-2`."
        );
        assert_eq!(
            said(&say, &[], &[]),
            "There is no investment called 'field'. `/value list investments` lists them."
        );
    }

    #[test]
    fn units_are_said_by_the_name_to_type() {
        let one = |_: RecordId, name: &str| format!(" Type `{name}`.");
        let say = NotFound {
            lead: "There is no business unit called 'field'.".into(),
            one: &one,
            several: &one,
            none: "`/value units` lists them.".into(),
            by_name: true,
        };
        let ids = ["UNIT-2", "UNIT-3"].map(|s| s.parse::<RecordId>().unwrap());
        let names = ["Field Ops".to_string(), "Field Sales".to_string()];
        assert_eq!(
            said(&say, &ids, &names),
            "There is no business unit called 'field'. Did you mean 'Field Ops' or 'Field Sales'? Type `Field Ops`."
        );
    }

    #[test]
    fn a_typo_is_nearer_than_a_name_holding_the_words() {
        assert_eq!(nearness("servicetitn", "ServiceTitan"), Some(1));
        assert!(nearness("field", "Field service platform").unwrap() > 2);
        assert_eq!(nearness("payroll", "Field service platform"), None);
    }
}
