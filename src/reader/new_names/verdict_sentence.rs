//! "The old generator failed twice in the storms. So the backup power kit is approved,
//! £28k.": when the verdict is said in a later sentence than the message's first, the new
//! thing is the subject of the verdict's own sentence (after an opening "So", "And", "But"),
//! not the first sentence's subject, which told the reason.

use super::*;

/// Words that join a sentence to the one before without naming anything.
const JOINERS: &[&str] = &[
    "so",
    "and",
    "but",
    "anyway",
    "then",
    "right",
    "hence",
    "therefore",
];

/// Where the subject of the verdict's sentence starts, when the verdict at `vs` is in a
/// sentence after the first and its sentence says something before it.
pub(super) fn subject_of_later_verdict(toks: &[Token], vs: usize) -> Option<usize> {
    let vs = vs.min(toks.len());
    let end = (0..vs)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))?;
    let mut s = end + 1;
    while s < vs && (JOINERS.contains(&toks[s].lower.as_str()) || toks[s].is_sym(",")) {
        s += 1;
    }
    // At least one word of a name before the verdict, and a sentence before with words.
    (s < vs && toks[s].is_word() && (0..end).any(|j| toks[j].is_word())).then_some(s)
}

/// "members voted against surge pay at the AGM, so the bonus scheme's a no from us": when
/// the verdict at `vs` is joined by ", so" to a clause of its own before it (three words or
/// more), the thing decided is the subject after "so", not the reason's first words.
pub(super) fn subject_after_so(toks: &[Token], vs: usize) -> Option<usize> {
    let vs = vs.min(toks.len());
    let so = (vs.saturating_sub(6)..vs)
        .rev()
        .find(|&k| toks[k].is("so") && k > 0 && (toks[k - 1].is(",") || toks[k - 1].is_sym("—")))?;
    let start = (0..so)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(0, |j| j + 1);
    let clause = (start..so - 1).filter(|&j| toks[j].is_word()).count() >= 3;
    let s = so + 1;
    // "…, so we're saying no": the writer's own clause names nothing.
    let ours = matches!(
        toks.get(s).map_or("", |t| t.lower.as_str()),
        "we" | "we're" | "we've" | "we'll" | "i" | "i'm" | "it's" | "it" | "that's" | "no"
    );
    (clause && !ours && s < vs && toks[s].is_word()).then_some(s)
}

/// Words that open a verdict's sentence without naming a thing: who decided it, or a word
/// of assent ("ok approved, Rp1.5M for the sandbox credits").
const NO_SUBJECT: &[&str] = &[
    "we", "we're", "we've", "we'll", "i", "i'm", "i've", "it", "it's", "they", "they're", "he",
    "she", "you", "that", "that's", "this", "so", "and", "but", "ok", "okay", "k", "yes", "yep",
    "yeah", "right", "fine", "sure", "great", "good", "cool", "no", "nope",
];

/// "Pellet mill's a no. $1.6 million for a plant we'd need four more hands to run", "the
/// slurry tanker's a no, £42k for something we'd use twice a year": an amount said after a
/// verdict (a sentence or a comma on) whose own sentence has a thing before it prices the
/// reason; the words after its "for" name nothing. With nothing said before the verdict
/// ("Approved. £6k for a foil blocker") they name the thing.
pub(super) fn priced_after_its_subject(
    toks: &[Token],
    money_start: usize,
    verdict: Option<(usize, usize)>,
) -> bool {
    let Some((vs, ve)) = verdict else {
        return false;
    };
    if ve > money_start
        || !toks[ve..money_start]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n" | ","))
    {
        return false;
    }
    let vs = vs.min(toks.len());
    let s = (0..vs)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ":"))
        .map_or(0, |j| j + 1);
    let words = (s..vs).filter(|&j| toks[j].is_word()).count();
    words > 0 && !NO_SUBJECT.contains(&toks[s].lower.as_str())
}
