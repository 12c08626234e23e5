//! What one amount among several is to its record, from the words around it: a rate per
//! thing, a total worked out, money added on top, a figure a cost moved from, a running
//! cost, a reason's figure. Each is a lookup at a few tokens around the mention.

use super::money_words::MoneyMention;
use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

fn before<'a>(toks: &'a [Token], m: &MoneyMention, back: usize) -> &'a str {
    m.start.checked_sub(back).map_or("", |k| word(toks, k))
}

/// Words of a rough figure said before it ("~$80k", "roughly £24k").
const ROUGHLY: &[&str] = &[
    "~",
    "about",
    "around",
    "roughly",
    "approx",
    "approximately",
    "circa",
    "c",
    "some",
];

/// The words before `m`, less a rough figure's "about" / "~".
fn lead(toks: &[Token], m: &MoneyMention) -> usize {
    let mut k = m.start;
    loop {
        if k > 0 && ROUGHLY.contains(&word(toks, k - 1)) {
            k -= 1;
        } else if k > 1 && (word(toks, k - 2), word(toks, k - 1)) == ("near", "enough") {
            // "near enough $2k a year".
            k -= 2;
        } else {
            return k;
        }
    }
}

/// "power bill's gone from about $600 a quarter to $90, near enough $2k a year back in the
/// kitty", "from $900 to $150 a month, about $9k a year": a rough figure by the year told
/// after a comma that follows other money in its sentence, the year's sum the figures before
/// it make, a benefit's amount.
pub(super) fn rough_year_after_figures(
    toks: &[Token],
    m: &MoneyMention,
    money: &[MoneyMention],
) -> bool {
    let k = lead(toks, m);
    if m.period.is_none() || k == m.start || k == 0 || word(toks, k - 1) != "," {
        return false;
    }
    money.iter().any(|n| {
        n.end < k
            && !toks[n.end..k]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
    })
}

/// "2 grand a race weekend", "40 quid a batch", "$9/seat/month": money per a thing that is
/// no period is a rate, never a one-off amount or a year's worth.
pub(super) fn rate_per_thing(toks: &[Token], m: &MoneyMention) -> bool {
    if m.period.is_some() {
        return false;
    }
    let at = |k: usize| word(toks, m.end + k);
    let skip = usize::from(matches!(at(0), "more" | "less" | "extra"));
    let next_is_word = toks.get(m.end + skip + 1).is_some_and(Token::is_word);
    match at(skip) {
        "a" | "an" => next_is_word && !matches!(at(skip + 1), "year" | "month" | "yr" | "lot"),
        "/" => next_is_word,
        _ => false,
    }
}

/// "$48 a bushel vs $30 at harvest", "£2.10 a litre against £1.70": money set against a
/// price per thing just before it is a price of the same thing, a rate too.
pub(super) fn set_against_a_rate(toks: &[Token], m: &MoneyMention, money: &[MoneyMention]) -> bool {
    let k = lead(toks, m);
    let by = match (
        k.checked_sub(2).map(|j| word(toks, j)),
        before(toks, m, m.start - k + 1),
    ) {
        (_, "vs" | "versus" | "against") => k - 1,
        (Some("compared"), "to" | "with") => k - 2,
        _ => return false,
    };
    money.iter().any(|p| {
        p.end <= by
            && by - p.end <= 2
            && !toks[p.end..by].iter().any(Token::is_break)
            && rate_per_thing(toks, p)
    })
}

/// "40 brew days = ~$80k", "so roughly £24k", "that's £144k", "call it £18k", "£32.7k all
/// in", "£40k in total": the sum the message works out, which the figures before it make.
pub(super) fn worked_total(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let after = |n: usize| word(toks, m.end + n);
    matches!(prev(1), "=" | "so" | "total" | "totalling" | "totaling")
        || (prev(2), prev(1)) == ("that", "'s")
        || prev(1) == "that's"
        || (prev(2), prev(1)) == ("call", "it")
        || (after(0), after(1)) == ("all", "in")
        || (after(0), after(1)) == ("in", "total")
}

/// Words for money a thing has taken in.
const TAKINGS: &[&str] = &[
    "orders", "sales", "bookings", "revenue", "turnover", "takings", "gmv",
];

