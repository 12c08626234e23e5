//! "Madam rejected the request for new office chairs for Admin, 1 450 000 FCFA. She says
//! next year." (round S66): a refusal, and the sentence straight after it saying only a time
//! to come in someone's words, puts the work off to then (convention 60: a no with a time to
//! look again is a deferral).

use super::*;

/// Whether the sentence after the refusal ending at `end` is "<someone> says / said / say
/// <a time to come>" and nothing more: one or two words of who says it, the saying, and
/// "next year" / "next month" / "next quarter", a month ("in March", "March", "after
/// March") or "the new year". The first test is the saying word two or three tokens into
/// that sentence.
pub(in crate::reader) fn said_a_time_after(toks: &[Token], end: usize) -> bool {
    let Some(stop) = (end..toks.len()).find(|&k| ends_sentence(&toks[k])) else {
        return false;
    };
    let saying = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "says" | "said" | "say"))
    };
    let Some(said) = [stop + 2, stop + 3].into_iter().find(|&k| saying(k)) else {
        return false;
    };
    said_a_time_past_its_first_test(toks, stop, said)
}

/// [`said_a_time_after`] once the saying is found at `said`, the sentence opening after
/// `stop`.
fn said_a_time_past_its_first_test(toks: &[Token], stop: usize, said: usize) -> bool {
    // Who says it: words, not a break.
    if !toks[stop + 1..said].iter().all(|t| t.kind == TokKind::Word) {
        return false;
    }
    let time: Vec<&str> = toks[said + 1..]
        .iter()
        .take_while(|t| !ends_sentence(t))
        .map(|t| t.lower.as_str())
        .collect();
    let month = |w: &str| crate::reader::dates::month(w).is_some();
    match time.as_slice() {
        ["next", "year" | "month" | "quarter"] | ["the", "new", "year"] => true,
        [m] | ["in" | "after" | "from", m] => month(m),
        _ => false,
    }
}
