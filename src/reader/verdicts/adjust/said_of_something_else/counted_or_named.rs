//! A verdict word said of a time ("once we're done with it"), of things counted ("rejecting a
//! third of the brackets", "abandoned carts are down"), of a thing preventing someone, of a
//! size cut ("scope got cut to …"), in a fund's name, or of how the work is going.

use super::*;

/// A time, things counted, a thing preventing someone, a size cut, a fund named, the work
/// going on as news. `Some` when that settles it.
pub(super) fn counted_or_named(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    // "Once we're done with it, the till goes to the charity shop": a time, not a stop.
    if raw == Verdict::Stop
        && toks[start..end].iter().any(|t| t.is("done"))
        && matches!(
            prev,
            "once" | "when" | "until" | "till" | "after" | "before" | "if"
        )
    {
        return Some(None);
    }
    // "we kept the drydock pumps running the whole time", "kept the tills going through
    // the outage": what the work let us keep doing while something lasted, no decision.
    let through = match next {
        "throughout" | "through" => true,
        "all" => true,
        "the" => toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "whole" | "entire")),
        _ => false,
    };
    if raw == Verdict::Continue && word == "kept" && through {
        return Some(None);
    }
    // "QA is rejecting a third of the brackets", "the pilots reject half the fixes": a
    // share of things turned back as they come, a rate of rejects, no verdict on the work.
    if raw == Verdict::Reject
        && matches!(word, "rejecting" | "rejects" | "reject")
        && end == start + 1
        && share_after(toks, end)
    {
        return Some(None);
    }
    // "£35k a year in scrap an' rework", "tonnes of scrap": scrap as the stuff thrown out,
    // no stop.
    if word == "scrap" && end == start + 1 && matches!(prev, "in" | "of" | "less" | "more") {
        return Some(None);
    }
    // "the fettlin' rejects on the pump housings am down from 6%": rejects as things
    // counted, the subject of a fall or a rise a few words on.
    // "— rejects at receiving went from 14% to 3% in November" (round S58): opening its
    // clause, the subject of a change "from" one figure.
    if word == "rejects"
        && end == start + 1
        && ((start.saturating_sub(4)..start)
            .any(|k| matches!(toks[k].lower.as_str(), "the" | "our"))
            || start == 0
            || toks[start - 1].is_break())
        && (end..(end + 6).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "are" | "am" | "were" | "down" | "up" | "fell" | "dropped" | "halved"
                ) || toks[k].is("went") && toks.get(k + 1).is_some_and(|t| t.is("from"))
            })
    {
        return Some(None);
    }
    // "the only thing stoppin' us buyin' new sand": a thing preventing someone, no stop.
    let prevents = matches!(word, "stopping" | "stops" | "stopped" | "stop")
        && end == start + 1
        && matches!(
            next,
            "us" | "them" | "me" | "him" | "her" | "people" | "anyone"
        )
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is("from") || t.lower.ends_with("ing"));
    if raw == Verdict::Stop && prevents {
        return Some(None);
    }
    // "abandoned carts are down from 70% to 45%": the word names what is counted, no stop.
    let counted = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "are"
                    | "were"
                    | "is"
                    | "was"
                    | "down"
                    | "up"
                    | "fell"
                    | "dropped"
                    | "rate"
                    | "went"
            )
        })
    };
    // "abandoned calls at Madison went from 14% to 3%": a place may come between.
    let placed = |k: usize| {
        matches!(
            toks.get(k).map_or("", |t| t.lower.as_str()),
            "at" | "in" | "on"
        ) && toks.get(k + 1).is_some_and(|t| t.is_word())
            && (counted(k + 2) || toks.get(k + 2).is_some_and(|t| t.is_word()) && counted(k + 3))
    };
    if word == "abandoned"
        && end == start + 1
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "the" | "a" | "an" | "our" | "their" | "this" | "that" | "its" | "it"
                )
        })
        && (counted(end + 1) || placed(end + 1))
    {
        return Some(None);
    }
    // "the panel line's scope got cut to $2.1M", "budget got cut to £40k": the work's size
    // cut to a figure, a rescope.
    let size = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "scope" | "budget" | "scope's"))
    };
    if word == "got" && raw == Verdict::Reject && next == "to" && start > 0 && size(start - 1) {
        return Some(Some(Verdict::Rescope));
    }
    // "got cut to $80k", "got cut back", "got cut by 20%": made smaller, not refused.
    if word == "got"
        && raw == Verdict::Reject
        && (matches!(next, "to" | "back" | "down")
            || next == "by"
                && toks
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Sym))
    {
        return Some(None);
    }
    // "The Marine Fund grant didn't come through", "the Heritage Lottery Fund": "Fund" with
    // a capital after a capitalised word is part of a name, not "we'll fund it"; so is a
    // fund money comes out of ("comes out of general fund now", "from the capital fund").
    if word == "fund"
        && end == start + 1
        && start > 0
        && (toks[start].capital && toks[start - 1].is_word() && toks[start - 1].capital
            || matches!(
                prev,
                "general"
                    | "the"
                    | "a"
                    | "capital"
                    | "reserve"
                    | "sinking"
                    | "contingency"
                    | "innovation"
                    | "grant"
                    | "our"
                    | "this"
                    | "that"
                    | "of"
            ))
    {
        return Some(None);
    }
    // "Gangway replacement stays on track for the March changeover": how the work is going
    // towards a time, news; "stays on track, …" closing its clause keeps it going.
    if raw == Verdict::Continue
        && matches!(word, "stays" | "stay")
        && toks.get(end - 1).is_some_and(|t| t.is("track"))
        && matches!(next, "for" | "to" | "towards" | "toward")
    {
        return Some(None);
    }
    // "The traceability system is staying.", "still on tho": the work goes on only when
    // nothing follows in its clause but a concession ("still on even tho go-live slid") ("Rhys is staying late" says where a person will be,
    // "still on track" how it goes).
    if raw == Verdict::Continue
        && (toks.get(start + 1).is_some_and(|t| t.is("staying")) && matches!(word, "is" | "are")
            || word == "still" && toks.get(start + 1).is_some_and(|t| t.is("on")))
        && toks
            .get(end)
            .is_some_and(|t| !t.is_break() && !matches!(t.lower.as_str(), "tho" | "though"))
        && !crate::reader::still_on_despite::even_though_at(toks, end)
        // "is staying on for another season" keeps it going for a term (round S45).
        && crate::reader::stays_on::stays_on_at(toks, start + 1).is_none()
    {
        return Some(None);
    }
    // "£2.4m for a boiler … is not a goer": a judgement in a reason, not a verdict.
    if word == "a" && toks.get(start + 1).is_some_and(|t| t.is("goer")) && NEGATIONS.contains(&prev)
    {
        return Some(None);
    }
    None
}

/// "a third of", "half the", "most of", "30%", "one in five": at `at`, a share of things
/// counted.
fn share_after(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    match word(at) {
        "half" | "most" | "some" | "many" | "every" | "one" => true,
        "a" => matches!(
            word(at + 1),
            "third" | "quarter" | "fifth" | "tenth" | "half" | "lot" | "few" | "couple"
        ),
        _ => toks.get(at).is_some_and(|t| t.kind == TokKind::Num),
    }
}
