//! Savings told as already coming in, the ways second-language writers put them: "we save
//! around Rp 450 juta per month", "approx. ₺850 bin per month saving on dyestuff", and a
//! heading "Barcode system benefit: …". Each is a lookup at one token.

use super::money_words::continues_amount;
use super::tokens::{back_in_clause, TokKind, Token};

/// Words that put a saving on a condition or ahead of time: "if we replace it we save …".
const HEDGES: &[&str] = &[
    "if", "when", "once", "would", "could", "should", "will", "might", "may", "can", "to",
];

/// "we save …", "we are saving …", "we're saving …" at `i`, said as a fact (no hedge before
/// it in its clause).
fn we_save(toks: &[Token], i: usize) -> bool {
    if !toks[i].is("we") && !toks[i].is("we're") {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb = match (word(i), word(i + 1)) {
        ("we", "save" | "saved") | ("we're", "saving") => true,
        ("we", "are") => word(i + 2) == "saving",
        ("we", "cut" | "reduced" | "lowered" | "trimmed" | "slashed") => {
            cut_by_money_a_period(toks, i + 2)
        }
        // "we no longer pay the bureau £13.5k a year": a running cost gone.
        ("we", "no") => {
            word(i + 2) == "longer"
                && matches!(word(i + 3), "pay" | "spend" | "rent" | "hire")
                && money_a_period(toks, i + 4)
        }
        // "we quit paying the bookkeeper £400 a month": a payment stopped, so a cost gone.
        ("we", "quit" | "stopped") => word(i + 2) == "paying" && money_a_period(toks, i + 3),
        // "that's about £1,100 a month we're no longer spending": the sum each period said
        // before the running cost that is gone.
        ("we're", "no") => {
            word(i + 2) == "longer"
                && matches!(word(i + 3), "paying" | "spending")
                && money_a_period_before(toks, i)
        }
        _ => false,
    };
    verb && !hedged_before(toks, i) && !proposed_before(&toks[..i])
}

/// A hedge in the eight words of the clause before `i` ("if we save …", "to be saving");
/// "from 6 days to 2 and we …" ends a span of figures, no hedge.
fn hedged_before(toks: &[Token], i: usize) -> bool {
    let n = back_in_clause(&toks[..i]).take(8).count();
    (i - n..i).any(|k| {
        HEDGES.contains(&toks[k].lower.as_str())
            && !(toks[k].is("to") && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num))
    })
}

/// Periods a running cost is counted in: "~$3,500/mo", "£1.5k a month", "$40k per year".
const PERIODS: &[&str] = &[
    "mo", "month", "monthly", "yr", "year", "yearly", "annum", "annually", "pa",
];

/// "the bureau £13.5k a year", "~$2k/mo on hosting" from `at`: a sum each period within
/// the clause.
fn money_a_period(toks: &[Token], at: usize) -> bool {
    let clause: Vec<&Token> = toks[at.min(toks.len())..]
        .iter()
        .take_while(|t| !t.is_break())
        .take(12)
        .collect();
    clause
        .iter()
        .position(|t| t.kind == TokKind::Num)
        .is_some_and(|n| {
            clause[n + 1..]
                .iter()
                .take(4)
                .any(|t| PERIODS.contains(&t.lower.as_str()))
        })
}

/// "£1,100 a month" in the ten words of the clause before `i`: a sum each period.
fn money_a_period_before(toks: &[Token], i: usize) -> bool {
    let n = back_in_clause(&toks[..i]).take(10).count();
    money_a_period(toks, i - n)
}

/// "fuel by ~$3,500/mo", "energy by about £1.5k a month" from `at` (after "we cut"): a
/// running cost cut by a sum each period, not a budget cut by a sum ("the budget by £20k").
fn cut_by_money_a_period(toks: &[Token], at: usize) -> bool {
    let clause = || {
        toks[at.min(toks.len())..]
            .iter()
            .take_while(|t| !t.is_break())
    };
    let Some(by) = clause().take(5).position(|t| t.is("by")) else {
        return false;
    };
    let after: Vec<&Token> = clause().skip(by + 1).take(7).collect();
    let counted = after
        .iter()
        .position(|t| t.kind == TokKind::Num || continues_amount(t));
    counted.is_some_and(|n| {
        after[n..]
            .iter()
            .any(|t| PERIODS.contains(&t.lower.as_str()))
    })
}

