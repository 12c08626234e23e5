//! Who a follow-up belongs to: handles, names written as people, the verbs that set someone
//! to act.

use super::*;

/// The @handle named in the sentence from token `from` on (before its ".", "!", "?", ";"
/// or line break), written with any dots, hyphens or underscores inside ("@dr.khan").
pub(super) fn handle_in_sentence(text: &str, toks: &[Token], from: usize) -> Option<String> {
    let stop = (from..toks.len())
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .unwrap_or(toks.len());
    let at = (from..stop).find(|&j| {
        toks[j].is_sym("@") && toks.get(j + 1).is_some_and(|t| t.is_word() && t.attached)
    })?;
    let mut e = at + 2;
    while toks
        .get(e)
        .is_some_and(|t| t.attached && matches!(t.lower.as_str(), "." | "-" | "_"))
        && toks.get(e + 1).is_some_and(|t| t.attached && t.is_word())
    {
        e += 2;
    }
    Some(text[toks[at + 1].start..toks[e - 1].end].to_string())
}

/// "need" at `i` opening its clause, alone or after the writer's own way in ("gonna
/// need", "we'll need", "we still need"), with something needed after it (not "need to").
pub(super) fn needed_of_someone(toks: &[Token], i: usize) -> bool {
    let start = (0..i)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    let way_in = toks[start..i].iter().all(|t| {
        matches!(
            t.lower.as_str(),
            "gonna"
                | "going"
                | "to"
                | "we"
                | "i"
                | "'ll"
                | "ll"
                | "'"
                | "will"
                | "we'll"
                | "i'll"
                | "still"
                | "really"
                | "also"
                | "just"
                | "do"
                | "definitely"
        )
    });
    way_in && !toks.get(i + 1).is_some_and(|t| t.is("to"))
}

/// Words that open a sentence before "to" and a task without naming anyone ("need to send
/// …", "plan to review …"), besides [`OPENING_WORDS`].
pub(super) const NOT_NAMES: &[&str] = &[
    "have",
    "has",
    "had",
    "used",
    "try",
    "able",
    "ok",
    "okay",
    "fine",
    "agreed",
    "remember",
    "forgot",
    "plan",
    "plans",
    "hope",
    "due",
    "how",
    "what",
    "where",
    "when",
    "who",
    "why",
    "yes",
    "and",
    "but",
    "then",
    "back",
    "next",
    "nothing",
    "something",
    "everyone",
    "someone",
    "nobody",
    "anyone",
    "decision",
    "decided",
    "asked",
    "told",
    "ready",
    "likely",
    "needs",
    "wants",
    "trying",
    "tried",
    "the",
    "this",
    "that",
    "its",
    "our",
    "their",
    // A verb whose "I" was dropped ("Wanted to share some good news", "Spoke to Research
    // about grants") and a meeting's minutes ("Minutes to follow"): round D44.
    "wanted",
    "spoke",
    "talked",
    "went",
    "minutes",
    // A motion in a body's minutes ("Motion to replace the ice machine … passed 6-1"):
    // round S67.
    "motion",
    // "Fixin to run up to Albany for the parts order": Southern "fixing to", about to
    // (round V50).
    "fixin",
    "fixing",
];

/// A name written in lower case at `i`: a plain word opening a sentence, then "to" and a
/// task ("kayla to report …"), that is no word of the kind that opens such a sentence.
pub(super) fn lower_case_owner(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let opens = i == 0 || matches!(toks[i - 1].lower.as_str(), "." | "!" | "?" | "\n");
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    opens
        && t.kind == TokKind::Word
        && (3..=10).contains(&t.lower.len())
        && t.lower.bytes().all(|b| b.is_ascii_lowercase())
        && !OPENING_WORDS.contains(&t.lower.as_str())
        && !NOT_NAMES.contains(&t.lower.as_str())
        && !indefinite_pronoun(&t.lower)
        && !matches!(
            t.lower.as_str(),
            "i" | "we" | "they" | "you" | "he" | "she" | "it"
        )
        && crate::reader::dates::weekday(&t.lower).is_none()
        && crate::reader::dates::month(&t.lower).is_none()
        && is_action_verb(word(i + 2))
        && word(i + 2) != "line"
}

/// "@ben to book …", "and Priya to update …" at `j`: another person handed a task.
pub(super) fn next_owner_at(text: &str, toks: &[Token], j: usize) -> bool {
    let j = j + usize::from(toks.get(j).is_some_and(|t| t.is("and")));
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let handle = word(j) == "@" && toks.get(j + 1).is_some_and(|t| t.is_word() && t.attached);
    if handle {
        return matches!(word(j + 2), "to" | "will") || is_action_verb(word(j + 2));
    }
    person_to_act(text, toks, j)
}

/// "Jorge to issue …", "KM will chase …": a person's name at `j`, then "to" or "will" and
/// a task.
pub(super) fn person_to_act(text: &str, toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    toks.get(j).is_some_and(|t| capitalised(text, t))
        && !on_a_number(toks, j)
        && matches!(word(j + 1), "to" | "will")
        && is_action_verb(word(j + 2))
}

/// "$90K to find out …": the thousands of an amount, written on its number, is nobody.
pub(super) fn on_a_number(toks: &[Token], j: usize) -> bool {
    j > 0
        && j < toks.len()
        && toks[j].attached
        && toks[j - 1].kind == crate::reader::tokens::TokKind::Num
}

