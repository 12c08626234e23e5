//! Who decided, when the message names someone other than the speaker: "Priya approved …",
//! "the exec committee signed off …", "Ops decided to …". The subject of the verdict's
//! clause, when it is a person's name, a body that decides, or a unit.

use super::decider_heads;
use super::decider_looks::AtVerdict;
pub(super) use super::decider_words::is_decider_word;
use super::decider_words::{contracted_pronoun, BETWEEN, NOT_DECIDERS};
use super::deciders_told;
use super::tokens::{TokKind, Token};

/// Bodies that decide; "the board", "exec", "steerco".
pub(super) const BODIES: &[&str] = &[
    "board",
    "exec",
    "execs",
    "executive",
    "committee",
    "steerco",
    "steering",
    "panel",
    "leadership",
    "cfo",
    "cio",
    "ceo",
    "cto",
    "coo",
    "cmo",
    "cpo",
    "ciso",
    "vp",
    "director",
    "directors",
    "council",
    "trustees",
    "investment",
    "portfolio",
    "finance",
    "procurement",
    "sponsor",
    "exco",
    "elt",
    "slt",
    "alco",
    "gm",
    "md",
    // "approved by the DG" (a Director General, round V66).
    "dg",
    // "management has decided to stop the staff hostel project" (round V59), "Grain silos —
    // management deferred to after harvest" (round S59).
    "management",
    "mgmt",
    // Spanish "la junta" (the board), in Spanish speakers' English (round V64).
    "junta",
];

/// A body that decides, said in the plural forms BODIES leaves out too ("the partners",
/// "governors").
pub(super) fn is_body(w: &str) -> bool {
    BODIES.contains(&w) || matches!(w, "partners" | "owners" | "governors")
}

/// "Trustees:", "The board:", "Exec committee:": a heading that only names a body that
/// decides, who the items are from, not what they are about.
pub(super) fn only_a_body(heading: &[Token]) -> bool {
    heading.iter().any(|t| is_body(&t.lower))
        && heading
            .iter()
            .all(|t| is_body(&t.lower) || matches!(t.lower.as_str(), "the" | "our" | "and" | "&"))
}

/// A hyphen or ampersand written inside a name ("Anne-Marie", "F&B").
fn inner_mark(toks: &[Token], j: usize) -> bool {
    (toks[j].is_sym("-") || toks[j].is_sym("&"))
        && toks[j].attached
        && j > 0
        && toks[j - 1].is_word()
        && toks.get(j + 1).is_some_and(|n| n.attached && n.is_word())
}

/// The decider named after the verdict: "signed off by Priya", "approved by the CFO".
fn named_after(
    text: &str,
    toks: &[Token],
    verb: usize,
    is_unit: &dyn Fn(usize) -> bool,
) -> Option<String> {
    // "approved 30. nóvember by the board", "approved on 30 November by the board" (round
    // V55): a day between the verdict and "by".
    let in_a_day = |j: usize| {
        toks[j].kind == TokKind::Num
            || toks[j].is_sym(".") && j > 0 && toks[j - 1].kind == TokKind::Num
            || super::dates::month(&toks[j].lower).is_some()
    };
    // "approved at $155,000 by Auntie Bea" (round V66): a price between them too.
    let in_a_price = |j: usize| {
        toks[j].kind == TokKind::Num
            || toks[j].kind == TokKind::Sym
                && matches!(toks[j].lower.as_str(), "$" | "£" | "€" | ",")
                && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num)
    };
    let dated = (verb + 1..(verb + 4).min(toks.len())).any(|j| toks[j].kind == TokKind::Num);
    let reach = if dated { 7 } else { 4 };
    let by = (verb + 1..(verb + reach).min(toks.len()))
        .take_while(|&j| toks[j].is_word() || dated && (in_a_day(j) || in_a_price(j)))
        .find(|&j| toks[j].is("by"))?;
    let start = by + 1;
    let mut end = start;
    while end < toks.len()
        && end - start < 4
        && (toks[end].is_word() || inner_mark(toks, end) || (end == start && toks[end].is_sym("@")))
        && !matches!(
            toks[end].lower.as_str(),
            "on" | "at"
                | "for"
                | "in"
                | "with"
                | "and"
                | "but"
                | "last"
                | "this"
                | "today"
                | "yesterday"
                | "after"
                | "because"
                | "as"
                | "since"
                | "to"
                | "until"
                | "till"
                // "approved by the Board by email last night" (round V68): how they said it.
                | "by"
                | "via"
        )
    {
        end += 1;
    }
    span_decider(text, toks, start, end, is_unit)
}

