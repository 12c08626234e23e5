//! Whether a sentence with a record is an item after a note: news of an investment, or a
//! meeting's note, before it (see `split`).

use super::*;

/// "Met Spa about the rota. Also, we approved …": a note, then another item. So is news
/// of an investment with no verdict, then "Also" an item naming another ("Endpoint
/// security rollout is 60% done. Also Finance got the OK for …").
fn news_before(toks: &[Token], index: &NameIndex, part: (usize, usize)) -> bool {
    let investment = |m: &NameMatch| {
        m.targets
            .iter()
            .find(|t| matches!(t, Target::Investment(_)))
            .copied()
    };
    let told = index.find(&toks[..part.0]);
    let told = told.iter().find_map(investment);
    told.is_some()
        && find_verdict_in(toks, 0, part.0).is_none()
        && index
            .find(&toks[part.0..part.1])
            .iter()
            .all(|m| investment(m) != told)
}

/// "Mart: the weighbridge job has slipped …. And the roof over the sale pens – members
/// said no …": a sentence opening on "And" after news of another investment too, and a
/// thing someone named proposes with its price.
#[inline]
pub(super) fn note_then_item(
    toks: &[Token],
    index: &NameIndex,
    k: usize,
    part: (usize, usize),
) -> bool {
    let news_before = |part: (usize, usize)| news_before(toks, index, part);
    k > 0
        && (opens_item(toks, part.0) && (find_cues(&toks[..part.0]).meeting || news_before(part))
            || later_items::and_opens_sentence(toks, part.0) && news_before(part)
            // "… the dryer retrofit is done …. Dwayne is pushing for a new welder, around
            // $9,000, …": a priced proposal after news of another investment.
            || super::super::proposed_things::someone_proposes_a_thing(&toks[part.0..part.1])
                .is_some_and(|len| {
                    !index.find(&toks[part.0..part.1]).iter().any(|m| {
                        m.start < len && matches!(m.targets[0], Target::Unit(_))
                    })
                })
                && news_before(part)
            // "vacuum packer spare parts arrived 🙌 but MD rejected the drone": news cheered
            // with an emoji, then a verdict on another thing.
            || super::super::emoji_stops::after_an_emoji(toks, part.0) && news_before(part)
            // "… the new seeding room aircon keeping the shells calm. On the tech side, I've
            // told the Perth mob we're not renewing …": a turn to another topic (round B56).
            || turns_to_another_side(toks, part) && news_before(part))
}

/// Does the sentence `(a, b)` open on a turn to another topic: "On the <one or two
/// words> side," or "… front,"?
fn turns_to_another_side(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let word = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    if word(a) != "on" || word(a + 1) != "the" {
        return false;
    }
    (a + 3..(a + 5).min(b)).any(|k| {
        matches!(word(k), "side" | "front") && toks.get(k + 1).is_some_and(|t| t.is_sym(","))
    })
}
