//! Items of minutes that end a record but are no part of it: "- website rebuild: no
//! change", "- Chatbot: no decision needed", and the items after them that name, decide
//! and hand out nothing ("- Next meeting 8/12").

use super::*;

/// Cuts from the end of each of `spans` the items of minutes (among `parts`) that only say
/// nothing changed about another investment than the record's own ("- generator: push to
/// Q2\n- website rebuild: no change"), with the items after them that name no investment,
/// say no verdict or money and hand out no follow-up ("- Chatbot: no decision\n- Next
/// meeting 8/12"). `names` are the message's names.
pub(super) fn cut_status_ends(
    toks: &[Token],
    parts: &[(usize, usize)],
    names: &[NameMatch],
    spans: &mut [(usize, usize)],
    currency: Currency,
) {
    let investment_in = |part: (usize, usize)| investment_named(names, part);
    for span in spans.iter_mut() {
        let inside: Vec<(usize, usize)> = parts
            .iter()
            .copied()
            .filter(|p| p.0 >= span.0 && p.1 <= span.1)
            .collect();
        let about = inside.iter().find_map(|&p| investment_in(p));
        for &p in inside.iter().rev() {
            // "… also ok 9.5L. wms still parked": a hold standing, no part of the record
            // before (convention 54).
            if p.0 > span.0 && super::still_held::only_still_held(toks, p) {
                span.1 = p.0;
                continue;
            }
            if p.0 <= span.0 || !list_item(toks, p.0) {
                break;
            }
            let other = investment_in(p).is_some_and(|n| Some(n) != about);
            if status_item(toks, p) && other {
                span.1 = p.0;
                continue;
            }
            let idle = investment_in(p).is_none()
                && !follow_up_item(toks, p.0)
                && !handed_to_a_handle(toks, p)
                && find_verdict_in(toks, p.0, p.1).is_none()
                && find_money(&toks[p.0..p.1], currency).is_empty();
            if !idle {
                break;
            }
        }
        // "… 2) cold room approved, KSh 1.4M 3) AOB: Kiprop's send-off on Friday 🎉": an
        // item of any other business with nothing decided, priced or handed out in it.
        let idle_aob = |p: (usize, usize)| {
            any_other_business(toks, p.0)
                && !handed_to_a_handle(toks, p)
                && find_verdict_in(toks, p.0, p.1).is_none()
                && find_money(&toks[p.0..p.1], currency).is_empty()
        };
        if let Some(p) = inside
            .iter()
            .find(|p| p.0 > span.0 && p.0 < span.1 && idle_aob(**p))
        {
            span.1 = p.0;
        }
    }
}

/// Does an item at `a` (its bullet or number first) open on "AOB" or "Any other business"
/// and its colon or dash?
fn any_other_business(toks: &[Token], a: usize) -> bool {
    let item = list_item(toks, a) || numbered_items::numbered_item_at(toks, a);
    if !item {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let k = if toks[a].kind == TokKind::Num {
        a + 2
    } else if toks[a].is_word() {
        a
    } else {
        a + 1
    };
    let label_end = match word(k) {
        "aob" => k + 1,
        "any" if word(k + 1) == "other" && word(k + 2) == "business" => k + 3,
        _ => return false,
    };
    matches!(word(label_end), ":" | "-" | "–" | "—")
}
