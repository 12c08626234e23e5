//! Money judged or asked for in a clause of its own, money by the month or year that is a
//! price paid, and the option not taken ("instead of $340k").

use super::*;

/// Words in a clause that say the money there is judged or asked for by someone, not
/// given: "£80k is too much", "the vendor wants another £25k", "they're worth £60k".
const JUDGED: &[&str] = &[
    "is", "was", "are", "were", "'s", "isn't", "wasn't", "want", "wants", "wanted", "asked",
    "asking", "asks", "quoted", "quote", "costs", "cost", "worth", "too",
];

/// Money in a clause of its own, away from the verdict, that holds a judgement or an ask
/// ("parked - the agency wants another £20k", "deferred, £275k is too much while …"). `verdict_at` is where the verdict is said.
pub(in crate::reader) fn in_judged_clause(
    toks: &[Token],
    m: &MoneyMention,
    verdict_at: usize,
) -> bool {
    let start = (0..m.start)
        .rev()
        .find(|&k| toks[k].is_break() || toks[k].is_sym("-"))
        .map_or(0, |k| k + 1);
    let end = (m.end..toks.len())
        .find(|&k| toks[k].is_break() || toks[k].is_sym("-"))
        .unwrap_or(toks.len());
    !(start..end).contains(&verdict_at)
        && toks[start..end]
            .iter()
            .any(|t| JUDGED.contains(&t.lower.as_str()))
}

/// Words before money by the month or year that say it is paid, not saved: "the vendor
/// quoted $120k/yr", "we're paying $160k/yr", "they wanted 90 grand a year".
const PAID: &[&str] = &[
    "quoted", "quote", "quotes", "paying", "pay", "pays", "paid", "lease", "leasing", "rent",
    "rental", "price", "priced", "fee", "fees", "wanted", "wants", "asked", "asking", "charge",
    "charges", "costing", "renewal", "renewals",
];

/// Words after money by the month or year that name what is paid: "$1,100/mo lease".
const PAID_AFTER: &[&str] = &["lease", "rent", "rental", "fee", "fees", "subscription"];

/// Money by the month or year said as a price paid: after a word of paying in its clause,
/// added to a one-off price ("$30K up front + $900/mo", "£28k …, plus £150 a month"), or paid for a term in months
/// ("$15k/mo for 24 months"; "£20k per year for 4 years" is a benefit's horizon).
pub(in crate::reader) fn paid_by_period(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    if m.period.is_none() {
        return false;
    }
    // "pays back about $55k a year": a thing that pays money back returns it (round V47).
    let pays_back = |k: usize| toks[k].is("pays") && toks.get(k + 1).is_some_and(|t| t.is("back"));
    let paid_before = (m.start.saturating_sub(5)..m.start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| PAID.contains(&toks[k].lower.as_str()) && !pays_back(k));
    // "£28k for 14 machines, plus £150 a month for the support contract": added to a
    // price said earlier in the sentence, unless that price is a saving ("saves £20k
    // plus …").
    let saving_from = |n: &MoneyMention| {
        toks[n.start.saturating_sub(4)..m.start]
            .iter()
            .any(|t| super::super::money_words::SAVING_WORDS.contains(&t.lower.as_str()))
    };
    let on_top = matches!(before(toks, m, 1), "+" | "plus")
        && money.iter().any(|n| {
            n.period.is_none()
                && n.end < m.start
                && (n.end + 3 >= m.start || !sentence_between(toks, n.end, m.start))
                && !saving_from(n)
        });
    // "£12k set-up and £3k a year", "$7,500 one-time and then $300/mo": the running cost
    // said with a one-off set-up price.
    let gap = match (before(toks, m, 2), before(toks, m, 1)) {
        ("and", "then") => 2,
        (_, "and") => 1,
        _ => 0,
    };
    let setup_words = match (
        before(toks, m, gap + 3),
        before(toks, m, gap + 2),
        before(toks, m, gap + 1),
    ) {
        ("set" | "one", "-", "up" | "off" | "time") => 3,
        (_, "up", "front") => 2,
        (_, _, "setup" | "upfront" | "install" | "installation" | "one-time" | "one-off") => 1,
        _ => 0,
    };
    let after_setup = gap > 0
        && setup_words > 0
        && money
            .iter()
            .any(|n| n.period.is_none() && n.end + gap + setup_words == m.start);
    let term = word(toks, m.end) == "for"
        && toks
            .get(m.end + 1)
            .is_some_and(|t| t.kind == super::super::tokens::TokKind::Num)
        && matches!(word(toks, m.end + 2), "months" | "mths");
    // Straight after: "₦30m a year in fees" is money coming in.
    let paid_after = PAID_AFTER.contains(&word(toks, m.end));
    paid_before || paid_after || on_top || after_setup || term || compared(toks, m)
}

/// "$2k/mo vs $9.5k/mo", "at $30k/yr instead", "rather than £125k": a price set against
/// another, one of two options.
fn compared(toks: &[Token], m: &MoneyMention) -> bool {
    let after = |n: usize| word(toks, m.end + n);
    alternative(toks, m) || matches!(after(0), "vs" | "vs." | "versus" | "instead")
}

/// "vs about $610k to buy", "instead of $340k", "rather than the $140K custom build": the
/// option not taken.
pub(in crate::reader) fn alternative(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    // "instead of the full £140k", "rather than our original £34k": up to two words that
    // describe the figure replaced stand between it and what sets it aside.
    let describes = |w: &str| {
        matches!(
            w,
            "the"
                | "our"
                | "their"
                | "its"
                | "full"
                | "original"
                | "old"
                | "initial"
                | "whole"
                | "current"
                | "existing"
                | "quoted"
                | "proposed"
                | "previous"
                | "first"
        )
    };
    let skip = (1..=2).take_while(|&b| describes(prev(b))).count();
    matches!(prev(1 + skip), "vs" | "vs." | "versus")
        || matches!(
            (prev(2 + skip), prev(1 + skip)),
            ("instead", "of") | ("rather", "than")
        )
        || prev(1 + skip) == "not" && skip > 0 && figure_ends_at(toks, k.checked_sub(2 + skip))
}

/// "$6,500 not the $21k full build", "£9k, not the £20k": whether a figure (its number, or
/// the multiplier written onto it) ends at `k`, a comma after it allowed (round S50).
fn figure_ends_at(toks: &[Token], k: Option<usize>) -> bool {
    use super::super::tokens::TokKind;
    let Some(mut k) = k else {
        return false;
    };
    if toks[k].is_sym(",") {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
    }
    toks[k].kind == TokKind::Num
        || k > 0 && toks[k].attached && toks[k].is_word() && toks[k - 1].kind == TokKind::Num
}
