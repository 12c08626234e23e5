//! A benefit's result told with the work as its subject ("the PM platform cut RFI turnaround
//! from 9 days to 4"): the subject names what the record already holds, so the result is
//! read from its verb on ("cut RFI turnaround …"). "it caught …" keeps its "it".

use super::tokens::Token;

/// Verbs of a measured result that the work did (not "saved", which is the benefit's
/// money itself).
const RESULT_VERBS: &[&str] = &[
    "cut",
    "caught",
    "reduced",
    "halved",
    "trimmed",
    "slashed",
    "shaved",
    "lowered",
    "flagged",
    "detected",
    "freed",
    "stopped",
    "prevented",
    "generated",
    // "let us take 3 coated jobs we'd have farmed out", "pulls DA records requests in
    // minutes now instead of hours" (round R45).
    "let",
    "lets",
    "pulls",
    "pulled",
];

/// Where the result in tokens `a..b` starts once a subject naming the work is dropped:
/// a name (`name_end(j)` gives the end of a name of an investment at `j`),
/// with "the" / "our" / "new" before it and "has" / "have" after it, followed by a verb of
/// a result. `a` when the result has no such subject.
pub fn after_named_subject(
    toks: &[Token],
    a: usize,
    b: usize,
    name_end: &dyn Fn(usize) -> Option<usize>,
) -> usize {
    let mut k = a;
    while k < b && matches!(toks[k].lower.as_str(), "the" | "our" | "new") {
        k += 1;
    }
    // "it caught two phishing attacks" keeps its "it" (the labels' convention).
    let subject_end = (k < b).then(|| name_end(k)).flatten();
    let Some(mut v) = subject_end.filter(|&v| v < b) else {
        return a;
    };
    if matches!(toks[v].lower.as_str(), "has" | "have" | "had") {
        v += 1;
    }
    if v + 1 < b && RESULT_VERBS.contains(&toks[v].lower.as_str()) {
        v
    } else {
        a
    }
}

/// "the new ticket system cut refund calls in half": where the result in tokens `a..b`
/// starts once a subject that is the new system itself ("the new … system / platform /
/// tool / app") is dropped, when no name of the work was said before it (`named_before`;
/// "Bottling line upgrade: the new labeller has cut …" keeps its part of the work). `a`
/// otherwise.
pub fn after_new_system(toks: &[Token], a: usize, b: usize, named_before: bool) -> usize {
    let b = b.min(toks.len());
    if named_before || !(a + 3 < b && toks[a].is("the") && toks[a + 1].is("new")) {
        return a;
    }
    let Some(noun) = (a + 2..(a + 6).min(b)).find(|&j| {
        matches!(
            toks[j].lower.as_str(),
            "system" | "platform" | "tool" | "app" | "software" | "portal" | "engine"
        )
    }) else {
        return a;
    };
    let mut v = noun + 1;
    if v < b && matches!(toks[v].lower.as_str(), "has" | "have") {
        v += 1;
    }
    if v + 1 < b && RESULT_VERBS.contains(&toks[v].lower.as_str()) {
        v
    } else {
        a
    }
}

/// "already live 3 weeks, average onboarding from 5 days to 1 day", "live since 20/11,
/// already 14% of payments …": where the result in tokens `a..b` starts once a clause
/// saying the work is live (and since when, or for how long) is dropped; `a` when it opens
/// with no such clause.
pub fn after_live_status(toks: &[Token], a: usize, b: usize) -> usize {
    let mut k = a;
    while k < b
        && matches!(
            toks[k].lower.as_str(),
            "already" | "now" | "is" | "been" | "has"
        )
    {
        k += 1;
    }
    if !(k < b && toks[k].is("live")) {
        return a;
    }
    (k + 1..(k + 6).min(b))
        .find(|&j| toks[j].is(","))
        .filter(|&c| {
            c + 2 < b
                && !(k + 1..c).any(|j| {
                    super::clauses::CHANGE_WORDS.contains(&toks[j].lower.as_str())
                        || toks[j].is("%")
                })
        })
        .map_or(a, |c| c + 1)
}

