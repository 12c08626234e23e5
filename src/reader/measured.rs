//! What a record says was measured, for the intent model: a change told with a number
//! ("no-shows down 12 pts", "30% less food thrown away", "£6k more revenue"), a run of time
//! since a known thing ("since the booking upgrade", "since Aug"), and which way its dates
//! lie from today. A result with an amount is a benefit being reported, not a proposal; these
//! say so in words any organisation uses, where the words around them are its own.

use super::dates::{self, DateMention};
use super::money_words::MoneyMention;
use super::names::{NameMatch, Target};
use super::tokens::{TokKind, Token, WordSet};
use chrono::NaiveDate;

/// [`DIRECTIONS`], asked of every word.
static DIRECTION_WORDS: WordSet = WordSet::new(DIRECTIONS);

/// Words that tell which way a measure moved.
const DIRECTIONS: &[&str] = &[
    "down",
    "up",
    "fell",
    "rose",
    "dropped",
    "drop",
    "climbed",
    "cut",
    "reduced",
    "increased",
    "lower",
    "higher",
    "less",
    "fewer",
    "more",
    "faster",
    "slower",
    "shorter",
    "quicker",
    "halved",
    "doubled",
    "tripled",
    "gained",
    "lost",
];

/// Units a measure is counted in beside a number ("12 pts", "30%").
const MEASURE_UNITS: &[&str] = &["%", "pts", "pt", "points", "percent", "pp", "bps"];

/// How far (in tokens) a direction word may be from the number it moves.
const NEAR: usize = 3;

/// What [`find`] saw in a record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measures {
    /// A direction word next to a count or a percentage ("down 12 pts", "220 fewer").
    pub change_counted: bool,
    /// A direction word next to an amount ("£6k more revenue", "cut costs by £40k").
    pub change_in_money: bool,
    /// "since" before a known investment, a unit or a date: a result counted from it.
    pub since_known: bool,
    /// A date nearer the past than the future, said as when something happened.
    pub dated_past: bool,
    /// A date ahead: nearer the future, or a deadline, a review or a milestone.
    pub dated_ahead: bool,
}

/// Reads `toks`' measures; `names`, `money` and `found` are what the exact passes found in
/// them.
pub fn find(
    toks: &[Token],
    names: &[NameMatch],
    money: &[MoneyMention],
    found: &[DateMention],
    today: NaiveDate,
) -> Measures {
    let in_money = |j: usize| money.iter().any(|m| j >= m.start && j < m.end);
    let counted = |j: usize| {
        let t = &toks[j];
        !in_money(j)
            && (t.kind == TokKind::Num || MEASURE_UNITS.contains(&t.lower.as_str()))
            // A number that is a date ("since 12 May") is not a measure.
            && !found.iter().any(|d| j >= d.start && j < d.end)
    };
    let mut m = Measures::default();
    for (i, t) in toks.iter().enumerate() {
        // "up to £50k" is a cap, not a change.
        let cap = t.lower == "up" && toks.get(i + 1).is_some_and(|n| n.lower == "to");
        if DIRECTION_WORDS.holds(t) && !cap {
            let near = i.saturating_sub(NEAR)..(i + NEAR + 1).min(toks.len());
            m.change_counted |= near.clone().any(|j| j != i && counted(j));
            m.change_in_money |= near.into_iter().any(|j| j != i && in_money(j))
                || moved_by_money(toks, i, &in_money);
        }
        if t.lower == "since" {
            let after = i + 1..(i + 1 + NEAR + 1).min(toks.len());
            m.since_known |= names.iter().any(|n| {
                after.contains(&n.start)
                    && n.targets
                        .iter()
                        .any(|t| matches!(t, Target::Investment(_) | Target::Unit(_)))
            }) || found.iter().any(|d| after.contains(&d.start));
        }
    }
    for d in found {
        let back = (today - d.past).num_days();
        let ahead = (d.future - today).num_days();
        match d.cue {
            dates::Cue::By | dates::Cue::Until | dates::Cue::Milestone => m.dated_ahead = true,
            // A run of time starts in the past, however far back.
            dates::Cue::Since => m.dated_past = true,
            dates::Cue::At if back < ahead => m.dated_past = true,
            dates::Cue::At if ahead < back => m.dated_ahead = true,
            // Today itself, or as far either way.
            dates::Cue::At => {}
        }
    }
    m
}

/// "has reduced the Kenya Power bill by approximately KES 650,000 per month": a verb of
/// change at `i`, then what it changed, then "by" an amount, in one clause.
fn moved_by_money(toks: &[Token], i: usize, in_money: &dyn Fn(usize) -> bool) -> bool {
    if !toks[i].lower.ends_with("ed") {
        return false;
    }
    (i + 2..(i + 9).min(toks.len()))
        .take_while(|&j| !toks[j].is_break())
        .find(|&j| toks[j].is("by"))
        .is_some_and(|b| {
            // "by approximately KES 650,000", "by about £650": a word of roughness first.
            let rough = toks.get(b + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "approximately" | "approx" | "about" | "around" | "roughly" | "some" | "nearly"
                )
            });
            in_money(b + 1 + usize::from(rough))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::reader::{dates, money_words, tokens};

    fn measures(text: &str) -> Measures {
        let toks = tokens::tokenize(text);
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let money = money_words::find_money_in(&toks, Currency::GBP, Currency::GBP);
        // These tests' tenant is a UK one (pounds, day-first dates); the reader passes
        // `find` the dates it read in the tenant's own order.
        let found = dates::find_dates(&toks, today, true);
        find(&toks, &[], &money, &found, today)
    }

    #[test]
    fn a_change_told_with_a_count_or_an_amount() {
        let m = measures("no-shows down 12 pts since the upgrade, £6k more revenue in October");
        assert!(m.change_counted && m.change_in_money, "{m:?}");
        // October said in late November is the one just gone.
        assert!(m.dated_past && !m.dated_ahead, "{m:?}");
        let m = measures("30% less food thrown away");
        assert!(m.change_counted && !m.change_in_money, "{m:?}");
        let m = measures("want up to £60k for a new booking tool by March");
        assert_eq!(
            m,
            Measures {
                dated_ahead: true,
                ..Measures::default()
            }
        );
    }

    /// "The Board NOTED that the solar PV installation has reduced the Kenya Power bill by
    /// approximately KES 650,000 per month" (round S24): the verb of change is further from
    /// its amount than a few words, with what it changed and "by" between.
    #[test]
    fn a_change_by_an_amount_said_after_what_changed() {
        let m = measures(
            "the new roof has reduced the site's heating bill by approximately £650 a month",
        );
        assert!(m.change_in_money, "{m:?}");
        // Not across a sentence, nor "by" a time.
        let m = measures("we reduced the stock. Then by March £650 went on repairs");
        assert!(!m.change_in_money, "{m:?}");
        let m = measures("the vendor reduced the scope of the work by March, £650 saved");
        assert!(!m.change_in_money, "{m:?}");
    }

    #[test]
    fn since_a_date_is_known_and_a_date_number_is_no_measure() {
        let m = measures("fewer refunds since 12 May");
        assert!(m.since_known && !m.change_counted, "{m:?}");
        let m = measures("approved it since the old app fails PCI");
        assert!(!m.since_known, "{m:?}");
    }
}
