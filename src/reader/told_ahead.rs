//! "the Dell rep is on campus Tuesday", "first two booths get done the week of Jan 11",
//! "we've got an audit on the 14th": a date that could be past or still to come, said in a
//! clause told in the present or the future and telling nothing done, lies ahead. It is no
//! date of the record (when something happened), whichever way the words around it lean.
//! The other way, "the old one dropped a bin on the floor again tuesday" is behind us: no
//! date to look again or to meet.

use super::dates::DateMention;
use super::tokens::Token;

/// Whether token `k` tells the present or the future: "is", "are", "will", "we're",
/// "they'll", "gets", and "got" after "'ve" / "has" ("we've got an audit on …"); or what can
/// or should be done, or what is needed ("Wheelabrator can deliver the week of the 14th",
/// "Need it for the vendor meeting on Mon", round D45).
fn present_at(toks: &[Token], k: usize) -> bool {
    let w = toks[k].lower.as_str();
    matches!(
        w,
        "is" | "are" | "am" | "will" | "shall" | "get" | "gets" | "isn't" | "aren't" | "won't"
    ) || matches!(
        w,
        "can" | "could" | "should" | "would" | "must" | "need" | "needs"
    ) || w.ends_with("'re")
        || w.ends_with("'ll")
        || w.ends_with("'m")
        || w == "got" && k > 0 && possessed_by(&toks[k - 1].lower)
}

/// "we've got", "has got": "got" said of having, not of getting.
fn possessed_by(w: &str) -> bool {
    w.ends_with("'ve") || matches!(w, "have" | "has" | "'s" | "it's" | "he's" | "she's")
}

/// Whether token `k` tells something done: a verb in the past ("was", "met", "fitted",
/// "is confirmed"), or a time only past ("last", "ago", "yesterday").
fn past_at(toks: &[Token], k: usize) -> bool {
    let w = toks[k].lower.as_str();
    if w == "got" && k > 0 && possessed_by(&toks[k - 1].lower) {
        return false;
    }
    super::date_contexts::past_told(&toks[k])
        || w.len() > 4 && w.ends_with("ed")
        || matches!(
            w,
            "last" | "ago" | "yesterday" | "yday" | "wasn't" | "weren't"
        )
}

/// Whether token `t` bounds a date's own clause: a break, a spaced dash, or a word
/// joining another clause on ("… on 20/11 since the bank is …").
fn bound(t: &Token) -> bool {
    t.is_break()
        || t.is_sym("-") && !t.attached
        // "came in 👍 setting them up monday": chat ends a clause with an emoji (round D45).
        || emoji(t)
        || matches!(
            t.lower.as_str(),
            "since"
                | "because"
                | "cos"
                | "as"
                | "so"
                | "and"
                | "but"
                | "while"
                | "when"
                | "which"
                | "then"
                | "after"
                | "before"
                | "until"
                | "till"
                | "til"
                | "once"
                | "if"
        )
}

/// An emoji ("👍", "🎉", "✅"): a mark past the dashes, quotes and bullets.
fn emoji(t: &Token) -> bool {
    t.kind == super::tokens::TokKind::Sym && t.lower.chars().any(|c| u32::from(c) >= 0x2600)
}

/// The clause date `d` sits in: from the boundary before it to the one after it.
fn clause_of(toks: &[Token], d: &DateMention) -> (usize, usize) {
    let s = toks[..d.start].iter().rposition(bound).map_or(0, |p| p + 1);
    let e = toks[d.end..]
        .iter()
        .position(bound)
        .map_or(toks.len(), |p| p + d.end);
    (s, e)
}

/// Whether date `d`, which reads both ways (a weekday, a day of the month, a month), sits
/// in a clause with a verb of the present or future and none of the past: a time ahead.
pub fn ahead_by_its_verb(toks: &[Token], d: &DateMention) -> bool {
    if d.past == d.future {
        return false;
    }
    let (s, e) = clause_of(toks, d);
    let words = (s..e).filter(|&k| !(d.start..d.end).contains(&k));
    (words.clone().any(|k| present_at(toks, k)) || opens_on_ing(toks, s))
        && !words.clone().any(|k| past_at(toks, k))
}

/// "came in 👍 setting them up monday": a chat clause opening after an emoji on a verb in
/// "-ing", its "we're" dropped as chat drops it, tells what is being done (round D45).
/// Words in "-ing" that name a thing or a time are not such verbs; nor is a heading's or a
/// sentence's first word ("Engineering workshop 24/11", "Following the exec on Monday").
fn opens_on_ing(toks: &[Token], s: usize) -> bool {
    let after_emoji = s > 0 && emoji(&toks[s - 1]);
    // "Dean: booking them in Monday": a pasted chat's line, after its speaker's name.
    let after_log_name = crate::reader::log_answers::opens_log_text(toks, s);
    let Some(t) = toks
        .get(s)
        .filter(|t| t.is_word() && (after_emoji || after_log_name))
    else {
        return false;
    };
    let w = t.lower.as_str();
    // "booking them in": a verb, with its object after it, whatever the word names alone.
    let done_to_them = after_log_name
        && toks
            .get(s + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "them" | "it"));
    w.len() > 5
        && w.ends_with("ing")
        && (done_to_them
            || !matches!(
                w,
                "morning"
                    | "evening"
                    | "nothing"
                    | "something"
                    | "everything"
                    | "anything"
                    | "building"
                    | "ceiling"
                    | "during"
                    | "meeting"
                    | "training"
                    | "booking"
                    | "parking"
                    | "funding"
                    | "pricing"
                    | "housing"
                    | "lighting"
                    | "heating"
                    | "ticketing"
                    | "marketing"
                    | "opening"
                    | "spring"
                    | "string"
            ))
}

/// Verbs of putting off or planning, told in the past of a time still to come ("deferred to
/// March", "agreed to look again in May").
fn puts_ahead(w: &str) -> bool {
    matches!(
        w,
        "deferred"
            | "pushed"
            | "moved"
            | "parked"
            | "postponed"
            | "delayed"
            | "held"
            | "slipped"
            | "put"
            | "shelved"
            | "paused"
            | "agreed"
            | "decided"
            | "asked"
            | "told"
            | "said"
            | "planned"
            | "booked"
            | "scheduled"
            | "set"
            | "to"
            | "next"
            | "back"
            | "due"
            | "review"
            | "revisit"
            | "by"
            | "until"
            | "till"
            | "til"
    ) || w.ends_with("'d")
}

/// Whether date `d`, which reads both ways, sits in a clause that tells something done (a
/// verb in the past, none of the present or future, nothing put off or planned, no
/// condition's "till" before it, no "audit's finished"): a time behind us, so no date to
/// look again at or to meet.
pub fn behind_by_its_verb(toks: &[Token], d: &DateMention) -> bool {
    if d.past == d.future {
        return false;
    }
    let (s, e) = clause_of(toks, d);
    // "till the audit's finished in March": a condition's clause waits on its event.
    let condition = s > 0
        && matches!(
            toks[s - 1].lower.as_str(),
            "until" | "till" | "til" | "once" | "if" | "when" | "after" | "before"
        );
    let words = (s..e).filter(|&k| !(d.start..d.end).contains(&k));
    !condition
        && words.clone().any(|k| past_at(toks, k))
        && !words.clone().any(|k| {
            present_at(toks, k) || puts_ahead(&toks[k].lower) || toks[k].lower.ends_with("'s")
        })
}
