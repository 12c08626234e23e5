//! Whose verdict it is: an outsider's, a judgement of our submission, one still to come or
//! agreed after; and whether the work is already running.

use super::*;
use crate::reader::tokens::WordSet;

/// Words for taking work away: "not pulling it after all" takes that back.
pub(super) const WITHDRAWN: &[&str] = &[
    "pulling",
    "pull",
    "scrapping",
    "scrap",
    "killing",
    "kill",
    "dropping",
    "drop",
    "stopping",
    "stop",
    "axing",
    "cancelling",
    "canceling",
    "shelving",
    "ditching",
    "binning",
];

/// "We're not pulling the customer app after all", "not scrapping it after all": at `i`
/// (the negation), a stop taken back, so the work goes on. Ends after "after all"; without
/// it ("not pulling the numbers") nothing is said.
pub(in crate::reader) fn stop_taken_back_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "not" | "aren't" | "isn't" | "won't") || !WITHDRAWN.contains(&word(i + 1))
    {
        return None;
    }
    (i + 2..(i + 12).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| word(k) == "after" && word(k + 1) == "all")
        .map(|k| k + 2)
}

/// [`OUTSIDERS`] as a word set: asked of the word before every verdict and of the one
/// before that, each told by the set's first-byte-and-length sieve (and a token's kept
/// answer) rather than compared with every outsider (round P68).
static OUTSIDER_WORDS: WordSet = WordSet::new(OUTSIDERS);

/// [`crate::reader::deciders::BODIES`] as a word set, for the word before every verdict
/// (round P68).
static BODY_WORDS: WordSet = WordSet::new(crate::reader::deciders::BODIES);

/// Bodies outside the organisation named by what they are ("the drinking water
/// inspectorate"), written without a capital that would mark a name.
pub(super) const OUTSIDE_BODIES: &[&str] = &["inspectorate", "ombudsman", "watchdog", "tribunal"];

/// Is the verdict at `start` someone else's: `by`, the word before it, is an outsider ("our
/// insurers knocked back"), or the subject before it in its clause names a body outside
/// ("the inspectorate turned down", "Safety advisory group knocked back the layout"; a
/// "robo advisory" service is no body).
pub(in crate::reader) fn said_by_outsider(toks: &[Token], start: usize, by: &str) -> bool {
    let from = start.saturating_sub(4);
    let advisory_body = |k: usize| {
        toks[k].is("advisory")
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "group" | "board" | "panel" | "committee" | "council" | "body"
                )
            })
    };
    // "Our customer MSC rejected …", "the vendor Acme declined …": an outsider named.
    let named_outsider = start >= 3
        && toks[start - 1].is_word()
        && OUTSIDER_WORDS.holds(&toks[start - 2])
        && matches!(toks[start - 3].lower.as_str(), "our" | "the" | "a" | "one");
    // "de Holetown distributor deal off" (round V68): a deal with an outsider, done or
    // called off, is our verdict on it — the verdict's own noun follows them.
    OUTSIDER_WORDS.holds_word(by) && !toks[start].is("deal")
        || named_outsider
        || judged_our_submission(toks, start, by)
        || their_decision_moved(toks, start)
        || (from..start)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| OUTSIDE_BODIES.contains(&toks[k].lower.as_str()) || advisory_body(k))
}

/// "APS pushed the net metering decision to spring": at `start`, a decision named by its
/// subject ("the … decision") moved by a body written as an acronym of three letters or
/// more that is none of ours (not "SLT", "CFO": `deciders::BODIES`): their decision put
/// off, news, not our deferral. "The board deferred the data lake decision" is ours.
fn their_decision_moved(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(subject) = start.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let acronym = subject.caps
        && subject.lower.len() >= 3
        && !crate::reader::deciders::BODIES.contains(&subject.lower.as_str());
    let moved = matches!(
        word(start),
        "pushed" | "moved" | "delayed" | "deferred" | "postponed" | "shifted"
    );
    if !acronym || !moved || word(start + 1) != "the" {
        return false;
    }
    // At least one word naming the decision between "the" and "decision".
    (start + 3..(start + 8).min(toks.len()))
        .take_while(|&k| toks[k - 1].is_word())
        .any(|k| matches!(word(k), "decision" | "ruling"))
}

/// What we send someone else to pass: art, a label, a proof, an application.
pub(super) const SUBMISSIONS: &[&str] = &[
    "art",
    "artwork",
    "label",
    "labels",
    "proof",
    "proofs",
    "application",
    "permit",
    "plates",
    "submission",
    "drawings",
    "filing",
    "mock-up",
    "mockup",
    "copy",
    "claim",
    "listing",
];

