//! Words said around a new thing that are no part of its name: how many are wanted ("a
//! couple of those …"), a site's noun after its place, what a report is on, the getting
//! of it ("the purchase of a …").

use super::*;

/// "a couple of those interactive tables", "a pair of the new scanners", "a few of these
/// kiosks": at `i`, how many are wanted, said before the things; how many words it takes.
pub(in crate::reader::new_names) fn quantity_of_len(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let quantity = matches!(
        word(i),
        "couple" | "pair" | "few" | "handful" | "bunch" | "set" | "batch"
    );
    if quantity && word(i + 1) == "of" {
        return Some(2 + usize::from(matches!(word(i + 2), "those" | "these" | "them")));
    }
    // "a second set of portable panels", "another batch of tablets": which of them, then
    // how many.
    let which = matches!(
        word(i),
        "second" | "third" | "fourth" | "another" | "extra" | "spare" | "new"
    );
    if which
        && matches!(word(i + 1), "set" | "batch" | "pair" | "couple" | "lot")
        && word(i + 2) == "of"
    {
        return Some(3 + usize::from(matches!(word(i + 3), "those" | "these" | "them")));
    }
    // "asked for two more handheld metal detectors", "3 extra tablets": a count of more of
    // the same.
    let count = toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
        || matches!(
            word(i),
            "two" | "three" | "four" | "five" | "six" | "ten" | "some" | "several" | "few"
        );
    (count && matches!(word(i + 1), "more" | "extra" | "additional")).then_some(2)
}

/// Nouns of a site, said after its place's name ("Denizli factory", "Coruche plant").
pub(in crate::reader::new_names) const SITE_NOUNS: &[&str] = &[
    "factory",
    "plant",
    "mill",
    "site",
    "office",
    "branch",
    "warehouse",
    "campus",
    "depot",
];

/// Things said with what they are about after "on": "a dashboard on dam levels".
pub(in crate::reader::new_names) const KIND_ON_TOPIC: &[&str] =
    &["dashboard", "report", "study", "survey", "review", "course"];

/// Nouns of getting a thing, said before "of" and the thing: "the purchase of a …".
pub(in crate::reader::new_names) const ACQUIRING: &[&str] = &[
    "purchase",
    "procurement",
    "acquisition",
    "installation",
    "introduction",
    "adoption",
    "implementation",
    "rollout",
    "deployment",
    // "Cancel the order of second electric forklift" (round B52).
    "order",
];