/// Words that ask for a new thing: a saving said after them in the same sentence ("Mills
/// propose a new pump, Rp 900 juta, we save Rp 30 juta per month") is what it would save.
const ASKS: &[&str] = &[
    "propose",
    "proposes",
    "proposed",
    "proposing",
    "proposal",
    "request",
    "requests",
    "requesting",
];

/// Whether the sentence before the end of `toks` asks for a new thing.
fn proposed_before(toks: &[Token]) -> bool {
    toks.iter()
        .rev()
        .take_while(|t| {
            !(t.kind == TokKind::Sym && matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        })
        .any(|t| ASKS.contains(&t.lower.as_str()))
}

/// "… per month saving", "₺850 bin saving": the noun said straight after its money or its
/// period; "₱2M per month faster collection", "TL 4m yearly additional production": a gain
/// said after the money's period.
fn saving_after_money(toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = &toks[i - 1];
    // (The word before looked at only after one of the words below.)
    let period = || {
        matches!(
            prev.lower.as_str(),
            "month" | "monthly" | "year" | "yearly" | "annum" | "annually"
        )
    };
    match toks[i].lower.as_str() {
        "saving" | "savings" => period() || prev.kind == TokKind::Num || continues_amount(prev),
        "faster" | "additional" | "extra" => period(),
        // "about $11k a month more in memberships": takings each period on top.
        "more" => period() && toks.get(i + 1).is_some_and(|t| t.is("in") || t.is("from")),
        _ => false,
    }
}

/// "Deputy pilot in the Brisbane clubs cut overtime by about $3,200 a month": at `i`, a
/// thing that cut a running cost by a sum each period, said as a fact (no helper of a verb
/// or a hedge before it, no ask before it in its sentence); a budget or a scope cut by a
/// sum is no result.
fn thing_cut_by_money_a_period(toks: &[Token], i: usize) -> bool {
    if i == 0
        || !matches!(
            toks[i].lower.as_str(),
            "cut" | "cuts" | "reduced" | "slashed"
        )
    {
        return false;
    }
    let prev = &toks[i - 1];
    let said_as_a_fact = prev.is_word()
        && !matches!(
            prev.lower.as_str(),
            "we" | "to"
                | "will"
                | "would"
                | "could"
                | "should"
                | "might"
                | "may"
                | "can"
                | "could've"
                | "would've"
                | "i"
                | "they"
                | "not"
                | "never"
                | "must"
                | "got"
                | "get"
                | "be"
                | "been"
                | "was"
                | "were"
                | "is"
                | "are"
        );
    let sized = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "budget" | "scope" | "capex" | "allocation" | "the" | "its" | "our" | "their"
        ) && (t.is("budget")
            || t.is("scope")
            || t.is("capex")
            || t.is("allocation")
            || toks.get(i + 2).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "budget" | "scope" | "capex" | "allocation"
                )
            }))
    });
    said_as_a_fact
        && !sized
        && cut_by_money_a_period(toks, i + 1)
        && !hedged_before(toks, i)
        && !proposed_before(&toks[..i])
}

/// "cut prevailing wage reporting from 2 days to 2 hrs per job. Thats about 60K/yr": at
/// `i`, a measure cut from one count to another (not money: "the budget from £100k to
/// £80k" is a rescope), in a message that puts a yearly or monthly worth on it.
fn measure_cut_with_its_worth(toks: &[Token], i: usize) -> bool {
    if !matches!(
        toks[i].lower.as_str(),
        "cut" | "cuts" | "reduced" | "slashed" | "brought"
    ) {
        return false;
    }
    let clause: Vec<&Token> = toks[i + 1..]
        .iter()
        .take(10)
        .take_while(|t| !t.is_break())
        .collect();
    let counted_after = |word: &str| {
        clause
            .iter()
            .position(|t| t.is(word))
            .and_then(|k| clause.get(k + 1))
            .is_some_and(|t| t.kind == TokKind::Num)
    };
    let hedged = back_in_clause(&toks[..i])
        .take(6)
        .any(|t| HEDGES.contains(&t.lower.as_str()));
    let worth = (i + 1..toks.len()).any(|k| {
        (toks[k].kind == TokKind::Num || continues_amount(&toks[k]))
            && toks[k + 1..]
                .iter()
                .take(3)
                .any(|t| PERIODS.contains(&t.lower.as_str()))
            && toks[..k].iter().rev().take(2).any(|t| {
                t.kind == TokKind::Sym && matches!(t.lower.as_str(), "$" | "£" | "€")
                    || matches!(t.lower.as_str(), "about" | "around" | "roughly" | "~")
            })
    });
    counted_after("from") && counted_after("to") && !hedged && worth
}

