//! The sentence after a verdict's, when it is the reason ("Spend analytics cancelled. Vendor
//! went bust."), stepping over one sentence of plan or figures; and whether a verdict word
//! is a decision of ours or news of someone else's ("the union won't sign off").

use super::clauses::{assigns_owner, judges_price, NOT_A_REASON_OPENING};
use super::tokens::Token;

/// Does tokens `s..e` state a decision of ours? Not a verdict word whose subject is someone
/// else ("the union won't sign off on fingerprints", "vendor sunset the product", "members
/// renew online"): that is news, and it may be the reason.
pub fn decides_in(toks: &[Token], s: usize, e: usize) -> bool {
    let mut from = s;
    while let Some(f) = super::verdicts::find_verdict_in(toks, from, e) {
        if !said_by_others(toks, f.start)
            && !super::others_news::said_by_new_owner(toks, f.start)
            && !names_a_thing(toks, f.start, f.end)
            && !cost_moved(toks, f.start)
        {
            return true;
        }
        from = f.end.max(from + 1);
    }
    false
}

/// "the cost has gone from £900k to £1.4m": a change of figures reported after a verb of
/// moving is news of what the work costs, not a rescope of ours.
fn cost_moved(toks: &[Token], start: usize) -> bool {
    toks[start].is("from")
        && start > 0
        && matches!(
            toks[start - 1].lower.as_str(),
            "gone"
                | "went"
                | "risen"
                | "rose"
                | "grown"
                | "grew"
                | "jumped"
                | "increased"
                | "climbed"
                | "ballooned"
        )
}

/// "The landlord's sinking fund won't cover it": a one-word verdict that is the subject
/// of the verb after it, a thing named, not a decision.
fn names_a_thing(toks: &[Token], start: usize, end: usize) -> bool {
    end == start + 1
        && start > 0
        && !toks[start - 1].is_break()
        && toks.get(end).is_some_and(|t| {
            let w = t.lower.as_str();
            w.ends_with("n't") || matches!(w, "is" | "was" | "will" | "cannot" | "has" | "had")
        })
}

/// Is the verdict word at `at` said of someone else: a third party as its subject, maybe
/// with a modal or a negation between ("the union won't sign off")?
pub fn said_by_others(toks: &[Token], at: usize) -> bool {
    let mut j = at;
    while j > 0
        && matches!(
            toks[j - 1].lower.as_str(),
            "won't"
                | "can't"
                | "cannot"
                | "will"
                | "would"
                | "didn't"
                | "doesn't"
                | "never"
                | "not"
                | "already"
                | "just"
                | "still"
        )
    {
        j -= 1;
    }
    j > 0 && THIRD_PARTIES.contains(&toks[j - 1].lower.as_str())
}

/// People and bodies outside the organisation whose actions are news, not its decisions.
pub(super) const THIRD_PARTIES: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "union",
    "unions",
    "regulator",
    "regulators",
    "members",
    "customer",
    "customers",
    "client",
    "clients",
    "patients",
    "users",
    "tenants",
    "landlord",
    "bank",
    "insurer",
    "insurers",
    "contractor",
    "contractors",
    "provider",
    "providers",
    "government",
    "auditors",
    "partner",
    "partners",
    "competitors",
    "competitor",
];

