//! "bis lab - approved by exec yday 👍 1.2 cr" with the unit Quality known as "BIS Lab" and
//! its investment BIS Testing Lab (round B68): a unit's alias of two words or more, said as
//! a thing, that is one of the unit's own investments' names without a word from its middle,
//! is that investment.

use super::{NameIndex, NameMatch, Target};
use crate::reader::tokens::Token;

impl NameIndex {
    /// A unit's alias of two words or more (`names` holds the matches) said as a thing —
    /// opening the message or after "the" / "our", and ending what is pointed at ("the bis
    /// lab to …", not "the BIS Lab team") — whose words are exactly one of the unit's own
    /// investments' first and last words with one word more between them: that investment,
    /// and where it is said. Asked of a record that names no investment.
    pub(in crate::reader) fn alias_around_its_investment(
        &self,
        toks: &[Token],
        names: &[NameMatch],
    ) -> Option<(usize, usize)> {
        // Cheap first test: a unit said by two tokens or more.
        let m = names
            .iter()
            .find(|m| m.end >= m.start + 2 && matches!(m.targets[..], [Target::Unit(_)]))?;
        self.alias_around_past_its_first_test(toks, m)
    }

    fn alias_around_past_its_first_test(
        &self,
        toks: &[Token],
        m: &NameMatch,
    ) -> Option<(usize, usize)> {
        let [Target::Unit(u)] = m.targets[..] else {
            return None;
        };
        let pointed = m.start == 0 || matches!(toks[m.start - 1].lower.as_str(), "the" | "our");
        let ends = toks.get(m.end).is_none_or(|t| {
            !t.is_word()
                || matches!(
                    t.lower.as_str(),
                    "is" | "was" | "to" | "and" | "has" | "'s" | "approved" | "done"
                )
        });
        let said: Vec<&str> = toks[m.start..m.end]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .collect();
        if !pointed || !ends || said.len() < 2 {
            return None;
        }
        let unit = &self.units[u].name;
        let mut around = self.inv_words.iter().enumerate().filter(|(k, words)| {
            &self.investments[*k].unit == unit
                && words.len() == said.len() + 1
                && words[..said.len() - 1] == said[..said.len() - 1]
                && words[words.len() - 1] == said[said.len() - 1]
        });
        match (around.next(), around.next()) {
            (Some((k, _)), None) => Some((k, m.start)),
            _ => None,
        }
    }
}
