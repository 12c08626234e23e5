//! Finding the verdict in a span of tokens: the phrase table, the shapes, misspelt verbs,
//! and which of several verdicts stands.

use super::*;
use crate::reader::read_memo::VerdictLook;

/// A verdict found in the message, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerdictFinding {
    pub verdict: Verdict,
    pub start: usize,
    pub end: usize,
    /// Said as agreed or decided ("the board has agreed to defer"): a decision however
    /// the rest of the message reads.
    pub affirmed: bool,
}

pub(super) fn priority(v: Verdict) -> u8 {
    match v {
        Verdict::Rescope => 0,
        Verdict::Defer => 1,
        Verdict::Stop => 2,
        Verdict::Reject => 3,
        Verdict::Continue => 4,
        Verdict::Approve => 5,
    }
}

/// Verbs whose misspellings are read too ("aprvd", "apprved", "rejcted"): compared by
/// consonant skeleton and first letter, since typists drop vowels and double letters.
/// Verbs whose skeletons other words share ("cancelled" / "concluded") are left out.
pub(super) const FUZZY: &[(&str, Verdict)] = &[
    ("approved", Verdict::Approve),
    ("rejected", Verdict::Reject),
    ("postponed", Verdict::Defer),
    ("deferred", Verdict::Defer),
];

/// The consonants of a word with repeats collapsed, after its first letter: "approved" and
/// "aprvd" are both `a` + "prvd". Kept on the stack: this runs for many words of every
/// message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Skeleton {
    first: char,
    len: usize,
    consonants: [u8; 16],
}

pub(super) fn skeleton(w: &str) -> Option<Skeleton> {
    let mut chars = w.chars();
    let mut out = Skeleton {
        first: chars.next()?,
        len: 0,
        consonants: [0; 16],
    };
    for c in chars {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        let c = c as u8;
        if matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
            || out.len > 0 && out.consonants[out.len - 1] == c
        {
            continue;
        }
        *out.consonants.get_mut(out.len)? = c;
        out.len += 1;
    }
    Some(out)
}

pub(super) fn fuzzy_verdict(t: &Token) -> Option<Verdict> {
    if !t.is_word() || !(4..=12).contains(&t.lower.len()) {
        return None;
    }
    // The verbs' skeletons, worked out once: this runs for every word of every message.
    static SKELETONS: OnceLock<Vec<(Skeleton, &'static str, Verdict)>> = OnceLock::new();
    let skeletons = SKELETONS.get_or_init(|| {
        FUZZY
            .iter()
            .filter_map(|&(verb, v)| skeleton(verb).map(|s| (s, verb, v)))
            .collect()
    });
    // A misspelling keeps its first letter: most words start with none of the verbs'.
    // (The word's first letter compared as a `char`: `starts_with(char)` encodes the letter
    // again for every verb.)
    let first = t.lower.chars().next();
    if !skeletons.iter().any(|(s, ..)| Some(s.first) == first) {
        return None;
    }
    let sk = skeleton(&t.lower)?;
    if sk.len < 3 {
        return None;
    }
    skeletons.iter().find_map(|(s, verb, v)| {
        (*s == sk && strsim::levenshtein(&t.lower, verb) <= 3).then_some(*v)
    })
}

/// The verdict the message states, if it states one.
pub fn find_verdict(toks: &[Token]) -> Option<VerdictFinding> {
    find_verdict_in(toks, 0, toks.len())
}

/// The verdict stated outside `spans` (in order, not overlapping): the investments' names,
/// when one holds a verdict word ("Delay Repay Automation: keep going").
pub fn find_verdict_outside(toks: &[Token], spans: &[(usize, usize)]) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut from = 0;
    for &(s, e) in spans
        .iter()
        .chain(std::iter::once(&(toks.len(), toks.len())))
    {
        if s > from {
            if let Some(f) = find_verdict_in(toks, from, s) {
                if best.is_none_or(|b| priority(f.verdict) < priority(b.verdict)) {
                    best = Some(f);
                }
            }
        }
        from = from.max(e);
    }
    best
}