/// "the contactless points raised an extra £1,550", "took an additional $3k": at `i`,
/// takings already come in on top of the usual (said as a fact, not asked for: the
/// message's ask is an investment cue, which a saving does not outweigh).
fn extra_taken(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let taken = matches!(
        word(i),
        "raised" | "took" | "made" | "generated" | "earned" | "brought"
    );
    let at = i + 1 + usize::from(word(i) == "brought" && word(i + 1) == "in");
    taken
        && matches!(word(at), "an" | "a")
        && matches!(word(at + 1), "extra" | "additional")
        && toks.get(at + 2).is_some_and(|t| {
            t.kind == TokKind::Num
                || t.kind == TokKind::Sym && matches!(t.lower.as_str(), "$" | "£" | "€")
        })
        && !back_in_clause(&toks[..i])
            .take(6)
            .any(|t| HEDGES.contains(&t.lower.as_str()))
}

/// "… we're getting people on site the same week. Finance reckon that's worth about £6k a
/// month": at `i`, a result just told given its worth each month or year, a benefit said as
/// coming in ("would be worth …" is only hoped for, and "is worth" opens no back reference).
fn result_worth_a_period(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "worth" || i < 1 {
        return false;
    }
    let refers_back = matches!(word(i - 1), "that's" | "thats" | "it's")
        || i >= 2
            && matches!(word(i - 1), "is" | "was")
            && matches!(word(i - 2), "that" | "which" | "this");
    let mut at = i + 1;
    while matches!(
        word(at),
        "about" | "around" | "roughly" | "~" | "approx" | "approximately" | "some"
    ) {
        at += 1;
    }
    refers_back
        && super::money_words::find_money(&toks[at.min(toks.len())..], crate::money::Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0 && m.period.is_some())
}

/// "the new heaters are using about a third less fuel, roughly £280 a month", "burning 20%
/// less diesel, about £150 a month": at `i` ("less" / "fewer"), less of something used, said
/// as a fact, with a sum each period after it in the next clause or two (its worth).
fn less_used_with_its_worth(toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].lower.as_str(), "less" | "fewer") {
        return false;
    }
    // Back over the share less ("about a third", "20%", "far"), to the verb using it.
    let mut k = i;
    while k > 0
        && k + 5 > i
        && (toks[k - 1].kind == TokKind::Num
            || matches!(
                toks[k - 1].lower.as_str(),
                "a" | "about"
                    | "around"
                    | "roughly"
                    | "~"
                    | "%"
                    | "third"
                    | "quarter"
                    | "fifth"
                    | "half"
                    | "tenth"
                    | "far"
                    | "much"
                    | "lot"
                    | "way"
            ))
    {
        k -= 1;
    }
    let used = k > 0
        && k < i
        && matches!(
            toks[k - 1].lower.as_str(),
            "using" | "uses" | "burning" | "burns" | "buying" | "needing" | "ordering"
        );
    // "…, roughly £280 a month": the worth may stand in the clause after a comma.
    let worth = || {
        money_a_period(toks, i + 1)
            || (i + 1..toks.len())
                .find(|&j| toks[j].is_break())
                .is_some_and(|e| toks[e].is_sym(",") && money_a_period(toks, e + 1))
    };
    used && !hedged_before(toks, k - 1) && worth()
}

/// A saving said at `i` as already coming in.
pub fn saving_at(toks: &[Token], i: usize) -> bool {
    less_used_with_its_worth(toks, i)
        || result_worth_a_period(toks, i)
        || we_save(toks, i)
        || saving_after_money(toks, i)
        || thing_cut_by_money_a_period(toks, i)
        || measure_cut_with_its_worth(toks, i)
        || extra_taken(toks, i)
        || super::saved_to_date::saved_to_date(toks, i)
        || super::spending_less::spending_less_at(toks, i)
}

/// "Barcode system benefit:", "Savings:": a heading that says what follows is a benefit.
pub fn benefit_heading(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "benefit" | "benefits" | "saving" | "savings"
    ) && toks.get(i + 1).is_some_and(|t| t.is_sym(":"))
}

/// "18% of claims returned in Q3": "returned" with no money after it is things sent back,
/// not money a piece of work returned ("returned ₱2.1M in duplicate payments").
pub fn sent_back(toks: &[Token], i: usize) -> bool {
    toks[i].is("returned")
        && !toks[i + 1..(i + 4).min(toks.len())]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.kind == TokKind::Num || continues_amount(t) || t.kind == TokKind::Sym)
}
