//! List items, what follows a verdict, scope lists and the reasons joined to them.

use super::*;

/// The list item of the minutes that holds token `at` ("\n2. Billing: …" up to the next
/// item), or the whole message when it has no items.
pub fn list_item_around(toks: &[Token], at: usize) -> (usize, usize) {
    let Some(first) = next_list_item(toks, 0) else {
        return (0, toks.len());
    };
    let mut start = 0;
    let mut k = first;
    while k <= at {
        start = k;
        match next_list_item(toks, k + 1) {
            Some(n) => k = n,
            None => break,
        }
    }
    let end = next_list_item(toks, at.max(start) + 1).unwrap_or(toks.len());
    (start, end.max(start + 1).min(toks.len()))
}

/// Where the next item of a list starts after `from` ("…, £380k\n2. Billing: no change",
/// "\n- Billing: …"): a reason does not run into another item of the minutes.
pub fn next_list_item(toks: &[Token], from: usize) -> Option<usize> {
    (from..toks.len()).find(|&j| {
        // "… approved, £26k 3) AOB: …": an item numbered inline.
        crate::reader::records::numbered_items::numbered_item_at(toks, j)
            || toks[j].is_sym("\n") && crate::reader::list_items::lettered_item(toks, j + 1)
            || toks[j].is_sym("\n")
                && toks.get(j + 1).is_some_and(|t| {
                    matches!(t.lower.as_str(), "-" | "•" | "*" | "–" | "—")
                        || t.kind == TokKind::Num
                            && toks
                                .get(j + 2)
                                .is_some_and(|p| p.is_sym(".") || p.is_sym(")"))
                })
    })
}

/// Where a reason that stops at the comma at `end` runs on to: over each next clause of
/// the same sentence that explains too ("dropping the keg filler, nobody orders kegs",
/// "just the bar tills, kitchen screens dropped"). Not over a clause of one word, one that
/// holds an amount or a date (unless it judges the price: "not worth the
/// fee £24k"), gives someone work, says when to look again or asks, nor one
/// `not_reason` refuses (the plan, the money, another verdict).
pub fn runs_on(
    text: &str,
    toks: &[Token],
    mut end: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    not_reason: &dyn Fn(usize, usize) -> bool,
) -> usize {
    let limit = limit.min(toks.len());
    while end < limit && toks[end].is(",") {
        let s = end + 1;
        let e = clause_end(toks, s, limit);
        // "phase 1 only, the flotation bank waits for next year", "just the ledger, payroll
        // goes to next year": a scope said with "only" or "just" and then what it leaves
        // out, whose time is when that part waits for.
        let leaves_out = end > 0
            && (toks[end - 1].is("only") || scope_opened_by_just(toks, end))
            && (s..e).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "waits" | "wait" | "waiting" | "rest" | "deferred" | "later" | "follows"
                ) || matches!(toks[k].lower.as_str(), "goes" | "moves" | "slips")
                    && toks.get(k + 1).is_some_and(|t| t.is("to"))
            });
        // `… installed, "where's my bus" calls down 31%`: a clause may open on a quote.
        let quoted = toks
            .get(s)
            .is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“" | "'" | "‘"))
            && toks.get(s + 1).is_some_and(|t| t.is_word());
        // ", and the old guns use twice the power": a second reason with its own subject
        // and verb, joined on, may hold a date ("… failed in July and August").
        let joined = joined_reason(text, toks, s, e, money);
        if e < s + 2
            || !(toks[s].is_word() || quoted || listed_result(toks, end, e, skip, money))
            || (s..e).any(skip) && !judges_price(toks, s, e) && !leaves_out && !joined
            || opens_look_again(toks, s)
            || assigns_owner(text, toks, s, e)
            || toks.get(e).is_some_and(|t| t.is("?"))
            // "…, payroll can wait till next year" puts off the part left out, no verdict of
            // its own.
            || not_reason(s, e) && !leaves_out
        {
            break;
        }
        end = e;
    }
    end
}

/// "just the ledger and purchasing": does the clause that ends at the comma `end` open on
/// "just" or "only", a scope kept?
fn scope_opened_by_just(toks: &[Token], end: usize) -> bool {
    let start = (0..end)
        .rev()
        .find(|&k| {
            let t = &toks[k];
            t.is_break() || t.is(":") || (t.is_sym("-") || t.is("—") || t.is("–")) && !t.attached
        })
        .map_or(0, |k| k + 1);
    start + 2 < end && matches!(toks[start].lower.as_str(), "just" | "only")
}

