//! Finding every amount in a message, with its period (a month, a year), and the currency a
//! message is written in.

use super::*;

/// The period word(s) at `at`, if any, and how many tokens they take.
pub(super) fn period_at(toks: &[Token], at: usize) -> Option<(Period, usize)> {
    let t = toks.get(at)?;
    // "p/a" and "p/m" (per annum, per month) are the shorthand of UK and Indian writers,
    // as "p.a." and "pcm" are.
    const YEARLY: [&[&str]; 13] = [
        &["a", "year"],
        &["per", "year"],
        &["per", "annum"],
        &["a", "yr"],
        &["per", "yr"],
        &["each", "year"],
        &["every", "year"],
        &["p", ".", "a", "."],
        &["p", ".", "a"],
        &["/", "yr"],
        &["/", "year"],
        &["/", "y"],
        &["p", "/", "a"],
    ];
    const MONTHLY: [&[&str]; 7] = [
        &["a", "month"],
        &["per", "month"],
        &["each", "month"],
        &["every", "month"],
        &["/", "month"],
        &["/", "mo"],
        &["p", "/", "m"],
    ];
    for w in YEARLY {
        if words_at(toks, at, w) {
            return Some((Period::Year, w.len()));
        }
    }
    for w in MONTHLY {
        if words_at(toks, at, w) {
            return Some((Period::Month, w.len()));
        }
    }
    match t.lower.as_str() {
        "pa" | "annually" | "yearly" | "annual" | "annualised" | "annualized" => {
            Some((Period::Year, 1))
        }
        "pcm" | "monthly" => Some((Period::Month, 1)),
        _ => recurring_revenue(toks, at),
    }
}

/// "Rp 1,2 miliar more margin per year", "CHF 70'000 less travel costs per year": a period
/// said after the comparative and the few words it qualifies is the money's.
pub(super) fn period_after_comparative(toks: &[Token], at: usize) -> Option<Period> {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "more" | "less" | "extra" | "additional"))
    {
        return None;
    }
    (at + 2..(at + 5).min(toks.len()))
        .take_while(|&k| toks[k - 1].is_word() && !toks[k - 1].is("than"))
        .find_map(|k| period_at(toks, k))
        .map(|(p, _)| p)
}

/// Recurring revenue named after its amount ("$38k MRR", "$210k ARR", "$60k in new ARR",
/// "£5k of net new MRR"): money per month or per year.
pub(super) fn recurring_revenue(toks: &[Token], at: usize) -> Option<(Period, usize)> {
    let lead = toks[at..]
        .iter()
        .take(3)
        .take_while(|t| matches!(t.lower.as_str(), "in" | "of" | "new" | "net"))
        .count();
    match toks.get(at + lead)?.lower.as_str() {
        "arr" => Some((Period::Year, lead + 1)),
        "mrr" => Some((Period::Month, lead + 1)),
        _ => None,
    }
}

/// Words that say an amount is what a thing costs to keep ("running cost", "licence",
/// "support"): the record's own money, not a figure that explains it, and no benefit.
pub const RUNNING_COST_WORDS: &[&str] = &[
    "running",
    "run",
    "licence",
    "license",
    "licences",
    "licenses",
    "subscription",
    "maintenance",
    "support",
    "opex",
];

/// Words that say an amount is a saving or a benefit, got or expected.
pub const SAVING_WORDS: &[&str] = &[
    "saving",
    "savings",
    "save",
    "saves",
    "benefit",
    "benefits",
    "expected",
    "expecting",
    "forecast",
];

/// Every amount in the message, in order.
pub fn find_money(toks: &[Token], default: Currency) -> Vec<MoneyMention> {
    find_money_in(toks, default, default)
}

/// Every amount, in order, an amount written without a currency ("30k") taken in `bare`:
/// the currency the message itself is written in, which may not be the tenant's.
/// `default` still decides which dollar a bare "$" is.
pub fn find_money_in(toks: &[Token], default: Currency, bare: Currency) -> Vec<MoneyMention> {
    // Asked of the same spans by several passes: answered once a message.
    crate::reader::read_memo::money_in(toks, default, bare, || money_in(toks, default, bare))
}

