//! Convention 63: a new thing for a registered thing. "Gav signed off a new label printer
//! for the canning line, £6,500" against Canning Line Upgrade: a kind of kit of its own,
//! with its own price, is a new thing, named as said. "aprvd new fryers for the commissary,
//! 16.5k, old ones failed the health inspection" against Commissary Kitchen: when the
//! message says the registered thing has one already (the old one, the one we have), the
//! new one renews that thing's own kit and is more money on that registered investment.

use super::NameIndex;
use crate::reader::money_words::find_money;
use crate::reader::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Words inside a thing said before "for the <registered thing>" that make it more of the
/// registered one, a part of it or something asked of it, not a kind of kit of its own.
#[rustfmt::skip]
const NOT_OWN_KIT: &[&str] = &[
    "more", "extra", "another", "additional", "second", "2nd", "spare", "replacement",
    "licence", "licences", "license", "licenses", "seat", "seats", "module", "modules",
    "add-on", "upgrade", "phase", "part", "parts", "quote", "quotes", "budget", "money",
    "funding", "support", "fix", "contract", "order", "one", "ones", "decision", "note",
    "million", "billion", "thousand", "grand", "quarter", "half", "of", "from", "me", "us",
    "to", "with", "on", "in", "at", "by", "no",
];

/// Words that open a thing said as new: "a", "an", "new" ("the new …" too).
fn opens_new(w: &str) -> bool {
    matches!(w, "a" | "an" | "new")
}

/// Does the message say something old the new thing renews ("old mesh is torn")? Enough to
/// keep a registered name said after "for the"; not enough to turn a new name into it.
fn says_something_old(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| word(toks, k) == "old" && toks.get(k + 1).is_some_and(Token::is_word))
        || says_the_old_one(toks)
}

/// Does the message say the registered thing has one already: "the old one's dropping
/// cans", "old ones failed", "the one we have is 15 years old", "the one we've got"?
pub(in crate::reader) fn says_the_old_one(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        let next = word(toks, k + 1);
        (word(toks, k) == "old" && matches!(next, "one" | "ones" | "one's"))
            || (word(toks, k) == "the"
                && next == "one"
                && word(toks, k + 2) == "we"
                && matches!(word(toks, k + 3), "have" | "got" | "'ve" | "had"))
    })
}

/// Is the registered name matched at `start` said after "for the" with a new thing of its own before it ("a new label printer for the canning line"),
/// while the message prices it and says no old one it renews? `named` says whether a token is inside
/// another name's match (the thing before "for" is itself a registered one).
pub(in crate::reader) fn new_kit_for(
    toks: &[Token],
    start: usize,
    named: impl Fn(usize) -> bool,
) -> bool {
    let p = start - usize::from(start > 0 && matches!(word(toks, start - 1), "the" | "our"));
    if p < 3 || p == start || word(toks, p - 1) != "for" {
        return false;
    }
    let end = p - 1;
    // The thing: one to four words back from the "for", opened by "a", "an" or "new".
    let opener = (end.saturating_sub(5)..end)
        .rev()
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym("-"))
        .find(|&k| opens_new(word(toks, k)));
    let Some(opener) = opener else {
        return false;
    };
    let thing = opener + 1..end;
    if thing.is_empty()
        || !thing
            .clone()
            .any(|k| toks[k].is_word() && word(toks, k).len() >= 3)
        || thing
            .clone()
            .any(|k| named(k) || NOT_OWN_KIT.contains(&word(toks, k)) || opens_new(word(toks, k)))
    {
        return false;
    }
    // A thing bought has its price: "new card readers for the ticketing system came in"
    // is news of the registered work's own kit.
    let priced = !find_money(toks, crate::money::Currency::GBP).is_empty();
    priced && !says_something_old(toks)
}

impl NameIndex {
    /// "new fryers for the commissary …, old ones failed": the one registered investment
    /// whose name opens with the word(s) said after "for the" just after the new thing
    /// `name` (Commissary Kitchen), when the message says the old one; its index.
    pub(in crate::reader) fn renewed_kit_of(&self, toks: &[Token], name: &str) -> Option<usize> {
        if !says_the_old_one(toks) {
            return None;
        }
        let said: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let last = said.last()?;
        let at = (0..toks.len()).find(|&k| {
            toks[k].lower == *last
                && k + 1 >= said.len()
                && toks[k + 1 - said.len()..=k]
                    .iter()
                    .zip(&said)
                    .all(|(t, w)| t.lower == *w)
        })?;
        if word(toks, at + 1) != "for" || !matches!(word(toks, at + 2), "the" | "our") {
            return None;
        }
        // The registered thing said by its name's opening words, and no word the name
        // lacks ("a bandsaw for the heading room" is no kit of Heading Line).
        let said: Vec<&str> = (at + 3..toks.len())
            .take_while(|&k| toks[k].is_word() && !matches!(word(toks, k), "and" | "to"))
            .map(|k| word(toks, k))
            .collect();
        if said.first().is_none_or(|w| w.len() < 4) {
            return None;
        }
        let mut found = self.inv_words.iter().enumerate().filter(|(_, words)| {
            said.len() < words.len() && said.iter().zip(words.iter()).all(|(s, w)| s == w)
        });
        let (inv, _) = found.next()?;
        found.next().is_none().then_some(inv)
    }
}