/// Whether the words from `start` to `end` name a decider, and as what text.
pub(super) fn span_decider(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    is_unit: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let end = decider_heads::before_time(toks, start, end);
    // "Decided Thursday to stop …": a verdict's own word before a time names no one.
    if start >= end || BETWEEN.contains(&toks[end - 1].lower.as_str()) {
        return None;
    }
    // "QA and Production agreed to defer …": two who decide, each a decider, together
    // (not "Renee and I", round D44).
    if let Some(and) = (start + 1..end.saturating_sub(1)).find(|&k| toks[k].is("and")) {
        let both = span_decider(text, toks, start, and, is_unit).is_some()
            && span_decider(text, toks, and + 1, end, is_unit).is_some();
        return both.then(|| text[toks[start].start..toks[end - 1].end].to_string());
    }
    let span = &toks[start..end];
    let first = span[0].lower.as_str();
    let plain = |k: usize| {
        let t = &toks[start + k];
        (t.kind == TokKind::Word || inner_mark(toks, start + k))
            && !NOT_DECIDERS.contains(&t.lower.as_str())
            && !contracted_pronoun(&t.lower)
    };
    let at_handle = span[0].is_sym("@") && span.len() == 2;
    if !at_handle && !(0..span.len()).all(plain) {
        return None;
    }
    let off = start + usize::from(matches!(first, "the" | "our"));
    let words: Vec<&Token> = toks[off..end].iter().filter(|t| t.is_word()).collect();
    if words.is_empty() {
        return None;
    }
    let capitalised = |t: &&Token| text[t.start..].starts_with(|c: char| c.is_uppercase());
    // "payroll swap aprvd 6k", "fiber build cut back to …", "The payroll switch waits …": a
    // unit's word before a noun of work is the work decided, not who decided (round S43).
    if super::work_subjects::names_the_work(&words) {
        return None;
    }
    // "update from the management meeting": management's meeting, no one named (round V59).
    if words.len() == 1
        && matches!(words[0].lower.as_str(), "management" | "mgmt")
        && toks
            .get(end)
            .is_some_and(|t| matches!(t.lower.as_str(), "meeting" | "meetings" | "mtg"))
    {
        return None;
    }
    let body = (off..end).any(|j| BODIES.contains(&toks[j].lower.as_str()) || is_unit(j))
        || decider_heads::someones_office(text, toks, off, end);
    // "boss said no to …", "the chairman said no" (round V55): a head's title.
    let person = span[0].is_sym("@")
        || (words.len() <= 2 && words.iter().all(capitalised))
        || (words.len() == 1 && super::deciders_said::is_head(&words[0].lower))
        // "Chamara aiya said no to …" (convention 81): a name and its honorific after it.
        || (words.len() == 2
            && capitalised(&words[0])
            && super::deciders_honorific::is_after_a_name(&words[1].lower));
    let body_at = |j: usize| is_body(&toks[j].lower) || is_unit(j);
    if !(person || body && decider_heads::headed_by_body(toks, off, end, &body_at)) {
        return None;
    }
    let from = if span[0].is_sym("@") {
        span[1].start
    } else {
        span[0].start
    };
    Some(text[from..span[span.len() - 1].end].to_string())
}

