//! Verdicts said the way people talk them, first met in round S15's writers: "KIV" (keep in
//! view, Singapore office English for a thing put off), "no way we're doing the …", "we're
//! finishing with the …", kit pulled off or out ("we're pulling the cameras off the jump
//! line"), a stop at fewer than planned ("we stop at 8 units instead of 12", a rescope), and
//! a verdict standing as a clause of its own after a comma or a dash ("…, approved.", "… -
//! said no."), which no hedge before it reaches; a body that decides saying aye ("Board's
//! said aye, …").

use super::tokens::Token;
use crate::domain::Verdict;

/// Fixed wordings, added to the verdict phrase table.
pub(super) const PHRASES: &[(&str, Verdict)] = &[
    // "Tuas warehouse automation KIV until after budget cycle", "$65k - KIV till March".
    ("kiv", Verdict::Defer),
    ("kiv'd", Verdict::Defer),
    // "ain't no way we're doing the cloud phone system".
    ("no way we're doing", Verdict::Reject),
    ("no way we are doing", Verdict::Reject),
    ("no way we're buying", Verdict::Reject),
    ("no way we're paying for", Verdict::Reject),
    ("no way we're funding", Verdict::Reject),
    // "We're finishing with the van telematics at Christmas": the work is ended.
    ("we're finishing with", Verdict::Stop),
    ("we are finishing with", Verdict::Stop),
];

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Things pulled out of a report or a system, not kit taken out of service.
const PULLED_NOT_KIT: &[&str] = &[
    "numbers", "data", "figures", "stats", "report", "reports", "list", "plug", "trigger",
];

/// "We're pulling the driver cams out of the pickups", "we pulled the sensors off the
/// roofs": at `i`, kit we take out of service, a stop; where the shape ends.
pub(super) fn kit_pulled_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "pulling" | "pulled" | "pull") || i == 0 {
        return None;
    }
    if let Some(end) = pulled_passive_with_money_sunk(toks, i) {
        return Some(end);
    }
    let ours = matches!(
        word(toks, i - 1),
        "we're" | "we" | "we've" | "'re" | "'ve" | "i'm" | "are" | "to"
    );
    if !matches!(word(toks, i + 1), "the" | "our" | "those" | "these" | "all") {
        return None;
    }
    if !ours {
        return pulled_with_money_sunk_after(toks, i);
    }
    let mut k = i + 2;
    while k < toks.len() && k <= i + 7 && toks[k].is_word() {
        let w = word(toks, k);
        if PULLED_NOT_KIT.contains(&w) {
            return None;
        }
        if matches!(w, "off" | "out") && k > i + 2 {
            return Some(i + 1);
        }
        k += 1;
    }
    None
}

/// "Marketing have pulled the Facebook ads. £2,800 since July and …" (round S44): at `i`
/// ("pulled" after "have" / "has"), the thing pulled closing its sentence, and the next
/// sentence opening on the money sunk in it; a stop. Where the shape ends.
fn pulled_with_money_sunk_after(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "pulled" || !matches!(word(toks, i - 1), "have" | "has" | "'ve") {
        return None;
    }
    let end = (i + 2..(i + 8).min(toks.len())).find(|&k| !toks[k].is_word())?;
    if !matches!(word(toks, end), "." | "!" | "\n")
        || (i + 2..end).any(|k| PULLED_NOT_KIT.contains(&word(toks, k)))
    {
        return None;
    }
    let next = &toks[end + 1..(end + 4).min(toks.len())];
    super::money_words::find_money(next, crate::money::Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
        .then_some(i + 1)
}

/// "The blast vibration app's been pulled. £14k spent and …" (round S46): at `i`, "pulled"
/// said of the thing before it ("'s been", "has been", "was"), closing its sentence, and
/// the next sentence opening on the money sunk in it; a stop. Where the shape ends.
fn pulled_passive_with_money_sunk(toks: &[Token], i: usize) -> Option<usize> {
    let been = word(toks, i - 1) == "been"
        && i >= 2
        && (matches!(word(toks, i - 2), "has" | "have" | "'s")
            || toks[i - 2].is_word() && word(toks, i - 2).ends_with("'s"));
    let was = matches!(word(toks, i - 1), "was" | "were");
    if !(been || was) || !matches!(word(toks, i + 1), "." | "!" | "\n") {
        return None;
    }
    let next = &toks[i + 2..(i + 5).min(toks.len())];
    super::money_words::find_money(next, crate::money::Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
        .then_some(i + 1)
}

/// "we're knocking the paper logs on the head", "knocked the old fax line on the head": at
/// `i`, a running thing we end, told with its name between the verb and "on the head"; a
/// stop. Where the shape ends (the verb; the name after it is the thing's).
pub(super) fn knocked_on_the_head_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "knocking" | "knocked" | "knock")
        || !matches!(word(toks, i + 1), "the" | "our" | "those" | "that" | "this")
    {
        return None;
    }
    (i + 3..=i + 8)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word()))
        .find(|&k| {
            word(toks, k) == "on" && word(toks, k + 1) == "the" && word(toks, k + 2) == "head"
        })
        .map(|_| i + 1)
}

