//! How a short form is pointed at: "the erp", "our POS", a clause's subject, a label, the
//! topic after "Re:", a verdict's object, more of the things, a place's one; with the words
//! around it that the match reads again.

use super::*;

/// Verbs of a verdict said of a thing named right after them ("dropping Zoomly").
const VERDICT_VERBS: &[&str] = &[
    "dropping",
    "drop",
    "dropped",
    "ditching",
    "ditch",
    "ditched",
    "scrapping",
    "scrap",
    "scrapped",
    "killing",
    "kill",
    "killed",
    "cancelling",
    "canceling",
    "cancel",
    "cancelled",
    "canceled",
    "keeping",
    "keep",
    "kept",
    "approved",
    "approve",
    "rejected",
    "reject",
    "renewing",
    "renew",
    "renewed",
    "stopping",
    "stop",
    "stopped",
    "pausing",
    "pause",
    "paused",
];

/// What the words around a short form at `i` say of it.
#[derive(Clone, Copy)]
pub(super) struct Pointing<'t> {
    /// The word before, lower case ("" at the start).
    pub(super) prev: &'t str,
    pub(super) next_generic: bool,
    pub(super) leads: bool,
    pub(super) after_the_new: bool,
    pub(super) topic: bool,
    pub(super) qualified_subject: bool,
    pub(super) more_of: bool,
    /// Pointed at by any of the ways above or the others read here.
    pub(super) pointed: bool,
}

impl NameIndex {
    /// How the short form `bare` at `toks[i]` is pointed at; `after_unit` is the unit
    /// named just before.
    #[inline]
    pub(super) fn pointing<'t>(
        &self,
        toks: &'t [Token],
        i: usize,
        bare: &str,
        after_unit: Option<usize>,
    ) -> Pointing<'t> {
        let t = &toks[i];
        let prev = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        let next_generic = toks
            .get(i + 1)
            .is_some_and(|n| GENERIC.contains(&n.lower.as_str()));
        // The subject of a message or clause ("voicebot trimmed to $150k", "…; voicebot's a
        // no") is pointed at as surely as "the voicebot".
        // "- wearables: keep going": a list's item after its dash or bullet leads as well.
        let bullet = i >= 1
            && matches!(toks[i - 1].lower.as_str(), "-" | "•" | "*")
            && (i == 1 || toks[i - 2].is_break());
        let leads = i == 0 || toks[i - 1].is_break() || bullet;
        // "the new POS": a name's word after "the new" points at it as "the POS" does.
        // So do "the two new minibuses" (a count between) and "New minibuses are …" opening
        // a sentence as its subject (not a list's "…: new cameras, access control …").
        let pointer = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "the" | "our" | "that" | "this" | "these" | "those"
            )
        };
        let count = |k: usize| {
            toks[k].kind == TokKind::Num
                || matches!(
                    toks[k].lower.as_str(),
                    "two" | "three" | "four" | "five" | "six" | "both"
                )
        };
        let opens_as_subject = (i == 1
            || i >= 2 && matches!(toks[i - 2].lower.as_str(), "." | "!" | "?" | "\n"))
            && toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "are" | "have" | "were" | "is" | "has" | "was" | "in" | "at"
                )
            });
        let after_the_new = prev == "new"
            && (opens_as_subject
                || i >= 2 && (pointer(i - 2) || i >= 3 && count(i - 2) && pointer(i - 3)));
        // A word written in capitals ("for AML model tuning", "move PACS go-live") is said
        // as a name, as an acronym is.
        // "Re: kiosks", "re S/4": the topic a message is about.
        let topic = matches!(prev, "re" | "regarding")
            || (prev == ":" && i >= 2 && toks[i - 2].lower == "re");
        // "Eastside microtransit: keep it going": a name's word set as a label, after one
        // word saying which part or place, is the subject as a label alone is.
        let qualified_label = i >= 1
            && toks[i - 1].is_word()
            && (i == 1 || toks[i - 2].is_break())
            && toks.get(i + 1).is_some_and(|n| n.is_sym(":"));
        // "Reservations chatbot saved $18k": a name's last word (the thing it is) after one
        // ordinary word saying which, leading the clause and before what it did, is its
        // subject as the word alone is. Not after a unit ("Estates infrastructure": theirs),
        // a code ("AV shuttle") or a word saying how many ("every", "no").
        let qualified_subject = i >= 1
            && after_unit.is_none()
            && toks[i - 1].is_word()
            && !toks[i - 1].caps
            // Not another name's word ("straddle telemetry"): the two name neither.
            && !self.short.contains_key(toks[i - 1].lower.as_str())
            && !matches!(
                toks[i - 1].lower.as_str(),
                "a" | "an" | "new" | "another" | "no" | "any" | "some" | "every" | "each" | "all"
            )
            && (i == 1 || toks[i - 2].is_break())
            && toks.get(i + 1).is_some_and(|n| n.is_word());
        // "approved NOK 1.8m for more drones": more of the things a name's word says, in
        // the plural, are more of that investment.
        // "quotes for the extra panels": more of them, pointed at.
        let more_of = (prev == "more"
            || matches!(prev, "extra" | "additional")
                && i >= 2
                && matches!(toks[i - 2].lower.as_str(), "the" | "our"))
            && bare.len() > 4
            && bare.ends_with('s');
        // "worried about payroll cutover": a name's word before the work done on it.
        let work_next = toks
            .get(i + 1)
            .is_some_and(|n| vendor_products::work_word(&n.lower));
        // "We're dropping Zoomly.": a name's word or a product that a verdict's verb takes,
        // ending the clause, is what the verdict is about.
        let verdict_object =
            toks.get(i + 1).is_none_or(|n| n.is_break()) && VERDICT_VERBS.contains(&prev);
        // "Rio Verde biogas generated 1.150 MWh": a name's word in lower case after one or two
        // words with capitals that open the clause (a place, saying which site's) is its
        // subject, as the word alone is; not a near-spelling of one ("Minister's office"),
        // nor after someone's; nor the work done on a thing ("Switch renewal …" against
        // Server Room Cooling Renewal): the word before is what is renewed, not a place.
        let after_place = after_unit.is_none()
            && !t.capital
            && !name_variants::work_on(bare)
            && self.short.contains_key(bare)
            && toks.get(i + 1).is_some_and(|n| n.is_word())
            && (1..=2).any(|k| {
                i >= k
                    && (i == k || toks[i - k - 1].is_break())
                    && toks[i - k..i]
                        .iter()
                        .all(|p| p.is_word() && p.capital && !p.caps && !p.lower.ends_with("'s"))
            });
        // "Scottsdale's scanner is down again": a place's one, as the subject of what is
        // told of it, pointed at as "the scanner" is.
        let possessed = prev.len() > 3
            && prev.ends_with("'s")
            && !t.caps
            && toks[i - 1].capital
            && (i == 1 || toks[i - 2].is_break())
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "is" | "are" | "was" | "keeps"));
        let pointed = matches!(prev, "the" | "our" | "that" | "this")
            || possessed
            || after_place
            || verdict_object
            || topic
            || qualified_label
            || more_of
            || work_next
            || after_the_new
            || next_generic
            || leads
            || t.caps
            || self.after_the_and_qualifiers(toks, i)
            || self.after_the_and_a_size(toks, i)
            || self.after_the_and_a_place(toks, i, bare)
            || self.place_before_its_work(toks, i, bare);
        Pointing {
            prev,
            next_generic,
            leads,
            after_the_new,
            topic,
            qualified_subject,
            more_of,
            pointed,
        }
    }
}