/// The sentence after the verdict's sentence, when it explains: "Spend analytics
/// cancelled. Vendor went bust." Not when it holds an amount (unless it judges the price, or
/// is a clause of its own told after the record's amount: "Agency spend is £1.9m over
/// plan") or a date (unless it is a clause of its own: "The pilot line jammed 14 times in
/// six weeks"), a follow-up, a question, another decision, or opens with the plan ("Go-live
/// is …"). One sentence of plan or figures ("budget ¥28M, go-live is planned for May") is
/// stepped over to the reason after it.
pub fn next_sentence(
    text: &str,
    toks: &[Token],
    after: usize,
    stop: Option<usize>,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let mut from = after;
    for _ in 0..2 {
        // "is decided!! budget …": a run of stops ends one sentence.
        let mut s = from + toks[from..].iter().position(is_end)? + 1;
        while toks.get(s).is_some_and(|t| is_end(t) && !t.is("?")) {
            s += 1;
        }
        let e = s + toks[s..].iter().position(is_end).unwrap_or(toks.len() - s);
        // "The app crashes are fixed — @raj to send the numbers by EOM": the follow-up
        // after a dash ends the reason.
        let e = owner_after_dash(text, toks, s, e, stop).unwrap_or(e);
        // "v1 is good enough for now, revisit mid-Jan": the look-again ends the reason.
        let e = (s + 2..e)
            .find(|&j| {
                matches!(toks[j].lower.as_str(), "," | ";" | "—" | "–")
                    && super::clauses::opens_look_again(toks, j + 1)
            })
            .unwrap_or(e);
        // "Pls proceed with the PO ASAP": a request after the verdict gives no reason.
        if assigns_owner(text, toks, s, e)
            || super::chat_asides::asks_for_replies(toks, s)
            || toks
                .get(s)
                .is_some_and(|t| matches!(t.lower.as_str(), "pls" | "plz" | "please" | "kindly"))
        {
            return None;
        }
        // "Why? Members already renew online": the question announces the next sentence.
        let asks_why = e == s + 1
            && matches!(toks[s].lower.as_str(), "why" | "reason" | "reasons")
            && toks.get(e).is_some_and(|t| t.is("?"));
        // "Couple of reasons. The old gates freeze …": a sentence that only announces them.
        let announces = e > s
            && e <= s + 4
            && matches!(toks[e - 1].lower.as_str(), "reason" | "reasons")
            && toks.get(e).is_some_and(|t| t.is(".") || t.is(":"));
        if asks_why || announces {
            from = s;
            continue;
        }
        // "Rationale: renewals by post cost us £6 each.": the writer says what it is.
        let labelled = e > s + 2
            && matches!(
                toks[s].lower.as_str(),
                "rationale" | "reason" | "reasons" | "why" | "context" | "background"
            )
            && toks[s + 1].is(":");
        if labelled && !decides(s, e) && stop.is_none_or(|a| a >= e) {
            let r = text[toks[s + 2].start..toks[e - 1].end].trim();
            return Some(r.to_string());
        }
        // "a go 🎉 sweet as. Rejects were …": the writer's mood is stepped over.
        if super::bare_clauses::only_exclamation(toks, s, e)
            || super::bare_clauses::announces_results(toks, s, e)
            || super::bare_clauses::only_names(text, toks, s, e)
        {
            from = s;
            continue;
        }
        match sentence_reason(toks, s, e, stop, skip, money, decides) {
            Told::Reason => {
                let e = reason_told_on(toks, e, stop, skip, money, decides).unwrap_or(e);
                // "It tags every ski with a chip. Main reason is the lost pairs.": the
                // sentence the writer calls the reason wins over a description before it.
                if let Some(r) = called_reason(text, toks, e, stop, decides) {
                    return Some(r);
                }
                // "Per the Road Commissioner, 18% of arterials are …": who said it is no
                // part of the reason.
                let said_by = matches!(toks[s].lower.as_str(), "per" | "according")
                    .then(|| (s + 1..e.min(s + 8)).find(|&j| toks[j].is(",")))
                    .flatten()
                    .filter(|&c| c + 3 < e);
                let s = said_by.map_or(s, |c| c + 1);
                let r = text[toks[s].start..toks[e - 1].end].trim();
                return (r.split_whitespace().count() >= 2).then(|| r.to_string());
            }
            Told::Plan => {
                // "It was £60k on top of …, and the board want to see …": the clause after
                // the price told again.
                let tail = super::tail_clause::after_the_price(text, toks, s, e, money, skip);
                if tail.is_some() {
                    return tail;
                }
                from = s
            }
            Told::Other => return None,
        }
    }
    None
}

/// The dash in `s..e` after which a follow-up gives someone work (or the record's reading
/// stops at `stop`: "— @raj to …"), when the words before it give nobody any.
fn owner_after_dash(
    text: &str,
    toks: &[Token],
    s: usize,
    e: usize,
    stop: Option<usize>,
) -> Option<usize> {
    let dash = |d: usize| matches!(toks[d].lower.as_str(), "—" | "–" | "-") && !toks[d].attached;
    if let Some(a) = stop.filter(|&a| s + 2 < a && a <= e) {
        return (a - 1..=a.min(e - 1)).find(|&d| dash(d));
    }
    (s + 2..e).find(|&d| {
        dash(d) && assigns_owner(text, toks, d + 1, e) && !assigns_owner(text, toks, s, d)
    })
}

