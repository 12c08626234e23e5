//! Verdicts a message tells without recording them now: one inside a relative clause about
//! a thing ("the kiosks we shelved in spring", "the app, which was approved in June") is
//! that thing's history, and "no decision needed" or "nothing was decided" says outright
//! that the message records no verdict.

use super::tokens::{TokKind, Token};

/// Nouns of renting a thing, said before the thing's name ("the renting of the forklifts").
const RENTED: &[&str] = &[
    "renting", "rental", "rent", "leasing", "lease", "hire", "hiring", "contract",
];

/// Words between a relative clause's opening and its verb: "which was approved", "that
/// got binned", "we had already parked".
const BETWEEN: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "got",
    "get",
    "had",
    "has",
    "have",
    "been",
    "being",
    "be",
    "'d",
    "'ve",
    "already",
    "just",
    "originally",
    "previously",
    "first",
    "all",
    "finally",
];

/// Words that open a thing's object after a verb: a verdict followed by one of them acts
/// on that object ("at the board meeting we approved the CRM"), so it is said now.
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "it", "them", "its", "our", "their", "this", "that", "these", "those",
    "another", "phase", "both", "all",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "our", "their", "this", "that", "its"];

/// Where the relative clause holding the verdict at tokens `start..end` opens, when the
/// verdict is told in passing about a thing said just before it: a name (`names` are the
/// token spans of the names found) or a noun after a determiner ("the one we deferred").
/// None when the verdict is said now.
pub fn relative_clause_start(
    toks: &[Token],
    start: usize,
    end: usize,
    names: &[(usize, usize)],
) -> Option<usize> {
    let name_ends_at = |j: usize| names.iter().any(|n| n.1 == j);
    let word = |j: usize| toks[j].lower.as_str();
    let mut k = start;
    while k > 0 && BETWEEN.contains(&word(k - 1)) {
        k -= 1;
    }
    let subject = k > 0 && matches!(word(k - 1), "we" | "they" | "i" | "you" | "he" | "she");
    if subject {
        k -= 1;
    }
    let opener = (k > 0).then(|| word(k - 1));
    let which = matches!(opener, Some("which" | "who"));
    let that = opener == Some("that");
    if which || that {
        k -= 1;
    }
    if !(which || that || subject) {
        return None;
    }
    // "which" and "who" open a relative clause wherever they stand; after "that" or a bare
    // subject the verdict must have no object of its own ("we approved the CRM" is said
    // now), and a thing must come just before.
    if !which {
        let object = toks.get(end).is_some_and(|t| {
            t.kind != TokKind::Sym && OBJECT_OPENERS.contains(&t.lower.as_str())
                || t.kind == TokKind::Num
                || names.iter().any(|n| n.0 == end)
        });
        if object {
            return None;
        }
    }
    let mut before = k;
    if which && before > 0 && toks[before - 1].is_sym(",") {
        before -= 1;
    }
    let thing = before > 0
        && (name_ends_at(before)
            // "the floodlight contractor we approved": a name with the noun it qualifies.
            || (before >= 2 && toks[before - 1].is_word() && name_ends_at(before - 1))
            || (before >= 2
                && toks[before - 1].is_word()
                && DETERMINERS.contains(&word(before - 2)))
            || (before >= 3
                && toks[before - 1].is_word()
                && toks[before - 2].is_word()
                && DETERMINERS.contains(&word(before - 3))));
    // "The biogas plant we continue, even with the delay.", "The SAP migration we will
    // stop.": a thing put first, opening its sentence, and the verdict ending the clause, is
    // the verdict said now (as Portuguese and Spanish writers put the object first).
    let clause_ends = toks
        .get(end)
        .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "!" | ";" | "\n" | "—" | "–"));
    // "Self-ordering kiosks we scale down — only the drinks stall …": a dash closes it too
    // (round V51).
    // "Prime mover telematics we continue for another year, $36k.": a further term closing
    // the clause is no object.
    // "The POS system we put back to March, …" (round S58): the time it is put back to
    // closes it too.
    let put_back_to = word(start) == "put"
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "to" | "till" | "until"))
        && end < toks.len()
        && word(end) == "back";
    let clause_ends = clause_ends
        || put_back_to
        || crate::reader::spoken_verdicts::further_term_at(toks, end).is_some();
    // "the renting of the electric forklifts we continue, more 3 years": the thing named
    // after "the renting (rental, lease, hire) of" opening the sentence (round V46).
    let opens_sentence = |j: usize| {
        let of = j >= 2 && word(j - 1) == "of" && RENTED.contains(&word(j - 2));
        let j = if of {
            j - 2 - usize::from(j >= 3 && word(j - 3) == "the")
        } else {
            j
        };
        // A list item's bullet ("- the electric forklifts we continue") opens it too.
        let bullet = j >= 1
            && matches!(word(j - 1), "-" | "•" | "*")
            && (j == 1 || toks[j - 2].is_sym("\n"));
        j == 0 || toks[j - 1].is_break() || bullet
    };
    let thing_start = names
        .iter()
        .find(|n| n.1 == before)
        .map(|n| n.0)
        .map(|j| j - usize::from(j > 0 && DETERMINERS.contains(&word(j - 1))));
    // "The POS for route sales we put back to March" (round S58): the thing named first,
    // a few words about it after, the whole opening its sentence.
    let named_first = || {
        let mut j = before;
        while j > 0 && before - j < 8 && toks[j - 1].is_word() {
            j -= 1;
        }
        let j = j + usize::from(DETERMINERS.contains(&word(j)) && j < before);
        opens_sentence(j - usize::from(j > 0 && DETERMINERS.contains(&word(j - 1))))
            && names.iter().any(|n| n.0 == j && n.1 < before)
    };
    if subject && clause_ends && (thing_start.is_some_and(opens_sentence) || named_first()) {
        return None;
    }
    thing.then_some(k)
}

