//! Clauses about money: what something costs now, what we pay for, a judged price, where a
//! benefit came from, a result leading the sentence.

use super::*;

/// "the leased wagons cost us $1.1M a year", "diesel theft was costing us Ksh 9M a year":
/// what the way things are now costs (or what has been sunk into it so far), told with a
/// subject of its own (not "it will cost us …", the record's own cost), which is why the
/// spend (or the stop) was decided.
pub fn costs_us_now(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    // "We rent the stage in Dallas for $4k a day", "we pay £3k a month for it": what we
    // spend now, said with "we" and a verb of paying.
    // "we've sunk $310k into it", "we have spent £80k on it": what it has cost so far.
    // "… and we're paying $8 a pop to replace them": said after "and" too.
    // "we're out $47,000": what we are out of pocket.
    let we_at = |k: usize| {
        matches!(toks[k].lower.as_str(), "we" | "we're" | "we've")
            && (k == s || k > s + 2 && toks[k - 1].is("and"))
    };
    let we_pay = e > s + 3
        && (s..e - 2).filter(|&k| we_at(k)).any(|k| {
            (k + 1..(k + 3).min(e)).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "rent"
                        | "renting"
                        | "pay"
                        | "paying"
                        | "spend"
                        | "spending"
                        | "lease"
                        | "hire"
                        | "sunk"
                        | "spent"
                        | "poured"
                        | "burned"
                        | "burnt"
                        | "overpaid"
                        | "overpaying"
                ) || out_of_pocket(toks, k, j)
            })
        });
    we_pay
        || e > s + 3
            && !matches!(
                toks[s].lower.as_str(),
                "it" | "this" | "that" | "which" | "running" | "annual" | "total"
            )
            && !(s..e).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "will" | "would" | "could" | "should"
                )
            })
            && (s + 1..e - 1).any(|j| {
                (matches!(toks[j].lower.as_str(), "cost" | "costs" | "costing")
                    || crate::reader::running_costs::running_us(toks, j, e))
                    && toks[j + 1].is("us")
                    && !matches!(
                        toks[j - 1].lower.as_str(),
                        "the" | "a" | "running" | "annual"
                    )
            })
}

/// "we're out $47,000": "out" right after "we're", before the money we are out of.
fn out_of_pocket(toks: &[Token], we: usize, j: usize) -> bool {
    j == we + 1
        && toks[we].is("we're")
        && toks[j].is("out")
        && toks.get(j + 1).is_some_and(|t| {
            t.kind == crate::reader::tokens::TokKind::Num
                || matches!(t.lower.as_str(), "$" | "£" | "€")
        })
}

/// "We paid £600k for the last rebuild …", "we can hire one for £400 a day": a reason at
/// tokens `s..e` opening on what we pay (or paid) for something, which is no price of the
/// work decided (what was sunk into it is: "we've sunk $310k into it").
pub fn we_pay_for(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    e > s + 3
        && matches!(toks[s].lower.as_str(), "we" | "we're" | "we've" | "we'd")
        && (s + 1..(s + 3).min(e)).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "paid"
                    | "pay"
                    | "paying"
                    | "rent"
                    | "renting"
                    | "hire"
                    | "hiring"
                    | "lease"
                    | "leasing"
            )
        })
}

/// "too much", "can't justify it", "can't afford", "doesn't add up", "£90k for something
/// nobody asked for", "£95k for something they won't use": the sentence or clause judges a
/// price, so the amount in it is part of the reason ("Quote came back at £120k and nobody
/// can justify it"). "£70k for info the county already gives us for free", "£9k to serve
/// people who queue anyway": what the price would buy, had anyway or for nothing. "is a
/// lot of money": said to be much. "can't make back the G$35M": not earned back.
pub fn judges_price(toks: &[Token], s: usize, e: usize) -> bool {
    (s..e.min(toks.len())).any(|j| {
        // "not worth the license fee".
        let not_worth = toks[j].is("worth")
            && j > 0
            && matches!(toks[j - 1].lower.as_str(), "not" | "never" | "hardly");
        let for_free = toks[j].is("free") && j > 0 && toks[j - 1].is("for");
        // "95.000 € is a lot of money", "$75k a year is a lot for something …" (round R39).
        let a_lot = toks[j].is("lot")
            && j > 1
            && toks[j - 1].is("a")
            && matches!(
                toks[j - 2].lower.as_str(),
                "is" | "was" | "it's" | "that's" | "seems"
            );
        // "not at $4.8M with chicken prices where they are": the price refused at its word.
        let not_at = j == s && toks[j].is("not") && toks.get(j + 1).is_some_and(|t| t.is("at"));
        // "$1.08M ain't happening this winter" (not "birds we ain't throwin away": a result).
        let aint = toks[j].is("ain't")
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "happening" | "worth" | "gonna"));
        // "can't make back the G$35M", "we'd never recoup it": the price not earned back
        // (round R61); not "the supplier will pay back the deposit".
        let earned_back = toks[j].is("back")
            && j > 0
            && matches!(
                toks[j - 1].lower.as_str(),
                "make" | "making" | "earn" | "earning" | "claw" | "win"
            )
            || toks[j].is("recoup");
        not_worth
            || earned_back
            || for_free
            || a_lot
            || not_at
            || aint
            || j > s + 2 && toks[j].is("anyway")
            || matches!(
                toks[j].lower.as_str(),
                "too"
                    | "nobody"
                    | "never"
                    | "dear"
                    | "unaffordable"
                    | "justify"
                    | "afford"
                    | "expensive"
                    | "overpriced"
                    | "pricey"
                    | "steep"
                    | "doesn't"
                    | "don't"
                    | "won't"
                    | "isn't"
                    | "aren't"
                    | "wasn't"
                    | "weren't"
            )
    })
}