/// Where a reason sentence ending at `e` runs on to: over the next sentence when it opens
/// with "And" or "Plus" and explains too ("The agency missed two releases. Plus Guest
/// Services would rather …").
fn reason_told_on(
    toks: &[Token],
    e: usize,
    stop: Option<usize>,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
    if !toks.get(e).is_some_and(|t| t.is(".") || t.is("!")) {
        return None;
    }
    let s = e + 1;
    if !toks
        .get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "and" | "plus"))
    {
        return None;
    }
    let e2 = s + toks[s..]
        .iter()
        .position(|t| is_end(t) || t.is("?"))
        .unwrap_or(toks.len() - s);
    // "… And" at the message's end: no sentence to tell a reason.
    if e2 <= s + 3 {
        return None;
    }
    let subject = toks.get(s + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "our" | "their" | "its" | "it" | "they" | "we" | "nobody"
        )
    });
    let own = super::intent::own_clause(toks, s + 1, e2)
        || subject && !(s + 1..e2).any(money)
        || !(s + 1..e2).any(skip);
    (own && matches!(
        sentence_reason(toks, s + 1, e2, stop, &|j| skip(j) && !own, money, decides),
        Told::Reason
    ))
    .then_some(e2)
}

/// After a refusal, the sentence after the verdict's (which ends at or after `after`) when
/// it tells what the work is or does: "Mentoring platform — no. It's a spreadsheet with a
/// login page." is the case against it.
pub fn what_it_is_after_refusal(
    text: &str,
    toks: &[Token],
    after: usize,
    stop: Option<usize>,
    skip: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let s = after + toks[after..].iter().position(is_end)? + 1;
    let e = s + toks[s..].iter().position(is_end).unwrap_or(toks.len() - s);
    (s < e
        && describes_the_work(toks, s, e)
        && !(s..e).any(skip)
        && !decides(s, e)
        && stop.is_none_or(|a| a >= e))
    .then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}

/// The sentence after `e` when it says it is the reason ("Main reason is …", "The reason
/// is …", "Reason: …"), not counting a follow-up or another decision.
fn called_reason(
    text: &str,
    toks: &[Token],
    e: usize,
    stop: Option<usize>,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    if !toks.get(e).is_some_and(|t| t.is(".") || t.is("!")) {
        return None;
    }
    let s = e + 1;
    let e2 = s + toks[s..]
        .iter()
        .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len() - s);
    let w = |k: usize| toks.get(s + k).map_or("", |t| t.lower.as_str());
    let lead = match (w(0), w(1)) {
        ("main" | "the", "reason") => w(2) == "is" || w(2) == "was" || w(2) == ":",
        ("reason", ":") => true,
        _ => false,
    };
    (lead && e2 > s + 3 && !decides(s, e2) && stop.is_none_or(|a| a >= e2))
        .then(|| text[toks[s].start..toks[e2 - 1].end].trim().to_string())
}

/// What a sentence after the verdict's tells.
enum Told {
    Reason,
    /// The plan or the figures: the money, the dates, the go-live.
    Plan,
    Other,
}

