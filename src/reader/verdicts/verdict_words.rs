//! Words and small shapes the verdict rules share: negations, hedges, measures, releases,
//! funding, keeping going, a new cost accepted.

use super::*;

pub(super) const NEGATIONS: &[&str] = &[
    "not",
    // Trinidadian and Guyanese "doh" for "don't" ("doh stop because of the rain delay",
    // round S57).
    "doh",
    "didn't",
    "don't",
    "doesn't",
    "won't",
    "wouldn't",
    "haven't",
    "hasn't",
    "never",
    "can't",
    "cannot",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "no",
    "couldn't",
    "shouldn't",
];
pub(super) const HEDGES: &[&str] = &[
    "need",
    "needs",
    "needed",
    "want",
    "wants",
    "wanted",
    "asking",
    "asked",
    "ask",
    "hope",
    "hoping",
    "might",
    "may",
    "could",
    "should",
    "would",
    "awaiting",
    "waiting",
    "pending",
    "seeking",
    "if",
    "whether",
    "propose",
    "proposing",
    "recommend",
    "recommending",
    "considering",
    "consider",
    "request",
    "requesting",
    // "IT requests to renew the firewall cluster, TRY 3.1M": asked for, not decided.
    "requests",
    "likely",
    "probably",
    "maybe",
    "perhaps",
    "plan",
    "planning",
    "thinking",
    // "leaning towards a no", "inclined to approve": where a decision is heading.
    "leaning",
    "leans",
    "inclined",
];

/// Nouns a verdict word can qualify: "scrap rate", "cancel rate", "reject count".
pub(super) const MEASURES: &[&str] = &[
    "rate",
    "rates",
    "ratio",
    "ratios",
    "count",
    "counts",
    "level",
    "levels",
    "volume",
    "volumes",
    "figures",
    "numbers",
    "percentage",
    "%",
    "pile",
    "heap",
    "bin",
    "bins",
    "metal",
    "value",
    "music",
    "reasons",
    "code",
    "codes",
    "log",
    "notes",
];

/// Verbs that approve only when what is released is money: "released £2.4m", "unlocked the
/// funding", "freed up budget for".
pub(super) const RELEASES: &[&str] = &[
    "released",
    "releasing",
    "unlocked",
    "unlocking",
    "freed",
    "freeing",
    "made",
    "allocated",
    "allocating",
    "confirmed",
    "gets",
    "got",
    // "does get" / "do get": "gets" said with weight.
    "does",
    "do",
    // "pouring £300k into the ERP" funds it; a bar "pouring 9% over" pours drinks.
    "pouring",
    "poured",
];

/// "… unlocked $340k in new ARR", "released £50k of extra sales": what follows the verdict
/// in its clause is money earned.
pub(super) fn earned_after(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (end..(end + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(word(k), "in" | "of" | "new" | "extra")
                && matches!(
                    word(k + 1),
                    "arr" | "mrr" | "revenue" | "revenues" | "sales" | "bookings" | "income"
                )
        })
}

/// Words that say money is what was made available.
pub(super) const FUNDING: &[&str] = &[
    "funding",
    "funds",
    "budget",
    "money",
    "capex",
    "cash",
    "spend",
    "investment",
];

