//! Where a reason starts: the words that open one, the phrases that are none, purposes and
//! clauses of their own.

use super::*;

pub(super) const RATIONALE_MARKERS: &[&str] = &[
    "because", "since", "given", "citing", "—", "–", ";", ":", "(",
];

/// Clauses that describe the money, the timing or the next step rather than the reason.
pub(super) const NOT_REASONS: &[&str] = &[
    "and",
    "plus",
    "but",
    "with",
    "for",
    "now",
    "budget",
    "review",
    "revisit",
    "we'll",
    "i'll",
    "new",
    "then",
    "so",
    "phase",
    "which",
    "expecting",
    "expected",
    "payback",
    "go-live",
    "go",
    "from",
    "cut",
    "in",
    "at",
    "on",
    "to",
    "over",
    "i",
    "will",
    "citing",
    "because",
    "since",
    "given",
    "due",
    "as",
    "thanks",
    "launching",
    "launch",
    "live",
    "going",
    "rollout",
    "nothing",
    // "even with the delay", "whatever you heard in the locker room", "kindly proceed with
    // the PO": a concession, a brush-off or a request, said beside the verdict.
    "even",
    "whatever",
    "kindly",
    "pls",
    "please",
];

/// Longest reason kept, in tokens; also keeps the scan linear on text with no full stops.
pub(super) const MAX_CLAUSE: usize = 60;