fn sentence_reason(
    toks: &[Token],
    s: usize,
    e: usize,
    stop: Option<usize>,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Told {
    if e <= s
        || e - s > 30
        || toks.get(e).is_some_and(|t| t.is("?"))
        || stop.is_some_and(|a| a < e)
        || decides(s, e)
        // "Come back with it in February.": when to look again, not why.
        || super::clauses::opens_look_again(toks, s)
        // "partners said so.": who wanted it, not why.
        || super::clauses::only_who_said_so(toks, s, e)
        || plan_on_condition(toks, s, e)
    {
        return Told::Other;
    }
    // "64% of workloads are off the old data centre": a share as the subject.
    let share = e > s + 4
        && toks[s].kind == super::tokens::TokKind::Num
        && toks[s + 1].is("%")
        && toks[s + 2].is("of");
    // "3,100 rural households have no wired service today": a count as the subject.
    let count = e > s + 3
        && toks[s].kind == super::tokens::TokKind::Num
        && !skip(s)
        && !money(s)
        && super::intent::own_clause(toks, s + 1, e);
    // "300 downloads in 18 months, nobody used it": a count, then a clause of its own.
    let counted_then = toks[s].kind == super::tokens::TokKind::Num
        && !skip(s)
        && !money(s)
        && (s + 2..e.min(s + 8))
            .find(|&j| toks[j].is(","))
            .is_some_and(|c| {
                c + 2 < e
                    && (super::intent::own_clause(toks, c + 1, e)
                    || matches!(toks[c + 1].lower.as_str(), "nobody" | "none" | "noone")
                    // "…, the staff all use their hotspots": who does what instead.
                    || matches!(
                        toks[c + 1].lower.as_str(),
                        "the" | "our" | "their" | "everyone" | "everybody" | "people" | "staff"
                    ) && e >= c + 4
                        && !(c + 1..e).any(|j| skip(j) || money(j)))
            });
    // "3 bookings in 8 months and we pay £900 a month for it": a count of use, then what
    // it costs us now.
    let counted_cost = toks[s].kind == super::tokens::TokKind::Num
        && !money(s)
        && super::clauses::costs_us_now(toks, s, e);
    let own = super::intent::own_clause(toks, s, e)
        || counted_cost
        || super::clauses::we_pay_for(toks, s, e)
        || we_lost(toks, s, e)
        || toks[s].is_word() && money_grew(toks, s, e, money)
        || share && super::intent::own_clause(toks, s + 3, e)
        || count
        || counted_then
        || loses_support(toks, s, e)
        || super::clauses::costs_us_now(toks, s, e);
    // "Agency spend on nursing is £1.9m over plan": a figure of its own, told after the
    // record's amount, explains it; "Running cost is £20k a year" describes the record.
    let per_period = |j: usize| {
        money(j)
            && (j + 1..(j + 4).min(e)).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "year" | "yr" | "annum" | "month" | "pa" | "annually" | "monthly"
                ) && !matches!(toks[k - 1].lower.as_str(), "last" | "this" | "next")
            })
    };
    let figure_told = (0..s).any(money)
        && (!(s..e).any(|j| record_money_word(&toks[j].lower) || per_period(j))
            || super::clauses::costs_us_now(toks, s, e))
        // "Heat pumps are a no. We rent two mobile units for £3k a month": what we spend
        // now, with no amount of the record's before it.
        || super::clauses::costs_us_now(toks, s, e) && toks[s].lower.starts_with("we")
        || counted_cost
        // "the cost has gone from ₦900m to ₦1.4bn": money told as a change is what moved.
        || super::clauses::money_moved(toks, s, e, money)
        // "the migration estimate tripled to £45k": a price that grew is news of the work.
        || money_grew(toks, s, e, money);
    // "Narrators are booked at the external studio through April anyway": a sentence
    // ending on "anyway" tells why the verdict costs nothing, with its time.
    let anyway = e > s + 3 && toks[e - 1].is("anyway") && toks[s].is_word() && !(s..e).any(money);
    // "Just the eight big FVs for now, brites next year.": a scope told after the
    // verdict, in its first clause (convention 16).
    let first_clause = (s..e).find(|&j| toks[j].is(",")).unwrap_or(e);
    let scope = super::told_scopes::told_scope(toks, s, first_clause);
    let told = s < e
        && (own || anyway || scope || closing_date(toks, s, e, skip))
        && (!(s..e).any(money) || figure_told);
    // "Budget is fully allocated to the Malaffi requirements": no money left is a reason,
    // not the plan's figures.
    let used_up = toks[s].is("budget")
        && (s + 1..e.min(s + 5)).any(|k| {
            matches!(toks[k].lower.as_str(), "fully" | "already" | "all")
                && toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "allocated" | "committed" | "spent" | "used" | "earmarked"
                    )
                })
        });
    // "Phase 1 got 3,100 downloads …": how an earlier phase went is no plan.
    let plan = NOT_A_REASON_OPENING.contains(&toks[s].lower.as_str())
        && !scope
        && !super::earlier_phase::how_it_went(toks, s, e)
        || toks[s].is("budget") && !used_up
        || describes_the_work(toks, s, e)
        || (s..e).any(skip) && !judges_price(toks, s, e) && !told;
    if plan {
        // "budget £280k, go-live is planned for May" is stepped over; "Next meeting 12/15"
        // or "Thanks all" ends the record.
        let figures = (s..e).any(skip)
            || toks[s].is("budget")
            || toks[s].is("go-live")
            || describes_the_work(toks, s, e);
        return if figures && !toks[s].is("next") {
            Told::Plan
        } else {
            Told::Other
        };
    }
    // "£410k for a reservoir with 6 years left doesn't add up" opens with its amount.
    if !(toks[s].is_word()
        || share && own
        || count
        || counted_then
        || counted_cost
        || skip(s) && judges_price(toks, s, e))
    {
        return Told::Other;
    }
    Told::Reason
}

