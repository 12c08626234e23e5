//! Trimming a reason's span: what a price buys, tone and announcements, money at its edges,
//! "as of" dates, money moved.

use super::*;

/// Does a clause open at `s` with an amount and what it would buy, told with a count or a
/// clause of its own ("£1.2m for a line we'd run twice a week", "$90K/yr for about 3
/// matters a year")? "£45k for the store Wi-Fi refresh" only names what was refused.
pub fn prices_what_it_buys(
    toks: &[Token],
    s: usize,
    limit: usize,
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    let limit = limit.min(toks.len());
    if s >= limit || !money(s) {
        return false;
    }
    let after = (s..limit).find(|&j| !money(j)).unwrap_or(limit);
    if after + 2 >= limit {
        return false;
    }
    // "£95k to let buyers in Spain bid from their sofas": the price and what it would do.
    if toks[after].is("to")
        && toks[after + 1].is_word()
        && !skip(after + 1)
        && !matches!(
            toks[after + 1].lower.as_str(),
            "the" | "a" | "an" | "be" | "date" | "go" | "spend"
        )
    {
        return true;
    }
    // "12 grand in screens so the guys can watch the markets": the price spent in things,
    // then what they would be for.
    if toks[after].is("in") && toks[after + 1].is_word() && !skip(after + 1) {
        let e = clause_end(toks, after, limit);
        return !matches!(
            toks[after + 1].lower.as_str(),
            "the" | "a" | "an" | "total" | "all" | "cash" | "capex" | "opex"
        ) && (after + 2..e.saturating_sub(1)).any(|j| {
            matches!(toks[j].lower.as_str(), "so" | "for" | "to" | "just") && toks[j + 1].is_word()
        });
    }
    // "£70k on a second training space when …" (round R39): spent on it, as for it.
    if !(toks[after].is("for") || toks[after].is("on") && toks[after + 1].is_word()) {
        return false;
    }
    let e = clause_end(toks, after, limit);
    // "$68K for a junior team is nuts": the price judged.
    let judged = (after + 1..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "nuts" | "crazy" | "mad" | "insane" | "ridiculous" | "daft" | "silly" | "bonkers"
        )
    });
    judged
        || (after + 1..e).any(|j| {
            toks[j].kind == TokKind::Num && !skip(j)
                || matches!(
                    toks[j].lower.as_str(),
                    "we" | "we'd"
                        | "we'll"
                        | "we've"
                        | "they"
                        | "they'd"
                        | "they'll"
                        | "i"
                        | "you"
                        | "nobody"
                        | "anyone"
                        | "everyone"
                        // "£2k for something their phones already do": what it would buy,
                        // said to be had already.
                        | "something"
                        | "stuff"
                        // "£9k for summat the lads already do", "£52k for data the sensors
                        // already give us": had already, in the writer's words.
                        | "summat"
                        | "already"
                        // "£480k for one bus that'll not get up the pass": what is wrong
                        // with what it would buy.
                        | "that'll"
                        | "that'd"
                        | "which'll"
                        // "£70k on a second training space when the current one is half
                        // empty", "£60k for kit maybe a dozen berth holders would use": what
                        // it would buy, set against how it would be used (round R39).
                        | "when"
                        | "would"
                )
        })
}

/// "vendor can't do Polish + Czech properly, WER >30% 🤦": an emoji ending the reason is
/// tone, not part of it.
pub fn without_tone(reason: String) -> String {
    let kept = reason.trim_end_matches(|c: char| {
        c.is_whitespace()
            || u32::from(c) >= 0x2190 && !c.is_alphanumeric()
            || matches!(c, '\u{fe0f}' | '\u{200d}')
    });
    if kept.is_empty() || kept.len() == reason.len() {
        reason
    } else {
        kept.to_string()
    }
}

