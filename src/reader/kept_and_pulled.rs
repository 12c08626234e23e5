//! Verdicts said in everyday idioms (round V38): "pulling the racking order for wausau"
//! (an order pulled is cancelled, a stop), "keeping the delivery van on in wexford town for
//! now" (a thing kept on goes on), and "Dale wants the payroll switch held till February,
//! Accounting can't take on …" (a hold wanted, passed on with its reason, a deferral).

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// What an order said after a verb of pulling may be: the purchase itself.
fn is_order(w: &str) -> bool {
    matches!(w, "order" | "orders" | "po" | "purchase")
}

/// At `i`, "pull / pulled / pulling the <thing> order" with nothing after the order but
/// a break or a preposition ("for wausau,", "at the yard", "–"): the order is cancelled,
/// the work stopped; where the shape ends. "pulling the order history", "pulled the order
/// numbers", "pulling the order up on screen" pull out figures, no stop.
pub(in crate::reader) fn order_pulled_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "pull" | "pulls" | "pulled" | "pulling")
        || !matches!(word(toks, i + 1), "the" | "our" | "that" | "this")
    {
        return None;
    }
    let mut k = i + 2;
    while k < toks.len() && k <= i + 6 && toks[k].is_word() && !is_order(word(toks, k)) {
        if matches!(
            word(toks, k),
            "for" | "at" | "in" | "from" | "of" | "on" | "with"
        ) {
            return None;
        }
        k += 1;
    }
    if k == i + 2 || !is_order(word(toks, k)) {
        return None;
    }
    // "the purchase order": the order is the word after "purchase".
    if word(toks, k) == "purchase" {
        k += 1;
        if !matches!(word(toks, k), "order" | "orders") {
            return None;
        }
    }
    let next = toks.get(k + 1);
    let ends = next.is_none_or(|t| {
        t.is_break() || matches!(t.lower.as_str(), "for" | "at" | "with" | "on" | "to" | "in")
    });
    ends.then_some(k + 1)
}

/// What a thing "kept on" may be that is no work of ours: "keeping an eye on", "keep the
/// lights on", "keep the pressure on".
const KEPT_ON_NOT_WORK: &[&str] = &[
    "eye", "eyes", "tabs", "lights", "light", "pressure", "focus", "lid", "heat", "heating",
    "radar", "agenda", "list",
];

/// At `i`, "keep / keeping / kept the <thing> on" with nothing after "on" but a break or a
/// word of where, how long or as what ("on in wexford town for now", "on through the winter",
/// "on as a backup"): the thing goes on, a continue; where the shape ends (after "on").
/// "on hold", "on ice", "on the road", "on track" are other idioms, and "keeping an eye on"
/// keeps nothing.
pub(in crate::reader) fn kept_on_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "keep" | "keeps" | "keeping" | "kept")
        || !matches!(word(toks, i + 1), "the" | "our" | "both")
    {
        return None;
    }
    let on = (i + 3..(i + 8).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| word(toks, k) == "on")?;
    if (i + 2..on).any(|k| KEPT_ON_NOT_WORK.contains(&word(toks, k))) {
        return None;
    }
    let ends = toks.get(on + 1).is_none_or(|t| {
        t.is_break()
            || matches!(
                t.lower.as_str(),
                "for"
                    | "in"
                    | "at"
                    | "through"
                    | "till"
                    | "until"
                    | "til"
                    | "past"
                    | "into"
                    | "beyond"
                    | "another"
                    | "as"
                    | "now"
                    | "after"
            )
    });
    ends.then_some(on + 1)
}

/// "Dale wants the payroll switch held till February, Accounting can't take on a migration
/// while they're doing W-2s": at `start..end` (the deferral "held"), a hold someone wants,
/// said with its time and then its reason (after a comma or "so", "because", "as"), is the
/// hold passed on; a bare wish ("Gareth wants the billing platform held till early Q3") is
/// still only a wish.
pub(in crate::reader) fn hold_wanted_with_reason(toks: &[Token], start: usize, end: usize) -> bool {
    // "wants the depot charging station deferred muna until …" (round B48): deferred or
    // postponed as held, perhaps "for now" (Tagalog "muna") before the time.
    // "The farm Wi-Fi she wants left till March, the bank's …" (round S49): left as held.
    if !matches!(
        word(toks, start),
        "held" | "deferred" | "postponed" | "left"
    ) {
        return false;
    }
    let end = end + usize::from(matches!(word(toks, end), "muna"));
    let wished = (start.saturating_sub(7)..start)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .any(|k| matches!(word(toks, k), "wants" | "want" | "wanted"));
    // "… held, the union is still negotiating": the reason straight after (round S43).
    // "… held until January; the new HR manager …": the phrase may end on its time, a
    // semicolon after it (round B48).
    let reason_now = toks
        .get(end)
        .is_some_and(|t| crate::reader::verdict_shapes::reason_mark(t) || t.is(";"));
    if !wished || !reason_now && !matches!(word(toks, end), "till" | "until" | "til" | "'til") {
        return false;
    }
    // The time said, then its reason: a comma, dash or reason word, and a clause of two
    // words or more after it ("budget's tapped").
    let mark = if reason_now {
        end
    } else {
        // "held until the electric conversions have had a season, he's …": the time may be
        // an event told at some length, so the mark is looked for to the sentence's end.
        // "held until January; the new HR manager should choose …" (round B48): a semicolon
        // or a dash with spaces closes the time as a comma does.
        let Some(mark) = (end + 2..(end + 14).min(toks.len()))
            .take_while(|&k| !matches!(word(toks, k), "." | "!" | "?" | "\n"))
            .find(|&k| {
                toks[k].is(",")
                    || toks[k].is(";")
                    || toks[k].is("–")
                    || toks[k].is("—")
                    || toks[k].is_sym("-") && !toks[k].attached
                    || matches!(word(toks, k), "so" | "because" | "as" | "since")
            })
        else {
            return false;
        };
        mark
    };
    (mark + 1..toks.len())
        .take_while(|&k| !toks[k].is_break())
        .filter(|&k| toks[k].is_word())
        .count()
        >= 2
}

/// At `i`, "down to <count> for / at / in <some of them> only" ("laptops down to 12 for
/// reception only, 9k"): a count brought down to some of those it was for, a rescope;
/// where the shape ends (after "only"). A count that fell ("down to 12 a week") has no
/// "only" closing its clause, and a share ("down to 12%") is no count.
pub(in crate::reader) fn down_to_some_only_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "down"
        || word(toks, i + 1) != "to"
        || toks.get(i + 2)?.kind != super::tokens::TokKind::Num
        || !matches!(word(toks, i + 3), "for" | "at" | "in")
    {
        return None;
    }
    let only = (i + 4..(i + 10).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| word(toks, k) == "only")?;
    let closes = toks.get(only + 1).is_none_or(|t| t.is_break());
    (closes && only > i + 4).then_some(only + 1)
}
