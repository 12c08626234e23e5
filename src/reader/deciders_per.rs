//! "Per Ray, the route optimization thing is back on …", "Heated truck barn extension is a
//! no. Per Marguerite, $410k isn't happening …", "Diesel generator overhaul: deferred to
//! March as per Madam Nadia, …" (round V65): a verdict told as someone's word, "per" them
//! opening its sentence or the one after it, or "as per" them after the verdict in its
//! sentence, is theirs. "… got another season in them per Travis" (no "as", not opening a
//! sentence) and "as per the plan" (no one) give no one.

use super::decider_looks::AtVerdict;
use super::deciders::span_decider;

/// Whether token `k` ends a sentence.
fn ends_a_sentence(look: &AtVerdict, k: usize) -> bool {
    matches!(look.word(k), "." | "!" | "?" | "\n")
}

/// The one whose word the verdict at `look.verb` is told as, by "per".
pub(super) fn per_someone(look: &AtVerdict) -> Option<String> {
    // Asked last, at the verdicts the looks before leave: a "per" in the message first.
    if !look.toks.iter().any(|t| t.is("per")) {
        return None;
    }
    per_someone_past_its_first_test(look)
}

/// [`per_someone`] once its first test is passed.
fn per_someone_past_its_first_test(look: &AtVerdict) -> Option<String> {
    let verb = look.verb;
    let n = look.toks.len();
    let opens = (0..verb)
        .rev()
        .find(|&k| ends_a_sentence(look, k))
        .map_or(0, |k| k + 1);
    let closes = (verb..n).find(|&k| ends_a_sentence(look, k)).unwrap_or(n);
    // "Per Ray, the … is back on": opening the verdict's sentence.
    if look.word(opens) == "per" {
        if let Some(who) = named_after_per(look, opens) {
            return Some(who);
        }
    }
    // "… is a no. Per Marguerite, $410k isn't happening": opening the next sentence.
    if closes < n && matches!(look.word(closes), "." | "!") && look.word(closes + 1) == "per" {
        if let Some(who) = named_after_per(look, closes + 1) {
            return Some(who);
        }
    }
    // "deferred to March as per Madam Nadia, …": after the verdict, in its sentence.
    if let Some(per) =
        (verb + 1..closes).find(|&k| look.word(k) == "per" && look.word(k - 1) == "as")
    {
        return named_after_per(look, per);
    }
    // "We're NOT doing the second box truck. One is plenty for the Boston run per the board."
    // (round V68): a body that decides, "per" it closing the verdict's sentence or the next.
    let next = if closes < n {
        (closes + 1..n)
            .find(|&k| ends_a_sentence(look, k))
            .unwrap_or(n)
    } else {
        n
    };
    (verb + 1..next)
        .filter(|&k| look.word(k) == "per")
        .find_map(|k| body_closing_after_per(look, k))
}

/// "per the board." / "per the committee" closing its sentence: the body after the "per" at
/// `per`, as written.
fn body_closing_after_per(look: &AtVerdict, per: usize) -> Option<String> {
    let start = per + 1;
    let body = start + usize::from(matches!(look.word(start), "the" | "our"));
    let closes = body + 1 >= look.toks.len() || ends_a_sentence(look, body + 1);
    (closes && super::deciders::is_body(look.word(body)))
        .then(|| look.text[look.toks[start].start..look.toks[body].end].to_string())
}

/// The one named after the "per" at `per`: up to four words, closed by a clause's break.
fn named_after_per(look: &AtVerdict, per: usize) -> Option<String> {
    let start = per + 1;
    let end = (start..(start + 5).min(look.toks.len()))
        .find(|&k| look.toks[k].is_break())
        .unwrap_or(look.toks.len());
    if end == start || end > start + 4 {
        return None;
    }
    // "per Tuesday's committee", "per November's minutes": a time, no one.
    let timed = look.toks[start..end].iter().any(|t| {
        let w = t.lower.trim_end_matches("'s");
        super::dates::weekday(w).is_some() || super::dates::month(w).is_some()
    });
    if timed {
        return None;
    }
    span_decider(look.text, look.toks, start, end, look.is_unit)
}