/// [`find_money_in`]'s answer, worked out.
fn money_in(toks: &[Token], default: Currency, bare: Currency) -> Vec<MoneyMention> {
    let mut out = Vec::new();
    let mut i = 0;
    // The next number at or after `i`: places more than two tokens before it start no
    // amount (see `next_number`), so they are skipped rather than each asked.
    let mut number = next_number(toks, 0);
    while i < toks.len() {
        if number < i {
            number = next_number(toks, i);
        }
        if number == toks.len() {
            break;
        }
        i = i.max(number.saturating_sub(2));
        match amount_at(toks, i, default, bare) {
            Some(mut m) => {
                // Period straight after, or an `annual` / `monthly` just before.
                if let Some((p, n)) = period_at(toks, m.end) {
                    m.period = Some(p);
                    m.end += n;
                } else if let Some(p) = period_after_comparative(toks, m.end) {
                    m.period = Some(p);
                } else {
                    let from = m.start.saturating_sub(4);
                    if let Some(p) = (from..m.start).rev().find_map(|j| {
                        let w = toks[j].lower.as_str();
                        match w {
                            "annual" | "annually" | "yearly" => Some(Period::Year),
                            "monthly" => Some(Period::Month),
                            _ => None,
                        }
                    }) {
                        m.period = Some(p);
                    }
                }
                if m.period == Some(Period::Month) {
                    // Made yearly, a monthly amount must still fit one record's cap.
                    match m
                        .money
                        .minor
                        .checked_mul(12)
                        .filter(|v| *v <= crate::money::MAX_MINOR)
                    {
                        Some(v) => m.money.minor = v,
                        None => {
                            i = m.end;
                            continue;
                        }
                    }
                }
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    // A bare figure priced "at" a written amount ("a reader by 3M at €12k") names the
    // thing priced (its maker); the price is the money.
    let priced: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(k, m)| {
            !m.written
                && toks.get(m.end).is_some_and(|t| t.lower == "at")
                && out
                    .get(k + 1)
                    .is_some_and(|next| next.written && next.start == m.end + 1)
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !priced[k - 1]
    });
    out
}

/// The currency of the first amount written with one ("€250k", "250k EUR"), if any, or
/// the one said once for the bare figures ("webshop 40k, diagnostics 12k, both GBP").
pub fn written_currency(toks: &[Token], default: Currency) -> Option<Currency> {
    let mut i = 0;
    let mut bare = false;
    // Places more than two tokens before the next number are skipped, as in `money_in`.
    let mut number = next_number(toks, 0);
    while i < toks.len() {
        if number < i {
            number = next_number(toks, i);
        }
        if number == toks.len() {
            break;
        }
        i = i.max(number.saturating_sub(2));
        match amount_at(toks, i, default, default) {
            Some(m) if m.written => return Some(m.money.currency),
            Some(m) => {
                bare = true;
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    if bare {
        currency_said_for_all(toks, default)
    } else {
        None
    }
}

/// "…, both GBP", "all in sterling", "(figures in GBP)": a currency named with no figure
/// of its own, after "both", "all" or "in", is the one the message's bare figures are in.
/// A code must be written in capitals ("in all" is no Albanian lek).
pub(super) fn currency_said_for_all(toks: &[Token], default: Currency) -> Option<Currency> {
    toks.windows(2).find_map(|w| {
        let covers = matches!(w[0].lower.as_str(), "both" | "all" | "in");
        let named = w[1].lower.len() != 3 || w[1].caps;
        (covers && named)
            .then(|| code_currency(&w[1], default))
            .flatten()
    })
}

/// A number as [`Money::parse`] reads it (`1250.5`, `1,250`), from the way it was written:
/// a comma before one or two last digits is a decimal comma (`1,2 Mio.`, `1.250,50`), and
/// dots before groups of three digits separate thousands (`€180.000`), since no amount in
/// a currency of cents has three decimals. With a multiplier, one dot is a decimal point
/// (`$1.250m`).
pub(super) fn english_number(num: &str, has_multiplier: bool, exponent: u32) -> String {
    let last_comma = num.rfind(',');
    let last_dot = num.rfind('.');
    match (last_comma, last_dot) {
        (Some(c), Some(d)) if c > d => num.replace('.', "").replace(',', "."),
        (Some(c), None) if num.matches(',').count() == 1 && (2..=3).contains(&(num.len() - c)) => {
            num.replace(',', ".")
        }
        (None, Some(_)) => {
            let groups: Vec<&str> = num.split('.').collect();
            let grouped = groups[1..].iter().all(|g| g.len() == 3);
            let dots = groups.len() - 1;
            if grouped && (dots > 1 || (!has_multiplier && exponent < 3)) {
                num.replace('.', "")
            } else {
                num.to_string()
            }
        }
        _ => num.to_string(),
    }
}

/// The multiplier a range's high end carries, when the range goes on at `i` ("-80k").
pub(super) fn range_multiplier(toks: &[Token], i: usize) -> Option<u32> {
    let dash = toks.get(i)?;
    if !(dash.is_sym("-") || dash.is_sym("–") || dash.is("to")) {
        return None;
    }
    toks.get(i + 1).filter(|t| t.kind == TokKind::Num)?;
    let m = toks
        .get(i + 2)
        .filter(|t| t.kind == TokKind::Word && t.attached)?;
    multiplier(&m.lower)
}

/// A plain number grouped in thousands (`200,000`, `1,250,000`) just after an approval
/// ("approved", "signed off", "approved … at") and before no count word: an amount in the
/// message's currency, since a sum approved is money.
pub(super) fn approved_plain(toks: &[Token], at: usize, end: usize) -> bool {
    let Some(num) = toks
        .get(at)
        .filter(|t| t.kind == TokKind::Num && end == at + 1)
    else {
        return false;
    };
    let whole = num.lower.split('.').next().unwrap_or_default();
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    if !grouped {
        return false;
    }
    let prev = |k: usize| at.checked_sub(k).map_or("", |j| toks[j].lower.as_str());
    let approval = |w: &str| {
        matches!(
            w,
            "approved" | "approve" | "approves" | "aprvd" | "approving" | "greenlit" | "okayed"
        )
    };
    let after_approval = approval(prev(1))
        || (prev(1) == "," && approval(prev(2)))
        || (prev(1) == "off" && matches!(prev(2), "signed" | "signs"))
        || (prev(1) == "at" && (approval(prev(2)) || (prev(2) == "off" && prev(3) == "signed")));
    // What follows ends the amount: a break, the end, or a word that starts a new phrase.
    let ends = toks.get(end).is_none_or(|t| {
        (t.kind == TokKind::Sym && t.lower != "%")
            || matches!(
                t.lower.as_str(),
                "for"
                    | "on"
                    | "to"
                    | "in"
                    | "from"
                    | "towards"
                    | "with"
                    | "and"
                    | "but"
                    | "pending"
            )
    });
    after_approval && ends
}

/// A plain number grouped in thousands ending a listed item ("tokens for the techs 6,200
/// and the file server migration 70k"), after the thing's name, when the next item in the
/// same sentence ends on an amount of its own: the list prices its items, so this is money.
/// So is one ending a record cut from such a list, when its sentence approved it.
pub(super) fn listed_before_an_amount(
    toks: &[Token],
    at: usize,
    end: usize,
    default: Currency,
    bare: Currency,
) -> bool {
    let grouped = toks
        .get(at)
        .filter(|t| t.kind == TokKind::Num && end == at + 1)
        .is_some_and(|t| {
            let groups: Vec<&str> = t.lower.split(',').collect();
            groups.len() == 2 && (1..=3).contains(&groups[0].len()) && groups[1].len() == 3
        });
    let after_a_name = at > 0 && toks[at - 1].kind == TokKind::Word;
    if !(grouped && after_a_name) {
        return false;
    }
    // A record cut from such a list before its sibling ends on its figure (and the "and"
    // that joined them): priced, when its sentence approved it ("dana ok'd 2 things: mfa
    // tokens for the techs 6,200 and").
    if end == toks.len() || (end + 1 == toks.len() && toks[end].is("and")) {
        let opens = toks[..at]
            .iter()
            .rposition(|t| t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is_sym("\n"))
            .map_or(0, |k| k + 1);
        return toks[opens..at].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "approved" | "aprvd" | "greenlit" | "okayed" | "ok'd" | "oked"
            )
        });
    }
    let joined = toks[end].is("and") || toks[end].is_sym(",") || toks[end].is_sym(";");
    if !joined {
        return false;
    }
    // The sibling: an amount within the next few words, before the sentence ends, said
    // with a currency or a multiplier (a plain figure there would prove nothing).
    let mut j = end + 1;
    while j < toks.len() && j <= end + 9 {
        let t = &toks[j];
        if t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is_sym("\n") {
            return false;
        }
        if t.kind == TokKind::Num || t.kind == TokKind::Sym {
            if let Some(m) = amount_at(toks, j, default, bare) {
                let plain = !m.written && m.end == j + 1;
                return !plain;
            }
        }
        j += 1;
    }
    false
}

/// A bare number at `at` written straight onto "/mo" or "/yr" ("saves approx 600/mo",
/// "dropped 2,200/yr"): money by the month or the year, as "$600/mo" is.
pub(super) fn per_period_plain(toks: &[Token], at: usize, end: usize) -> bool {
    let onto =
        |k: usize, f: &dyn Fn(&Token) -> bool| toks.get(k).is_some_and(|t| t.attached && f(t));
    end == at + 1
        && toks.get(at).is_some_and(|t| t.kind == TokKind::Num)
        && onto(end, &|t| t.is_sym("/"))
        && onto(end + 1, &|t| {
            matches!(t.lower.as_str(), "mo" | "mth" | "month" | "yr" | "year")
        })
}

/// A number at `at`, just after "Rs", or after its dot ("Rs. 1.2 crore").
pub(super) fn rupee_number(toks: &[Token], at: usize) -> bool {
    let num = |t: &Token| t.kind == TokKind::Num;
    match toks.get(at) {
        Some(t) if num(t) => true,
        Some(t) if t.is_sym(".") => toks.get(at + 1).is_some_and(num),
        _ => false,
    }
}
