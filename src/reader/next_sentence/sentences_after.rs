//! The sentence after a terse verdict: whether it decides, who said it, what it names, and
//! the reason or owner it tells.

use super::*;

/// Does tokens `s..e` state a decision of ours? Not a verdict word whose subject is someone
/// else ("the union won't sign off on fingerprints", "vendor sunset the product", "members
/// renew online"): that is news, and it may be the reason.
pub fn decides_in(toks: &[Token], s: usize, e: usize) -> bool {
    let mut from = s;
    while let Some(f) = crate::reader::verdicts::find_verdict_in(toks, from, e) {
        if !said_by_others(toks, f.start)
            && !crate::reader::others_news::said_by_new_owner(toks, f.start)
            && !names_a_thing(toks, f.start, f.end)
            && !cost_moved(toks, f.start)
            && !crate::reader::plain_verdicts::cannot_get_done(toks, f.start)
            && !crate::reader::kept_their_own::keeps_their_own(toks, f.start)
        {
            return true;
        }
        from = f.end.max(from + 1);
    }
    false
}

/// "the cost has gone from £900k to £1.4m": a change of figures reported after a verb of
/// moving is news of what the work costs, not a rescope of ours.
pub(super) fn cost_moved(toks: &[Token], start: usize) -> bool {
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
pub(super) fn names_a_thing(toks: &[Token], start: usize, end: usize) -> bool {
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
pub(in crate::reader) const THIRD_PARTIES: &[&str] = &[
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
    // "Already Rs. 450,000 spent …": a currency's full stop before its money ends nothing
    // (round R58).
    let ends =
        |j: usize| is_end(&toks[j]) && !(toks[j].is(".") && j > 0 && money(j - 1) && money(j + 1));
    let mut from = after;
    for _ in 0..2 {
        // "is decided!! budget …": a run of stops ends one sentence.
        let mut s = (from..toks.len()).find(|&j| ends(j))? + 1;
        while toks.get(s).is_some_and(|t| is_end(t) && !t.is("?")) {
            s += 1;
        }
        let e = (s..toks.len()).find(|&j| ends(j)).unwrap_or(toks.len());
        // "The app crashes are fixed — @raj to send the numbers by EOM": the follow-up
        // after a dash ends the reason.
        let e = owner_after_dash(text, toks, s, e, stop).unwrap_or(e);
        // "v1 is good enough for now, revisit mid-Jan": the look-again ends the reason.
        let e = (s + 2..e)
            .find(|&j| {
                matches!(toks[j].lower.as_str(), "," | ";" | "—" | "–")
                    && crate::reader::clauses::opens_look_again(toks, j + 1)
            })
            .unwrap_or(e);
        // "Pls proceed with the PO ASAP": a request after the verdict gives no reason; nor
        // does thanks to someone ("Big thanks to Lonnie for working the holiday").
        if assigns_owner(text, toks, s, e)
            || crate::reader::bare_clauses::thanks_someone(toks, s)
            || crate::reader::chat_asides::asks_for_replies(toks, s)
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
        if crate::reader::bare_clauses::only_exclamation(toks, s, e)
            || crate::reader::bare_clauses::announces_results(toks, s, e)
            || crate::reader::bare_clauses::only_names(text, toks, s, e)
        {
            from = s;
            continue;
        }
        // "bin sensors - keep going. 14 of 22 bins done at Eston": how far the work has got
        // is why it goes on (convention 79, round R57).
        if crate::reader::progress_counts::progress_count(toks, s, e) && stop.is_none_or(|a| a >= e)
        {
            let r = text[toks[s].start..toks[e - 1].end].trim();
            return Some(r.to_string());
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
                let tail =
                    crate::reader::tail_clause::after_the_price(text, toks, s, e, money, skip);
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
pub(super) fn owner_after_dash(
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
pub(super) fn reason_told_on(
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
    let own = crate::reader::intent::own_clause(toks, s + 1, e2)
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
pub(super) fn called_reason(
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