/// The verdict stated between tokens `from` and `to`; a look-again on its own ("this
/// year, revisit in Q3") when no other verdict is said.
pub fn find_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    find_english_verdict_in(toks, from, to).or_else(|| find_french_verdict_in(toks, from, to))
}

/// The verdict stated between `from` and `to` in French words only (see
/// [`crate::reader::french_verdicts`]).
pub fn find_french_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    // Asked of the same spans by several passes: answered once a message.
    crate::reader::read_memo::verdict_in(VerdictLook::French, toks, from, to, || {
        strong_verdict_in(
            toks,
            from,
            to.min(toks.len()),
            crate::reader::french_verdicts::table(),
        )
    })
}

/// "Feb", "the Jan 12 meeting", "next month", "Q2", "3/10": words after "to" that name a
/// time (a month, a later period, a date), not a person or a body.
pub(super) fn to_a_time(after: &[&Token]) -> bool {
    let after = match after.first() {
        Some(t) if t.is("the") => &after[1..],
        _ => after,
    };
    after.first().is_some_and(|t| {
        crate::reader::dates::month(&t.lower).is_some()
            || matches!(t.lower.as_str(), "next" | "q1" | "q2" | "q3" | "q4")
            || t.kind == TokKind::Num
    })
}

/// The verdict stated between `from` and `to` in English words only (see
/// [`crate::reader::french_verdicts`]).
pub fn find_english_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    // Asked of the same spans by several passes: answered once a message.
    crate::reader::read_memo::verdict_in(VerdictLook::English, toks, from, to, || {
        english_verdict_in(toks, from, to)
    })
}

/// [`find_english_verdict_in`]'s answer, worked out.
fn english_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    // Where the span accepts a figure: both shapes below start from it, so it is looked
    // for once.
    let accepted = crate::reader::figure_rescopes::accepted_at(toks, from, to);
    cost_rise_accepted(toks, from, to, accepted)
        .or_else(|| crate::reader::figure_rescopes::new_figure_accepted(toks, from, to, accepted))
        .or_else(|| strong_verdict_in(toks, from, to, table()))
        .or_else(|| now_was_figure(toks, from, to))
        .or_else(|| revisit_in(toks, from, to))
        .or_else(|| crate::reader::verdict_shapes::look_again_in(toks, from, to))
}

/// "cost up to £710k after the quote, Board accepted the new figure", "the budget has gone
/// up to $1.2m, signed off": a higher cost accepted is a rescope to it. The verdict is the
/// rise ("cost up to"), so the amount after its "to" is the new size. `accepted` is
/// [`crate::reader::figure_rescopes::accepted_at`]'s answer for the span, asked by the caller.
pub(super) fn cost_rise_accepted(
    toks: &[Token],
    from: usize,
    to: usize,
    accepted: Option<usize>,
) -> Option<VerdictFinding> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    accepted?;
    (from..to).find_map(|i| {
        if !matches!(
            word(i),
            "cost" | "costs" | "price" | "budget" | "estimate" | "quote"
        ) {
            return None;
        }
        let mut j = i + 1;
        while matches!(
            word(j),
            "has" | "have" | "is" | "now" | "gone" | "went" | "'s"
        ) {
            j += 1;
        }
        if !matches!(
            word(j),
            "up" | "rose" | "risen" | "increased" | "grew" | "grown" | "jumped"
        ) {
            return None;
        }
        if word(j + 1) == "up" {
            j += 1;
        }
        let amount_next = toks
            .get(j + 2)
            .is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Sym);
        (word(j + 1) == "to" && amount_next).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: i,
            end: j + 2,
            affirmed: true,
        })
    })
}