/// Is money (an amount or a word for funding) what the release at `start..end` makes
/// available? An amount or funding word just after it ("released £1.2m", "unlocked another
/// £80k", "freed up funding") or earlier in its clause ("£300k released", "budget for the
/// kiosks has been released"). "Freed up £12k of spend" is what the work delivered, so
/// "freed up" takes a funding word, or an amount followed by "for"; "Tom confirmed the
/// date" is no approval, so "confirmed" takes a funding word.
pub(super) fn funding_said(toks: &[Token], start: usize, end: usize) -> bool {
    // A currency, or a number with a multiplier ("2.4m", "80k", "2,4 Mio."): not "2
    // housekeepers".
    // Any currency code ("CHF 180'000 more"), and the krone's and franc's abbreviations.
    let currency = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "£" | "$" | "€" | "¥" | "₹" | "euro" | "euros" | "dollars" | "kr" | "fr"
                // Kenya shillings as written: "KSh 280,000", "Kshs 1.2M".
                | "ksh" | "kshs"
        ) || t.is_word()
            && t.lower.len() == 3
            && crate::money::Currency::from_code(&t.lower).is_some()
    };
    let money_at = |j: usize| {
        let t = &toks[j];
        currency(t)
            || t.kind == TokKind::Num
                && toks.get(j + 1).is_some_and(|n| {
                    currency(n)
                        || matches!(
                            n.lower.as_str(),
                            "k" | "m" | "mn" | "bn" | "million" | "mio" | "grand" | "thousand"
                        )
                })
    };
    let funding = |j: usize| FUNDING.contains(&toks[j].lower.as_str());
    let end = end.min(toks.len());
    let ahead: Vec<usize> = (end..toks.len())
        .take(4)
        .take_while(|&j| !toks[j].is_break())
        .collect();
    let funding_ahead = ahead.iter().any(|&j| funding(j));
    let before: Vec<usize> = (start.saturating_sub(12)..start)
        .rev()
        .take_while(|&j| !toks[j].is_break())
        .collect();
    let funding_before = before.iter().any(|&j| funding(j));
    // "gets £150k more", "got an extra £20k", "gets another €50k": more money, not money
    // come back ("got £20k back").
    // "does get its walk-in freezer, another $22k": "gets" said with weight.
    let gets = toks[start].is("gets")
        || matches!(toks[start].lower.as_str(), "does" | "do")
            && end == start + 2
            && toks[start + 1].is("get");
    if !gets && matches!(toks[start].lower.as_str(), "does" | "do") {
        return false;
    }
    if gets || toks[start].is("got") {
        let more = ahead.iter().take(4).any(|&j| {
            matches!(
                toks[j].lower.as_str(),
                "more" | "extra" | "another" | "additional"
            )
        });
        // "the app gets a new chat function for kr 350k", "ski school gets the booking
        // system at $180k", "gets €35k": a thing given at its price, once (not a yearly
        // figure it earns, nor a quote or a bill it receives).
        let clause: Vec<usize> = (end..toks.len())
            .take(10)
            .take_while(|&j| !toks[j].is_break())
            .collect();
        let priced =
            gets && clause.iter().enumerate().any(|(p, &j)| {
                money_at(j) && (p == 0 || matches!(toks[j - 1].lower.as_str(), "for" | "at"))
            }) && !clause.iter().any(|&j| {
                matches!(
                    toks[j].lower.as_str(),
                    "year"
                        | "yr"
                        | "month"
                        | "per"
                        | "annually"
                        | "pa"
                        | "/"
                        | "quote"
                        | "quotes"
                        | "invoice"
                        | "bill"
                        | "offer"
                        | "bid"
                        | "estimate"
                        | "back"
                )
            });
        // "the crane gets a new slew ring while it's in bits, £12k extra": the thing given,
        // then its price after a comma, said as more money; "the app gets the SMS add-on,
        // $7,500 one-time and then $300/mo": or as a price paid once.
        let c = end + clause.len();
        let after: Vec<&Token> = toks.iter().skip(c + 1).take(5).collect();
        let once = |k: usize| {
            matches!(
                after[k].lower.as_str(),
                "extra" | "more" | "upfront" | "one-time" | "one-off"
            ) || after[k].is("one")
                && after
                    .iter()
                    .skip(k + 1)
                    .find(|t| !t.is("-"))
                    .is_some_and(|t| t.is("time") || t.is("off"))
        };
        let priced_after = gets
            && toks.get(c).is_some_and(|t| t.is(","))
            && c + 1 < toks.len()
            && money_at(c + 1)
            && (0..after.len())
                .take_while(|&k| !after[k].is_break())
                .any(once);
        // "the MRF gets its spare conveyor motor, another £7k, because …" (round S42): the
        // thing given, then "another" and its price after the comma.
        let another_after = gets
            && toks.get(c).is_some_and(|t| t.is(","))
            && toks.get(c + 1).is_some_and(|t| t.is("another"))
            && c + 2 < toks.len()
            && money_at(c + 2);
        // "the settlement software gets the extra module for the landing slips, $9,500, …":
        // a thing given, then its price alone after the comma.
        let priced_alone = gets && crate::reader::getting_things::priced_thing_at(toks, end);
        // "we got €64k more from the funding than last quarter": more than before, a
        // result compared, not more money given.
        let compared = toks[end..]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.is("than"));
        return priced
            || priced_after
            || another_after
            || priced_alone
            || more && !compared && ahead.iter().take(4).any(|&j| money_at(j));
    }
    if toks[start].is("confirmed") {
        return funding_ahead || funding_before;
    }
    if toks[start].lower.starts_with("free") {
        let amount_for = ahead.iter().position(|&j| money_at(j)).is_some_and(|p| {
            toks[end + p..]
                .iter()
                .take(4)
                .take_while(|t| !t.is_break())
                .any(|t| t.is("for"))
        });
        return funding_ahead || amount_for;
    }
    let money_ahead = ahead.iter().take(3).any(|&j| money_at(j));
    let money_before = before.iter().any(|&j| money_at(j));
    money_ahead || funding_ahead || money_before || funding_before
}

