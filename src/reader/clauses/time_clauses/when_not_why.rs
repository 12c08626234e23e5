//! Reasons that say only when: "tonight", "done before playoffs", a span that is only a
//! time, "until after the year-end close", and a wait till a short time then a clause of
//! its own that says why.

use super::*;
use std::borrow::Cow;

/// "just the contact and renewal bits this year, $12K instead of $30K, because sales is 2
/// people …": a reason read whole that says its own "because" after a comma is what
/// follows it (what comes before is the scope or the plan).
#[inline(always)]
pub fn after_own_because(reason: String) -> String {
    // ", because " holds a comma, and lower-casing makes none: a reason without one (most)
    // is kept as it is, told before its copy in lower case is made (round P64).
    if !reason.as_bytes().contains(&b',') {
        return reason;
    }
    after_own_because_past_its_first_test(reason)
}

/// [`after_own_because`] once its first test is passed.
fn after_own_because_past_its_first_test(reason: String) -> String {
    let lower = reason.to_lowercase();
    match lower.find(", because ") {
        Some(at) if !lower[at + 10..].starts_with("of ") && reason.len() > at + 14 => {
            reason[at + 10..].trim().to_string()
        }
        _ => reason,
    }
}

/// "tonight", "tonight then": a reason of at most three words, "tonight" among them and
/// each a time's, says when, not why ("tonight" is no date the date pass reads). So does
/// when the work is to be done ("done before playoffs", "work to be done before the
/// spring"), a plan.
pub fn only_when(reason: &str) -> bool {
    // Each word as it is read: without what is not a letter or a digit around it, in lower
    // case (a copy made only for a word with a capital or not in ASCII).
    fn read(w: &str) -> Cow<'_, str> {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.is_ascii() {
            Cow::Owned(w.to_lowercase())
        } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    }
    // Both shapes below hold of eight words at most, and of three unless the first word is
    // "done" (five) or "work" (eight): a longer reason is not read word by word to be told
    // so.
    let mut words: [Cow<'_, str>; 8] = Default::default();
    let mut n = 0;
    let mut limit = 8;
    for word in reason.split_whitespace() {
        if n == limit {
            return false;
        }
        words[n] = read(word);
        if n == 0 {
            limit = match &*words[0] {
                "done" => 5,
                "work" => 8,
                _ => 3,
            };
        }
        n += 1;
    }
    let words = &words[..n];
    let w = |k: usize| words.get(k).map_or("", |w| &**w);
    let done_at = if w(0) == "done" {
        Some(1)
    } else if w(0) == "work" && (w(1), w(2), w(3)) == ("to", "be", "done") {
        Some(4)
    } else {
        None
    };
    let done_when = done_at.is_some_and(|k| {
        words.len() <= k + 4 && matches!(w(k), "before" | "by" | "after" | "over" | "in")
    });
    done_when
        || words.len() <= 3
            && words.iter().any(|w| w == "tonight")
            && words.iter().all(|w| TIME_WORDS.contains(&&**w))
}

/// Is tokens `s..e` only a time ("the summer", "launch", "last year"), with at least one
/// word that names one?
pub fn only_time(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    let e = e.min(toks.len());
    if s >= e || e - s > 4 {
        return false;
    }
    let names_time = (s..e).any(|j| {
        skip(j)
            || !matches!(
                toks[j].lower.as_str(),
                "the"
                    | "its"
                    | "our"
                    | "their"
                    | "this"
                    | "next"
                    | "last"
                    | "new"
                    | "early"
                    | "mid"
                    | "late"
            ) && TIME_WORDS.contains(&toks[j].lower.as_str())
    });
    names_time && (s..e).all(|j| skip(j) || TIME_WORDS.contains(&toks[j].lower.as_str()))
}

/// "until after the year-end close", "till after the Christmas rush": at `i`, a condition
/// on an event named with a time, ending on a word that is neither a time nor part of a
/// date (`skip`).
#[inline(always)]
pub fn after_timed_event(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    // (The word first: the clause's end is sought only after a wait's word, round P62.)
    is_wait_word(&toks[i]) && after_timed_event_past_its_first_test(toks, i, limit, skip)
}

/// A wait's word: "until", "till", "til" — the first test in front of both waits' looks.
#[inline(always)]
fn is_wait_word(t: &Token) -> bool {
    matches!(t.lower.as_str(), "until" | "till" | "til")
}

/// [`after_timed_event`] once its first test is passed.
fn after_timed_event_past_its_first_test(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    let e = clause_end(toks, i + 1, limit);
    is_wait_word(&toks[i])
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is("after") || t.is("before"))
        && e > i + 3
        && toks[e - 1].is_word()
        && !skip(e - 1)
        && !TIME_WORDS.contains(&toks[e - 1].lower.as_str())
}