/// "the payroll upgrade is now $148k (was $126k)": a new size said beside the old one in
/// brackets is a rescope to it.
fn now_was_figure(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    (from..to).find_map(|i| {
        if !(matches!(word(i), "is" | "'s") && word(i + 1) == "now") {
            return None;
        }
        // Money: a currency sign, or a number with its "k" or "m" ("$148k", "148k").
        let figure = |k: usize| {
            toks.get(k).filter(|_| k < to).is_some_and(|t| {
                t.kind == TokKind::Sym && !t.is_break() && !t.is_sym("(")
                    || t.kind == TokKind::Num && matches!(word(k + 1), "k" | "m" | "grand")
            })
        };
        let was = (i + 3..(i + 7).min(to))
            .any(|k| toks[k].is_sym("(") && word(k + 1) == "was" && figure(k + 2));
        (figure(i + 2) && was).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: i,
            end: i + 2,
            affirmed: true,
        })
    })
}

/// "…, revisit in Q1", "— revisit next year": a clause that opens by saying when to look
/// again defers, but only when nothing else is decided ("approved phase 1, revisit in Q3
/// for phase 2" is an approval).
///
/// "sellers ops ask again to revisit in January": a unit's ask to look again later puts it
/// off as their hold-off does (convention 21 of `tests/corpus/README.md`).
pub(super) fn revisit_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let asked_to = |i: usize| {
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let back = |n: usize| i.checked_sub(n).map_or("", w);
        back(1) == "to"
            && [back(2), if back(2) == "again" { back(3) } else { "" }]
                .iter()
                .any(|v| matches!(*v, "ask" | "asks" | "asked" | "want" | "wants"))
    };
    (from..to).find_map(|i| {
        // "let's revisit after the stock take", "let's pick it up after …": ours to do.
        let ours = i > 0 && matches!(toks[i - 1].lower.as_str(), "let's" | "lets");
        let opens =
            i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-") || asked_to(i) || ours;
        let when_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "in" | "next" | "after" | "once" | "when" | "early" | "late" | "at"
                )
            })
        };
        // "let's pick it up after year-end close in January": taken up again then.
        let picked_up = toks[i].is("pick")
            && toks.get(i + 1).is_some_and(|t| t.is("it"))
            && toks.get(i + 2).is_some_and(|t| t.is("up"));
        let (said, next) = if picked_up {
            (true, i + 3)
        } else {
            (toks[i].is("revisit"), i + 1)
        };
        (opens && said && when_at(next) && next < to).then_some(VerdictFinding {
            verdict: Verdict::Defer,
            start: i,
            end: next,
            affirmed: false,
        })
    })
}

/// Is a verdict word said by someone outside ("the regulator approved our plan") or only
/// leant towards ("leaning towards a no", "inclined to approve")?
pub fn verdict_not_ours(toks: &[Token]) -> bool {
    let mut i = 0;
    while i < toks.len() {
        let Some((_, len)) = table().match_at(toks, i) else {
            i += 1;
            continue;
        };
        let by = word_before(toks, i, &["has", "have", "'s", "just", "finally"]);
        let leaning = toks[i.saturating_sub(12)..i]
            .iter()
            .rev()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"))
            .any(|t| matches!(t.lower.as_str(), "leaning" | "leans" | "inclined"))
            // "the drone survey is probably a no": where it is heading, said of the work
            // ("we'll probably stop it" is the writer musing, no news).
            || {
                let probable = |k: usize| matches!(toks[k].lower.as_str(), "probably" | "likely");
                toks[i].is("a") && i >= 1 && probable(i - 1)
                    || i >= 2 && toks[i - 1].is("a") && probable(i - 2)
            };
        let to_come = crate::reader::verdict_shapes::passive_to_come(toks, i)
            && table()
                .match_at(toks, i)
                .is_some_and(|(v, _)| v == Verdict::Approve);
        let later = crate::reader::verdict_shapes::verdict_to_come(toks, i);
        if crate::reader::verdict_shapes::said_by_outsider(toks, i, by)
            || leaning
            || to_come
            || later
        {
            return true;
        }
        i += len;
    }
    false
}

