//! Sentences joined by "and" or a comma that hold more than one record: where each may be
//! cut, and the cuts made where each side says its own thing.

use super::*;

/// Each sentence with a record (its place in `parts`) and where it may be cut into records
/// of their own.
#[inline]
pub(super) fn joined_cuts(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    english: &[Option<VerdictFinding>],
    currency: Currency,
) -> Vec<(usize, Vec<usize>)> {
    parts
        .iter()
        .zip(records)
        .enumerate()
        .filter(|(_, (_, r))| **r)
        .filter_map(|(k, (&part, _))| {
            // The part's verdict, found once for the shapes below that start from it.
            let verdict = english[k].or_else(|| find_french_verdict_in(toks, part.0, part.1));
            let joined = joined_all(toks, part);
            let cuts = match verdict {
                _ if !joined.is_empty() => joined,
                None => Vec::new(),
                Some(v) => new_listed_at(toks, part, v, currency)
                    .or_else(|| ask_joined_at(toks, part, v, currency))
                    .or_else(|| priced_item_at(toks, part, v, currency))
                    .or_else(|| shared_out_at(toks, part, v, currency))
                    .map_or_else(
                        || listed_after_colon_at(toks, part, v, currency),
                        |j| vec![j],
                    ),
            };
            (!cuts.is_empty()).then_some((k, cuts))
        })
        .collect()
}

/// Cuts the `joined` sentences of `parts` (and their `records`) where each side is a record
/// of its own; the starts of the pieces that open on a subject of their own.
#[inline]
pub(super) fn cut_joined<'n>(
    toks: &[Token],
    parts: &mut Vec<(usize, usize)>,
    records: &mut Vec<bool>,
    joined: &[(usize, Vec<usize>)],
    investment_in: impl Fn((usize, usize)) -> Option<&'n Vec<Target>> + Copy,
    counted: bool,
    currency: Currency,
) -> Vec<usize> {
    // Each side of a joined sentence is its own record when each names another investment,
    // or the right names one and the left has words of its own for a name the directory
    // lacks ("snow cannon phase 2 approved at £300k, and the app is on hold"), or the second
    // opens on a subject of its own ("…, and the drones are a no until Q2").
    let worded = |(a, b): (usize, usize)| {
        let verdict = find_verdict_in(toks, a, b).map_or((b, b), |v| (v.start, v.end));
        (a..b)
            .filter(|&k| (k < verdict.0 || k >= verdict.1) && toks[k].is_word())
            .count()
            >= 2
    };
    let mut subjects: Vec<usize> = Vec::new();
    for (k, cuts) in joined.iter().rev() {
        let (a, mut b) = parts[*k];
        // The pieces after each cut made, last first.
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        for &j in cuts.iter().rev() {
            // "…, £23k, approved by the members by email yesterday": the left's verdict, said
            // with who gave it; the name in it is the deciders', no thing's.
            let right = Some((j + 1, b))
                .filter(|&p| !later_items::verdict_said_by(toks, p))
                .and_then(investment_in);
            let (left, right) = (investment_in((a, j)), right);
            let left_named = left.is_some() || worded((a, j));
            // "the forklift is approved at $48k, and the QR ordering trial's a no": a thing of
            // the left's own words, then another subject on the right.
            let own_subject = left_named && right.is_none() && opens_on_subject(toks, j + 1, b);
            // "… and a new grant management system at £12k": a thing the directory lacks.
            let listed_new = toks.get(j + 2).is_some_and(|t| t.is("new"))
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
                || priced_items_either_side(toks, a, j, b, currency);
            // (each with its own subject: "…, and we're pulling …", "…, and the app is …";
            // not "…, revisit in the fall", the same item's second thought).
            // "…, and we've said no to the buoys, £52k for data the sensors already give
            // us": a name in the reason after the right's verdict clause is not its subject.
            let right_subject = find_verdict_in(toks, j + 1, b).map_or(right, |v| {
                let clause_end = (v.end..b).find(|&k| toks[k].is_break()).unwrap_or(b);
                investment_in((j + 1, clause_end))
            });
            let one_counted = counted
                && left_named
                && left.is_none_or(|l| right_subject != Some(l))
                && (opens_on_subject(toks, j + 1, b)
                    || toks.get(j + 1).is_some_and(|t| {
                        matches!(t.lower.as_str(), "we" | "we're" | "we've" | "we'll")
                    })
                    // "…: laptop refresh top-up of S$90k …, and the knowledge base licence
                    // renewal at S$28k": an item with words and money of its own.
                    || counted_item_after(toks, j, b, currency));
            // "… carries on as rescoped and the liaison team wants a text alert system …
            // about nine thousand dollars": someone's ask joined on, with its money.
            let asked = left_named && asks_after_and(toks, j, b, currency);
            let cut = left_named && right.is_some() && left != right
                || own_subject
                || listed_new
                || one_counted
                || asked;
            // "Craig's come round on the show stand, the Sydney show is back on at $58k".
            if cut
                && !super::back_on::back_on_after_coming_round(toks, a, j, b)
                && !super::scope_told::scope_after_rescope(toks, a, j)
                && !super::scope_told::staying_after_a_no(toks, a, j)
            {
                if own_subject || one_counted || asked {
                    subjects.push(j + 1);
                }
                pieces.push((j + 1, b));
                b = j;
            }
        }
        if !pieces.is_empty() {
            pieces.push((a, b));
            pieces.reverse();
            let n = pieces.len();
            parts.splice(*k..=*k, pieces);
            records.splice(*k..=*k, vec![true; n]);
        }
    }
    subjects
}