/// Words that end "keep … going": "keep the pilot going", "keeping it running", "keepin
/// the hay wagon shuttle rollin" (round S47).
pub(super) const KEPT: &[&str] = &["going", "running", "alive", "funded", "moving", "rolling"];

/// "keep the laundry pilot going", "keeping it running through winter", "keep the licence
/// renewal moving", "keep the kiosks
/// for another year": keeping something alive is a continue. The end of the phrase (after
/// its last word), when `i` opens one.
pub(super) fn keep_going_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks[i].lower.as_str(),
        "keep" | "keeps" | "keeping" | "kept"
    ) || crate::reader::kept_their_own::keeps_their_own(toks, i)
    {
        return None;
    }
    if let Some(end) = crate::reader::kept_as_it_is::kept_as_it_is_at(toks, i) {
        return Some(end);
    }
    // "H&S decided to keep the fatigue trial", "the board agreed to keep it": deciding to
    // keep something is a continue, whatever follows.
    let decided = i >= 2
        && toks[i - 1].is("to")
        && matches!(
            toks[i - 2].lower.as_str(),
            "decided" | "agreed" | "voted" | "chose" | "opted"
        );
    if decided && !crate::reader::level_kept::count_kept_at_level(toks, i) {
        return Some(i + 1);
    }
    // "we're keeping it on", "we are keeping them on": a contract or a supplier kept on,
    // the words ending their clause (round S48).
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if matches!(w(i + 1), "it" | "them")
        && w(i + 2) == "on"
        && toks.get(i + 3).is_none_or(|t| t.is_break())
    {
        return Some(i + 3);
    }
    // "we're keeping it through spring", "keeping them till the summer" (round S49): kept
    // for a season or up to a month named.
    if matches!(w(i + 1), "it" | "them")
        && matches!(
            w(i + 2),
            "through" | "thru" | "till" | "til" | "until" | "over"
        )
    {
        let at = i + 3 + usize::from(w(i + 3) == "the");
        let time = w(at);
        let named = crate::reader::dates::season_start(time).is_some()
            || crate::reader::dates::month(time).is_some()
            || matches!(time, "christmas" | "easter" | "harvest" | "spring");
        if named {
            return Some(at + 1);
        }
    }
    // Up to ten words: "keeping Midwest Water on the water treatment contract another
    // year" (round S45).
    let span: Vec<&Token> = toks[i + 1..]
        .iter()
        .take(10)
        .take_while(|t| !t.is_break() && !t.is_sym("-"))
        .collect();
    // "for another year", "for another 2 years".
    let period = |k: usize| {
        let k = if span.get(k + 1).is_some_and(|t| t.kind == TokKind::Num) {
            k + 1
        } else {
            k
        };
        span.get(k + 1)
            .is_some_and(|t| crate::reader::verdict_shapes::PERIODS.contains(&t.lower.as_str()))
    };
    span.iter()
        .enumerate()
        .find_map(|(k, t)| {
            if KEPT.contains(&t.lower.as_str()) {
                Some(k + 1)
            } else if matches!(t.lower.as_str(), "another" | "one" | "further") && period(k) {
                let counted = span.get(k + 1).is_some_and(|t| t.kind == TokKind::Num);
                Some(k + 2 + usize::from(counted))
            } else if t.is("one") && span.get(k + 1).is_some_and(|t| t.is("more")) && period(k + 1)
            {
                // "keeping da shuttle contract wit Roberts for one more year" (round V54):
                // one more term, as "another" is (convention 12).
                Some(k + 3)
            } else {
                None
            }
        })
        .map(|n| i + 1 + n)
}

/// "the board accepted the new figure", "agreed the revised budget": a new cost accepted
/// is a rescope. The end of the phrase (after its noun), when `i` opens one.
pub(super) fn new_cost_accepted_at(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    let accepted = matches!(w(0), "accepted" | "accepts" | "accept" | "agreed")
        && w(1) == "the"
        && matches!(w(2), "new" | "revised" | "higher" | "updated" | "increased")
        && matches!(
            w(3),
            "figure" | "cost" | "costs" | "budget" | "price" | "estimate" | "quote" | "total"
        );
    // "Trustees approved the increase by email": the rise the message tells, approved.
    let rise = matches!(
        w(0),
        "accepted"
            | "accepts"
            | "accept"
            | "agreed"
            | "approved"
            | "approve"
            | "approves"
            | "okayed"
    ) && w(1) == "the"
        && matches!(
            w(2),
            "increase" | "rise" | "uplift" | "overrun" | "overspend"
        );
    if rise {
        return Some(i + 3);
    }
    accepted.then_some(i + 4)
}
