//! Results counted in a clause: a benefit's count, results after the money, results before
//! "which".

use super::*;

/// A benefit's result told with a verb of its own right after the investment's name, and
/// counted: "keg tracking found 300 missing kegs, worth about £45k", "crane telemetry
/// caught 2 gearbox faults early, saved about $120k". `name_end` is where a name that
/// opens the message ends; the clause after it holds a number that is no amount or date,
/// no amount (`money`), and an amount follows it. A date at its end is when the result was
/// counted, the benefit's date, not its evidence.
pub fn counted_result(
    text: &str,
    toks: &[Token],
    name_end: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    // "got 3,400 more members in", "gave us 11% more loads": a light verb before the
    // count says nothing of the result.
    // "got the kiwifruit tray count within 3%": before no count the verb says what was
    // done, and stays (round R60).
    let mut s = name_end;
    let object = s
        + 1
        + usize::from(
            toks.get(s + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "us" | "them")),
        );
    let light = toks
        .get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "got" | "gets" | "gave" | "gives"))
        && toks.get(object).is_some_and(|t| t.kind == TokKind::Num);
    if light {
        s = object;
    }
    // "Call centre chatbot for reservations deflected 4,100 calls": what the work is for,
    // between its name and its verb, is no part of the result.
    if toks[s..].first().is_some_and(|t| t.is("for")) {
        let past = |t: &Token| {
            let w = t.lower.as_str();
            w.len() > 4 && w.ends_with("ed") || matches!(w, "cut" | "caught" | "found" | "won")
        };
        if let Some(v) = (s + 2..(s + 5).min(toks.len())).find(|&j| past(&toks[j])) {
            if (s + 1..v).all(|j| toks[j].is_word()) {
                s = v;
            }
        }
    }
    // "is saving the office about 6 hrs a week": the auxiliary before the result's verb.
    let auxiliary = toks
        .get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "is" | "are" | "has" | "have"))
        && toks.get(s + 1).is_some_and(|t| {
            t.is_word()
                && t.lower.len() > 4
                && (t.lower.ends_with("ing") || t.lower.ends_with("ed"))
        });
    if auxiliary {
        s += 1;
    }
    let first = toks.get(s)?;
    if !(first.is_word() || light && first.kind == TokKind::Num)
        || matches!(
            first.lower.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "in"
                | "on"
                | "at"
                | "for"
                | "to"
                | "and"
                | "with"
                | "from"
                | "of"
                | "by"
        )
    {
        return None;
    }
    let e = clause_end(toks, s, toks.len());
    // "caught 3 faults in Q3 - Finance says we avoided ~£300k": a dash set apart ends it.
    let e = (s..e)
        .find(|&j| toks[j].is_sym("-") && !toks[j].attached)
        .unwrap_or(e);
    // "cut leak hunting by 9 hours a week and saved £14k": "and" before the money's verb.
    let e = (s + 2..e)
        .find(|&j| {
            toks[j].is("and")
                && (money(j + 1)
                    || toks
                        .get(j + 1)
                        .is_some_and(|t| MONEY_VERBS.contains(&t.lower.as_str()))
                        && (j + 2..(j + 5).min(toks.len())).any(money))
        })
        .unwrap_or(e);
    if (s..e).any(money) || !(e..toks.len()).any(money) {
        return None;
    }
    // "helped win the Oakville library job, $120k in fees": a result won needs no count.
    let won = WON.contains(&first.lower.as_str()) && e >= s + 3;
    // "cut card declines by half", "using a fifth less diesel": a share said in words
    // counts too.
    let counted = |j: usize| {
        toks[j].kind == TokKind::Num && !skip(j)
            || matches!(
                toks[j].lower.as_str(),
                "half" | "halved" | "doubled" | "tripled"
            )
            || j > s
                && matches!(toks[j - 1].lower.as_str(), "a" | "one")
                && matches!(
                    toks[j].lower.as_str(),
                    "third" | "quarter" | "fifth" | "tenth"
                )
    };
    if !won && !(s..e).any(counted) {
        return None;
    }
    let mut e = more_results(toks, e, skip, money);
    // "saved farm advisors ~200 hours in Q3": the date that ends it, with its preposition.
    while e > s + 1 && skip(e - 1) {
        e -= 1;
    }
    if e < toks.len()
        && skip(e)
        && matches!(toks[e - 1].lower.as_str(), "in" | "on" | "last" | "this")
    {
        e -= 1;
    }
    if e < s + 2 {
        return None;
    }
    let r = text[toks[s].start..toks[e - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// Verbs of a result that is a win in itself, told without a count.
pub(super) const WON: &[&str] = &["helped", "won", "landed", "secured"];

/// Verbs that tell a benefit's money after its result ("… and saved £14k").
pub(super) const MONEY_VERBS: &[&str] = &[
    "saved",
    "saves",
    "brought",
    "made",
    "earned",
    "generated",
    "avoided",
    "added",
];

/// A benefit's result told after its money, set apart by ", and" or a dash: "saved us
/// approx. NOK 650 000 in helicopter hours, and we found 37 damaged insulators", "saved
/// 2.1M in November — it handled 4,100 chats, so 18 agents moved". The clause opens on its
/// subject, counts something, holds no amount and runs to the sentence's end.
pub fn result_after_money(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let m = (0..toks.len()).find(|&j| money(j))?;
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let sep = (m + 1..toks.len())
        .take_while(|&j| !is_end(&toks[j]))
        .find(|&j| {
            toks[j].is(",") && toks.get(j + 1).is_some_and(|t| t.is("and"))
                || matches!(toks[j].lower.as_str(), "—" | "–") && !money(j + 1)
                || toks[j].is_sym("-") && !toks[j].attached
        })?;
    let c = sep + 1 + usize::from(toks[sep].is(","));
    let e = c + toks[c..].iter().position(is_end).unwrap_or(toks.len() - c);
    let subject = toks.get(c).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "it" | "they" | "the" | "our" | "that" | "this"
        )
    });
    let counted = (c..e).any(|j| toks[j].kind == TokKind::Num && !skip(j));
    (subject && counted && e >= c + 3 && !(c..e).any(money))
        .then(|| text[toks[c].start..toks[e - 1].end].trim().to_string())
}