/// A reason without the words that announce it: "Main reason is labor shortage" → "labor
/// shortage", "The reason: no spares" → "no spares", "mainly from fewer refunds" → "fewer
/// refunds", "It was noted that cheques took six weeks" → "cheques took six weeks".
pub fn without_announcement(reason: String) -> String {
    // A match is `lead` byte for byte (ASCII letters in either case), so it ends on a
    // character boundary of `s`.
    fn strip<'a>(s: &'a str, lead: &str) -> Option<&'a str> {
        s.get(..lead.len())
            .filter(|head| head.eq_ignore_ascii_case(lead))
            .map(|_| &s[lead.len()..])
    }
    let kept = |rest: &str| {
        let rest = rest.trim();
        (!rest.is_empty()).then(|| rest.to_string())
    };
    // "Dear team, the integration is mandatory …": a greeting (or a groan) opens the
    // message, not the reason.
    for lead in [
        "dear team, ",
        "dear all, ",
        "hi all, ",
        "hi team, ",
        "hello all, ",
        "hello team, ",
        "hey all, ",
        "hey team, ",
        // "ugh the vendor went bust": a groan is the writer's mood.
        "ugh, ",
        "ugh ",
        "argh, ",
        "argh ",
        // "no question — we'd never get 1,200 hives up the Motu blocks by ute": the writer's
        // certainty, said before the reason (round R49).
        "no question — ",
        "no question - ",
        "no question, ",
        "no doubt — ",
        "no doubt - ",
        "no doubt, ",
        "no-brainer — ",
        "no-brainer, ",
        "no brainer — ",
        "no brainer, ",
    ] {
        if let Some(rest) = strip(&reason, lead) {
            return kept(rest).map_or(reason.clone(), without_announcement);
        }
    }
    // "mainly from fewer unfilled shifts": where a benefit came from, without the "from".
    for lead in [
        "mainly from ",
        "mostly from ",
        "largely from ",
        "partly from ",
    ] {
        if let Some(rest) = strip(&reason, lead) {
            return kept(rest).unwrap_or(reason);
        }
    }
    // "It was noted that cheques took six weeks": minutes report who said the reason.
    for lead in [
        "it was noted that ",
        "it was reported that ",
        "it was explained that ",
        "it was observed that ",
        "it is noted that ",
        "noting that ",
    ] {
        if let Some(rest) = strip(&reason, lead) {
            return kept(rest).unwrap_or(reason);
        }
    }
    // "The Board NOTED that 1,850 growers attended …": a body of up to three words (the
    // first "the" when more than one) that noted or heard the result.
    let words: Vec<&str> = reason.splitn(6, ' ').collect();
    let said = |w: &str, as_: &str| w.eq_ignore_ascii_case(as_);
    if let Some(k) = (1..words.len().saturating_sub(2).min(4)).find(|&k| {
        ["noted", "heard", "observed"]
            .iter()
            .any(|v| said(words[k], v))
            && said(words[k + 1], "that")
            && (k == 1 || said(words[0], "the"))
    }) {
        let skip: usize = words[..k + 2].iter().map(|w| w.len() + 1).sum();
        return kept(&reason[skip..]).unwrap_or(reason);
    }
    let mut rest = reason.as_str();
    for lead in ["the ", "main ", "our "] {
        rest = strip(rest, lead).unwrap_or(rest);
    }
    // "why: postal renewals are dying".
    if let Some(after) = strip(rest, "why") {
        if let Some(r) = [": ", " - "].into_iter().find_map(|m| strip(after, m)) {
            return kept(r).unwrap_or(reason);
        }
    }
    let Some(after) = strip(rest, "reasons").or_else(|| strip(rest, "reason")) else {
        return reason;
    };
    [" is ", " was ", ": ", " being ", " - "]
        .into_iter()
        .find_map(|m| strip(after, m))
        .and_then(kept)
        .unwrap_or(reason)
}

/// The reason at tokens `a..b` less an amount told at either edge, set off by a break:
/// "subject to the rebate confirmation, AED 3.4m", "SEK 300k — too few users", "it blocked
/// 1,240 transfers, ₦63m saved for customers", "…, so approx. kr. 1.500.000 saved". The
/// amount is the record's money, not why (an amount inside a clause, "Vendor quoted £210k
/// and …", stays).
pub fn without_money_edges(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> (usize, usize) {
    let set_off = |j: usize| {
        matches!(toks[j].lower.as_str(), "," | "—" | "–" | ";")
            || toks[j].is_sym("-") && !toks[j].attached
    };
    // The tail after the last break, when it opens (after a hedge) on an amount; not the
    // sum a grant or a gift came to ("TfL came through w/ the cycle training grant, 8k"):
    // what a funder gave is part of why.
    let funded = |c: usize| {
        matches!(
            toks[c - 1].lower.as_str(),
            "grant" | "grants" | "funding" | "donation" | "bequest" | "award" | "sponsorship"
        )
    };
    let mut end = b;
    if let Some(c) = (a + 2..b)
        .rev()
        .find(|&j| set_off(j))
        .filter(|&c| !funded(c))
    {
        let mut k = c + 1;
        while k < b && MONEY_HEDGES.contains(&toks[k].lower.as_str()) {
            k += 1;
        }
        if k < b && money(k) {
            end = c;
        }
    }
    // The head up to the first break, when it is only an amount.
    let mut start = a;
    if money(a) {
        let mut k = a;
        while k < end && money(k) {
            k += 1;
        }
        if k + 2 < end && set_off(k) {
            start = k + 1;
        }
    }
    (start, end)
}

/// Words that hedge or join an amount told after a reason: "so approx. kr. 1.500.000
/// saved", "around R$ 95 mil per month".
pub(super) const MONEY_HEDGES: &[&str] = &[
    "so",
    "and",
    "around",
    "about",
    "approx",
    "approximately",
    "roughly",
    "circa",
    "ca",
    "~",
    "some",
    "nearly",
    "almost",
    "over",
    "under",
    ".",
];

/// Where a reason at tokens `a..b` starts past a leading "as at end of November" / "as of
/// 30 June" (and its comma): when the figures were counted, not what they are.
pub fn past_as_of(toks: &[Token], a: usize, b: usize, skip: &dyn Fn(usize) -> bool) -> usize {
    if !(toks[a].is("as") && toks.get(a + 1).is_some_and(|t| t.is("at") || t.is("of"))) {
        return a;
    }
    let mut k = a + 2;
    while k < b && (skip(k) || TIME_WORDS.contains(&toks[k].lower.as_str()) || toks[k].is("of")) {
        k += 1;
    }
    if k < b && toks[k].is(",") {
        k += 1;
    }
    if k > a + 2 && k + 2 <= b {
        k
    } else {
        a
    }
}

/// "the cost has gone from ₦900m to ₦1.4bn", "rent arrears down from £3.1m to £1.9m": an
/// amount told as a change from one figure to another, in tokens `s..e`.
pub fn money_moved(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    let at = |w: &str| (s..e.saturating_sub(1)).find(|&j| toks[j].is(w) && money(j + 1));
    matches!((at("from"), at("to")), (Some(f), Some(t)) if f < t)
}
