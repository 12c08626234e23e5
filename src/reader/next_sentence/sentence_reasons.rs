//! Whether the next sentence is the reason: money grown or asked, a loss, a plan on a
//! condition, a closing date, a milestone, the record's money words.

use super::*;

/// What a sentence after the verdict's tells.
pub(super) enum Told {
    Reason,
    /// The plan or the figures: the money, the dates, the go-live.
    Plan,
    Other,
}

pub(super) fn sentence_reason(
    toks: &[Token],
    s: usize,
    e: usize,
    stop: Option<usize>,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Told {
    // "Yes it's clunky …, but …": a point granted first is left out of the reason.
    let granted = crate::reader::reason_heads::granted_but(toks, s, e).is_some();
    // "Architect already billed K38,000 but Board said no so no point continuing": money
    // already paid, then "but" and the no that ended it, is the stop's case (convention 30,
    // round R58), not another decision.
    let paid_then_no = || {
        (s + 2..e)
            .find(|&j| toks[j].is("but"))
            .is_some_and(|b| !decides(s, b) && super::money_spent::spent_already(toks, s, b, money))
    };
    // "Co-op's changing their grading rules in the spring and I'm not buying a $22k setup
    // that's wrong by April": a ground, then "and" and money refused, is no other decision
    // (round R58).
    let ground_then_refused = || {
        (s + 2..e).find(|&j| toks[j].is("and")).is_some_and(|a| {
            !decides(s, a)
                && matches!(
                    sentence_reason(toks, s, a, stop, skip, money, decides),
                    Told::Reason
                )
                && crate::reader::refused_spend::only_money_refused(toks, a + 1, e, money)
        })
    };
    if e <= s
        // Fifty tokens at most (thirty before round R39: "The diesel run out there is a
        // 300 km round trip every week in the dry, and we lost 60 head …" is one reason).
        || e - s > 50 && !granted
        || toks.get(e).is_some_and(|t| t.is("?"))
        || stop.is_some_and(|a| a < e)
        || decides(s, e) && !paid_then_no() && !ground_then_refused()
        // "Come back with it in February.": when to look again, not why.
        || crate::reader::clauses::opens_look_again(toks, s)
        // "partners said so.": who wanted it, not why.
        || crate::reader::clauses::only_who_said_so(toks, s, e)
        || plan_on_condition(toks, s, e)
    {
        return Told::Other;
    }
    // "64% of workloads are off the old data centre": a share as the subject.
    let share = e > s + 4
        && toks[s].kind == crate::reader::tokens::TokKind::Num
        && toks[s + 1].is("%")
        && toks[s + 2].is("of");
    // "3,100 rural households have no wired service today": a count as the subject.
    let count = e > s + 3
        && toks[s].kind == crate::reader::tokens::TokKind::Num
        && !skip(s)
        && !money(s)
        && crate::reader::intent::own_clause(toks, s + 1, e);
    // "300 downloads in 18 months, nobody used it": a count, then a clause of its own.
    let counted_then = toks[s].kind == crate::reader::tokens::TokKind::Num
        && !skip(s)
        && !money(s)
        && (s + 2..e.min(s + 8))
            .find(|&j| toks[j].is(","))
            .is_some_and(|c| {
                c + 2 < e
                    && (crate::reader::intent::own_clause(toks, c + 1, e)
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
    let counted_cost = toks[s].kind == crate::reader::tokens::TokKind::Num
        && !money(s)
        && crate::reader::clauses::costs_us_now(toks, s, e);
    // "$52,000 and two years in and the tags still fall off …": money and time put in,
    // then what still goes wrong, told after a stop (convention 30); so is a price joined
    // to another ground ("5k/mo rent + we'd need a 4th crew": see `joined_grounds`).
    let sunk = (s..e).any(money) && super::money_spent::put_in(toks, s, e)
        || super::money_spent::spent_already(toks, s, e, money)
        || super::joined_grounds::grounds_joined_to_a_price(toks, s, e, money);
    // "Office overtime was $600 a month last year": what the trouble costs us (round R63).
    let trouble = (s..e).any(money) && super::trouble_costs::trouble_cost(toks, s, e, money);
    let own = crate::reader::intent::own_clause(toks, s, e)
        || trouble
        // "Gerry says we're renting from Sackville again, not paying $96K …": who says it,
        // then a clause of its own (convention 88, round R60).
        || super::said_by_someone::said_clause(toks, s, e)
            .is_some_and(|c| crate::reader::intent::own_clause(toks, c, e))
        || ground_then_refused()
        || granted
        || sunk
        || counted_cost
        || crate::reader::clauses::we_pay_for(toks, s, e)
        || we_lost(toks, s, e)
        || toks[s].is_word() && money_grew(toks, s, e, money)
        || share && crate::reader::intent::own_clause(toks, s + 3, e)
        || count
        || counted_then
        || loses_support(toks, s, e)
        || crate::reader::clauses::costs_us_now(toks, s, e);
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
            || crate::reader::clauses::costs_us_now(toks, s, e))
        // "Heat pumps are a no. We rent two mobile units for £3k a month": what we spend
        // now, with no amount of the record's before it.
        || crate::reader::clauses::costs_us_now(toks, s, e) && toks[s].lower.starts_with("we")
        || counted_cost
        // "the cost has gone from ₦900m to ₦1.4bn": money told as a change is what moved.
        || crate::reader::clauses::money_moved(toks, s, e, money)
        // "the migration estimate tripled to £45k": a price that grew is news of the work.
        || money_grew(toks, s, e, money);
    // "Narrators are booked at the external studio through April anyway": a sentence
    // ending on "anyway" tells why the verdict costs nothing, with its time.
    let anyway = e > s + 3 && toks[e - 1].is("anyway") && toks[s].is_word() && !(s..e).any(money);
    // "Just the eight big FVs for now, brites next year.": a scope told after the
    // verdict, in its first clause (convention 16).
    let first_clause = (s..e).find(|&j| toks[j].is(",")).unwrap_or(e);
    let scope = crate::reader::told_scopes::told_scope(toks, s, first_clause);
    let told = s < e
        && (own || anyway || scope || closing_date(toks, s, e, skip))
        && (!(s..e).any(money)
            || figure_told
            || sunk
            || trouble
            // "…, and we're not paying another $90K to find out": money refused.
            || crate::reader::refused_spend::only_money_refused(toks, s, e, money));
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
        && !crate::reader::earlier_phase::how_it_went(toks, s, e)
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
        || sunk
        || skip(s) && judges_price(toks, s, e))
    {
        return Told::Other;
    }
    Told::Reason
}

/// "the quote doubled to $60K", "the estimate has tripled to £45k": an amount told as what
/// a figure grew to, in tokens `s..e`.
pub(super) fn money_grew(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    (s + 1..e.saturating_sub(1)).any(|j| {
        toks[j].is("to")
            && money(j + 1)
            && matches!(
                toks[j - 1].lower.as_str(),
                "doubled" | "tripled" | "trebled" | "quadrupled" | "ballooned" | "jumped"
            )
    }) || price_now_or_asked(toks, s, e, money)
        || crate::reader::price_pushed::price_pushed(toks, s, e, money)
}

/// "The estimate is now $1.6M with the roof work, and …": what the work costs now, told
/// of the estimate; "Ticketmaster wants $0.85 a ticket on top now": what a supplier asks
/// for more; "Builder's quote came back at $610k": the price as quoted. News of the price,
/// which is why the work was stopped or refused.
pub(super) fn price_now_or_asked(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
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
    // thing or on top, or now ("Vendor wants $2.1M now, was $900K when we signed").
    let asked = toks[s].capital
        && w(s + 1) == "wants"
        && money(s + 2)
        && (s + 3..e.min(s + 9)).any(|k| {
            matches!(w(k), "on" | "per" | "extra" | "more" | "now") || w(k) == "a" && !money(k)
        });
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
pub(super) fn we_lost(toks: &[Token], s: usize, e: usize) -> bool {
    opens_we_lost(toks, s, e)
        // "The old one i no save keep -18 …, and last month we lost 40 cartons": a loss
        // joined to the sentence after a comma or "and" (round R63).
        || (s + 2..e.saturating_sub(3)).any(|j| {
            opens_we_lost(toks, j, e)
                && (s + 1..j).any(|k| matches!(toks[k].lower.as_str(), "," | "and"))
        })
}

/// "we lost …", "we've wasted …", "we wrote off …" opening tokens `s..e`.
fn opens_we_lost(toks: &[Token], s: usize, e: usize) -> bool {
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
pub(super) fn plan_on_condition(toks: &[Token], s: usize, e: usize) -> bool {
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
pub(super) fn closing_date(
    toks: &[Token],
    s: usize,
    e: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
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
pub(super) const MILESTONES: &[&str] = &[
    "go", "goes", "live", "go-live", "launch", "launches", "install", "installs", "rollout",
    "delivery", "start", "starts", "begin", "begins", "kicks", "cutover", "arrive", "arrives",
    "lands", "opens", "ships",
];

/// "It's two booths and an edit suite …", "It adds gift aid claims", "It gives consignors
/// their statements online", "It pulls … into one screen": a sentence telling what the work is or does, not why it was
/// decided ("It's too slow" is a reason; so is "It's a pain for the shore staff but the
/// contract depends on it", a cost weighed against a clause of its own after "but").
pub(in crate::reader) fn describes_the_work(toks: &[Token], s: usize, e: usize) -> bool {
    if (s + 2..e).any(|j| toks[j].is("but") && crate::reader::intent::own_clause(toks, j + 1, e)) {
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
            t.kind == crate::reader::tokens::TokKind::Num
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
pub(super) const FUTURE_DOES: &[&str] = &[
    "hold", "store", "add", "give", "let", "provide", "offer", "bring", "connect", "link",
];

/// Whether a word says a sentence's money is the record's own (its budget, its price, what
/// it costs to run, what it should save), not a figure that explains it.
pub(super) fn record_money_word(w: &str) -> bool {
    [
        RECORD_MONEY_WORDS,
        crate::reader::money_words::RUNNING_COST_WORDS,
        crate::reader::money_words::SAVING_WORDS,
    ]
    .iter()
    .any(|list| list.contains(&w))
}

/// The record's own money besides [`crate::reader::money_words::RUNNING_COST_WORDS`] and
/// [`crate::reader::money_words::SAVING_WORDS`].
pub(super) const RECORD_MONEY_WORDS: &[&str] = &[
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
pub(super) const MEETINGS: &[&str] = &[
    "met", "meeting", "spoke", "talked", "chat", "chatted", "call", "workshop", "session", "sync",
    "huddle", "visited", "catch-up", "offsite",
];