/// "holding it until after the herring season, nobody wants the floor changed …", "till
/// after vintage, nobody's got time …": at `i`, a wait until after a short named time or
/// event (up to four words), then a clause of its own after the comma. The wait says when;
/// the clause after it says why.
#[inline(always)]
pub fn wait_then_reason(toks: &[Token], i: usize, limit: usize) -> bool {
    // (Both shapes open on a wait's word: told before the clause's end is sought, round
    // P62.)
    is_wait_word(&toks[i]) && wait_then_reason_past_its_first_test(toks, i, limit)
}

/// [`wait_then_reason`] once its first test is passed.
fn wait_then_reason_past_its_first_test(toks: &[Token], i: usize, limit: usize) -> bool {
    let limit = limit.min(toks.len());
    let e = clause_end(toks, i + 2, limit);
    // "pausing the SIEM add-on until the new IT director starts in Feb, don't want to pick
    // a tool she has to live with": a wait on any event, then what the writer won't do.
    let wont = |j: usize| {
        toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "don't" | "dont" | "didn't" | "can't" | "won't" | "wouldn't"
            )
        }) && toks.get(j + 1).is_some_and(|t| t.is_word())
    };
    let plain_wait = matches!(toks[i].lower.as_str(), "until" | "till" | "til")
        && e > i + 2
        && e <= i + 12
        && toks.get(e).is_some_and(|t| t.is(","))
        && clause_end(toks, e + 1, limit) > e + 4
        && wont(e + 1);
    plain_wait
        || matches!(toks[i].lower.as_str(), "until" | "till" | "til")
            && toks.get(i + 1).is_some_and(|t| t.is("after"))
            && e > i + 2
            && e <= i + 6
            && toks.get(e).is_some_and(|t| t.is(","))
            && e + 1 < limit
            && {
                let c = clause_end(toks, e + 1, limit);
                crate::reader::intent::own_clause(toks, e + 1, c)
                // "nobody wants …", "nobody's got time …": no one as the subject; "no point
                // buying licences for …": what waiting spares.
                || c > e + 3
                    && matches!(
                        toks[e + 1].lower.as_str(),
                        "nobody" | "nobody's" | "noone" | "no-one" | "everyone" | "everybody"
                    )
                || c > e + 3
                    && toks[e + 1].is("no")
                    && matches!(toks[e + 2].lower.as_str(), "point" | "sense" | "use")
                // "need the members to vote on the levy first": what must come first, said
                // without its "we".
                || c > e + 3 && matches!(toks[e + 1].lower.as_str(), "need" | "gotta")
            }
}

#[cfg(test)]
mod p62_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P62: a wait's word ("until", "till", "til") is told before the clause's end
    /// is sought; each look with its first test gives its body's answer at every word of
    /// the corpus's training messages and of `src/`'s strings, and a wait is still found.
    /// Invented: "Quillon Ropeworks".
    #[test]
    fn the_wait_word_first_keeps_the_answers() {
        let no_skip = |_: usize| false;
        let text =
            "Splicing rig on hold until after the herring season, nobody wants the quay dug up.";
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.is("until")).unwrap_or(0);
        assert!(wait_then_reason(&toks, at, toks.len()));
        assert!(!wait_then_reason(&toks, at + 1, toks.len()));
        let asked = crate::reader::tests::p55_training_texts::at_every_token(|text, toks, i| {
            let n = toks.len();
            assert_eq!(
                after_timed_event(toks, i, n, &no_skip),
                after_timed_event_past_its_first_test(toks, i, n, &no_skip),
                "{text:?} at {i}"
            );
            assert_eq!(
                wait_then_reason(toks, i, n),
                wait_then_reason_past_its_first_test(toks, i, n),
                "{text:?} at {i}"
            );
        });
        assert!(asked > 100_000, "{asked}");
    }
}

#[cfg(test)]
mod p64_tests {
    use super::*;

    /// Round P64: the comma test in front of a reason's own "because" keeps the look's
    /// answer for every text from each word on, of the corpus's training messages and of
    /// `src/`'s strings, and the clause after ", because" is still read. Invented: a
    /// ropewalk's twister.
    #[test]
    fn the_comma_test_keeps_own_because() {
        let said = "the second twister this spring, because the hemp orders doubled";
        assert_eq!(after_own_because(said.into()), "the hemp orders doubled");
        let said = "the second twister this spring because the hemp orders doubled";
        assert_eq!(after_own_because(said.into()), said);
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            for t in crate::reader::tokens::tokenize(text) {
                let said = text[t.start..].to_string();
                assert_eq!(
                    after_own_because(said.clone()),
                    after_own_because_past_its_first_test(said.clone()),
                    "{said:?}"
                );
                asked += 1;
            }
        }
        assert!(asked > 100_000, "{asked}");
    }
}
