//! A motion's vote in a body's minutes (round S67): "Motion to replace the ice machine
//! ($64,500 from Portland Ice Systems) passed 6-1", "the motion to buy the loader carried
//! unanimously", "Motion to purchase the dryer failed 3-4". The motion's thing is approved
//! when the motion passed or carried, and refused when it failed or was defeated; a motion to
//! table, defer or postpone the thing puts it off. "passed the inspection", "carried the
//! load": the word with an object of its own is no vote.

use super::tokens::{TokKind, Token};
use crate::domain::Verdict;

/// At `i` ("passed", "carried", "failed", "defeated"), a motion's vote: its verdict and
/// where the shape ends (after the word).
pub(in crate::reader) fn motion_voted_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    let passed = match toks[i].lower.as_str() {
        "passed" | "carried" => true,
        "failed" | "defeated" => false,
        _ => return None,
    };
    motion_voted_past_its_first_test(toks, i, passed)
}

/// The words a vote's tally may open on after its verb: "unanimously", "by 5 votes to 2",
/// "with one against", "nem con".
const TALLY_WORDS: &[&str] = &["unanimously", "unanimous", "by", "with", "nem", "without"];

fn motion_voted_past_its_first_test(
    toks: &[Token],
    i: usize,
    passed: bool,
) -> Option<(Verdict, usize)> {
    // No object of its own after the word: the sentence ends, a tally ("6-1") or a word of
    // one follows.
    let no_object = toks
        .get(i + 1)
        .is_none_or(|t| t.kind != TokKind::Word || TALLY_WORDS.contains(&t.lower.as_str()));
    if !no_object {
        return None;
    }
    // "motion" earlier in the sentence (brackets and commas may come between), its verb
    // after "to".
    let sentence_start = (0..i)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
        .map_or(0, |k| k + 1);
    let motion = (sentence_start..i).find(|&k| matches!(toks[k].lower.as_str(), "motion"))?;
    let verb = toks
        .get(motion + 1)
        .filter(|t| t.is("to"))
        .and_then(|_| toks.get(motion + 2))
        .map_or("", |t| t.lower.as_str());
    let puts_off = matches!(verb, "table" | "defer" | "postpone" | "delay");
    let verdict = match (puts_off, passed) {
        (true, true) => Verdict::Defer,
        (true, false) => return None,
        (false, true) => Verdict::Approve,
        (false, false) => Verdict::Reject,
    };
    Some((verdict, i + 1))
}
