//! "…, 88k, goes in over the xmas shutdown", "…, £86,500 to Calderys, booked in for the
//! Christmas shutdown", "— US$86,000 for the Probat, landed at Kingston", "the repeater on
//! Te Henga goes first" (round R42): after a verdict, a clause telling when, where or in
//! what order the work arrives is its plan, not why it was decided. No label takes one; a
//! reason told after it ("Tay before time neither, the linin' was down …") is read instead.

use super::tokens::Token;

/// Words that put the work in place: "goes in", "booked in", "landed at", "delivered to".
fn arrives(w: &str, next: &str) -> bool {
    match w {
        // "going for the free app instead" is a choice, not an arrival.
        "goes" | "go" | "going" => matches!(
            next,
            "in" | "into" | "over" | "during" | "after" | "before" | "next"
        ),
        "booked" | "fitted" | "installed" => matches!(
            next,
            "in" | "into" | "over" | "for" | "during" | "after" | "before" | "next" | "on"
        ),
        "landed" | "delivered" | "arrives" | "arriving" | "shipped" => matches!(
            next,
            "at" | "in" | "to" | "into" | "on" | "by" | "before" | "next" | "this"
        ),
        _ => false,
    }
}

/// "the UPS comes in week 51", "the new charger arrives on the 14th" (round S53): a part of
/// the work named, then when it comes, with the time's numbers.
fn part_comes_when(toks: &[Token], s: usize, e: usize) -> bool {
    use super::tokens::TokKind;
    if e <= s + 3 || e > s + 9 || !matches!(toks[s].lower.as_str(), "the" | "our") {
        return false;
    }
    let comes = |k: usize| {
        matches!(
            toks[k].lower.as_str(),
            "comes" | "arrives" | "lands" | "ships"
        ) && toks.get(k + 1).is_some_and(|n| {
            matches!(n.lower.as_str(), "in" | "on" | "next" | "this" | "by")
                || n.kind == TokKind::Num
        })
    };
    let Some(v) = (s + 2..(s + 5).min(e)).find(|&k| comes(k)) else {
        return false;
    };
    let when = |t: &Token| {
        t.kind == TokKind::Num
            || matches!(
                t.lower.as_str(),
                "week" | "month" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
            )
            || super::dates::month(&t.lower).is_some()
    };
    toks[s + 1..v].iter().all(|t| t.is_word())
        && toks[v + 1..e]
            .iter()
            .all(|t| t.is_word() || t.kind == TokKind::Num)
        && toks[v + 1..e].iter().any(when)
}

/// Is the clause `toks[s..e]` only when, where or in what order the work arrives: opening
/// with a verb of arrival and its preposition ("goes in over the shutdown", "it's booked in
/// for March"), or a part named and "goes first" ("the Driffield shop goes first")?
pub fn arrival_told(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    // Its words, less an emoji or a stop closing it.
    let e = (s..e)
        .rev()
        .find(|&j| toks[j].is_word())
        .map_or(s, |j| j + 1);
    if part_comes_when(toks, s, e) || step_falls_when(toks, s, e) {
        return true;
    }
    if e <= s + 1 || e > s + 9 || !toks[s..e].iter().all(|t| t.is_word()) {
        return false;
    }
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    let lead = usize::from(matches!(w(s), "it" | "it's" | "they" | "they're" | "which"));
    let lead = lead + usize::from(lead == 1 && matches!(w(s + 1), "is" | "are" | "was" | "gets"));
    if arrives(w(s + lead), w(s + lead + 1)) {
        return true;
    }
    // "the Driffield shop goes first": a part named, then its turn.
    e >= s + 3
        && matches!(w(e - 1), "first" | "next")
        && matches!(w(e - 2), "goes" | "go" | "comes")
        && matches!(w(s), "the" | "our")
}

/// The work's next steps whose day a plan tells.
fn next_step(w: &str) -> bool {
    matches!(
        w,
        "kickoff" | "kick-off" | "training" | "cutover" | "cut-over" | "go-live" | "golive"
    )
}

/// "Kickoff with EFI is 2027-01-07", "Pritesh says training for front office is on 5th Jan
/// at Fontainhas …", "The cutover is set for Jan 11" (round S68): the work's next step, a
/// few words on whom or what it is with, then "is" (on, set for, planned for) and its day:
/// when the step falls, the plan. First tested on the step's word (after an opening "the"
/// or "<name> says").
pub fn step_falls_when(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut a = s;
    if matches!(w(a + 1), "says" | "said") {
        a += 2;
    }
    if w(a) == "the" {
        a += 1;
    }
    if a >= e || !next_step(w(a)) {
        return false;
    }
    step_falls_when_past_its_word(toks, a, e)
}

fn step_falls_when_past_its_word(toks: &[Token], a: usize, e: usize) -> bool {
    use super::tokens::TokKind;
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(is) = (a + 1..e.min(a + 7)).find(|&k| w(k) == "is") else {
        return false;
    };
    if !toks[a + 1..is].iter().all(|t| t.is_word()) {
        return false;
    }
    let mut k = is + 1;
    if matches!(w(k), "set" | "planned" | "booked" | "scheduled") && w(k + 1) == "for" {
        k += 2;
    } else if w(k) == "on" || w(k) == "for" {
        k += 1;
    }
    k < e
        && (toks[k].kind == TokKind::Num
            || super::dates::month(&toks[k].lower).is_some()
            || matches!(
                w(k),
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "the"
            ) && (w(k) != "the" || toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num)))
}