/// "£4.1k of orders last week", "$3k in sales on the first weekend": money taken in, how a
/// thing is doing, never what a decision spends. "$25k of sales training" is a thing bought:
/// the word of takings ends the phrase.
pub(super) fn takings(toks: &[Token], m: &MoneyMention) -> bool {
    if !matches!(word(toks, m.end), "of" | "in") {
        return false;
    }
    (m.end + 1..(m.end + 3).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| TAKINGS.contains(&word(toks, k)))
        .is_some_and(|k| {
            toks.get(k + 1).is_none_or(|t| {
                !t.is_word()
                    || matches!(
                        t.lower.as_str(),
                        "last"
                            | "this"
                            | "in"
                            | "on"
                            | "since"
                            | "through"
                            | "so"
                            | "from"
                            | "a"
                            | "per"
                            | "each"
                            | "over"
                            | "at"
                    )
            })
        })
}

/// "we'd free up about $90k of inventory", "releases $60k tied up in stock": money moved
/// out of stock or into it is working capital, never what the thing costs.
pub(super) fn stock_moved(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let stock = |j: usize| matches!(word(toks, j), "inventory" | "stock" | "stocks");
    let freed = matches!(
        (prev(2), prev(1)),
        ("free" | "frees" | "freed" | "freeing", "up")
    ) || matches!(prev(1), "release" | "releases" | "released" | "releasing");
    let of_stock = matches!(word(toks, m.end), "of" | "in") && (m.end + 1..m.end + 3).any(stock);
    let stock_near = (m.end..(m.end + 5).min(toks.len()))
        .take_while(|&j| !toks[j].is_break())
        .any(stock);
    of_stock || (freed || word(toks, m.end) == "tied") && stock_near
}

/// "the extra $200k", "another £20k", "£60k more": money added to what was given before.
pub(super) fn added(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let more = |w: &str| matches!(w, "extra" | "another" | "additional" | "further");
    // "£60k more for the motion platform", not "Rp 1,2 miliar more margin": "more" after
    // the money ends its phrase.
    let more_after = matches!(word(toks, m.end), "more" | "extra")
        && toks.get(m.end + 1).is_none_or(|t| {
            t.is_break()
                || matches!(
                    t.lower.as_str(),
                    "for" | "to" | "on" | "in" | "and" | "from"
                )
        });
    more(prev(1)) || more(prev(2)) && prev(1) == "of" || more_after && m.period.is_none()
}

/// "from £900k to £1.4m", "up from £19k", "down from the $1.45mm the vendor quoted": the
/// figure a cost or budget moved from.
pub(super) fn moved_from(toks: &[Token], m: &MoneyMention, money: &[MoneyMention]) -> bool {
    let the = usize::from(before(toks, m, 1) == "the");
    if before(toks, m, 1 + the) != "from" {
        return false;
    }
    let to_follows = word(toks, m.end) == "to" && money.iter().any(|n| n.start == m.end + 1);
    to_follows || matches!(before(toks, m, 2 + the), "up" | "down")
}

/// "came back at $412,000 against a budget of $250,000", "$220k (was $780k)", "wants
/// $210K now, was $140K": a figure set beside the price said before it in its sentence —
/// the budget it is held against, or what it was — is not the record's money.
pub(super) fn set_beside(toks: &[Token], m: &MoneyMention, money: &[MoneyMention]) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    let price_before = money
        .iter()
        .any(|n| n.end <= k && !sentence_between(toks, n.end, k));
    let was = prev(1) == "was" && matches!(prev(2), "(" | ",");
    let budget = (prev(2), prev(1)) == ("budget", "of")
        && (prev(3) == "against" || prev(4) == "against" && matches!(prev(3), "a" | "the" | "our"));
    price_before && (was || budget)
}

/// Words in a clause that say the money there is judged or asked for by someone, not
/// given: "£80k is too much", "the vendor wants another £25k", "they're worth £60k".
const JUDGED: &[&str] = &[
    "is", "was", "are", "were", "'s", "isn't", "wasn't", "want", "wants", "wanted", "asked",
    "asking", "asks", "quoted", "quote", "costs", "cost", "worth", "too",
];

