//! Convention 79 (round R57): beside a verdict that work goes on, what is still to come — a
//! part arriving ("stage 2 screens arrive January", "the Nyle unit ships the 14th"), a step
//! starting ("the walls go up next week if the weather holds", "the fencing contractor's
//! booked for January", "the contractor's on site from 19/12"), a go-live day or the first
//! group ("go-live 1st Feb", "first group Monday", "Training for accounts staff in January")
//! — is the plan, not why it goes on; how far it has got ("Kiln 4's foundation is poured",
//! "8 done of 20") is the reason, and stays.

use super::tokens::{TokKind, Token};

/// Verbs of a part or a step still to come, in the present: "arrives", "ships", "starts",
/// "goes up", "'s booked", "expected".
fn comes(w: &str, next: &str) -> bool {
    match w {
        "arrive" | "arrives" | "arriving" | "ship" | "ships" | "shipping" | "start" | "starts"
        | "starting" | "begin" | "begins" | "come" | "comes" | "land" | "lands" | "booked"
        | "expected" | "due" => true,
        "go" | "goes" | "going" => matches!(next, "up" | "in" | "live" | "on"),
        "on" => next == "site",
        _ => false,
    }
}

/// Nouns a step of the plan opens on: "go-live 1st Feb", "first group Monday", "Training for
/// the desk staff in February", "UAT next week".
fn step_noun(w: &str) -> bool {
    matches!(
        w,
        "go" | "golive"
            | "launch"
            | "cutover"
            | "first"
            | "training"
            | "commissioning"
            | "handover"
            | "uat"
            | "install"
            | "installation"
    )
}

/// Does token `k` tell a time ahead or a day: a day's number ("the 14th", "1st Feb",
/// "19/12", "week 51"), a month, a weekday, "next", "tomorrow"? A bare count ("22 trips",
/// "6 phone calls") is none.
fn time_at(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if t.kind == TokKind::Num {
        return matches!(w(k + 1), "th" | "st" | "nd" | "rd" | "/")
            || super::dates::month(w(k + 1)).is_some()
            || k > 0 && (w(k - 1) == "week" || super::dates::month(w(k - 1)).is_some());
    }
    matches!(t.lower.as_str(), "next" | "tomorrow")
        || super::dates::month(&t.lower).is_some()
        || super::dates::weekday(&t.lower).is_some()
}

/// Does a time follow the verb ending at `v` closely: after its particle and small words
/// ("goes up next week", "booked for January", "on site from 19/12", "ships the 14th")?
fn time_after(toks: &[Token], v: usize, e: usize) -> bool {
    let mut k = v + 1;
    while k < e
        && matches!(
            toks[k].lower.as_str(),
            "up" | "in"
                | "live"
                | "site"
                | "on"
                | "for"
                | "from"
                | "by"
                | "the"
                | "this"
                | "after"
                | "before"
                | "till"
                | "until"
                | "around"
                | "early"
                | "late"
                | "mid"
                | "end"
                | "of"
                | "week"
        )
        && !time_at(toks, k)
    {
        k += 1;
    }
    k < e && time_at(toks, k)
}

/// Is `toks[s..e]` only a step still to come: at most ten words and numbers (a trailing
/// "if the weather holds" aside), a time in it, and either a verb of coming within its first
/// five words followed by the time, or a step's noun opening it?
pub fn still_to_come(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    // Its words, less a stop, an emoji or an "if …" closing it.
    let e = (s..e)
        .rev()
        .find(|&j| toks[j].is_word() || toks[j].kind == TokKind::Num)
        .map_or(s, |j| j + 1);
    let e = (s + 1..e).find(|&j| toks[j].lower == "if").unwrap_or(e);
    if e <= s + 1 || e > s + 10 {
        return false;
    }
    let plain = toks[s..e].iter().all(|t| {
        t.is_word() || t.kind == TokKind::Num || matches!(t.lower.as_str(), "-" | "/" | "'")
    });
    if !plain {
        return false;
    }
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    let lead = usize::from(matches!(w(s), "the" | "our"));
    let noun = w(s + lead);
    // "go-live", not "go ahead"; a short clause, "first group Monday".
    let step = step_noun(noun) && (noun != "go" || matches!(w(s + lead + 1), "-" | "live"));
    if step && e <= s + 7 && (s + lead + 1..e).any(|k| time_at(toks, k)) {
        return true;
    }
    (s + 1..(s + 6).min(e)).any(|v| {
        // "the roofer's booked": the subject's "'s" is "is".
        if w(v).ends_with("'s") {
            return comes(w(v + 1), w(v + 2)) && time_after(toks, v + 1, e);
        }
        comes(w(v), w(v + 1)) && time_after(toks, v, e)
    })
}

/// How `toks[a..b]`, a continue's reason, reads under convention 79: `None` if it is only a
/// step still to come; else the part that is not, split at an "and": "the saplings are in
/// and the fencing contractor's booked for January" ends before the "and", "the
/// contractor's on site from 19/12 and Dr Okafor is happy with the phasing" opens after it;
/// `(a, b)` if nothing changes.
pub fn done_part(toks: &[Token], a: usize, b: usize) -> Option<(usize, usize)> {
    let b = b.min(toks.len());
    if still_to_come(toks, a, b) {
        return None;
    }
    let and_at = |k: usize| toks[k].lower == "and";
    if let Some(k) = (a + 2..b).find(|&k| and_at(k) && still_to_come(toks, k + 1, b)) {
        return Some((a, k));
    }
    if let Some(k) = (a + 2..b.saturating_sub(2)).find(|&k| and_at(k) && still_to_come(toks, a, k))
    {
        return Some((k + 1, b));
    }
    Some((a, b))
}