/// "Fwd from Dana: ok go on the CRM …", "From Helen: yes to …": a verdict passed on from the
/// one named in the opening "from …:" is theirs (not a time: "From Monday:", "From
/// Tuesday's steering:").
fn passed_on_from(
    text: &str,
    toks: &[Token],
    verb: usize,
    is_unit: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let fwd = usize::from(
        toks.first()
            .is_some_and(|t| matches!(t.lower.as_str(), "fwd" | "fw" | "forwarded")),
    );
    if !toks.get(fwd)?.is("from") {
        return None;
    }
    let start = fwd + 1;
    let colon = (start + 1..(start + 9).min(verb)).find(|&k| toks[k].is_sym(":"))?;
    // "From Errol, after the bank:", "From Miss Pauline after the bank meeting:" (round
    // V56): the one named, then the meeting it came from.
    let colon = super::deciders_passed_on::before_the_meeting(toks, start, colon);
    let timed = toks[start..colon].iter().any(|t| {
        let w = t.lower.trim_end_matches("'s").trim_end_matches("’s");
        super::dates::weekday(w).is_some() || super::dates::month(w).is_some()
    });
    if timed {
        return None;
    }
    span_decider(text, toks, start, colon, is_unit)
}

/// The decider named before the verdict starting at token `verb` ("Priya approved …") or
/// after it ("approved by the CFO"), as written. `is_unit` says whether a token is part of a
/// unit's name; `is_investment` whether a token is part of an investment's name, which is
/// what was decided, never who decided.
pub fn decided_by(
    text: &str,
    toks: &[Token],
    verb: usize,
    is_unit: &dyn Fn(usize) -> bool,
    is_investment: &dyn Fn(usize) -> bool,
) -> Option<String> {
    // "approved by Tom and me": the speaker decided with someone (round D44).
    if decider_heads::by_someone_and_me(toks, verb) {
        return None;
    }
    // "Approver: Salote (Finance)", "Approved by: R. Persaud" (round V56).
    if let Some(field) = super::deciders_in_fields::field_decider(text, toks) {
        return Some(field);
    }
    if let Some(named) = named_after(text, toks, verb, is_unit) {
        return Some(named);
    }
    if let Some(from) = passed_on_from(text, toks, verb, is_unit) {
        return Some(from);
    }
    if let Some(whose) = super::someones_ok::whose_ok(text, toks, verb) {
        return Some(whose);
    }
    if let Some(speaker) = super::deciders_in_logs::log_speaker(text, toks, verb) {
        return Some(speaker);
    }
    let look = AtVerdict {
        text,
        toks,
        verb,
        is_unit,
        is_investment,
    };
    let word = |k: usize| look.word(k);
    // "Anjali would rather we left the CCTV until …" (round S46): the one who would rather.
    if verb >= 3 && word(verb) == "left" && word(verb - 1) == "we" && word(verb - 2) == "rather" {
        let would = verb - 2 - usize::from(word(verb - 3) == "would");
        return named_before(text, toks, would, is_unit, is_investment);
    }
    // "payroll switch pushed to april": moved with no object, the subject is the work; so
    // is the subject of "… paused til q2", "Website's scaled back …", "The pipe camera's a
    // no" and who gets a thing ("Ops gets the pipe camera").
    let moved_itself = matches!(
        toks[verb].lower.as_str(),
        "pushed"
            | "moved"
            | "bumped"
            | "shifted"
            | "delayed"
            | "postponed"
            | "deferred"
            | "paused"
            | "parked"
            | "scaled"
            | "trimmed"
            | "cut"
    ) && toks.get(verb + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "to" | "till" | "til" | "until" | "back" | "out" | "down"
        )
    })
        // "Desalination unit — Board deferred to the meeting of 28/01", "Grain silos —
        // management deferred to after harvest": a body that decides moved it, not the work
        // itself (round S59).
        && !(verb > 0
            && (is_body(&toks[verb - 1].lower)
                || matches!(toks[verb - 1].lower.as_str(), "management" | "mgmt")));
    // "Payroll stays on the current system for another year": so is the subject of
    // "stays on" (round V46).
    let stays_on = matches!(
        toks[verb].lower.as_str(),
        "stays" | "stay" | "remains" | "remain"
    ) && toks.get(verb + 1).is_some_and(|t| t.is("on"));
    let the_thing = moved_itself
        || stays_on
        || decider_heads::gets_it(&toks[verb].lower)
        || decider_heads::may_have_it(toks, verb)
        || verb > 0 && decider_heads::is_run_on(&toks[verb - 1], &toks[verb]);
    (!the_thing)
        .then(|| {
            named_before(text, toks, verb, is_unit, is_investment)
                .map(deciders_told::without_has)
                .or_else(|| {
                    let shout = decider_heads::shouted(text, toks, verb)
                        || decider_heads::approved_at(toks, verb);
                    (!shout)
                        .then(|| deciders_told::clause_subject(&look))
                        .flatten()
                })
                .or_else(|| deciders_told::lowercase_subject(&look))
                .or_else(|| super::deciders_said::lowercase_sayer(&look))
        })
        .flatten()
        // "Mme Bégué has put the showroom refit on ice …" (round V59).
        .or_else(|| {
            super::deciders_put_on_hold::put_before(toks, verb)
                .and_then(|put| named_before(text, toks, put, is_unit, is_investment))
        })
        .or_else(|| deciders_told::okayed_it_after(&look))
        .or_else(|| deciders_told::mind_changed_before(&look))
        .or_else(|| super::deciders_by_pronoun::named_by_and_pronoun(&look))
        // "… meeting with Hal. He signed off on …" (round V58).
        .or_else(|| super::deciders_after_a_meeting::met_before_pronoun(&look))
        .or_else(|| super::deciders_fine_with::said_fine_with(&look))
        .or_else(|| super::deciders_closing::closing_decider(&look))
        // "…, Ray's good with it." (round V60).
        .or_else(|| super::deciders_fine_after::fine_with_it_after(&look))
        .or_else(|| super::deciders_said::verdict_from_named(&look))
        .or_else(|| super::deciders_said::a_no_from_named(&look))
        .or_else(|| super::deciders_said::body_closing_alone(&look))
        .or_else(|| super::deciders_said_after::short_verdict_said(&look))
        // "…, Mr. Zhang said keep going." (round V58).
        .or_else(|| super::deciders_said_after::go_on_said(&look))
        // "Charlie says crack on, we keep going with …" (round V60).
        .or_else(|| super::deciders_said_after::sayer_before(&look))
        // "JP wants a 9m fibreglass instead of the 11m, so the price comes down …" (round V60).
        .or_else(|| super::deciders_wanted_instead::wanted_instead(&look))
        // "Chairman's decision on the cattle float: buy …" (round V60).
        .or_else(|| super::deciders_said_after::whose_decision_heading(&look))
        .or_else(|| super::deciders_said_after::whose_call(&look))
        .or_else(|| super::deciders_boss::boss_decided(&look))
        // "Dave's not having the bulk truck", "The board's trimmed …" (round V57).
        .or_else(|| super::deciders_contracted::named_with_is_or_has(&look))
        // "… is a no. Gerry says we're renting again" (the lead, round 57).
        .or_else(|| super::deciders_said_after::sayer_of_next_sentence(&look))
        // "Mrs Ramdial just tell me the accounting system is a go" (round V61).
        .or_else(|| super::deciders_told_me::told_me_before(&look))
        // "Mr Ssemakula: the sales app — we stop it." (round V61).
        .or_else(|| super::deciders_quoted::quoted_titled_name(&look))
        // "Hatchery trial is finished, Board decision." (round V61).
        .or_else(|| super::deciders_decision_of::decision_of_after(&look))
        // "Just from Mr Phiri: no to the bottling line this year." (round V62).
        .or_else(|| super::deciders_heading_from::heading_from(&look))
        // "Donna and Ray agreed we only redo …", "… Thank you GM 🙌🏾" (round V63).
        .or_else(|| super::deciders_pair_agreed::pair_agreed(&look))
        .or_else(|| super::deciders_thanked::thanked_after(&look))
        // "Board meet last night and approve the solar dryers" (round S64).
        .or_else(|| met_and_then(&look))
        // "MD Sir said wait till ERP is live, then decide. So pending till March." (round V64).
        .or_else(|| super::deciders_said_so::said_then_so(&look))
        // "Per Ray, the route optimization thing is back on" (round V65).
        .or_else(|| super::deciders_per::per_someone(&look))
}