/// Money in a clause of its own, away from the verdict, that holds a judgement or an ask
/// ("parked - the agency wants another £20k", "deferred, £275k is too much while …"). `verdict_at` is where the verdict is said.
pub(super) fn in_judged_clause(toks: &[Token], m: &MoneyMention, verdict_at: usize) -> bool {
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
pub(super) fn paid_by_period(toks: &[Token], m: &MoneyMention, money: &[MoneyMention]) -> bool {
    if m.period.is_none() {
        return false;
    }
    let paid_before = (m.start.saturating_sub(5)..m.start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| PAID.contains(&toks[k].lower.as_str()));
    // "£28k for 14 machines, plus £150 a month for the support contract": added to a
    // price said earlier in the sentence, unless that price is a saving ("saves £20k
    // plus …").
    let saving_from = |n: &MoneyMention| {
        toks[n.start.saturating_sub(4)..m.start]
            .iter()
            .any(|t| super::money_words::SAVING_WORDS.contains(&t.lower.as_str()))
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
            .is_some_and(|t| t.kind == super::tokens::TokKind::Num)
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
pub(super) fn alternative(toks: &[Token], m: &MoneyMention) -> bool {
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
}

/// "right, $92k.", "fine, $58k. and it still can't …": a figure agreed to, said after a
/// word of assent that opens its line or sentence (a chat log's speaker before it), after
/// someone put the first figure right.
pub(super) fn agreed_figure(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    prev(1) == ","
        && matches!(
            prev(2),
            "right" | "fine" | "ok" | "okay" | "yes" | "yep" | "agreed" | "correct"
        )
        && (k < 3 || matches!(prev(3), "." | "!" | "\n" | ":"))
}

/// "came in at £68k", "lands at $1.055MM", "the one-off was £1.2m": the figure a budget
/// settled on, or the one-off said apart from a total over years.
pub(super) fn settled_figure(toks: &[Token], m: &MoneyMention) -> bool {
    let has = |w: &str| words_before(toks, m, 4).any(|b| b == w);
    let settled = ["came", "comes", "landed", "lands", "ended"];
    settled.iter().any(|w| has(w)) && words_before(toks, m, 1).any(|w| w == "at")
        || has("one-off")
        || has("upfront")
        || has("one-time")
        || has("one") && has("off")
}

/// "benefits over 3 years", "savings across 5 years", "a 5-year horizon": years said of a
/// benefit with no yearly figure, or named a horizon. A cost spread over years ("$2.4m over 3 years", "$20k a year
/// for 3 years") or a term paid for ("$90k for 3 years", "the 3 yr managed service") says
/// how the money is paid, not how long a benefit lasts.
pub(super) fn benefit_horizon_said(toks: &[Token]) -> bool {
    (2..toks.len()).any(|i| {
        // "a 5-year horizon": the years named as one.
        let named = (i + 1..toks.len().min(i + 4)).any(|j| word(toks, j) == "horizon");
        let of_benefit = matches!(word(toks, i - 1), "over" | "across" | "for")
            && matches!(
                word(toks, i - 2),
                "benefit" | "benefits" | "saving" | "savings" | "return" | "returns"
            );
        (named || of_benefit) && super::intent::years_at(toks, i).is_some()
    })
}

/// A sentence ends between tokens `a` and `b`.
pub(super) fn sentence_between(toks: &[Token], a: usize, b: usize) -> bool {
    toks[a.min(b).min(toks.len())..b.max(a).min(toks.len())]
        .iter()
        .any(|t| {
            t.kind == super::tokens::TokKind::Sym
                && matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
        })
}

/// The few words before `m` in its clause, less a rough figure's "about".
fn words_before<'a>(
    toks: &'a [Token],
    m: &MoneyMention,
    n: usize,
) -> impl Iterator<Item = &'a str> + 'a {
    let k = lead(toks, m);
    (k.saturating_sub(n)..k)
        .rev()
        .take_while(move |&j| !toks[j].is_break())
        .map(move |j| word(toks, j))
}

/// "asked for $380k", "requested $90k", "wanted £60k": the money someone asked for.
pub(super) fn asked_for(toks: &[Token], m: &MoneyMention) -> bool {
    words_before(toks, m, 3).any(|w| {
        matches!(
            w,
            "asked" | "asking" | "requested" | "requesting" | "wanted" | "bid" | "pitched"
        )
    })
}

/// "we've given them $250k", "we approved $60k", "granted £40k": the money given.
pub(super) fn given(toks: &[Token], m: &MoneyMention) -> bool {
    words_before(toks, m, 3).any(|w| {
        matches!(
            w,
            "given" | "gave" | "giving" | "granted" | "allocated" | "approved" | "approve"
        )
    })
}

/// "the Foundation came through with $40K", "the Rotary gave us £20k": money someone else
/// put in, a source of the funding; when the approval names money of its own after it ("so
/// the board signed off on the rest, $22K"), that is what was approved (convention 36).
pub(super) fn came_through_with(toks: &[Token], m: &MoneyMention) -> bool {
    let w: Vec<&str> = words_before(toks, m, 3).collect();
    matches!(
        w.as_slice(),
        ["with", "through", "came" | "come" | "comes" | "coming", ..]
    ) || matches!(w.as_slice(), ["us", "gave" | "donated" | "awarded", ..])
}
