//! "since the EU buyer rejected two containers this year", "because the insurer turned down
//! three claims": things counted, turned back by someone in a reason clause, are what
//! happened to goods or claims, never a verdict on the work.

use super::*;

/// Counts said in words.
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "both",
];

/// Words opening a reason clause.
const REASON_OPENERS: &[&str] = &["since", "because", "as", "after", "cos", "cause"];

/// A refusal word in a reason clause with a count of things after it: `Some(None)`.
pub(super) fn goods_turned_back(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    if raw != Verdict::Reject {
        return None;
    }
    // "we lost almost 6 tonnes of kernel to rejects in August": the goods turned back, a
    // noun after a preposition or an article (round S48).
    if word == "rejects" && matches!(prev, "to" | "of" | "for" | "as" | "in" | "the" | "our") {
        return Some(None);
    }
    if !matches!(word, "rejected" | "returned" | "refused") {
        return None;
    }
    if had_goods_turned_back(toks, start) {
        return Some(None);
    }
    // "the buyer in Shenzhen rejected a container in October" (round S48): one thing.
    let one_thing = matches!(next, "a" | "an" | "one")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is_word() && !matches!(t.lower.as_str(), "few" | "lot"));
    let counted = COUNT_WORDS.contains(&next)
        || toks.get(end).is_some_and(|t| t.kind == TokKind::Num)
        || next == "a" && toks.get(end + 1).is_some_and(|t| t.is("couple"))
        || one_thing;
    let in_reason = (start.saturating_sub(10)..start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| REASON_OPENERS.contains(&toks[k].lower.as_str()));
    // "approved at KSh 38M — during the October heatwave … the Dutch buyers rejected 140
    // boxes for botrytis": a clause after a dash, told after the verdict, is its reason too
    // (round S43).
    let after_dash = (start.saturating_sub(20)..start)
        .rev()
        .find(|&k| toks[k].is_break())
        .is_some_and(|k| toks[k].is("—") || toks[k].is("–"));
    // "She is ok with US$9,600 for twelve of them, the buyer … rejected a container …": a
    // clause after a comma in the sentence of an approval said before it (round S48).
    let after_approval = (start.saturating_sub(30)..start)
        .rev()
        .find(|&k| toks[k].is_break())
        .is_some_and(|k| toks[k].is(",") && approval_before(toks, k));
    // "Mr Hoareau approved the blast freezer, SR 1,450,000. The old chest freezers cannot
    // hold -30 and the Hong Kong buyer rejected two boxes last month.": the sentence straight
    // after an approval's is its reason too (round S59).
    let after_approval_sentence = || {
        let Some(stop) = (start.saturating_sub(30)..start)
            .rev()
            .find(|&k| toks[k].is(".") || toks[k].is("!"))
        else {
            return false;
        };
        (stop..start)
            .all(|k| !toks[k].is_break() || k == stop || toks[k].is(",") || toks[k].is("-"))
            && approval_before(toks, stop)
    };
    (counted && (in_reason || after_dash || after_approval || after_approval_sentence()))
        .then_some(None)
}

/// "we had four bags of kelp rejected last month": a count of goods before the refusal's
/// word, after "had" or "got" in its clause, is goods turned back, said in the passive.
fn had_goods_turned_back(toks: &[Token], start: usize) -> bool {
    let clause: Vec<usize> = (start.saturating_sub(8)..start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .collect();
    let had = clause
        .iter()
        .position(|&k| matches!(toks[k].lower.as_str(), "had" | "got" | "have" | "'ve"));
    had.is_some_and(|h| {
        clause[..h]
            .iter()
            .any(|&k| toks[k].kind == TokKind::Num || COUNT_WORDS.contains(&toks[k].lower.as_str()))
    })
}

/// Whether the sentence before the comma at `comma` says an approval: "approved", "ok
/// with", "fine with", "signed off".
fn approval_before(toks: &[Token], comma: usize) -> bool {
    (0..comma)
        .rev()
        .take_while(|&k| !toks[k].is_break() || toks[k].is(","))
        .any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "approved" | "approve" | "okayed" | "ok'd" | "okd"
            ) || crate::reader::fine_with::assent_with_at(toks, k).is_some()
        })
}
