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
        // "Cold room expansion we revisit on 15/03/2027", "we shall revisit the fire system
        // after the January wool sale", "VHF radios we shall look at after the rainy season"
        // (round S60): "we" (with "shall" or "will") revisiting, or looking at, the thing
        // named before or after it, then when. Krio's "we go look am again in February",
        // "we go look at the cracker again in June" (round S63): "go" is its "will".
        let we_at = if back(1) == "we" {
            Some(i - 1)
        } else if matches!(back(1), "shall" | "will" | "must" | "go") && back(2) == "we" {
            Some(i - 2)
        } else {
            None
        };
        // The thing named before "we" in its clause ("cold room expansion we revisit"), or
        // after the verb (below); after a sentence's end "we revisit in March" looks again
        // at a verdict told before it, as above.
        let a_name_word = |k: usize| {
            toks[k].is_word()
                && !matches!(
                    toks[k].lower.as_str(),
                    "so" | "and" | "but" | "then" | "or" | "thus" | "therefore" | "hence"
                )
        };
        let named_before = we_at.is_some_and(|w| {
            w > 0 && a_name_word(w - 1) || w > 1 && toks[w - 1].is_sym(",") && a_name_word(w - 2)
        });
        let we_shall = we_at.is_some();
        let opened = i == 0
            || toks[i - 1].is_break()
            || toks[i - 1].is_sym("-")
            || asked_to(i)
            || ours
            || said_so;
        let opens = opened || we_shall;
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
        // Krio's "look am again" (round S63): "am" is "it".
        let am = usize::from(toks.get(i + 1).is_some_and(|t| t.is("am")));
        let look_again = toks[i].is("look") && toks.get(i + 1 + am).is_some_and(|t| t.is("again"));
        // (Said by "we": the thing may come after the verb, "revisit the fire system after
        // …", and "look at" looks at it; "on" a date says when.)
        let looked_at =
            we_shall && toks[i].is("look") && toks.get(i + 1).is_some_and(|t| t.is("at"));
        let (said, next) = if picked_up {
            (true, i + 3)
        } else if look_again {
            (true, i + 2 + am)
        } else if looked_at {
            (true, i + 2)
        } else {
            (toks[i].is("revisit"), i + 1)
        };
        let on_a_date = |k: usize| {
            toks.get(k).is_some_and(|t| t.is("on"))
                && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num)
        };
        // "the DG wants to revisit the trackers at the Q1 budget review" (round S62): asked
        // to look again, the thing may come after the verb too.
        let when_after_object = (we_shall || asked_to(i))
            && (next..(next + 5).min(to))
                .take_while(|&k| toks[k].is_word())
                .any(|k| when_at(k) || on_a_date(k));
        let when = if opened {
            when_at(next)
                || asked_to(i)
                    && !on_a_date(next)
                    && when_after_object
                    && !own_follow_up_after(toks, next)
        } else if !named_before {
            !when_at(next) && !on_a_date(next) && when_after_object
        } else {
            when_at(next) || we_shall && on_a_date(next) || when_after_object
        };
        (opens && said && when && next < to).then_some(VerdictFinding {
            verdict: Verdict::Defer,
            start: i,
            end: next,
            affirmed: false,
        })
    })
}

/// "Marketing want to revisit the automation budget in Q1; I'll prep numbers": the writer's
/// own follow-up in the sentence makes the wish part of their account (convention 21), no
/// hold.
fn own_follow_up_after(toks: &[Token], from: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (from..toks.len())
        .take_while(|&k| !matches!(word(k), "." | "!" | "?" | "\n"))
        .any(|k| {
            matches!(word(k), "i'll" | "i’ll" | "ill") || word(k) == "i" && word(k + 1) == "will"
        })
}
