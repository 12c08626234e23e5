//! "…, revisit in Q1": a clause saying when to look again, a deferral when nothing else
//! is decided.

use super::*;

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
        // Said only by "revisit" or "pick (it up)": at any other word nothing below is
        // read (round P56).
        if !matches!(toks[i].lower.as_str(), "revisit" | "pick" | "look") {
            return None;
        }
        // "let's revisit after the stock take", "let's pick it up after …": ours to do.
        // "Pellet mill: we'll revisit after the rains", "Packing line: we will revisit in
        // March" (round S56): after the thing's name and a colon or a dash, our own look
        // again (after a sentence's end it looks again at a verdict told before it).
        let back = |n: usize| i.checked_sub(n).map_or("", |k| toks[k].lower.as_str());
        let named_first = |n: usize| i >= n + 2 && matches!(back(n + 1), ":" | "-" | "–" | "—");
        let ours = i > 0 && matches!(back(1), "let's" | "lets")
            || matches!(back(1), "we'll" | "we’ll") && named_first(1)
            || back(1) == "will" && back(2) == "we" && named_first(2);
        // "Kayaks — Mama said look again in May" (round S57): the one who decides said it.
        let said_so = named_first(2) && matches!(back(1), "said" | "says" | "say");
        let opens = i == 0
            || toks[i - 1].is_break()
            || toks[i - 1].is_sym("-")
            || asked_to(i)
            || ours
            || said_so;
        let when_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "in" | "next" | "after" | "once" | "when" | "early" | "late" | "at" | "end"
                )
            })
        };
        // "let's pick it up after year-end close in January": taken up again then.
        let picked_up = toks[i].is("pick")
            && toks.get(i + 1).is_some_and(|t| t.is("it"))
            && toks.get(i + 2).is_some_and(|t| t.is("up"));
        // "look again in May" (round S57): looked at again then, as "revisit in May".
        let look_again = toks[i].is("look") && toks.get(i + 1).is_some_and(|t| t.is("again"));
        let (said, next) = if picked_up {
            (true, i + 3)
        } else if look_again {
            (true, i + 2)
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