/// "the quote doubled to $60K", "the estimate has tripled to £45k": an amount told as what
/// a figure grew to, in tokens `s..e`.
fn money_grew(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    (s + 1..e.saturating_sub(1)).any(|j| {
        toks[j].is("to")
            && money(j + 1)
            && matches!(
                toks[j - 1].lower.as_str(),
                "doubled" | "tripled" | "trebled" | "quadrupled" | "ballooned" | "jumped"
            )
    }) || price_now_or_asked(toks, s, e, money)
}

/// "The estimate is now $1.6M with the roof work, and …": what the work costs now, told
/// of the estimate; "Ticketmaster wants $0.85 a ticket on top now": what a supplier asks
/// for more; "Builder's quote came back at $610k": the price as quoted. News of the price,
/// which is why the work was stopped or refused.
fn price_now_or_asked(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    let estimate_now = (s..(s + 3).min(e)).any(|k| {
        matches!(w(k), "estimate" | "quote" | "cost" | "price" | "bill")
            && matches!(w(k + 1), "is" | "'s")
            && w(k + 2) == "now"
            && money(k + 3)
    });
    // A supplier, named with a capital as the sentence's subject, asking for money per
    // thing or on top.
    let asked = toks[s].capital
        && w(s + 1) == "wants"
        && money(s + 2)
        && (s + 3..e.min(s + 9))
            .any(|k| matches!(w(k), "on" | "per" | "extra" | "more") || w(k) == "a" && !money(k));
    // "Builder's quote came back at $610k": the price as it came back (or in).
    let came_back = (s..(s + 3).min(e)).any(|k| {
        let quoted = matches!(w(k), "quote" | "estimate" | "price" | "bid" | "tender")
            || w(k).ends_with("'s") && matches!(w(k + 1), "quote" | "estimate" | "bid");
        let k = if quoted && w(k).ends_with("'s") {
            k + 1
        } else {
            k
        };
        quoted
            && w(k + 1) == "came"
            && matches!(w(k + 2), "back" | "in")
            && w(k + 3) == "at"
            && money(k + 4)
    });
    estimate_now || asked || came_back
}

/// "we wrote off £80k in unbilled claims last yr", "we lost £12k of stock": money we lost,
/// told with "we" and a verb of losing, is a clause of its own.
fn we_lost(toks: &[Token], s: usize, e: usize) -> bool {
    e > s + 3
        && matches!(toks[s].lower.as_str(), "we" | "we've")
        && (s + 1..(s + 3).min(e)).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "lost" | "wasted" | "forfeited" | "forfeit"
            ) || toks[j].is("wrote") && toks.get(j + 1).is_some_and(|t| t.is("off"))
                || toks[j].is("written") && toks.get(j + 1).is_some_and(|t| t.is("off"))
        })
}

/// "If accuracy is above 95% we scale it.": what we do next if the work goes well, said
/// after the verdict, is a plan, not why.
fn plan_on_condition(toks: &[Token], s: usize, e: usize) -> bool {
    toks[s].is("if")
        && (s + 2..e).any(|j| {
            matches!(toks[j].lower.as_str(), "we" | "we'll" | "then")
                && toks.get(j + 1).is_some_and(|t| t.is_word())
                && (j + 1..e).any(|k| matches!(toks[k].lower.as_str(), "it" | "them" | "out"))
        })
}

/// "Toronto's green standard makes carbon reporting mandatory from May": a sentence of
/// words whose one date, with its preposition, closes it, says why with its time; not a
/// milestone ("the nodes go in in January", "install starts in March").
fn closing_date(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    let Some(d) = (s..e).find(|&j| skip(j)) else {
        return false;
    };
    let opens_date = d > s
        && matches!(
            toks[d - 1].lower.as_str(),
            "from" | "in" | "by" | "since" | "after" | "before"
        );
    opens_date
        && d >= s + 5
        && (d..e).all(skip)
        && (s..d - 1).all(|j| toks[j].is_word() || toks[j].is_sym(","))
        && !(s..d).any(|j| MILESTONES.contains(&toks[j].lower.as_str()))
}

