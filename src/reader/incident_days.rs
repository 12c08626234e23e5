//! Days of what led to a decision or an ask, not when it was decided or asked: "We walked
//! the sites with the contractor on Monday. … So we're going ahead with …" (a visit told
//! in a sentence of its own before the verdict) and "After the accident at the depot last
//! month the insurer is asking too" (the incident a proposal follows), and "Dryer
//! approved, £18k. The old one caught fire in September." (the incident told after the
//! verdict, in a sentence of its own). A meeting told before the verdict ("The board met
//! on Monday. They approved …") or after it ("… The board signed it off on Tuesday.") still
//! dates it.

use super::dates::DateMention;
use super::tokens::Token;

/// Words that say a sentence tells of the meeting or the decision itself ("went down the
/// list", "sat down with Earl": going over the asks is the meeting).
fn tells_a_meeting(w: &str) -> bool {
    matches!(
        w,
        "met"
            | "list"
            | "sat"
            | "sit-down"
            | "panel"
            | "huddle"
            | "meet"
            | "meets"
            | "meeting"
            | "mtg"
            | "board"
            | "committee"
            | "call"
            | "minutes"
            | "session"
            | "agreed"
            | "decided"
            | "signed"
            | "trustees"
            | "governors"
            | "exec"
    )
}

/// The prose sentence holding token `at`: from after the last ".", "!" or "?" (or the
/// message's start) to its own end mark, `None` when a line break or a list item bounds
/// it (headings and minutes date what they announce).
fn prose_sentence(toks: &[Token], at: usize) -> Option<(usize, usize)> {
    let end_mark = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?");
    let a = toks[..at]
        .iter()
        .rposition(|t| end_mark(t) || t.is("\n"))
        .map_or(0, |p| p + 1);
    let b = a + toks[a..].iter().position(|t| end_mark(t) || t.is("\n"))?;
    (a > 0 && toks[a - 1].is("\n") || toks[b].is("\n"))
        .then_some(())
        .map_or(Some((a, b)), |_| None)
}

/// "We walked the old sites with the engineer on Monday.": the date `d` is in a prose
/// sentence of at least six words before the verdict at `verdict_at`, and nothing from it
/// to the verdict tells of a meeting ("Update for everyone who missed Thursday. The board
/// went through …" is the board's day).
pub fn told_before_the_verdict(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    let Some((a, b)) = prose_sentence(toks, d.start) else {
        return false;
    };
    b < verdict_at
        && toks[a..b].iter().filter(|t| t.is_word()).count() >= 6
        && !(a..verdict_at)
            .any(|k| tells_a_meeting(&toks[k].lower) || super::catch_up::catch_up_at(toks, k))
}

/// Words of a decision taken, which date it wherever they are said ("approved on Monday").
fn tells_a_decision(w: &str) -> bool {
    w.starts_with("approv")
        || matches!(
            w,
            "ok'd" | "okd" | "okayed" | "voted" | "passed" | "confirmed" | "decision" | "yes"
        )
}

/// Irregular past forms that tell what happened to a thing ("died", "broke", "lost").
fn happened(w: &str) -> bool {
    matches!(
        w,
        "died"
            | "broke"
            | "lost"
            | "fell"
            | "blew"
            | "froze"
            | "burnt"
            | "caught"
            | "wore"
            | "tore"
            | "stole"
            | "hit"
            | "cost"
            | "left"
            | "quit"
            | "sank"
            | "shook"
    )
}

/// "Kiln dryer approved, £18k. The old one caught fire twice in September.": the date `d`
/// is in a sentence or line of its own after the verdict's at `verdict_at`, of at least four
/// words, which tells something that happened (a verb told in the past, or "last month",
/// "yesterday" anywhere in it) and nothing of a meeting or the decision itself: the incident behind the
/// decision, not when it was taken.
pub fn told_after_the_verdict(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    let end_mark = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let Some(verdict_end) = toks[verdict_at..d.start.max(verdict_at)]
        .iter()
        .position(end_mark)
        .map(|p| p + verdict_at)
    else {
        return false;
    };
    let a = toks[..d.start]
        .iter()
        .rposition(end_mark)
        .map_or(0, |p| p + 1)
        .max(verdict_end + 1);
    let b = toks[d.end..]
        .iter()
        .position(end_mark)
        .map_or(toks.len(), |p| p + d.end);
    let sentence = &toks[a..b];
    let past_time = sentence
        .iter()
        .any(|t| matches!(t.lower.as_str(), "last" | "ago" | "yesterday" | "yday"));
    sentence.iter().filter(|t| t.is_word()).count() >= 4
        && (past_time
            || sentence
                .iter()
                .any(|t| super::date_contexts::past_told(t) || happened(&t.lower)))
        && !sentence
            .iter()
            .any(|t| tells_a_meeting(&t.lower) || tells_a_decision(&t.lower))
}

/// Told before the verdict at `verdict_at` in a sentence of its own, or (for a decision)
/// after it: the day of what led to the record, not when it was decided.
pub fn told_beside(
    toks: &[Token],
    d: &DateMention,
    verdict_at: usize,
    intent: super::Intent,
) -> bool {
    told_before_the_verdict(toks, d, verdict_at)
        || intent == super::Intent::Decision && told_after_the_verdict(toks, d, verdict_at)
        || intent == super::Intent::Decision && reported_in_a_log_line(toks, d, verdict_at)
}

/// "[6:42 AM] Travis Pickett: sheller 2 sizing screens tore again last night, …\n[6:50 AM]
/// Hollis Tanner: just replace the whole set …" (round R48): the date `d` is in a line of its
/// own (a chat log's, its speaker's prefix already taken off) before the deciding line, of at
/// least four words, which tells something that happened and nothing of a meeting or a
/// decision: the incident behind the decision, as after the verdict.
fn reported_in_a_log_line(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    let line_start = |at: usize| {
        toks[..at]
            .iter()
            .rposition(|t| t.is("\n"))
            .map_or(0, |p| p + 1)
    };
    let (a, v) = (line_start(d.start), line_start(verdict_at));
    let Some(b) = toks[d.end..]
        .iter()
        .position(|t| t.is("\n"))
        .map(|p| p + d.end)
    else {
        return false;
    };
    let line = &toks[a..b];
    b < v
        && line.iter().filter(|t| t.is_word()).count() >= 4
        && line
            .iter()
            .any(|t| super::date_contexts::past_told(t) || happened(&t.lower))
        && !line
            .iter()
            .any(|t| tells_a_meeting(&t.lower) || tells_a_decision(&t.lower))
}

/// "After the accident at the depot last month …": the date `d` ends a phrase opening on
/// "after the" at its sentence's or clause's start, with no meeting in it.
pub fn after_an_incident(toks: &[Token], d: &DateMention) -> bool {
    let s = toks[..d.start]
        .iter()
        .rposition(|t| t.is_break())
        .map_or(0, |p| p + 1);
    d.start > s + 2
        && d.start - s <= 9
        && toks[s].is("after")
        && toks[s + 1].is("the")
        && !toks[s..d.start].iter().any(|t| tells_a_meeting(&t.lower))
}