/// "Thanks to the pool cover the water's two degrees warmer …": a result told after what it
/// is owed to, the work's name (`name_end(j)`), starts after that name (and its comma).
/// `a` when the span `a..b` does not follow "thanks to" / "due to" with the name.
pub fn after_owed_to_name(
    toks: &[Token],
    a: usize,
    b: usize,
    name_end: &dyn Fn(usize) -> Option<usize>,
) -> usize {
    let owed = a >= 2
        && toks[a - 1].is("to")
        && matches!(toks[a - 2].lower.as_str(), "thanks" | "due" | "owing");
    if !owed {
        return a;
    }
    let mut k = a;
    while k < b && matches!(toks[k].lower.as_str(), "the" | "our" | "new") {
        k += 1;
    }
    let Some(e) = name_end(k) else {
        return a;
    };
    let e = e + usize::from(toks.get(e).is_some_and(|t| t.is(",")));
    if e + 2 <= b {
        e
    } else {
        a
    }
}

/// "The LIMS caught diacetyl in two batches before they were canned, ~$14k …": a benefit
/// opening with the work's name (`name_end(j)`) and a verb of a result has that result as
/// its evidence, up to a clause break or "and" opening a clause of its own.
pub fn result_after_opening_name(
    text: &str,
    toks: &[Token],
    name_end: &dyn Fn(usize) -> Option<usize>,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let k = usize::from(toks.first().is_some_and(|t| t.is("the")));
    let v = after_named_subject(toks, k, toks.len(), name_end);
    if v == k {
        return None;
    }
    let ends = |j: usize| {
        let t = &toks[j];
        matches!(
            t.lower.as_str(),
            "," | "." | "!" | "?" | ";" | "\n" | "—" | "–" | "("
        ) || t.is_sym("-") && !t.attached
            || t.is("and")
                && toks
                    .get(j + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "we" | "it" | "they" | "that"))
    };
    let e = (v + 1..toks.len()).find(|&j| ends(j)).unwrap_or(toks.len());
    // "nurse scheduling cut overtime spend by $46k", "cut call volumes, saving $18k": money
    // inside the result is what was cut, and a result of three words is only the saving
    // named; neither is evidence.
    (e >= v + 4 && !(v..e).any(money))
        .then(|| text[toks[v].start..toks[e - 1].end].trim().to_string())
}

/// "… approved £9,600 – current one runs out in Jan", "… approved, €180k; the EU rules apply
/// from June": after the verdict (ending at `from`), its amount, then a dash, a semicolon or
/// a comma, a clause of its own to the sentence's end, with no money, verdict or follow-up
/// in it, is the reason.
pub fn clause_after_amount(
    text: &str,
    toks: &[Token],
    from: usize,
    stop: Option<usize>,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let end = from
        + toks[from..]
            .iter()
            .position(is_end)
            .unwrap_or(toks.len() - from);
    let end = stop.map_or(end, |a| end.min(a));
    let m = (from..end).rev().find(|&j| money(j))?;
    let c = m + 1;
    if c >= end
        || !(matches!(toks[c].lower.as_str(), "–" | "—" | ";" | ",")
            || toks[c].is_sym("-") && !toks[c].attached)
    {
        return None;
    }
    let s = c + 1;
    // "approved at £650k, phase 1 only": a scope told after the amount (convention 16).
    let scope = super::told_scopes::told_scope(toks, s, end);
    ((end >= s + 4 || scope)
        && end <= s + 20
        && !(s..end).any(money)
        && !decides(s, end)
        && !super::clauses::opens_look_again(toks, s)
        && !super::clauses::assigns_owner(text, toks, s, end)
        && (super::intent::own_clause(toks, s, end) || runs_out(toks, s, end) || scope))
        .then(|| text[toks[s].start..toks[end - 1].end].trim().to_string())
}