/// Words of a sentence that says when the work lands, not why it was decided.
const MILESTONES: &[&str] = &[
    "go", "goes", "live", "go-live", "launch", "launches", "install", "installs", "rollout",
    "delivery", "start", "starts", "begin", "begins", "kicks", "cutover", "arrive", "arrives",
    "lands", "opens", "ships",
];

/// "It's two booths and an edit suite …", "It adds gift aid claims", "It gives consignors
/// their statements online", "It pulls … into one screen": a sentence telling what the work is or does, not why it was
/// decided ("It's too slow" is a reason; so is "It's a pain for the shore staff but the
/// contract depends on it", a cost weighed against a clause of its own after "but").
pub(super) fn describes_the_work(toks: &[Token], s: usize, e: usize) -> bool {
    if (s + 2..e).any(|j| toks[j].is("but") && super::intent::own_clause(toks, j + 1, e)) {
        return false;
    }
    let w = |k: usize| {
        if s + k < e {
            toks[s + k].lower.as_str()
        } else {
            ""
        }
    };
    let (verb, after) = match (w(0), w(1), w(2)) {
        ("it's", _, _) => ("is", 1),
        // "It'll hold every past bid …", "It will let members see …": what it will do.
        ("it'll", v, _) | ("it", "will", v) if FUTURE_DOES.contains(&v) => return true,
        ("it", v, _) => (v, 2),
        _ => return false,
    };
    let thing = toks
        .get(s + after)
        .filter(|_| s + after < e)
        .is_some_and(|t| {
            t.kind == super::tokens::TokKind::Num
                || matches!(
                    t.lower.as_str(),
                    "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six"
                )
        });
    matches!(
        verb,
        "adds"
            | "gives"
            | "covers"
            | "includes"
            | "lets"
            | "provides"
            | "offers"
            | "brings"
            // "It pulls concurrency, revenue and crash rates into one screen".
            | "pulls"
            | "puts"
            | "shows"
            | "holds"
            | "stores"
            | "tracks"
            | "connects"
            | "links"
    ) || verb == "is" && thing
}

/// What the work will do, after "it'll" / "it will": "It'll hold every past bid …". Not
/// "cover": "It will cover the 4 insurance accounts" is labelled the scope that explains a
/// phase's approval.
const FUTURE_DOES: &[&str] = &[
    "hold", "store", "add", "give", "let", "provide", "offer", "bring", "connect", "link",
];

/// Whether a word says a sentence's money is the record's own (its budget, its price, what
/// it costs to run, what it should save), not a figure that explains it.
fn record_money_word(w: &str) -> bool {
    [
        RECORD_MONEY_WORDS,
        super::money_words::RUNNING_COST_WORDS,
        super::money_words::SAVING_WORDS,
    ]
    .iter()
    .any(|list| list.contains(&w))
}

/// The record's own money besides [`super::money_words::RUNNING_COST_WORDS`] and
/// [`super::money_words::SAVING_WORDS`].
const RECORD_MONEY_WORDS: &[&str] = &[
    "budget",
    "contingency",
    "capex",
    "capital",
    "total",
    "phase",
    "remaining",
    "payback",
    "annual",
    "quote",
    "quoted",
    "price",
    "priced",
    "fee",
    "fees",
];

/// Words that say a meeting took place ("Met the trustees, they want …"), whose clauses
/// tell what was said there, not why the verdict after was given.
const MEETINGS: &[&str] = &[
    "met", "meeting", "spoke", "talked", "chat", "chatted", "call", "workshop", "session", "sync",
    "huddle", "visited", "catch-up", "offsite",
];