/// "… paid for itself this summer: we caught a filter failure two days early, which saved
/// roughly £15k in lost stock": a benefit's result told as a clause with its own subject,
/// then ", which" and the verb that brings the money. The clause runs back to the break
/// before it and holds no amount.
pub fn result_before_which(
    text: &str,
    toks: &[Token],
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let m = (0..toks.len()).find(|&j| money(j))?;
    let w = (1..m.min(toks.len()))
        .rev()
        .take(4)
        .find(|&j| toks[j].is("which") && toks[j - 1].is(","))?;
    if !(w + 1..m).any(|j| MONEY_VERBS.contains(&toks[j].lower.as_str())) {
        return None;
    }
    let comma = w - 1;
    let s = toks[..comma]
        .iter()
        .rposition(|t| t.is_break() || t.is(":"))
        .map_or(0, |p| p + 1);
    let subject = toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "it" | "they" | "the" | "our" | "that" | "this"
        )
    });
    (subject && comma >= s + 3 && !(s..comma).any(money))
        .then(|| text[toks[s].start..toks[comma - 1].end].trim().to_string())
}

/// "Membership app: 420 renewals in Oct, lapses down by a third, roughly £9k kept": a
/// benefit's results told as a list before its money (`money_after`; a continue's results
/// need none) are its evidence together, so a
/// reason read from the second (tokens `a..b`) starts at the first. `opens` is where the
/// first may start: after "Name:", after the name that opens the message, or at 0.
pub fn results_before(
    text: &str,
    toks: &[Token],
    (a, b): (usize, usize),
    opens: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    money_after: bool,
) -> Option<String> {
    if a < 2 || b > toks.len() || !toks[a - 1].is(",") || opens + 1 >= a {
        return None;
    }
    let comma = a - 1;
    let first = (opens..comma).rev().find(|&j| toks[j].is_break());
    let counted = (opens..comma).any(|j| toks[j].kind == TokKind::Num && !skip(j));
    // "Fewer scorched batches, 40 more barrels …": a result compared with before.
    let compared = matches!(
        toks[opens].lower.as_str(),
        "fewer" | "less" | "faster" | "quicker" | "shorter" | "lower"
    ) && comma > opens + 1;
    if first.is_some()
        || !(counted || compared)
        || comma - opens > 12
        || (opens..comma).any(money)
        || money_after && !(b..toks.len()).any(money)
    {
        return None;
    }
    Some(text[toks[opens].start..toks[b - 1].end].trim().to_string())
}

/// Where a benefit's counted result ending at `e` runs on to: over each next clause after
/// a comma, or ", and" ("…, and we're wasting 6% less feed — £40k"), that counts a change
/// too ("done on 6 wards, electricity down 18% on those blocks = ~£14k saved") and holds
/// no amount, while the money is still to come ("=" or "≈" before it ends the clause).
pub(in crate::reader) fn more_results(
    toks: &[Token],
    mut e: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> usize {
    while toks.get(e).is_some_and(|t| t.is(",")) {
        let s = e + 1 + usize::from(toks.get(e + 1).is_some_and(|t| t.is("and")));
        let next = clause_end(toks, s, toks.len());
        let counts = (s..next).any(|j| toks[j].kind == TokKind::Num && !skip(j))
            && (s..next).any(|j| CHANGE_WORDS.contains(&toks[j].lower.as_str()));
        let cut = (s..next)
            .find(|&j| toks[j].is_sym("=") || toks[j].is_sym("≈"))
            .unwrap_or(next);
        if next < s + 2 || !counts || (s..cut).any(money) || !(cut..toks.len()).any(money) {
            break;
        }
        e = cut;
        if cut < next {
            break;
        }
    }
    e
}
