//! "the second shockwave", "the extra reformer", "the extra lodge kitchens": a name's word
//! after "the" / "our" and a word saying which one of the things (or one more of them),
//! pointed at as "the shockwave" is.

use super::*;

/// Words saying which one of several things, or that it is one more of them ("the second
/// shockwave", "the extra reformer"); not a place or a kind ("the crane sensors", "the
/// Chesterfield branch"), which may be another thing's name.
const WHICH_ONE: &[&str] = &[
    "second",
    "third",
    "fourth",
    "fifth",
    "2nd",
    "3rd",
    "extra",
    "additional",
    "spare",
];

/// Measures a thing's size is told in before its noun ("the 10-tonne truck").
const SIZE_MEASURES: &[&str] = &[
    "ton", "tons", "tonne", "tonnes", "kw", "kva", "hp", "seater", "litre", "liter", "gallon",
    "bbl", "metre", "meter", "foot", "ft",
];

/// Words that join or say something of the words around them, never a place before a thing
/// ("the cost of proving racks", "the shop and proving racks").
const NOT_PLACES: &[&str] = &[
    "of", "for", "to", "and", "or", "in", "at", "on", "with", "from", "by", "is", "are", "was",
    "were", "be", "a", "an", "the", "our", "that", "this", "no", "not", "but", "as", "if", "new",
    "old", "than", "then", "it", "its", "we", "they", "he", "she", "you", "i",
];

/// Words of four letters ending in "s" that are no things in the plural.
const NOT_PLURALS: &[&str] = &[
    "this", "thus", "does", "goes", "less", "plus", "ours", "hers", "news", "lots", "days", "mins",
    "also",
];

/// The work done to fit out a place, said of one place ("the Mandurah fitout", "the
/// Tynemouth refit"): a name that says it in the plural (Clinic Fitouts, Salon Refits) is
/// that work at each of its places.
const WORK_AT_A_PLACE: &[&str] = &[
    "fitout",
    "fit-out",
    "refit",
    "refurb",
    "refurbishment",
    "renovation",
    "makeover",
];

impl NameIndex {
    /// "the Mandurah fitout is approved" for Clinic Fitouts: a place's name, with a capital,
    /// after "the" / "our", before the work of fitting out a place that a name says in the
    /// plural, is that name's work at the place. Not a thing after a capital word ("the
    /// Overdrive kiosk" against Self-Checkout Kiosks: the word may say which kind, a
    /// product), nor a capital word that is a name's own ("the Harbour refit" against
    /// Harbour Crane Refit and Lodge Refits, either).
    #[inline]
    pub(super) fn place_before_its_work(&self, toks: &[Token], i: usize, bare: &str) -> bool {
        if i < 2 || !WORK_AT_A_PLACE.contains(&bare) {
            return false;
        }
        let place = &toks[i - 1];
        let plural = format!("{bare}s");
        matches!(toks[i - 2].lower.as_str(), "the" | "our")
            && place.kind == TokKind::Word
            && place.capital
            && !place.caps
            && place.lower.len() >= 3
            && place.lower.is_ascii()
            && !place.lower.contains('\'')
            && !self.short.contains_key(place.lower.as_str())
            && self.inv_words.iter().any(|ws| ws.last() == Some(&plural))
    }

    /// "the rockingham hicaps", "the st ives laundrette dryers": the first word of a name of
    /// two words or more (not the thing it is, so not "the crane sensors" against Wearable
    /// Safety Sensors), said as that name's one word, after "the" / "our" and one or two
    /// words in small letters saying where (no name's word, no product's capitals).
    #[inline]
    pub(super) fn after_the_and_a_place(&self, toks: &[Token], i: usize, bare: &str) -> bool {
        let Some(&inv) = self.short.get(bare) else {
            return false;
        };
        let words = &self.inv_words[inv];
        // Ending the phrase ("the rockingham hicaps 👍") or before the things it names in
        // the plural ("laundrette dryers"); not a label's last word ("the app vendor: …"),
        // nor before other work done on the thing ("the electric boat charging posts"
        // against Boat Hoist Replacement) or the rest of a sentence ("the car ramp this
        // month" against Ramp Hydraulics Overhaul: a kind of ramp, maybe another).
        // "2 more drone kits": a plural of four letters too, not a word that only ends in
        // "s" ("more chalk this winter").
        let after_ok = toks.get(i + 1).is_none_or(|n| {
            if n.is_word() {
                (n.lower.len() >= 5
                    || n.lower.len() == 4 && !NOT_PLURALS.contains(&n.lower.as_str()))
                    && n.lower.ends_with('s')
                    && !n.lower.ends_with("ss")
            } else {
                !n.is_sym(":") && n.kind != TokKind::Num
            }
        });
        words.len() >= 2
            && after_ok
            && words[0] == bare
            // "2 more drone kits": more of the things, as after a place.
            && (i >= 1 && toks[i - 1].lower == "more"
                || (1..=2).any(|k| {
                i > k
                    && matches!(toks[i - k - 1].lower.as_str(), "the" | "our")
                    && toks[i - k..i].iter().all(|q| {
                        q.kind == TokKind::Word
                            && !q.capital
                            && q.lower.len() >= 2
                            && q.lower.is_ascii()
                            && !q.lower.contains('\'')
                            && !NOT_PLACES.contains(&q.lower.as_str())
                            && !self.short.contains_key(q.lower.as_str())
                    })
            }))
    }

    /// Whether the word at `i` comes after "the" / "our", a word saying which one, and at
    /// most one more word that is no name's word itself.
    #[inline]
    pub(super) fn after_the_and_qualifiers(&self, toks: &[Token], i: usize) -> bool {
        (1..=2).any(|k| {
            i > k
                // "a second robot for Gorey": one more, said with "a" (the thing itself;
                // another of a thing a name works on is read in `find.rs` as a new one).
                && matches!(toks[i - k - 1].lower.as_str(), "the" | "our" | "a" | "an")
                && WHICH_ONE.contains(&toks[i - k].lower.as_str())
                && toks[i - k + 1..i].iter().all(|q| {
                    q.kind == TokKind::Word
                        && !q.caps
                        && q.lower.len() >= 2
                        && !q.lower.ends_with("'s")
                        && !self.short.contains_key(q.lower.as_str())
                })
        })
    }

    /// "the 10-tonne truck", "our 3 ton ute" (round B66): the word at `i` after "the" /
    /// "our" and a size — a number and its measure, joined by a hyphen or not — which says
    /// which one of the things, as "the second truck" does.
    #[inline]
    pub(super) fn after_the_and_a_size(&self, toks: &[Token], i: usize) -> bool {
        // The cheap first test: the word before is a measure.
        if i < 3 || !SIZE_MEASURES.contains(&toks[i - 1].lower.as_str()) {
            return false;
        }
        let num = if toks[i - 2].is_sym("-") {
            i - 3
        } else {
            i - 2
        };
        num >= 1
            && toks[num].kind == TokKind::Num
            && matches!(toks[num - 1].lower.as_str(), "the" | "our")
    }
}