/// The sentence before the verdict's, when it opens the record and explains it: "Licences
/// doubled again at renewal. We're dropping Zoomly.", "Fan CRM: Marketing want to pull the
/// plug, nobody opens the emails any more. Agreed, we're stopping it". Its last clause, a
/// clause of its own (a subject and a verb) with no verdict and no other investment
/// (`other_name`) in it, in a sentence with no money, question, follow-up or meeting. Read
/// when nothing after the verdict explains it.
pub fn sentence_before(
    text: &str,
    toks: &[Token],
    verb: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
    other_name: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
    let e = toks[..verb].iter().rposition(is_end)?;
    // Only the one sentence before the verdict's, after a heading ("Fan CRM:") if any.
    if toks[..e].iter().any(|t| is_end(t) || t.is("?")) {
        return None;
    }
    let s = toks[..e]
        .iter()
        .rposition(|t| t.is(":"))
        .map_or(0, |c| c + 1);
    // "Check-in takes 20 minutes": a hyphen inside a word is no dash.
    let dash = |j: usize| {
        (toks[j].is_sym("-") || toks[j].is_sym("—") || toks[j].is_sym("–")) && !toks[j].attached
    };
    let c = toks[s..e]
        .iter()
        .rposition(|t| t.is(","))
        .map_or(s, |k| s + k + 1);
    // "Replacing the ILS — the old one's end of life next summer.": what goes out of support,
    // told after a dash.
    let c = (c..e)
        .rev()
        .find(|&j| dash(j))
        .filter(|&d| loses_support(toks, d + 1, e))
        .map_or(c, |d| d + 1);
    // "Retail reckon the fees would halve, but £60k is still too much right now.
    // Declined.": a concession, then the price judged, is the reason whole.
    if c > s + 3
        && e <= s + 40
        && toks[c].is("but")
        && (s..e).all(|j| !dash(j))
        && super::clauses::judges_price(toks, c + 1, e)
        && !decides(s, e)
        && !other_name(s, e)
        && !assigns_owner(text, toks, s, e)
    {
        return Some(text[toks[s].start..toks[e - 1].end].trim().to_string());
    }
    let plain = (s..e).all(|j| !money(j)) && (c..e).all(|j| !dash(j) && !toks[j].is_break());
    let plain = plain && (s..c).all(|j| !dash(j) || loses_support(toks, c, e));
    // "ugh the vendor went bust": a groan before the clause is the writer's mood.
    let c = c + usize::from(matches!(toks[c].lower.as_str(), "ugh" | "argh") && e > c + 1);
    // "nobody opens the emails any more": no one doing something is a clause of its own.
    let nobody = toks[c].is("nobody") && e > c + 2;
    // "zero heat incidents on crew B vs 3 last summer": a count set against another.
    let compared = (toks[c].kind == super::tokens::TokKind::Num || toks[c].is("zero"))
        && (c + 1..e).any(|j| matches!(toks[j].lower.as_str(), "vs" | "versus"));
    if e < c + 3
        || e > c + 30
        || !plain
        || super::intent::find_cues(&toks[c..e]).meeting
        || (s..c).any(|j| MEETINGS.contains(&toks[j].lower.as_str()))
        || assigns_owner(text, toks, s, e)
        || !(super::intent::own_clause(toks, c, e)
            || nobody
            || compared
            || loses_support(toks, c, e))
        || decides(c, e)
        || other_name(c, e)
    {
        return None;
    }
    // "6 wks in, zero heat incidents on crew B …": the time it has run is part of the result.
    let ran = c == s + 4
        && toks[s].kind == super::tokens::TokKind::Num
        && toks[s + 2].is("in")
        && toks[s + 3].is(",");
    let from = if ran { s } else { c };
    Some(text[toks[from].start..toks[e - 1].end].trim().to_string())
}

/// "The old Sage install goes out of support in June", "the licence expires in March": the
/// thing we run stops being supported, a reason whatever its subject is called (an
/// "install" here is the thing, not the plan's milestone).
fn loses_support(toks: &[Token], s: usize, e: usize) -> bool {
    e > s + 3
        && toks[s].is_word()
        && (s + 1..e).any(|j| {
            let w = toks[j].lower.as_str();
            matches!(
                w,
                "expires" | "expired" | "unsupported" | "end-of-life" | "eol"
            ) || w == "support" && matches!(toks[j - 1].lower.as_str(), "of" | "out") && j >= s + 3
                // "Microsoft ends support of our version" (convention 28).
                || super::support_ended::support_ended(toks, j)
                // "the old one's end of life next summer".
                || w == "life" && j >= s + 3 && toks[j - 1].is("of") && toks[j - 2].is("end")
        })
}
