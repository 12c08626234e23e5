//! A stop told in a sentence of its own, then the money already put in and what came of it
//! in the next (round R52): "We drop the ceiling fan replacement. $9k already spent on 4
//! outlets but Town Council say must use their contractor, cost double. Not worth.", "The
//! subscription box is finished. £11k in since the spring and we've 40 subscribers, half of
//! them staff." What was paid and what came of it are the case for stopping (convention 30);
//! a closing remark that only says no again ("Not worth.", "Not throwing good money after
//! bad") is not, nor is what is done instead told in the sentence after ("Back to the
//! spreadsheets til someone builds something that works": convention 91, round R61).

use super::*;

/// Words before the money saying it was put in already: "We've sunk about $48k", "Already
/// paid 180,000 RMB", "The contractor already moved $7,500 worth of dirt", "We have used
/// kr. 780.000 on the consultant".
const PUT_IN: &[&str] = &[
    "put", "spent", "sunk", "poured", "invested", "thrown", "ploughed", "paid", "already", "used",
];

/// What says the money is lost, after "so": "… $8,400 so that's gone".
const LOST: &[&str] = &["gone", "lost", "wasted"];

/// A closing ", so it is no use to continue" / ", so no point going on": the stop said
/// again, where the case ends (the token of its comma), else `e`. Not one saying what would
/// be paid for nothing (", so there's no point paying for another year of licences").
fn no_use_closing(toks: &[Token], s: usize, e: usize) -> usize {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let going_on = |j: usize| {
        (j..e).all(|k| {
            matches!(
                w(k),
                "to" | "continue"
                    | "continuing"
                    | "go"
                    | "going"
                    | "carry"
                    | "carrying"
                    | "on"
                    | "with"
                    | "it"
            )
        })
    };
    (s + 4..e)
        .find(|&k| {
            w(k) == ","
                && w(k + 1) == "so"
                && (k + 2..(k + 6).min(e)).any(|j| {
                    (w(j) == "no" && matches!(w(j + 1), "use" | "point") && going_on(j + 2))
                        || (w(j) == "not" && w(j + 1) == "worth" && going_on(j + 2))
                })
        })
        .unwrap_or(e)
}

/// Words right after the money saying so: "£11k in since the spring", "€9k already spent".
const PUT_IN_AFTER: &[&str] = &["in", "into", "already", "spent", "sunk", "down", "since"];

/// What says nothing came of the money, or what stands in the way: "not one caller", "still
/// can't", "no can handle".
const NOTHING: &[&str] = &[
    "no", "not", "nobody", "never", "zero", "nothing", "none", "still", "can't", "cannot", "won't",
];

impl Choice<'_> {
    /// The sentence after a stop's own that opens on the money put in and, after "and" or
    /// "but", says what came of it, as a token span.
    pub(super) fn sunk_sentence(&self, from: usize) -> Option<(usize, usize)> {
        let Choice {
            toks,
            in_money,
            decides,
            ..
        } = *self;
        let limit = self.limit();
        let end_of = |s: usize| {
            (s..limit)
                .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
                .unwrap_or(limit)
        };
        // The stop's sentence ends a few words on: "We drop the ceiling fan replacement."
        let stop = (from..limit.min(from + 12))
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))?;
        let s = (stop + 1..limit).find(|&j| !toks[j].is("\n"))?;
        let e = end_of(s);
        // The money within the sentence's first words: "We paid the Dutch company already
        // 3,1 milljón but …" (said put in before it, below).
        let m = (s..e.min(s + 8)).find(|&j| in_money(j))?;
        let after = (m..e).find(|&j| !in_money(j)).unwrap_or(e);
        let put_in = m == s
            || (s..m).any(|j| PUT_IN.contains(&toks[j].lower.as_str()))
            || toks
                .get(after)
                .is_some_and(|t| PUT_IN_AFTER.contains(&t.lower.as_str()));
        if !put_in || (after..e).any(in_money) {
            return None;
        }
        // "and" / "but", then what came of it: "… but the system still cannot calculate …",
        // "… and then the rain came and it's all slumping".
        let e = no_use_closing(toks, after, e);
        let came_of_it = (after..e)
            .filter(|&j| matches!(toks[j].lower.as_str(), "and" | "but" | "pero" | "so"))
            .any(|join| {
                // "… so that's gone": the money lost.
                if toks[join].is("so") {
                    return (join + 1..e).any(|j| LOST.contains(&toks[j].lower.as_str()));
                }
                // "but" says it by itself: "… on 4 outlets but Town Council say must use
                // their contractor".
                let bare_but = !toks[join].is("and") && e >= join + 4;
                bare_but
                    || (join + 1..e)
                        .any(|j| NOTHING.contains(&toks[j].lower.replace('’', "'").as_str()))
                    || intent::own_clause(toks, join + 1, e)
            });
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        if !came_of_it || words < 6 || decides(s, e) {
            return None;
        }
        Some((s, e))
    }
}