/// "since the committee said no, Maintenance will clean up the data instead": where the reason
/// clause holding the verdict at `start` opens, when it leads its sentence (after a label's
/// dash or colon at most) and the sentence goes on after its comma: the verdict is what led
/// to the news told after it, not one the message records. None otherwise.
pub fn leading_reason_start(toks: &[Token], start: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opening = (0..start).rev().take(8).find(|&k| {
        matches!(word(k), "since" | "because")
            || matches!(
                (word(k), word(k + 1)),
                ("now" | "given", "that") | ("seeing", "as")
            )
    })?;
    let leads =
        opening == 0 || matches!(word(opening - 1), "-" | "–" | "—" | ":" | "." | "\n" | "!");
    let inside = toks[opening + 1..start].iter().all(|t| !t.is_break());
    // The sentence goes on after the clause's comma, with a clause of its own (or the
    // record ends at the comma, the sentence's next clause read as a record of its own).
    let comma = (start..toks.len())
        .take_while(|&k| !matches!(word(k), "." | "!" | "?" | "\n"))
        .find(|&k| toks[k].is_sym(","))?;
    let goes_on = comma + 1 == toks.len()
        || toks[comma + 1..]
            .iter()
            .take_while(|t| !t.is_break())
            .filter(|t| t.is_word())
            .count()
            >= 3;
    (leads && inside && goes_on).then_some(opening)
}

/// "No decision needed", "nothing was decided", "nothing for the Board to decide", "no
/// approval needed", "not a decision": the message says it records no verdict. "Nothing else decided" does
/// not: something was.
pub fn says_nothing_decided(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        let w = toks[i].lower.as_str();
        let next = toks.get(i + 1).map_or("", |t| t.lower.as_str());
        match w {
            "no" => matches!(next, "decision" | "decisions" | "approval" | "approvals"),
            // "go-live moved to end Jan. not a decision, just fyi"
            "not" => next == "a" && toks.get(i + 2).is_some_and(|t| t.lower == "decision"),
            // "so nothing's decided yet", "nowt to decide".
            "nothing" | "nobody" | "nothing's" | "nobody's" | "nowt" => toks[i + 1..]
                .iter()
                .take(6)
                .take_while(|t| !t.is_break())
                .try_fold((), |(), t| match t.lower.as_str() {
                    "else" | "more" | "other" => Err(false),
                    "decided" | "decide" => Err(true),
                    _ => Ok(()),
                })
                .err()
                .unwrap_or(false),
            _ => false,
        }
    })
}

/// What a customer or partner renews with us: a renewal of one of these is theirs.
const AGREEMENTS: &[&str] = &[
    "contract",
    "contracts",
    "deal",
    "agreement",
    "sponsorship",
    "partnership",
    "subscription",
    "membership",
];

/// "Codelco renewed the haulage contract for 3 more years", "The SPFL approved our
/// turnstile plan", "Ticketmaster declined to extend support": the verdict at `start..end`
/// is made by someone outside, news about our work, not our verdict. Its subject opens the
/// clause (after "the" at most), is written with a capital (anywhere: "iManage"), and is none of ours (not a
/// pronoun, not one of our units or investments, whose token spans are `names`, nor a body
/// that decides for us); and the verdict renews an agreement, acts on something of "our"
/// own, or declines to do something.
pub fn verdict_by_another(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    names: &[(usize, usize)],
) -> bool {
    // "the Harbour Commissioners have knocked back …": past the verb's "have".
    let have = start > 1 && matches!(toks[start - 1].lower.as_str(), "have" | "has" | "had");
    let Some(s) = start.checked_sub(1 + usize::from(have)) else {
        return false;
    };
    let subject = &toks[s];
    let capital = subject.is_word()
        && text[subject.start..subject.end]
            .chars()
            .any(char::is_uppercase);
    let opens_at = |k: usize| k == 0 || toks[k - 1].is_break();
    let capitalised =
        |t: &Token| t.is_word() && text[t.start..t.end].starts_with(char::is_uppercase);
    // "The SPFL approved …", "Avalanche Canada signed off …": a name of one to three words
    // opening its sentence.
    // "The Garfield Trust turned down …": three, the first "the" or a capital too.
    let lead = |k: usize| toks[k].is("the") || capitalised(&toks[k]);
    let opens = opens_at(s)
        || s > 0 && lead(s - 1) && opens_at(s - 1)
        || s > 1 && capitalised(&toks[s - 1]) && lead(s - 2) && opens_at(s - 2);
    let ours = matches!(subject.lower.as_str(), "we" | "i" | "they" | "you")
        || super::deciders::BODIES.contains(&subject.lower.as_str())
        || names.iter().any(|&(a, b)| s >= a && s < b);
    if !(capital && opens) || ours {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let renews = matches!(word(start), "renewed" | "renews" | "renewing")
        && toks[start + 1..]
            .iter()
            .take(6)
            .take_while(|t| !t.is_break())
            .any(|t| AGREEMENTS.contains(&t.lower.as_str()));
    // "… approved our plan", "… signed off on our …", "Harrods approved 3 of our plush toys".
    let some_of_ours = toks.get(end).is_some_and(|t| t.kind == TokKind::Num)
        && word(end + 1) == "of"
        && word(end + 2) == "our";
    // "HSE turned down our ask for the energy monitoring software": the funder decided
    // the work itself, which is our record of it.
    let on_ours = word(end) == "our" && !super::funders_asks::our_ask_for_the_work(toks, end)
        || word(end) == "on" && word(end + 1) == "our"
        || some_of_ours;
    let declines = matches!(word(start), "declined" | "refused") && word(end) == "to";
    renews || on_ours || declines
}
