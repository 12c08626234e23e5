//! Context that makes a verdict word no verdict, or a decided one: a clause of reason
//! ("because the vendor …"), work restarted, a verdict said as decided, and a schedule
//! that slips or a meeting moved (news, not a decision).

use super::*;

/// Is the word at `start` inside a clause of reason ("given the old ones …", "so that
/// renewals …", "because the vendor …") opened earlier in its clause, with a subject of its
/// own before it?
pub(in crate::reader::verdicts) fn in_reason_clause(toks: &[Token], start: usize) -> bool {
    let subject = start > 0
        && toks[start - 1].is_word()
        && !matches!(
            toks[start - 1].lower.as_str(),
            "to" | "we" | "i" | "we'll" | "will" | "and" | "or" | "then"
        );
    subject
        && (start.saturating_sub(10)..start)
            .rev()
            .take_while(|&j| !toks[j].is_break())
            .any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "given" | "because" | "cos" | "unless" | "otherwise"
                ) || toks[j].is("that") && j > 0 && toks[j - 1].is("so")
                    // "so nurses stop writing obs on paper": what people stop doing.
                    || toks[j].is("so")
                        && toks
                            .get(start + 1)
                            .is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ing"))
            })
}

/// "they're back on", "we un-paused it", "reversed the pause": work restarted, which only a
/// decision does (however much money is said with it).
pub(in crate::reader::verdicts) fn restarted(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let back_on = word(start + 1) == "back" && word(start + 2) == "on";
    back_on
        || matches!(
            word(start),
            "un-paused" | "unpaused" | "un-pause" | "unpause" | "reversed" | "lifted"
        )
        || word(start) == "un" && word(start + 2).starts_with("pause")
}

/// "agreed to defer", "has decided to stop": the verdict is said as decided.
pub(in crate::reader::verdicts) fn affirmed(toks: &[Token], start: usize) -> bool {
    crate::reader::tokens::back_in_clause(&toks[start.saturating_sub(3)..start])
        .any(|t| matches!(t.lower.as_str(), "agreed" | "decided" | "voted"))
}

/// "the launch is delayed to March", "go-live delayed again": a schedule that slips is news
/// about the work, not a verdict. Delaying something on purpose ("we delayed the app to
/// March", "decided to delay it", "Delay the kiosks till Q2") still defers it.
pub(in crate::reader::verdicts) fn slipped(toks: &[Token], start: usize, end: usize) -> bool {
    if affirmed(toks, start) {
        return false;
    }
    let object = toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "it" | "this" | "that" | "our" | "their" | "them" | "phase"
        )
    });
    if object {
        return false;
    }
    let subject = word_before(
        toks,
        start,
        &[
            "is", "was", "are", "were", "has", "have", "had", "been", "being", "be", "got", "now",
            "further", "again", "already", "'s",
        ],
    );
    !matches!(
        subject,
        "we" | "i" | "they" | "you" | "'ve" | "to" | "let's" | "will" | "'ll" | "should" | "must"
    )
}

/// "go live pushed again", "the launch has slipped", "cutover moved": the work's milestone
/// moved is news about the schedule, not a decision to put the work off, unless said as
/// decided ("we agreed the go-live is pushed to March"); "postponed" and "deferred" are
/// said of a choice.
pub(in crate::reader::verdicts) fn milestone_moved(
    toks: &[Token],
    start: usize,
    word: &str,
) -> bool {
    if !matches!(word, "pushed" | "moved" | "shifted" | "slipped" | "slid") || affirmed(toks, start)
    {
        return false;
    }
    let subject = word_before(
        toks,
        start,
        &[
            "is", "was", "has", "have", "had", "been", "got", "now", "again", "'s",
        ],
    );
    crate::reader::dates::MILESTONES.contains(&subject) && !matches!(subject, "out" | "ready")
        || meeting_moved(toks, start)
}

/// "kiosk vendor call moved to Thurs", "the demo got pushed to next week": a meeting moved
/// (its word just before the move) puts off no work; "the final call slipped" is the
/// decision moved, and a "data sync" is a product. "Choir practice Tuesday moved to Wed",
/// "staff meeting Tuesday moved": the meeting's or a practice's day said between its word
/// and the move (round B64).
pub(in crate::reader::verdicts) fn meeting_moved(toks: &[Token], start: usize) -> bool {
    let passed = [
        "is", "was", "has", "have", "had", "been", "got", "now", "again", "'s",
    ];
    let Some(mut k) = toks[..start]
        .iter()
        .rposition(|t| !passed.contains(&t.lower.as_str()))
    else {
        return false;
    };
    let practice = |w: &str| matches!(w, "practice" | "practices" | "rehearsal" | "rehearsals");
    if k > 0 && crate::reader::dates::weekday(&toks[k].lower).is_some() {
        k -= 1;
    }
    let before = if k > 0 {
        toks[k - 1].lower.as_str()
    } else {
        ""
    };
    let word = toks[k].lower.as_str();
    (MEETINGS.contains(&word) || practice(word))
        && !SYNCED.contains(&before)
        && !matches!(before, "final" | "board" | "funding" | "budget")
}

/// The nearest word before `start` that is not one of `passed` (auxiliaries and adverbs
/// between a verb and its subject: "the launch has *now* slipped"); "" when there is none.
pub(in crate::reader::verdicts) fn word_before<'t>(
    toks: &'t [Token],
    start: usize,
    passed: &[&str],
) -> &'t str {
    toks[..start]
        .iter()
        .rev()
        .find(|t| !passed.contains(&t.lower.as_str()))
        .map_or("", |t| t.lower.as_str())
}