/// The word at `j` is capitalised as a name is and is no amount's thousands ("$90K").
pub(super) fn capitalised_at(text: &str, toks: &[Token], j: usize) -> bool {
    toks.get(j).is_some_and(|t| capitalised(text, t)) && !on_a_number(toks, j)
}

/// "Nothing", "Nobody", "Nowt": no one, though capitalised as a message's first word is.
fn indefinite_pronoun(w: &str) -> bool {
    matches!(
        w,
        "nothing"
            | "nobody"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "anyone"
            | "anybody"
            | "nowt"
            | "owt"
            | "summat"
    )
}

/// A word written with a capital that can name someone: "coming in on Thursday to demo …"
/// names a day, and a day is nobody (a month may be: "Jan to clarify …").
pub(super) fn capitalised(text: &str, t: &Token) -> bool {
    t.is_word()
        && text[t.start..].starts_with(|c: char| c.is_uppercase())
        && !indefinite_pronoun(&t.lower)
        && crate::reader::dates::weekday(&t.lower).is_none()
}

pub(super) fn skip_to(toks: &[Token], mut i: usize) -> usize {
    while toks.get(i).is_some_and(|t| t.is("going") || t.is("to")) {
        i += 1;
    }
    i
}

/// "sorting", "chasing", "setting": a follow-up's verb said as the work under way.
pub(super) fn doing_work(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    // "setting" → "set"; "chasing" → "chase".
    let b = stem.as_bytes();
    let doubled = b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && b[b.len() - 1].is_ascii();
    let undoubled = if doubled {
        &stem[..stem.len() - 1]
    } else {
        stem
    };
    is_action_verb(stem) || is_action_verb(undoubled) || is_action_verb(&format!("{stem}e"))
}

/// A verb that hands out work ("send", "order", "chase"), or one of them done again
/// ("recount", "resend", "recheck", "rebook": "Kwame to recount stock by 18/12").
pub(in crate::reader) fn is_action_verb(w: &str) -> bool {
    plain_action_verb(w)
        || w.strip_prefix("re")
            .is_some_and(|again| again.len() >= 3 && plain_action_verb(again))
}

fn plain_action_verb(w: &str) -> bool {
    matches!(
        w,
        "send"
            | "share"
            | "draft"
            | "write"
            | "book"
            | "chase"
            | "follow"
            | "set"
            | "arrange"
            | "circulate"
            | "prepare"
            | "update"
            | "confirm"
            | "check"
            // "@ozan please control the data connection": check, in Turkish English.
            | "control"
            | "review"
            | "get"
            | "provide"
            | "pull"
            | "put"
            | "raise"
            | "look"
            | "come"
            | "schedule"
            | "present"
            // Tasks as people hand them out: "Jan to clarify …", "Dana to order …".
            | "clarify"
            | "order"
            // "Jess to place the order by the 1st".
            | "place"
            // "kayla to report handle numbers EOM".
            | "report"
            | "price"
            | "log"
            | "tell"
            | "call"
            // "@sam can you ring them Monday?"
            | "ring"
            // "Rhonda can you own this?"
            | "own"
            // "Kumar to lead rollout", "Dean to lead" in minutes (round V56).
            | "lead"
            | "phone"
            | "email"
            | "ping"
            | "ask"
            | "brief"
            | "contact"
            | "answer"
            | "organise"
            | "organize"
            | "sort"
            | "fix"
            | "test"
            | "line"
            | "submit"
            | "collect"
            | "gather"
            | "finalise"
            | "finalize"
            | "investigate"
            | "source"
            | "quote"
            | "plan"
            | "map"
            | "agree"
            | "sign"
            | "escalate"
            | "reach"
            | "talk"
            | "speak"
            | "find"
            | "work"
            // "Osei to bring the survey", "Kwame to mock it up", "Li to run the numbers".
            | "bring"
            // "Wesley and Peter to visit the farmers about … by 18 Dec".
            | "visit"
            | "mock"
            | "run"
            | "build"
            | "scope"
            | "cost"
            | "compare"
            | "flag"
            | "nudge"
            | "loop"
            | "invite"
            | "walk"
            | "dig"
            | "pick"
            | "post"
            | "upload"
            | "liaise"
            | "collate"
            | "compile"
            | "validate"
            | "verify"
            | "do"
            // "@sunita can you redo the parties page by 18/12?" ("re" + "do" is too short
            // for the again-form above; round D44).
            | "redo"
            | "coordinate"
            | "document"
            | "reconcile"
            | "negotiate"
            | "assess"
            | "evaluate"
            | "analyse"
            | "analyze"
            | "summarise"
            | "summarize"
            | "estimate"
            | "benchmark"
            | "audit"
            | "design"
            | "draw"
            | "demo"
            | "train"
            // "Uncle Baldeo to show the new foreman the dryer controls …" (round S55).
            | "show"
            | "install"
            | "configure"
            | "engage"
            | "align"
            | "research"
            | "follow-up"
            | "action"
            // "Jorge to issue the RFP", "Keiri will finish the check".
            | "issue"
            | "finish"
            | "complete"
            // "Latoya remind da … customers … before Jan 1" (the lead, round 56).
            | "remind"
            // "Kwame to count the helmets", "recount stock".
            | "count"
            // "Brian to procure before 20th December", "Issah to process the documents …",
            // "Ashwin please close the Shopify account …", "Could you please revert with the
            // quotes" (round V58).
            | "procure"
            | "process"
            | "close"
            | "revert"
            // "Kgomotso will manage the contractor" (round V59).
            | "manage"
            // "Patrick can you renew the ERP licence before 31/12?" (round V63).
            | "renew"
    )
}