/// Verbs whose object says what a benefit came from when the amount is said apart:
/// "freed up 2 FTE in the library, worth £70k".
pub(super) const SOURCE_VERBS: &[&str] = &[
    "freed", "saved", "saves", "cut", "cuts", "reduced", "shaved", "avoided", "released",
    "removed", "halved",
];

/// The clause a benefit came from, from its verb to the clause's end, when that clause
/// holds no amount or date: "freed up 1.5 FTE in cataloguing", "freed up 2 FTE" of "freed up
/// 2 FTE and $14k in overtime".
pub fn benefit_source(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    named: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let i = toks
        .iter()
        .position(|t| SOURCE_VERBS.contains(&t.lower.as_str()))?;
    let e = clause_end(toks, i, toks.len());
    // "freed up 2 FTE and S$14k in overtime": the result ends where "and" adds an amount,
    // or a clause of its own ("… from 6 days to 2 and we no longer pay …").
    let e = (i..e)
        .find(|&j| {
            toks[j].is("and")
                && (skip(j + 1)
                    || toks.get(j + 1).is_some_and(|t| {
                        matches!(t.lower.as_str(), "we" | "they" | "we've" | "we're")
                    }))
        })
        .unwrap_or(e);
    let body = i + 1 + usize::from(toks.get(i + 1).is_some_and(|t| t.is("up")));
    // A measured result ("2 FTE", "300 calls"): "cut call volumes" alone is the claim,
    // not where it came from.
    if e < body + 2 || (i..e).any(skip) || !(body..e).any(|j| toks[j].kind == TokKind::Num) {
        return None;
    }
    let i = subject_before(toks, i, skip, named).unwrap_or(i);
    let r = text[toks[i].start..toks[e - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// "Invoice checking work reduced by 60 hours": the plain noun phrase that opens the
/// sentence (two to four words, no name of the directory, no pronoun, amount or date) and is
/// the subject of the verb at `verb`.
pub(super) fn subject_before(
    toks: &[Token],
    verb: usize,
    skip: &dyn Fn(usize) -> bool,
    named: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = toks[..verb]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "\n" | ":"))
        .map_or(0, |p| p + 1);
    let pronoun = |w: &str| {
        matches!(
            w,
            "we" | "it" | "they" | "this" | "that" | "the" | "our" | "i" | "which" | "and"
        )
    };
    ((s + 2..=s + 4).contains(&verb)
        && !pronoun(toks[s].lower.as_str())
        && (s..verb).all(|j| toks[j].is_word() && !skip(j) && !named(j)))
    .then_some(s)
}

/// Words that say a measure moved: "down 4 pts", "12% fewer", "doubled".
pub const CHANGE_WORDS: &[&str] = &[
    "down", "up", "fewer", "less", "more", "lower", "higher", "halved", "doubled", "dropped",
    "fell", "rose", "improved",
];

/// A benefit told as a result first and its money after: "rejects down 4 pts since the
/// upgrade, $95k more recovered in Oct", "Campus wifi: 1,200 fewer tickets last month, ₹4
/// lakh saved". The first clause (after a leading "Name:"), when it counts a change (or
/// anything, after "Name:": "40 kegs recovered from pubs in May"), holds
/// no amount (`money`), does not open with a name (that is the subject, and
/// `benefit_source` reads its verb), and an amount follows it. A date in it is when the
/// result was counted; in the first clause of all, it is left to the date rules.
pub fn leading_result(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    name_at: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let first = clause_end(toks, 0, toks.len());
    let labelled = first > 0
        && name_at(0)
        && toks
            .get(first)
            .is_some_and(|t| t.is_sym(":") || t.is_sym("-") || t.is_sym("—"));
    let s = if labelled { first + 1 } else { 0 };
    result_from(text, toks, s, labelled, skip, money, name_at).or_else(|| {
        // "Rostering went live on 3/8. Call-outs down by 30 a month, approx. £9k saved":
        // a sentence before the money's own only sets the scene; the result opens the
        // sentence that holds the money.
        let m = (s..toks.len()).find(|&j| money(j))?;
        let opens = (s..m)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))?
            + 1;
        result_from(text, toks, opens, false, skip, money, name_at)
    })
}

