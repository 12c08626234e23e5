//! A setback weighed with "but" against what goes right, told of work kept going
//! (convention 61): "ADP go-live slipped to feb but the parallel runs balance". The two
//! halves are one reason, whole, though the slip carries its date; a "but" that only says
//! the verdict again ("… but we're not changing course") leaves the slip as status, no
//! reason.

use super::*;

/// Words that tell the work has fallen back: a slip, a delay, a part held up.
const SETBACKS: &[&str] = &[
    "slipped",
    "slipping",
    "slip",
    "slid",
    "behind",
    "late",
    "delayed",
    "delay",
    "delays",
    "pushed",
    "backordered",
    "stuck",
    "overran",
];

/// Where the weighing "but" of a setback stands in `s..e`: after a setback word, with no
/// comma before it (a granted point is convention 48's), and a clause of two words or more
/// after it.
fn weighing_but(toks: &[Token], s: usize, e: usize) -> Option<usize> {
    let e = e.min(toks.len());
    let k = (s + 1..e).find(|&k| toks[k].is("but"))?;
    let setback = (s..k).any(|j| SETBACKS.contains(&toks[j].lower.as_str()));
    let bare = !matches!(toks[k - 1].lower.as_str(), "," | ";" | "-" | "—" | "–");
    let clause = (k + 1..e).filter(|&j| toks[j].is_word()).count() >= 2;
    (setback && bare && clause).then_some(k)
}

/// Is `s..e` a setback weighed with "but" against something that goes right, which holds
/// no date or amount after its "but" and does not say the verdict again? Such a clause is
/// the reason, its slip's date notwithstanding.
pub(super) fn weighed_setback(
    toks: &[Token],
    s: usize,
    e: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    weighing_but(toks, s, e).is_some_and(|k| {
        !(k + 1..e).any(skip) && !crate::reader::clauses::decides_in(toks, k + 1, e)
    })
}

/// Is the reason `said` a setback whose "but" only says the verdict again ("vendor slipped
/// UAT to mid Jan but we're not changing course")? The slip is then the work's status, no
/// reason.
pub(super) fn but_says_verdict_again(text: &str, toks: &[Token], said: &str) -> bool {
    reasons::span_of(text, toks, said).is_some_and(|(s, e)| {
        weighing_but(toks, s, e).is_some_and(|k| {
            crate::reader::clauses::decides_in(toks, k + 1, e)
                || holds_course(toks, k + 1, e)
                || no_matter(toks, k + 1, e)
        })
    })
}

/// "but no problem", "but no worries", "but all good" (round R54): the setback does not
/// matter, the verdict said again in other words.
fn no_matter(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let n = e.min(toks.len()).saturating_sub(s);
    n == 2
        && (w(s) == "no"
            && matches!(
                w(s + 1),
                "problem" | "problems" | "worries" | "issue" | "issues" | "drama" | "bother"
            )
            || w(s) == "all" && w(s + 1) == "good")
}

/// "we're not changing course", "we're staying the course": the work's course held, the
/// verdict said again in other words.
fn holds_course(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (s + 2..e.min(toks.len())).any(|j| {
        w(j) == "course"
            && (matches!(w(j - 1), "changing" | "change" | "changin")
                && (j.saturating_sub(4).max(s)..j - 1)
                    .any(|k| matches!(w(k), "not" | "no" | "never") || w(k).ends_with("n't"))
                || w(j - 1) == "the"
                    && matches!(
                        w(j - 2),
                        "staying" | "stay" | "holding" | "hold" | "keeping"
                    ))
    })
}