/// "Board meet last night and approve …", "The Board met on Tuesday and approved …" (round
/// S64): the verdict straight after "and", a few words after "met" / "meet" in its clause —
/// the one who met gave it.
fn met_and_then(look: &AtVerdict) -> Option<String> {
    let verb = look.verb;
    if verb < 3 || look.word(verb - 1) != "and" {
        return None;
    }
    let met = (verb.saturating_sub(7)..verb - 1)
        .rev()
        .find(|&j| matches!(look.word(j), "met" | "meet"))?;
    if (met + 1..verb).any(|j| look.toks[j].is_break()) {
        return None;
    }
    named_before(look.text, look.toks, met, look.is_unit, look.is_investment)
}

/// A list's bullet opening its line at `k` ("- The board approved …", "• Ms. Garbutt …").
pub(super) fn line_bullet(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].lower.as_str(), "-" | "•" | "*" | "▪" | "‣" | "・")
        && toks[k].kind == TokKind::Sym
        && (k == 0 || toks[k - 1].is_sym("\n"))
}

/// A hyphen at `k` with a space on each side ("Travel lift - Shanice said no"), written for
/// a dash; not one inside a word ("Mary-Jane").
fn spaced_hyphen(toks: &[Token], k: usize) -> bool {
    k > 0
        && toks[k].is_sym("-")
        && !toks[k].attached
        && toks.get(k + 1).is_some_and(|t| !t.attached)
}