/// [`leading_result`]'s test of the clause that opens at `s`.
pub(super) fn result_from(
    text: &str,
    toks: &[Token],
    s: usize,
    labelled: bool,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    name_at: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let s = time_gave(toks, s).unwrap_or(s);
    let s = after_result_heading(toks, s, toks.len());
    let end = clause_end(toks, s, toks.len());
    // "Claims for lost crates down from 7 to 1 since August, roughly £40k less", "Cabinets:
    // 41 fewer missed doses in Oct, $96k avoided": a date ending the result is when it was
    // counted, the benefit's date, not its evidence. After "Name:", a start "since Aug"
    // stays with the result it measures when another time dates the benefit ("9 fewer
    // routes since Aug, $48k saved in Oct").
    let cut = counted_until(toks, s, end, skip);
    let e = if labelled
        && toks.get(cut).is_some_and(|t| t.is("since"))
        && !since_time_dates(toks, cut, end, skip, money)
    {
        end
    } else {
        cut
    };
    let opens_with_name = name_at(s) || toks.get(s).is_some_and(|t| t.is("the")) && name_at(s + 1);
    // "Recoveries up 18% since we went live in August": the event's time is a start.
    let start_time = |j: usize| {
        let mut d = j;
        while d > s && skip(d - 1) {
            d -= 1;
        }
        time_of_since_event(toks, d)
    };
    let dated = if labelled {
        (s..e).any(money)
    } else {
        (s..e).any(|j| skip(j) && !start_time(j))
    };
    if !(s + 3..=s + 24).contains(&e) || dated || opens_with_name || !(end..toks.len()).any(money) {
        return None;
    }
    let counted = (s..e).any(|j| toks[j].kind == TokKind::Num && !skip(j));
    let change = (s..e).any(|j| CHANGE_WORDS.contains(&toks[j].lower.as_str()));
    // After "Name:" the count alone tells the result ("40 kegs recovered from pubs").
    // "Fewer mis-picks since the scanners went in": a result compared with before.
    let compared = matches!(
        toks[s].lower.as_str(),
        "fewer" | "less" | "faster" | "quicker" | "shorter" | "lower"
    ) && s + 1 < e
        && toks[s + 1].is_word();
    if !(counted && (change || labelled) || compared) {
        return None;
    }
    let r = text[toks[s].start..toks[e - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// "WMS pilot result - picking error 0.5% → 0.05%": where the result starts after a
/// heading that names it, a dash after "result" within the clause `s..e`'s first words.
pub fn after_result_heading(toks: &[Token], s: usize, e: usize) -> usize {
    (s + 1..(s + 6).min(e))
        .find(|&d| {
            toks[d].is_sym("-")
                && !toks[d].attached
                && d + 2 < e
                && matches!(
                    toks[d - 1].lower.as_str(),
                    "result" | "results" | "outcome" | "outcomes"
                )
        })
        .map_or(s, |d| d + 1)
}

/// "the last quarter gave 2,4 GWh less …", "October brought 300 more …": a time as the
/// subject of a light verb says when, not what; where the result after it starts.
pub(super) fn time_gave(toks: &[Token], s: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut j = s;
    while j < s + 2 && matches!(w(j), "the" | "this" | "last" | "past") {
        j += 1;
    }
    let time = matches!(w(j), "quarter" | "month" | "year" | "week" | "season")
        || crate::reader::dates::month(w(j)).is_some();
    (time && matches!(w(j + 1), "gave" | "brought" | "delivered" | "showed")).then_some(j + 2)
}

/// Where a result clause `s..e` ends without the date that closes it ("… since August",
/// "… in Oct"): before that date and its preposition, when nothing but the date follows.
pub fn counted_until(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> usize {
    let Some(d) = (s..e).find(|&j| skip(j)) else {
        return e;
    };
    if !(d..e).all(skip) || time_of_since_event(toks, d) {
        return e;
    }
    let d = if d > s
        && matches!(
            toks[d - 1].lower.as_str(),
            "since" | "in" | "during" | "over" | "for" | "last" | "this"
        ) {
        d - 1
    } else {
        d
    };
    if d >= s + 3 {
        d
    } else {
        e
    }
}