/// "Ball rejected the can art", "TTB knocked back the label, resubmitting Monday": at
/// `start`, a verdict someone named (not we, nor a body of ours, `by` the word before it)
/// gave on a thing we sent them to pass, or one we are sending again: theirs, not ours.
pub(super) fn judged_our_submission(toks: &[Token], start: usize, by: &str) -> bool {
    let ours =
        matches!(by, "i" | "we" | "we've" | "i've" | "" | "our") || BODY_WORDS.holds_word(by);
    // Someone named gives it (a capital before the verdict), not we: told first, as most
    // verdicts fail it, before the words after the verdict are scanned.
    if ours || start == 0 || !toks[start - 1].capital {
        return false;
    }
    // The thing judged is the submission itself ("the label for the stout"), not a thing
    // named for one ("label scanners").
    let head = |k: usize| {
        toks.get(k + 1).is_none_or(|n| {
            !n.is_word()
                || matches!(
                    n.lower.as_str(),
                    "for" | "on" | "of" | "again" | "and" | "so" | "because" | "as"
                )
        })
    };
    let submitted = (start + 1..start + 8)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .any(|k| SUBMISSIONS.contains(&toks[k].lower.as_str()) && head(k))
        || toks.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "resubmit" | "resubmitting" | "resubmitted" | "re-submit" | "re-submitting"
            )
        });
    // "signed off the electronic shelf labels for Wexford and Gorey, €22k": a price in the
    // sentence makes it our spend approved, not a thing sent to be passed.
    let sentence_end = (start..toks.len())
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    let priced = || !find_money(&toks[start..sentence_end], Currency::GBP).is_empty();
    submitted && !priced()
}

/// "The board will sign off the upgrade in March", "Finance will approve it once …": at
/// `start`, a verdict a body will give, still to come. "We'll stop it after Christmas" is
/// ours, said now.
pub(in crate::reader) fn verdict_to_come(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(w) = start.checked_sub(1) else {
        return false;
    };
    let will = if matches!(word(w), "probably" | "likely" | "then") {
        w.checked_sub(1)
    } else {
        Some(w)
    };
    let Some(will) = will else {
        return false;
    };
    // The subject is a body that decides ("the board", "the partners"): the work itself
    // ("the CRM will proceed") is said decided.
    word(will) == "will" && will > 0 && crate::reader::deciders::is_body(word(will - 1))
}

/// "Gareth wants the platform held till Q3 … . Agreed.": a wish followed by a sentence
/// that only agrees to it is the verdict wished for. `end` is where the verdict ends.
pub(in crate::reader) fn agreed_after(toks: &[Token], end: usize) -> bool {
    let Some(stop) = (end..toks.len()).find(|&k| ends_sentence(&toks[k])) else {
        return false;
    };
    let mut words = toks[stop + 1..]
        .iter()
        .take_while(|t| !ends_sentence(t))
        .filter(|t| !t.is_break());
    let agrees = words.next().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "agreed" | "approved" | "accepted" | "granted"
        )
    });
    agrees && words.count() <= 3
}

/// "it's been running since August", "the pilot on ward 4", "nobody uses it": the message
/// tells of work already under way (a pilot, a trial, something live or in use).
pub(in crate::reader) fn says_work_is_running(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "pilot" | "pilots" | "trial" | "trials" | "running" | "live" | "nobody" | "usage"
        )
    })
}

#[cfg(test)]
mod p68_tests {
    use super::*;

    /// Round P68: the outsiders' and the bodies' word sets hold the listed words and no
    /// other, at every word of the corpus's training messages and of `src/`'s strings, and
    /// an outsider's verdict is still told. Invented: a ropewalk's hemp supplier.
    #[test]
    fn the_outsiders_and_bodies_sets_hold_the_listed_words() {
        let toks =
            crate::reader::tokens::tokenize("Our supplier Cordwell declined the twister order.");
        let at = toks.iter().position(|t| t.is("declined")).unwrap_or(0);
        assert!(said_by_outsider(&toks, at, "cordwell"));
        let words = crate::reader::tests::p55_training_texts::training_and_source_words();
        for w in words
            .iter()
            .map(String::as_str)
            .chain(OUTSIDERS.iter().copied())
            .chain(crate::reader::deciders::BODIES.iter().copied())
        {
            assert_eq!(OUTSIDER_WORDS.holds_word(w), OUTSIDERS.contains(&w), "{w}");
            assert_eq!(
                BODY_WORDS.holds_word(w),
                crate::reader::deciders::BODIES.contains(&w),
                "{w}"
            );
        }
        assert!(words.len() > 100_000, "{}", words.len());
    }
}
