//! The investment and unit of a record that names a known investment: a choice to ask
//! when a short form fits two, else the investment, and the unit met or its own.

use super::*;

impl Reader {
    /// Settles `r`'s investment and unit from the known investments `list` named at
    /// `named_at` (`guessed` from an ordinary word), the units said and those said as words.
    #[inline]
    pub(super) fn settle_known_investment(
        &self,
        r: &mut Reading,
        toks: &[Token],
        names: &[names::NameMatch],
        said: (&[(usize, bool)], &[usize]),
        mentioned_unit: Option<String>,
        known: (Vec<usize>, usize, bool),
    ) {
        let ix = &self.index;
        let (units, as_word) = said;
        let (list, named_at, guessed) = known;
        // A short form two differently named investments fit equally: ask, never pick.
        let first = &ix.investments[list[0]].name;
        if list.iter().any(|i| ix.investments[*i].name != *first) {
            for i in &list {
                let name = &ix.investments[*i].name;
                if !r.investment_choices.contains(name) {
                    r.investment_choices.push(name.clone());
                }
            }
            r.investment_guessed_from = None;
            r.unit = mentioned_unit;
            return;
        }
        let pick = match (list.as_slice(), &mentioned_unit) {
            ([one], _) => Some(*one),
            (many, Some(u)) => many.iter().copied().find(|i| ix.investments[*i].unit == *u),
            _ => None,
        };
        r.investment = Some(ix.investments[list[0]].name.clone());
        // The unit the note opens with or the unit met; not one only said after the
        // investment ("Palletiser - Finance want …"), unless the investment is only
        // guessed from an ordinary word in the unit's clause ("Attrition in the BPO
        // dropped …").
        let unit_met = names.iter().any(|m| {
            matches!(m.targets[0], Target::Unit(u)
                if Some(&ix.units[u].name) == mentioned_unit.as_ref())
                && (m.start < named_at && !units_met::reports(toks, m.end)
                    || units_met::met(toks, m.start, m.end)
                    || guessed
                        && m.start >= named_at
                        && units_met::same_clause(&toks[named_at..m.start])
                        && !for_whom(toks, m.start))
        });
        let said_as_unit = units
            .iter()
            .find(|(_, p)| *p)
            .or(units.first())
            .is_some_and(|(u, _)| !as_word.contains(u));
        match pick {
            // A note is about the unit met; a record belongs to its investment's unit.
            // "Marketing and Lanes met about the scoring contract": of the units met,
            // the one whose investment it names.
            // "👍 from the F&B managers": a unit only said in the note, not met, leaves
            // it with the investment's unit.
            Some(i)
                if r.intent == Intent::Note
                    && mentioned_unit.is_some()
                    && said_as_unit
                    && unit_met =>
            {
                let own = &ix.investments[i].unit;
                let met_owner = units.iter().any(|(u, _)| ix.units[*u].name == *own);
                // A unit said only after the investment was already turned away above
                // (`unit_met`): the note is the work's own there.
                r.unit = if met_owner {
                    Some(own.clone())
                } else {
                    mentioned_unit
                };
            }
            Some(i) => r.unit = Some(ix.investments[i].unit.clone()),
            None if r.intent == Intent::Note => r.unit = mentioned_unit,
            None => {
                r.unit_choices = list
                    .iter()
                    .map(|i| ix.investments[*i].unit.clone())
                    .collect();
            }
        }
    }
}

/// "laptops for the Lab arrived": a unit said after "for" ("for the Lab", "for Setting") is
/// whom the things are for, no unit the note is about.
fn for_whom(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks[k].lower.as_str();
    at >= 1 && word(at - 1) == "for"
        || at >= 2 && matches!(word(at - 1), "the" | "our") && word(at - 2) == "for"
}