/// "96% accuracy, 30% faster per chart, …": a result after `comma` opening on a figure
/// (no amount or date), counting a change, after a clause that opened on a figure too, is
/// the next item of a list of results.
pub(super) fn listed_result(
    toks: &[Token],
    comma: usize,
    e: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let s = comma + 1;
    let figure = |k: usize| toks[k].kind == TokKind::Num && !skip(k) && !money(k);
    let prev = (0..comma)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    e > s + 2
        && figure(s)
        && prev < comma
        && figure(prev)
        && !(s..e).any(|k| skip(k) || money(k))
        && (s + 1..e).any(|k| {
            CHANGE_WORDS.contains(&toks[k].lower.as_str())
                || matches!(
                    toks[k].lower.as_str(),
                    "faster" | "quicker" | "shorter" | "better"
                )
        })
}

/// ", assets to be sold", ", 40 new guns": what becomes of things after the decision, or
/// a count of what the money buys, told as a clause of its own. Neither says why.
pub fn what_follows(toks: &[Token], s: usize, end: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let to_be = (s + 1..end.min(s + 4)).any(|j| {
        w(j) == "to"
            && w(j + 1) == "be"
            && !matches!(
                w(j - 1),
                "due"
                    | "about"
                    | "going"
                    | "has"
                    | "have"
                    | "had"
                    | "need"
                    | "needs"
                    | "want"
                    | "wants"
                    | "yet"
                    | "used"
                    | "seems"
                    | "appear"
                    | "appears"
            )
    });
    let counted = end <= s + 4
        && toks[s].kind == TokKind::Num
        && !skip(s)
        && matches!(w(s + 1), "new" | "more" | "extra" | "additional");
    to_be || counted
}

/// "aprvd the keg tracking pilot — 500 tags, $15k all in": a bare count of things (a
/// number and one plural word, then a comma) is what an approval buys, not why.
pub fn counts_what_it_buys(
    toks: &[Token],
    s: usize,
    end: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    end == s + 2
        && toks[s].kind == TokKind::Num
        && !skip(s)
        && toks[s + 1].is_word()
        && toks[s + 1].lower.len() > 3
        && toks[s + 1].lower.ends_with('s')
        && toks.get(end).is_some_and(|t| t.is(","))
}

/// "— 4K cameras for all three salerooms", "— 12 treadmills across the two gyms": a count of
/// things (a resolution's "4K" too), then where or what they are for, with no verb, ending
/// the clause: what the money buys, not why it was decided.
pub fn counted_things_for(toks: &[Token], s: usize, end: usize) -> bool {
    if end > toks.len() || s >= end || toks[s].kind != TokKind::Num {
        return false;
    }
    let mut k = s + 1;
    // "4K", "1080p": a resolution written on the number.
    if toks
        .get(k)
        .is_some_and(|t| t.attached && t.is_word() && matches!(t.lower.as_str(), "k" | "p"))
    {
        k += 1;
    }
    let plural = (k..end.min(k + 3))
        .take_while(|&j| toks[j].is_word())
        .find(|&j| toks[j].lower.len() > 3 && toks[j].lower.ends_with('s'));
    let Some(p) = plural else {
        return false;
    };
    let verbless = toks[s..end].iter().all(|t| {
        !(t.lower.ends_with("ed")
            || t.lower.ends_with("n't")
            || matches!(
                t.lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "need"
                    | "needs"
                    | "cost"
                    | "costs"
                    | "mean"
                    | "means"
                    | "too"
                    | "not"
                    | "no"
            ))
    });
    verbless
        && toks
            .get(p + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "for" | "across" | "in" | "at" | "on"))
}

/// "…: webshop 40k, diagnostics 12k, both GBP", "all in EUR": a clause that only says which
/// currency the figures are in, no reason.
pub fn says_only_the_currency(toks: &[Token], s: usize, end: usize) -> bool {
    let code = |t: &Token| t.caps && crate::money::Currency::from_code(&t.lower).is_some();
    end > s
        && end <= s + 3
        && toks[s..end].iter().filter(|t| code(t)).count() == 1
        && toks[s..end].iter().all(|t| {
            code(t)
                || matches!(
                    t.lower.as_str(),
                    "both" | "all" | "each" | "in" | "are" | "is" | "figures" | "amounts"
                )
        })
}