/// Where the reason given starts: after "because" / "since" / "due to" / a dash / a colon /
/// a comma, or at "pending" / "waiting".
pub(super) fn reason_start(toks: &[Token], i: usize) -> Option<(usize, bool)> {
    let w = toks[i].lower.as_str();
    let next = toks.get(i + 1).map_or("", |t| t.lower.as_str());
    match w {
        // "say no thanks to the chatbot offer" is a refusal of it, not a reason.
        "thanks" if i > 0 && toks[i - 1].is("no") => None,
        // "thanks to everyone who pushed for this": a thank-you, not a cause.
        "thanks" if crate::reader::chat_asides::thanks_to_people(toks, i) => None,
        "due" | "owing" | "thanks" if next == "to" => Some((i + 2, true)),
        // "the returns were short because of it": pointing back at what was said before it,
        // which is the reason, not after.
        "because"
            if next == "of"
                && matches!(
                    toks.get(i + 2).map_or("", |t| t.lower.as_str()),
                    "it" | "that" | "this" | "them"
                )
                && toks.get(i + 3).is_none_or(|t| t.is_break()) =>
        {
            None
        }
        "because" if next == "of" => Some((i + 2, true)),
        // "up 12 points since the beta": from when, not why.
        "since"
            if clauses::since_after_change(toks, i)
                // "since it come back on line", "since they went in": when the thing
                // started, told inside a result, no cause (round R49).
                || matches!(next, "it" | "they")
                    && toks.get(i + 2).is_some_and(|t| {
                        matches!(t.lower.as_str(), "came" | "come" | "went" | "got" | "was")
                    })
                || clauses::since_time_then_clause(
                    toks,
                    i + 1,
                    clauses::clause_end(toks, i + 1, toks.len()),
                ) =>
        {
            None
        }
        "because" | "since" | "citing" => Some((i + 1, true)),
        // "they were persuaded by the fact that we're still keying …" (round R40).
        "persuaded" | "convinced" | "swayed"
            if next == "by"
                && toks.get(i + 2).is_some_and(|t| t.is("the"))
                && toks.get(i + 3).is_some_and(|t| t.is("fact"))
                && toks.get(i + 4).is_some_and(|t| t.is("that")) =>
        {
            Some((i + 5, true))
        }
        // "seeing as we've had three break-ins": "since" as the North and Ireland say it; not
        // a comparison ("seeing as many walk-ins as before").
        "seeing" if matches!(next, "as" | "that") && !seeing_as_much(toks, i + 2) => {
            Some((i + 2, true))
        }
        // "b/c renewals by mail cost $6 each".
        "b" if next == "/"
            && toks.get(i + 2).is_some_and(|t| t.is("c") && t.attached)
            && toks[i + 1].attached =>
        {
            Some((i + 3, true))
        }
        // "driven by the drop in postal renewals".
        "driven" if next == "by" => Some((i + 2, true)),
        // "as a result of the hosepipe ban".
        "as" if next == "a"
            && toks.get(i + 2).is_some_and(|t| t.is("result"))
            && toks.get(i + 3).is_some_and(|t| t.is("of")) =>
        {
            Some((i + 4, true))
        }
        // "cos drivers ignored it", "bc", "coz": "because" as chat spells it.
        "cos" | "coz" | "cuz" | "bc" | "bcos" | "bcoz" | "becuase" | "becasue" => {
            Some((i + 1, true))
        }
        // "in light of …", "in view of …", "on account of …", "in response to …".
        "in" | "on" if causal_phrase(toks, i) => Some((i + 3, true)),
        // "given the new rules"; not "go-ahead given for the app, £50k", nor the verb's
        // participle ("the agency has given us a clean report", round R45).
        "given"
            if !given_as_verb(toks, i)
                && toks.get(i + 1).is_some_and(|t| {
                    t.is_word()
                        && !matches!(
                            t.lower.as_str(),
                            "for"
                                | "to"
                                | "by"
                                | "up"
                                | "out"
                                | "back"
                                | "in"
                                | "on"
                                | "at"
                                | "and"
                        )
                }) =>
        {
            Some((i + 1, true))
        }
        "given" => None,
        // "so that foot passengers board faster".
        "so" if next == "that" => Some((i + 2, true)),
        // "signed off at $85k so specialists stop retyping reports": "so", the people, and
        // what the work lets them stop or do better.
        "so" if so_people_can(toks, i + 1) => Some((i + 1, true)),
        // "held till early Q3 so BD can finish the data tidy-up first": so that someone
        // can do something first, kept with its "so".
        "so" if so_someone_can(toks, i + 1) => Some((i, true)),
        // ", to stop the double bookings": a purpose, kept with its verb.
        "," if next == "to"
            && toks
                .get(i + 2)
                .is_some_and(|t| PURPOSES.contains(&t.lower.as_str())) =>
        {
            Some((i + 1, true))
        }
        // "approved at £90k to cut keg losses", "in order to meet the new rules": a
        // purpose said straight after the amount, or as one.
        "to" if PURPOSES.contains(&next) && purpose_follows(toks, i) => Some((i, true)),
        // "saved £40k from fewer refunds", "thanks to fewer call-backs".
        "from" | "through" | "via"
            if matches!(
                next,
                "fewer"
                    | "less"
                    | "lower"
                    | "reduced"
                    | "better"
                    | "faster"
                    | "higher"
                    | "more"
                    | "cutting"
                    | "reducing"
                    | "dropping"
                    | "removing"
                    | "avoiding"
                    | "cheaper"
            ) =>
        {
            Some((i + 1, true))
        }
        // "by retiring the old servers", "by quoting spot rates faster": how it came
        // about, said with its "by"; not "by spring", nor who acted ("rejected by
        // Marketing"), as departments are often named by an "-ing" word.
        "by" if next.len() > 5 && next.ends_with("ing") && !ING_NOUNS.contains(&next) => {
            Some((i, true))
        }
        // Not "visitors were waiting 3 weeks", where the waiting is the reason's own verb.
        "pending" | "waiting" | "awaiting"
            if i == 0
                || !matches!(
                    toks[i - 1].lower.as_str(),
                    "is" | "are" | "was" | "were" | "been" | "be" | "still" | "kept" | "keep"
                        // "sick of waiting for paper statements".
                        | "of"
                ) && !inside_subjects_clause(toks, i)
                    && !stuck_waiting(toks, i) =>
        {
            Some((i, true))
        }
        "as" => (i > 0
            && !crate::reader::as_comparisons::compares(toks, i)
            && !as_it_is(toks, i)
            && (as_clause(toks, i + 1)
                || matches!(
                    next,
                    "the"
                        | "it"
                        | "its"
                        | "it's"
                        | "they"
                        | "we"
                        | "there"
                        | "our"
                        | "their"
                        | "costs"
                        | "budget"
                        | "nobody"
                        | "no"
                )))
        .then_some((i + 1, true)),
        // "scrapped -> vendor's gone bust": an arrow written with a dash leads to why.
        "-" | "=" if arrow_at(toks, i) => Some((i + 2, false)),
        "-" => (!toks[i].attached && toks.get(i + 1).is_some_and(|t| !t.attached))
            .then_some((i + 1, false)),
        // "approved following the audit findings": the event that prompted it; not "the
        // following week".
        "following"
            if i > 0
                && !matches!(toks[i - 1].lower.as_str(), "the" | "a" | "an")
                && toks.get(i + 1).is_some_and(|t| {
                    // "following two plant losses in the cold snap".
                    t.kind == TokKind::Num && toks.get(i + 2).is_some_and(Token::is_word)
                        || matches!(
                            t.lower.as_str(),
                            "the"
                                | "a"
                                | "an"
                                | "our"
                                | "their"
                                | "its"
                                | "last"
                                | "recent"
                                | "two"
                                | "three"
                                | "four"
                                | "several"
                                | "repeated"
                        )
                }) =>
        {
            // Kept in the reason, as "after" is (convention 27).
            Some((i, true))
        }
        // "approved with 2.5m DKK, but only for Anholt first": the part approved is the
        // scope, as "only …" after a rescope is.
        "," if next == "but" && toks.get(i + 2).is_some_and(|t| t.is("only")) => {
            Some((i + 2, false))
        }
        "," => Some((i + 1, false)),
        // "keep going 💪 queues halved": an emoji between a verdict and its reason is a
        // break, as a comma is.
        // Not "trial→paid", an arrow written inside a word.
        _ if pictograph(&toks[i]) && !joins_words(toks, i) => Some((i + 1, false)),
        _ if RATIONALE_MARKERS.contains(&w) => Some((i + 1, false)),
        _ => None,
    }
}

