//! "AP automation and the e-logbook both approved today, £120k and £55k": two investments
//! joined by "and" and said "both" take the one verdict each, with the amounts "£A and £B"
//! in the order the names were said; a date, a look-again date or a reason is said of both.
//! Without "both", one amount each said "£A and £B" shares the verdict as surely ("signed
//! off the CRM swap and the app upgrade, £300k and £90k"), and so do two names said with no
//! amount at all, neither after a preposition ("approved the CRM and the app upgrade", not
//! "… to link up with the CRM and the app"), and so do two names each with its amount in
//! brackets ("gate automation (€450k) and the berth planning tool (€120k)").

use super::money_words::find_money_in;
use super::names::{NameIndex, Target};
use super::tokens::Token;
use super::{Intent, Reading};
use crate::money::Currency;

/// Words before or after a name that make it what something else is done with or for.
const PREPOSITIONS: &[&str] = &[
    "with", "to", "for", "into", "from", "on", "of", "about", "in", "after", "before", "than",
    "like", "as", "against", "over", "under", "via", "onto", "off",
];

/// The second investment's index and, when the message gives one amount each, the two.
struct Both {
    first: usize,
    second: usize,
    amounts: Option<[crate::money::Money; 2]>,
}

fn both_at(toks: &[Token], index: &NameIndex, currency: Currency) -> Option<Both> {
    // Most messages have no "both" and not two numbers: no need to look names up again.
    let at_both = toks.iter().position(|t| t.is("both"));
    let numbers = toks
        .iter()
        .filter(|t| t.kind == super::tokens::TokKind::Num)
        .count();
    let any_and = toks
        .iter()
        .any(|t| t.is("and") || t.is_sym("&") || t.is_sym("+"));
    if at_both.is_none() && numbers < 2 && !any_and {
        return None;
    }
    let money = find_money_in(toks, currency, currency);
    let amounts = match money.as_slice() {
        [a, b] if b.start == a.end + 1 && toks[a.end].is("and") => Some([a.money, b.money]),
        _ => None,
    };
    // "gate automation (€450k) and the berth planning tool (€120k)": each name's amount in
    // brackets after it.
    let in_brackets = |m: &super::money_words::MoneyMention| {
        m.start > 0
            && toks[m.start - 1].is_sym("(")
            && toks.get(m.end).is_some_and(|t| t.is_sym(")"))
    };
    let bracketed = money.len() == 2 && money.iter().all(in_brackets);
    if at_both.is_none() && amounts.is_none() && !bracketed && !money.is_empty() {
        return None;
    }
    let names = index.find(toks);
    let one = |k: usize| match names.get(k)?.targets[..] {
        [Target::Investment(i)] => Some(i),
        _ => None,
    };
    // The name before the one at `k`, past a unit's name said just before it as its first
    // word ("… and the HR replacement" for HR System Replacement).
    let before = |k: usize| {
        let unit_first = k >= 2
            && matches!(names[k - 1].targets[..], [Target::Unit(_)])
            && names[k - 1].end == names[k].start;
        if unit_first {
            (k - 2, names[k - 1].start)
        } else {
            (k - 1, names[k].start)
        }
    };
    let found = (1..names.len()).find_map(|k| {
        let (at_a, b_start) = before(k);
        let (a, b) = (&names[at_a], &names[k]);
        // "P2P automation and …": the name's own words after its acronym, but not the "and"
        // joining the two ("the lockers and …" for Click and Collect Lockers).
        let mut end = a.end;
        if let Some(i) = one(at_a) {
            let words = index.investment_words(i);
            // "heat pumps and …" for Pool Heat Pump Replacement: a name's word said plural.
            let own = |w: &str| {
                words.iter().any(|n| n == w)
                    || w.strip_suffix('s')
                        .is_some_and(|s| words.iter().any(|n| n == s))
            };
            while toks.get(end).is_some_and(|t| !t.is("and") && own(&t.lower)) {
                end += 1;
            }
        }
        // "CRM renewal and the spa app": one word of the work done on it ("renewal",
        // "upgrade") said after the first name is still its name.
        if toks
            .get(end)
            .is_some_and(|t| super::name_variants::work_on(&t.lower))
            && toks.get(end + 1).is_some_and(|t| t.is("and"))
        {
            end += 1;
        }
        // Each amount in brackets right after its name.
        let each = match money.as_slice() {
            [x, y] if bracketed && x.start == end + 1 && y.start == b.end + 1 => {
                end = x.end + 1;
                Some([x.money, y.money])
            }
            _ => None,
        };
        // "and", "&", "+": "tenant referencing + e-signatures both approved".
        let joined = end < b_start
            && (toks[end].is("and") || toks[end].is_sym("&") || toks[end].is_sym("+"))
            && toks[end + 1..b_start]
                .iter()
                .all(|t| matches!(t.lower.as_str(), "the" | "our"));
        // "… both approved", "… are both on hold"; a "both" before the names says nothing
        // of them here (and leaves no words between).
        let said_both = at_both.is_some_and(|at_both| {
            toks.get(b.end..at_both).is_some_and(|between| {
                between
                    .iter()
                    .all(|t| matches!(t.lower.as_str(), "are" | "were" | "have" | "got"))
            })
            // "Both the CMR and the val app are on hold": "both" opening the two.
            || at_both < a.start
                && toks[at_both + 1..a.start]
                    .iter()
                    .all(|t| matches!(t.lower.as_str(), "the" | "our"))
        });
        // Without "both": the two amounts come after the second name.
        let paid_each = at_both.is_none() && money.first().is_some_and(|m| m.start >= b.end);
        // Without "both" or money: the two are what the verdict is said of, not what
        // something else works with.
        let said_of_both = at_both.is_none() && money.is_empty() && {
            let mut s = a.start;
            while s > 0 && matches!(toks[s - 1].lower.as_str(), "the" | "our") {
                s -= 1;
            }
            let free = |t: &Token| t.is_break() || !PREPOSITIONS.contains(&t.lower.as_str());
            (s == 0 || free(&toks[s - 1])) && toks.get(b.end).is_none_or(free)
        };
        let paid_in_brackets = at_both.is_none() && each.is_some();
        (joined && (said_both || paid_each || said_of_both || paid_in_brackets))
            .then_some((k, each))
    });
    let (k, each) = found?;
    let (first, second) = (one(before(k).0)?, one(k)?);
    if first == second {
        return None;
    }
    Some(Both {
        first,
        second,
        amounts: amounts.or(each),
    })
}

/// When `first`, read from the whole of `toks`, is a decision about the first of two
/// investments said "both", gives the second its own record, right after the first.
pub(super) fn share(first: &mut Reading, toks: &[Token], index: &NameIndex, currency: Currency) {
    // Only a decision about a known investment can be one of two: spares looking the
    // names up again for every other message.
    if first.intent != Intent::Decision || first.investment.is_none() || first.new_investment {
        return;
    }
    let Some(both) = both_at(toks, index, currency) else {
        return;
    };
    let [a, b] = [both.first, both.second].map(|i| &index.investments[i]);
    if first.investment.as_deref() != Some(a.name.as_str()) {
        return;
    }
    let mut second = first.clone();
    second.also.clear();
    second.investment = Some(b.name.clone());
    second.unit = Some(b.unit.clone());
    second.investment_guessed_from = None;
    second.investment_choices.clear();
    second.units.clear();
    if let Some([x, y]) = both.amounts {
        first.amount = Some(x);
        second.amount = Some(y);
    }
    first.also.insert(0, second);
}