/// "current one runs out in Jan", "the lease expires in March": what we have now ending,
/// within five words of the clause's start.
fn runs_out(toks: &[Token], s: usize, e: usize) -> bool {
    toks[s].is_word()
        && (s + 1..e.min(s + 5)).any(|j| {
            matches!(toks[j].lower.as_str(), "expires" | "lapses" | "ends")
                || matches!(toks[j].lower.as_str(), "runs" | "run")
                    && toks.get(j + 1).is_some_and(|t| t.is("out"))
        })
}

/// "the CBCT at Mesa caught 3 cracked roots we'd have missed on 2D, ~$12K …", "frost fans
/// monitoring saved the Te Awa block on the 14/10 frost, reckon …": a benefit opening with
/// the work's name (`name_end`), perhaps where it is ("at Mesa", "at the north arena", "on press 2"),
/// then a verb of a result, or "saved" with a thing (not money, not "us") as its object,
/// has that result as its evidence from the verb to the clause's break, when no money is in
/// it and it is more than three words.
pub fn result_after_name_at_place(
    text: &str,
    toks: &[Token],
    name_end: &dyn Fn(usize) -> Option<usize>,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let k = usize::from(toks.first().is_some_and(|t| t.is("the")));
    let mut v = name_end(k)?;
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let verb_at = |j: usize| {
        RESULT_VERBS.contains(&w(j))
            || w(j) == "saved"
                && matches!(w(j + 1), "the" | "a" | "our" | "two" | "three")
                && !money(j + 1)
    };
    // "led curing on press 2 let us take …": a place "on" the line is where, too.
    if matches!(w(v), "at" | "in" | "on") && !verb_at(v) {
        v = (v + 1..(v + 5).min(toks.len())).find(|&j| verb_at(j) || toks[j].is_break())?;
    }
    if matches!(w(v), "has" | "have") {
        v += 1;
    }
    if !verb_at(v) {
        return None;
    }
    let e = (v + 1..toks.len())
        .find(|&j| toks[j].is_break() || toks[j].is_sym("-") && !toks[j].attached)
        .unwrap_or(toks.len());
    // "cut call volumes, saving $18k": a result of three words only names the saving.
    (e >= v + 4 && !(v..e).any(money))
        .then(|| text[toks[v].start..toks[e - 1].end].trim().to_string())
}

/// "Harbour CCTV's been a godsend. Two diesel thefts caught on camera already, and the
/// insurer's knocked £3,200 off the premium": a benefit's counted result opening a sentence,
/// then ", and" a clause that brings the money. The result is the evidence, up to the comma.
pub fn counted_before_and_money(
    text: &str,
    toks: &[Token],
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let m = (0..toks.len()).find(|&j| money(j))?;
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let s = toks[..m].iter().rposition(is_end).map_or(0, |p| p + 1);
    let comma =
        (s + 3..m).find(|&j| toks[j].is(",") && toks.get(j + 1).is_some_and(|t| t.is("and")))?;
    let count = |t: &Token| {
        super::clauses::counted_subject(t)
            || matches!(t.lower.as_str(), "dozen" | "dozens" | "hundreds")
    };
    let opens_counted = s > 0 && count(&toks[s]) && toks[s + 1].is_word();
    let done = (s + 2..comma).any(|j| {
        let w = toks[j].lower.as_str();
        w.len() > 4 && w.ends_with("ed") || RESULT_VERBS.contains(&w)
    });
    (opens_counted && done && !(s..comma).any(|j| toks[j].is_break() || money(j)))
        .then(|| text[toks[s].start..toks[comma - 1].end].trim().to_string())
}

/// "has cut handover from 45 mins to 20 …": where the result in tokens `a..b` starts when
/// it opens on the "has" / "have" / "had" of a verb of a result whose subject (the work)
/// was left out before it: at the verb. `a` otherwise.
pub fn after_auxiliary(toks: &[Token], a: usize, b: usize) -> usize {
    let aux = toks
        .get(a)
        .is_some_and(|t| matches!(t.lower.as_str(), "has" | "have" | "had"));
    if aux && a + 2 < b && RESULT_VERBS.contains(&toks[a + 1].lower.as_str()) {
        a + 1
    } else {
        a
    }
}