mod after_all;
mod own_clauses;

pub(super) use self::after_all::*;
pub(in crate::reader) use self::own_clauses::*;

/// "we're turning down work every fri as it is", "as things stand": at `i`, "as" opening
/// a clause-closing "already" or "for now", no cause.
fn as_it_is(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let closed = |k: usize| toks.get(k).is_none_or(|t| t.is_break());
    match (word(i + 1), word(i + 2)) {
        ("it" | "things", "is" | "stands" | "stand") => closed(i + 3),
        ("it's" | "is", _) => closed(i + 2),
        _ => false,
    }
}

/// "we lost the first 3 wks of july last season waiting on natural snow": at `i`, a word
/// inside a clause that opens on its own subject ("we", "they", "i") a few words back, so
/// part of that clause, no reason of its own.
fn inside_subjects_clause(toks: &[Token], i: usize) -> bool {
    let s = toks[..i]
        .iter()
        .rposition(Token::is_break)
        .map_or(0, |k| k + 1);
    i >= s + 3
        && matches!(
            toks[s].lower.as_str(),
            "we" | "they" | "i" | "we've" | "they've" | "we'd" | "i'd"
        )
}

/// "seeing as many walk-ins as before": after "seeing as", a word of measure makes it a
/// comparison, not a reason.
fn seeing_as_much(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "many"
                | "much"
                | "well"
                | "good"
                | "high"
                | "low"
                | "big"
                | "bad"
                | "far"
                | "long"
                | "often"
                | "little"
                | "few"
                | "strong"
                | "busy"
                | "quick"
                | "fast"
        )
    })
}

/// Is "given" at `i` a verb's participle after its auxiliary ("has given us", "was given
/// the contract", "they've given")?
fn given_as_verb(toks: &[Token], i: usize) -> bool {
    const AUXILIARIES: [&str; 17] = [
        "has", "have", "had", "was", "were", "been", "be", "being", "is", "are", "they've",
        "we've", "he's", "she's", "it's", "i've", "you've",
    ];
    i > 0 && AUXILIARIES.contains(&toks[i - 1].lower.as_str())
}

/// "no guest has been stuck in the mud waiting for a rescue", "drivers sat at the airport
/// for hours waiting for a fare" (round R57): someone stuck or sat somewhere a few words
/// before is who waits, and the waiting is their clause's, not a reason of its own.
fn stuck_waiting(toks: &[Token], i: usize) -> bool {
    toks[i.saturating_sub(6)..i]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "stuck" | "sat" | "sitting" | "standing" | "stood" | "queueing" | "queuing"
            )
        })
}
