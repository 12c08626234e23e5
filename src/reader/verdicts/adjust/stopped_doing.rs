//! "we stopped sending units to the Imus shop, around ₱180k saved this year", "we've
//! dropped a whole casual shift, about $48k a year in wages" (round S47): what a thing's
//! result let us stop doing, told with the money it saves, is the result, not a stop of the
//! work. Stopping something named ("we've dropped the courier contract") or stopping its
//! use ("stopped using the kiosk") is still a stop.

use super::Around;
use crate::money::Currency;
use crate::reader::money_words::find_money;

/// Gerunds after "stopped" that stop the thing itself.
const OF_THE_THING: &[&str] = &["using", "funding", "running", "paying", "work", "working"];

/// Is the stop at `at` ("stopped <doing>" or "dropped a <thing>", said by us) something a
/// result let us stop doing, with money later in its sentence?
pub(super) fn stopped_doing_as_a_result(at: &Around) -> bool {
    let (toks, start, end, word, prev, next) = at.parts();
    let ours = matches!(prev, "we" | "we've" | "we'd")
        || matches!(prev, "have" | "'ve")
            && start >= 2
            && matches!(toks[start - 2].lower.as_str(), "we" | "we've");
    if !ours {
        return false;
    }
    let doing = word == "stopped"
        && next.len() > 4
        && next.ends_with("ing")
        && !OF_THE_THING.contains(&next);
    let one_of_them = word == "dropped" && matches!(next, "a" | "an" | "one" | "two" | "three");
    if !(doing || one_of_them) {
        return false;
    }
    let sentence_end = (end..toks.len())
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    !find_money(&toks[end..sentence_end], Currency::GBP).is_empty()
}

/// "the sorters can stop working off the floor", "the bakers can finally stop propping the
/// doors shut" (round S49): what a thing lets someone stop doing ("can", "could", "will"
/// or "'ll" before "stop", perhaps with "finally", "now" or "just" between, and a gerund
/// after) is a result told, no stop of the work. "We can stop the rollout" and "we can stop
/// paying for it" still stop.
pub(super) fn can_stop_doing(at: &Around) -> bool {
    let (toks, start, _end, word, prev, next) = at.parts();
    if word != "stop" || next.len() <= 4 || !next.ends_with("ing") {
        return false;
    }
    let modal = |w: &str| matches!(w, "can" | "could" | "will") || w.ends_with("'ll");
    let modal_at = if modal(prev) {
        start - 1
    } else if matches!(prev, "finally" | "now" | "just")
        && start >= 2
        && modal(toks[start - 2].lower.as_str())
    {
        start - 2
    } else {
        return false;
    };
    let subject = if modal_at > 0 {
        toks[modal_at - 1].lower.as_str()
    } else {
        ""
    };
    !(OF_THE_THING.contains(&next) && matches!(subject, "we" | "" | "you"))
}

/// "Since the water tank was installed we did not stop varnishing once during the water
/// cuts" (round S57): work that never had to stop is what the thing made possible, a result
/// told, neither a stop nor a continue of the work. "We did not stop the rollout" and "did
/// not stop using it" still say what became of the thing.
pub(super) fn never_stopped_doing(at: &Around) -> bool {
    let (toks, start, _end, word, prev, next) = at.parts();
    if word != "stop" || next.len() <= 4 || !next.ends_with("ing") || OF_THE_THING.contains(&next) {
        return false;
    }
    let did = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "did" | "have" | "had" | "could"))
    };
    match prev {
        "didn't" | "didnt" | "never" | "haven't" | "hadn't" | "couldn't" => true,
        "not" => start >= 2 && did(start - 2),
        _ => false,
    }
}