/// "we stop at 8 units instead of 12", "stopping at 20 bikes, not 30": fewer than planned,
/// a rescope of the work, not its end.
pub(super) fn stop_at_fewer(toks: &[Token], start: usize, end: usize) -> bool {
    matches!(word(toks, start), "stop" | "stopping" | "stops")
        && end == start + 1
        && word(toks, end) == "at"
        && toks
            .get(end + 1)
            .is_some_and(|t| t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// A verdict standing as a clause of its own: after a comma or a dash, ending its sentence
/// ("needs another $40k for the access point, approved.", "Repairs asked for a chatbot -
/// said no."). A hedge or an ask before it is another clause's.
pub(super) fn stands_alone(toks: &[Token], start: usize, end: usize) -> bool {
    let before = start > 0 && matches!(word(toks, start - 1), "," | "-" | "–" | "—");
    let said = usize::from(word(toks, start) == "said" || word(toks, start) == "says");
    let after = matches!(word(toks, end), "" | "." | "!" | "\n");
    before && after && end - start <= 2 + said
}

/// "for another year", "for one more season", "for 12 months" at `at`: a further term
/// the verdict runs for, ending its clause; where the clause ends.
pub(super) fn further_term_at(toks: &[Token], at: usize) -> Option<usize> {
    if word(toks, at) != "for" {
        return None;
    }
    let mut k = at + 1;
    let count = matches!(
        word(toks, k),
        "another" | "one" | "a" | "further" | "two" | "three"
    ) || toks
        .get(k)
        .is_some_and(|t| t.lower.chars().all(|c| c.is_ascii_digit()));
    if !count {
        return None;
    }
    k += 1;
    k += usize::from(matches!(word(toks, k), "more" | "further" | "full"));
    let period = matches!(
        word(toks, k),
        "year" | "years" | "month" | "months" | "season" | "seasons" | "term" | "yr" | "yrs"
    );
    let ends = matches!(word(toks, k + 1), "" | "," | "." | "!" | ";" | "\n");
    (period && ends).then_some(k + 1)
}

/// Forms that authorise spending: signed, the spend they are for is approved.
const SPENDING_FORMS: &[&str] = &["afe", "po", "requisition", "req", "capex"];

/// "Bossman signed the AFE for the yard expansion", "the chair signed the PO for the uplift
/// van": at `i`, a spending form signed for a thing, an approval of it; where the shape
/// ends.
pub(super) fn spending_form_signed_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "sign" | "signs" | "signed" | "signing") {
        return None;
    }
    let mut k = i + 1 + usize::from(word(toks, i + 1) == "off");
    k += usize::from(matches!(word(toks, k), "the" | "an" | "a" | "our"));
    let form = SPENDING_FORMS.contains(&word(toks, k))
        || word(toks, k) == "purchase" && word(toks, k + 1) == "order";
    let k = k + usize::from(word(toks, k) == "purchase");
    (form && word(toks, k + 1) == "for").then_some(k + 1)
}

/// "the AFE for the yard expansion", "PO for the new wash bay": a name matched on a spending
/// form's one word alone (`start..end`, guessed) and said "for" a thing is that thing's
/// form, no mention of the investment the word begins.
pub(super) fn form_for_a_thing(toks: &[Token], start: usize, end: usize, guessed: bool) -> bool {
    guessed
        && end == start + 1
        && SPENDING_FORMS.contains(&word(toks, start))
        && word(toks, end) == "for"
        && matches!(
            word(toks, end + 1),
            "the" | "a" | "an" | "our" | "this" | "that"
        )
}

/// Documents of the work, whose sign-off is a step of it, not its approval.
const DOCUMENTS: &[&str] = &[
    "brief",
    "spec",
    "specs",
    "specification",
    "design",
    "designs",
    "drawings",
    "requirements",
    "wording",
];

/// The work's figures, whose sign-off is a check of them, not the work's approval.
const FIGURES: &[&str] = &[
    "numbers",
    "figures",
    "costings",
    "calcs",
    "calculations",
    "maths",
    "math",
];

/// "the survey brief is signed off by Assets", "spec approved by the engineers": at
/// `start`, a verdict said of a document of the work (its subject just before "is", "was",
/// "has been" or the verdict itself), news of the work, no verdict on it. So is one whose
/// object, after the verdict's words ending at `end`, is such a document or the work's
/// figures ("Environment signed off on the numbers").
pub(super) fn said_of_a_document(toks: &[Token], start: usize, end: usize) -> bool {
    let mut o = end + usize::from(word(toks, end) == "on");
    if matches!(word(toks, o), "the" | "our" | "their" | "its") {
        o += 1;
    }
    let object = word(toks, o);
    // "the design software": a document's word naming another thing is no document.
    let head = toks.get(o + 1).is_none_or(|t| {
        !t.is_word()
            || matches!(
                t.lower.as_str(),
                "for"
                    | "of"
                    | "is"
                    | "was"
                    | "by"
                    | "on"
                    | "to"
                    | "and"
                    | "from"
                    | "at"
                    | "with"
                    | "in"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "today"
                    | "yesterday"
            )
    });
    if o > end && head && (DOCUMENTS.contains(&object) || FIGURES.contains(&object)) {
        return true;
    }
    let mut k = start;
    while k > 0
        && matches!(
            word(toks, k - 1),
            "is" | "was" | "been" | "has" | "got" | "now"
        )
    {
        k -= 1;
    }
    k > 0 && DOCUMENTS.contains(&word(toks, k - 1))
}

/// "Board's said aye, £96k for …", "the directors have said aye": at `i` ("said"), aye said
/// by those who decide (a body, or "they"), an approval; where the shape ends. Not "I've
/// said aye" to a demo or an invite (the speaker agreeing to something else).
pub(super) fn deciders_said_aye_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "said" || word(toks, i + 1) != "aye" || i == 0 {
        return None;
    }
    let mut k = i - 1;
    if matches!(word(toks, k), "has" | "have") && k > 0 {
        k -= 1;
    }
    let subject = word(toks, k);
    let stem = subject
        .strip_suffix("'s")
        .or_else(|| subject.strip_suffix("'ve"))
        .unwrap_or(subject);
    (super::deciders::BODIES.contains(&stem) || stem == "they").then_some(i + 2)
}