/// "partners said so", "the board says so": who wanted it, told alone, is no reason; not a
/// count that said so ("two reviews said so"), which is evidence. Nor is whose decision it
/// is ("Mike's call", "your call").
pub fn only_who_said_so(toks: &[Token], s: usize, end: usize) -> bool {
    let whose_call = end == s + 2
        && toks[s + 1].is("call")
        && (toks[s].lower.ends_with("'s") || matches!(toks[s].lower.as_str(), "your" | "my"));
    whose_call
        || end >= s + 3
            && end <= s + 4
            && toks[end - 1].is("so")
            && matches!(toks[end - 2].lower.as_str(), "said" | "says" | "say")
            && toks[s..end - 2]
                .iter()
                .all(|t| t.is_word() && t.kind != TokKind::Num && !counted_subject(t))
}

/// "phase 2: lift queue times, trail status and a new map", "scope: gates, readers": a
/// colon after a phase's number or a word for the scope, then a list of short items (at
/// least three, split by commas and a last "and"), up to the sentence's end. That says
/// what the work holds, not why; returns where the list ends.
pub fn scope_list(toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    if !toks[i].is(":") || i == 0 {
        return None;
    }
    let before = &toks[i - 1];
    let scope_word = matches!(
        before.lower.as_str(),
        "scope" | "brief" | "includes" | "covers" | "covering" | "including"
    );
    if !(before.kind == TokKind::Num && i >= 2 && toks[i - 2].is("phase") || scope_word) {
        return None;
    }
    let end = (i + 1..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(limit);
    let mut items = 1;
    let mut len = 0;
    for t in &toks[i + 1..end] {
        if t.is(",") || t.is("and") || t.is("&") || t.is("+") {
            if len == 0 {
                continue;
            }
            items += 1;
            len = 0;
        } else {
            len += 1;
            if len > 5 {
                return None;
            }
        }
    }
    (items >= 3 && len > 0).then_some(end)
}

/// ", and the humidity logs failed in July", ", plus it would add another contract": a
/// clause joined on by "and" or "plus" with its own subject and verb, a second reason.
/// Not one that gives someone work, says when to look again, names a horizon, or holds
/// money (", and the budget is £40k" describes the record).
pub fn joined_reason(
    text: &str,
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    // "FTA grant covers 80%, so our local share is ~$720K", "it handled 41k chats, so 18
    // agents moved to collections": what follows from the reason, a clause of its own.
    let follows_from = e > s + 3
        && e <= toks.len()
        && toks[s].is("so")
        && (crate::reader::intent::own_clause(toks, s + 1, e)
            || toks[s + 1].kind == crate::reader::tokens::TokKind::Num
                && !money(s + 1)
                && crate::reader::intent::own_clause(toks, s + 2, e))
        && !assigns_owner(text, toks, s + 1, e);
    follows_from
        || e > s + 2
            && matches!(toks[s].lower.as_str(), "and" | "plus")
            && (crate::reader::intent::own_clause(toks, s + 1, e)
                || e > s + 3
                    && (matches!(
                        toks[s + 1].lower.as_str(),
                        "the" | "our" | "their" | "its" | "it" | "they" | "we" | "each" | "nobody"
                            // "and half the high-bill calls come down to …": a part of
                            // something counted (round R44).
                            | "half" | "most" | "two-thirds" | "three-quarters"
                    ) || counted_subject(&toks[s + 1]) && !money(s + 1)))
            && !opens_look_again(toks, s + 1)
            && !assigns_owner(text, toks, s + 1, e)
            && !holds_horizon(toks, s + 1, e)
            && (!(s..e).any(money) || wants_more_money(toks, s, e, money))
}

/// ", and the agency wants another £20k": money someone else asks for on top, told in a
/// reason of its own (the price going up is why), not the record's money.
pub(super) fn wants_more_money(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    (s..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "wants" | "want" | "wanted" | "asks" | "asked" | "asking"
        ) && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "another" | "more" | "extra"))
            && j + 2 < e
            && money(j + 2)
            && (j + 2..e).all(|k| money(k) || toks[k].is_break())
    })
}

/// ", and two reviews said so", ", and 3 launches slipped": a count opening a clause is
/// its subject.
pub(in crate::reader) fn counted_subject(t: &Token) -> bool {
    t.kind == TokKind::Num || crate::reader::money_words::two_to_ten(&t.lower)
}