/// The decider named as the subject of the verdict's clause: "Priya approved …", "Ops
/// decided to stop …".
fn named_before(
    text: &str,
    toks: &[Token],
    verb: usize,
    is_unit: &dyn Fn(usize) -> bool,
    is_investment: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let mut end = verb;
    // "The exec agreed this morning to hold …": the time said, then the words before it.
    if let Some(agreed) = verb
        .checked_sub(1)
        .and_then(|to| decider_heads::agreed_at_a_time(toks, to))
    {
        end = agreed + 1;
    }
    while end > 0
        && (BETWEEN.contains(&toks[end - 1].lower.as_str())
            || (toks[end - 1].is("to")
                && end >= 2
                && matches!(
                    toks[end - 2].lower.as_str(),
                    "decided" | "agreed" | "voted" | "want" | "wants" | "resolved" | "ok" | "okay"
                ))
            // "Mr. Leung ok to continue the CCTV contract" (round V61): said ok to it.
            || (matches!(toks[end - 1].lower.as_str(), "ok" | "okay") && toks[end].is("to"))
            // "The board i approve …", "Mr. Boe no approve …" (round V62): Pijin's and
            // Bislama's marker "i" and their "no" before the verb.
            || super::predicate_marker::between(toks, end - 1)
            // "Customer Services are keeping …": doing the verdict, the subject decided.
            || (matches!(toks[end - 1].lower.as_str(), "is" | "are" | "was" | "were")
                && toks[verb].lower.ends_with("ing")))
    {
        end -= 1;
    }
    // "the Board, at its sitting of 2nd December, has approved …" (round V65): the sitting
    // told aside, then the body before it.
    if let Some(aside) = super::deciders_at_its_sitting::before_its_sitting(toks, end) {
        end = aside;
    }
    // "Ops decided to stop …": the verdict follows "decided to".
    let mut start = end;
    // "- The board approved …" in minutes' items: the bullet opens the clause (round V58).
    // "The whey treatment plant - Mr Andreas said no …" (round S64): a spaced hyphen sets a
    // thing's heading off as a dash does.
    let opens =
        |k: usize| toks[k - 1].is_break() || line_bullet(toks, k - 1) || spaced_hyphen(toks, k - 1);
    while start > 0 && !opens(start) && end - start < 4 {
        start -= 1;
    }
    // "Kindly note that the Exec Committee has approved …", "Please be advised that
    // Council approved …": the subject opens after a "that" told (round D44).
    if let Some(that) = decider_heads::told_that(toks, start, end) {
        start = that + 1;
    } else if start > 0 && !opens(start) {
        return None;
    }
    // "…, so Glenn has signed off on …": a joining word opens the clause, not the name.
    // "First the GM i approve …" (round V62): an item's order opens it too.
    while start + 1 < end
        && matches!(
            toks[start].lower.as_str(),
            "so" | "and" | "but" | "first" | "second" | "third" | "lastly"
        )
    {
        start += 1;
    }
    // "Hi Litia, just confirming the Board approved …": the confirming words open it too.
    start = super::deciders_confirming::after_confirming(toks, start, end);
    // "Kila says finance approves …" (convention 78): the one passing it on opens it.
    start = super::deciders_passed_on::after_the_sayer(toks, start, end);
    // "Board said no to …" where the directory has a "Departure Board": a body's word is
    // who decided, though it is a word of a thing's name too (round D44).
    if (start..end).any(|j| is_investment(j) && !is_body(&toks[j].lower)) {
        return None;
    }
    // "PIPE CAMERA APPROVED" shouted, "ServiceTitan approved at £40k" passive: only a
    // body's word or a unit names who decided.
    if (decider_heads::shouted(text, toks, verb) || decider_heads::approved_at(toks, verb))
        && !(start..end).any(|j| is_body(&toks[j].lower) || is_unit(j))
    {
        return None;
    }
    span_decider(text, toks, start, end, is_unit)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn by(text: &str, verb: &str) -> Option<String> {
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.lower == verb).unwrap();
        decided_by(text, &toks, at, &|_| false, &|_| false)
    }

    #[test]
    fn names_bodies_and_the_speaker() {
        assert_eq!(
            by("Priya approved £80k for the pilot", "approved").as_deref(),
            Some("Priya")
        );
        assert_eq!(
            by("the exec committee signed off the WMS", "signed").as_deref(),
            Some("the exec committee")
        );
        assert_eq!(
            by("Board has finally approved it", "approved").as_deref(),
            Some("Board")
        );
        assert_eq!(
            by("update: CFO rejected the bid", "rejected").as_deref(),
            Some("CFO")
        );
        assert_eq!(by("we approved £250k", "approved"), None);
        assert_eq!(by("approved £250k", "approved"), None);
        assert_eq!(by("so after a long debate approved it", "approved"), None);
        assert_eq!(by("Great news, approved!", "approved"), None);
    }

    #[test]
    fn a_verdict_passed_on_from_someone_is_theirs() {
        assert_eq!(
            by("Fwd from Marta: ok go on the POS swap at $90k", "ok").as_deref(),
            Some("Marta")
        );
        assert_eq!(
            by("From Helen: yes to the loyalty app, £30k", "yes").as_deref(),
            Some("Helen")
        );
        assert_eq!(
            by("from the board: no to the loyalty app", "no").as_deref(),
            Some("the board")
        );
        // A time or the speaker's side is no one who decided.
        assert_eq!(by("From Monday: approved the rota app", "approved"), None);
        assert_eq!(by("From Tuesday's steering: approved it", "approved"), None);
        assert_eq!(by("from me: approved the rota app", "approved"), None);
        assert_eq!(by("From March: approved the rota app", "approved"), None);
    }
}