/// The strongest verdict `phrases` finds between `from` and `to`.
pub(super) fn strong_verdict_in(
    toks: &[Token],
    from: usize,
    to: usize,
    phrases: &PhraseTable<Verdict>,
) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut i = from;
    let toks_all = toks;
    let toks = &toks_all[..to.min(toks_all.len())];
    while i < toks.len() {
        // Most words open no shape: the phrases and a misspelt verb are all they can be.
        let shaped = opens_a_shape(&toks[i]);
        let found = shaped
            .then(|| shape_before_phrases_at(toks, i))
            .flatten()
            .or_else(|| phrases.match_at(toks, i))
            .or_else(|| shaped.then(|| shape_at(toks, i)).flatten())
            .or_else(|| fuzzy_verdict(&toks[i]).map(|v| (v, 1)));
        let Some((raw, len)) = found else {
            i += 1;
            continue;
        };
        let verdict = adjust(toks, i, i + len, raw);
        if let Some(v) = verdict {
            // "decision on the contract slipped to …" names the decision it moves.
            let moved = v == Verdict::Defer
                && crate::reader::verdict_shapes::decision_moved_at(toks, i).is_some();
            let found = VerdictFinding {
                verdict: v,
                start: i,
                end: i + len,
                // "Ops are happy to keep it …, so I'm signing the renewal": signing is the
                // act that decides; the keeping before it is the wish that led to it.
                affirmed: moved
                    || affirmed(toks, i)
                    || v == Verdict::Approve
                        && (restarted(toks, i)
                            || crate::reader::verdict_idioms::renewal_signed_at(toks, i).is_some()),
            };
            // A verdict said as decided ("decided to stop") wins over one said in passing
            // ("as the airlines moved to …"); otherwise the stronger kind wins.
            // Going on with less ("agreed to keep going with phase 1 only, budget cut to
            // $210k") is a rescope, however the going on is said.
            let smaller = |a: Verdict, b: Verdict| a == Verdict::Rescope && b == Verdict::Continue;
            // "knocked back in October but they're back on": the later verdict stands.
            let reversed = best.is_some_and(|b| {
                crate::reader::verdict_shapes::turned_by_but(toks, b.end, i, i + len)
            });
            // "we are stopping it. … the cost has gone from ₦900m to ₦1.4bn": a cost's move
            // from one figure to another told in a later sentence than a stop is its reason
            // ("… is now a no for the subsidiaries. Budget cut to ₦11m." still rescopes).
            let ends_between = |a: usize, b: usize| {
                toks[a..b]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
            };
            let figure_after_ending = |b: &VerdictFinding| {
                v == Verdict::Rescope
                    && toks[i].is("from")
                    && b.verdict == Verdict::Stop
                    && ends_between(b.end, i)
            };
            // "we continue with the external lab, the upgrade is cancelled": what we keep
            // instead yields to the verdict on the work.
            let kept_instead = |f: &VerdictFinding| {
                f.verdict == Verdict::Continue
                    && crate::reader::verdict_shapes::alternative_kept(toks, f.start, f.end)
            };
            let better = match best {
                Some(_) if reversed => true,
                Some(b) if kept_instead(&b) != kept_instead(&found) => kept_instead(&b),
                Some(b) if figure_after_ending(&b) => false,
                Some(b) if smaller(v, b.verdict) => true,
                Some(b) if smaller(b.verdict, v) => false,
                Some(b) => {
                    (found.affirmed, std::cmp::Reverse(priority(v)))
                        > (b.affirmed, std::cmp::Reverse(priority(b.verdict)))
                }
                None => true,
            };
            if better {
                best = Some(found);
            }
        }
        i += len;
    }
    best
}
