//! Who decided, told the ways a busy team tells it around the verdict: a name run on to
//! "has" ("Wren's signed off …"), a name after an opener or before a verb that reports or
//! wants the verdict ("FYI Wren gave the nod …", "Wren wants the rota app held till May",
//! "Wren says hold …", "Tom's come round on …"), and a name that ok'd it after the
//! verdict, lowercase as chat writes it ("cargo bikes aprvd 9k, wren ok'd it this am"), or
//! opening the message before the verdict and what it took ("wren aprvd the cargo bikes").

use super::decider_looks::AtVerdict;
use super::deciders::is_decider_word;
use super::tokens::{TokKind, Token};

/// "Wren's signed off …": the name without the "'s" that stands for "has".
pub(super) fn without_has(name: String) -> String {
    match name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
        Some(bare) if !bare.is_empty() => bare.to_string(),
        _ => name,
    }
}

/// Words that open a message before its news without being anyone: "FYI", "Heads up,".
fn opener_len(toks: &[Token], s: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let n = match word(s) {
        "fyi" | "btw" | "psa" => 1,
        "heads" if word(s + 1) == "up" => 2,
        _ => 0,
    };
    n + usize::from(n > 0 && word(s + n) == ",")
}

/// Verbs that tell a named person's verdict between their name and the verdict's words:
/// they want it, say it, gave it or came round to it; "Ndapewa agreed we can go ahead …"
/// (the lead, round 56): they agreed to it.
pub(super) fn reports_verdict(w: &str) -> bool {
    matches!(
        w,
        "wants"
            | "wanted"
            | "says"
            | "said"
            | "reckons"
            | "gave"
            | "given"
            | "came"
            | "come"
            | "agreed"
    )
}

/// The name opening the verdict's clause, after an opener ("FYI", "Heads up,"), written as
/// a person's (capitalised, one or two words, no pronoun), then a verb reporting the verdict
/// or "'s" for "has", before the verdict at `verb`: "FYI Wren gave the nod to …", "Wren
/// wants the rota app held …", "Tom's come round on …".
pub(super) fn clause_subject(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_investment,
        ..
    } = *look;
    let mut s = verb;
    while s > 0 && verb - s < 10 && !toks[s - 1].is_break() {
        s -= 1;
    }
    // "Heads up, Wren …": the comma closing an opener is no clause break.
    if s >= 3 && toks[s - 1].is_sym(",") && opener_len(toks, s - 3) == 3 {
        s -= 3;
    }
    if s > 0 && !toks[s - 1].is_break() {
        return None;
    }
    s += opener_len(toks, s);
    let name = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && text[t.start..].starts_with(|c: char| c.is_uppercase())
                && is_decider_word(&t.lower)
                && !is_investment(k)
        })
    };
    if !name(s) {
        return None;
    }
    let end = s + 1 + usize::from(name(s + 1) && s + 1 < verb);
    let last = &toks[end - 1];
    let has = last.lower.ends_with("'s") || last.lower.ends_with("’s");
    // The name right before the verdict ("FYI Wren gave the nod"), or a verb between.
    // "Thomas sir signed the purchase order …": an honorific after the name.
    let after = end + usize::from(end < verb && honorific(&toks[end].lower));
    let told = after == verb || after < verb && reports_verdict(&toks[after].lower);
    // "Sales's quote app approved …": a possessive before the thing names no one (D43).
    let has = has
        && (end..verb).all(|k| {
            matches!(
                toks[k].lower.as_str(),
                "just"
                    | "finally"
                    | "also"
                    | "now"
                    | "already"
                    | "officially"
                    | "formally"
                    | "happy"
                    | "fine"
                    | "ok"
                    | "okay"
                    | "keen"
                    | "to"
            )
        });
    if !(has || told) || end > verb {
        return None;
    }
    Some(without_has(text[toks[s].start..last.end].to_string()))
}

/// "cargo bikes aprvd 9k, wren ok'd it this am": a name, any case, opening a clause after
/// the verdict at `verb`, that ok'd, approved or agreed "it" or the new figure ("Board ok'd
/// the increase").
pub(super) fn okayed_it_after(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    (verb + 1..toks.len()).find_map(|k| {
        let t = &toks[k];
        // "… is now £1.35m. Board ok'd the increase.", "Board agreed it by email." (D44).
        // "… is going ahead, Ingrid. The directors passed it, £46k." (round V59): a body
        // after "the" that passed it.
        let the_body = k >= 2
            && toks[k - 1].is("the")
            && toks[k - 2].is_break()
            && super::deciders::is_body(&t.lower);
        let okayed = (matches!(
            look.word(k + 1),
            "ok'd" | "okd" | "oked" | "okayed" | "approved" | "agreed"
        ) || the_body && look.word(k + 1) == "passed")
            && (matches!(look.word(k + 2), "it" | "this" | "that")
                || look.word(k + 2) == "the"
                    && matches!(
                        look.word(k + 3),
                        "increase" | "change" | "extra" | "uplift" | "overspend" | "top-up"
                    ));
        (okayed
            && (toks[k - 1].is_break() || the_body)
            && t.kind == TokKind::Word
            && t.lower.chars().all(char::is_alphabetic)
            && t.lower.chars().count() >= 2
            && is_decider_word(&t.lower))
        .then(|| {
            let from = if the_body { toks[k - 1].start } else { t.start };
            text[from..t.end].to_string()
        })
    })
}

/// "wren aprvd the cargo bikes 9k": one lowercase word opening the message right before a
/// verdict said as a past verb ("aprvd", "approved", "ok'd", "signed off") and what it took
/// ("the …", "a …", "it" or an investment's name). "lockers aprvd 4k" took nothing: the
/// word before it is the thing decided.
pub(super) fn lowercase_subject(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_investment,
        ..
    } = *look;
    // "thomas sir rejected the …": the name before an honorific.
    let s = verb.checked_sub(1 + usize::from(verb >= 2 && honorific(look.word(verb - 1))))?;
    let t = &toks[s];
    // "sam gave the thumbs up on …": "gave" is past too.
    let past = look.word(verb).ends_with('d') || look.word(verb) == "gave";
    // "bev said yes to the pitch tracker": the object after "yes to".
    // "hal aint going for the paint booth", "bev's not having the jewellery kiosk" (round
    // S49): a refusal said with a negative, the object after "going for" or "having".
    let refusing = matches!(look.word(verb), "aint" | "ain't" | "not" | "isn't")
        && (look.word(verb + 1) == "having"
            || (look.word(verb + 1), look.word(verb + 2)) == ("going", "for"));
    let object = if (look.word(verb + 1), look.word(verb + 2)) == ("yes", "to") {
        verb + 3
    } else if refusing {
        verb + 2 + usize::from(look.word(verb + 1) == "going")
    } else {
        // "beth signed off on the digger derrick" (round S43): "off on" before the object.
        let off = usize::from(matches!(look.word(verb + 1), "off" | "on"));
        verb + 1
            + off
            + usize::from(off == 1 && (look.word(verb + 1), look.word(verb + 2)) == ("off", "on"))
    };
    // "travis ok'd swapping the 2 oldest bucket trucks": the work said as what is done to
    // its object (round S43).
    let doing = look.word(object).len() > 4
        && look.word(object).ends_with("ing")
        && matches!(look.word(object + 1), "the" | "a" | "an" | "our");
    let took = matches!(look.word(object), "the" | "a" | "an" | "it" | "our")
        || doing
        || is_investment(object);
    // "lorraine's ok'd the wash bay": the name with the "'s" that stands for "has".
    let bare = t
        .lower
        .strip_suffix("'s")
        .or_else(|| t.lower.strip_suffix("’s"))
        .unwrap_or(&t.lower);
    let name = lowercase_name(text, t, bare) && !is_investment(s);
    (s == 0 && (past || refusing) && took && name)
        .then(|| without_has(text[t.start..t.end].to_string()))
}

/// Whether the word `t` (read as `bare`, its "'s" taken off where it stands for "has") is
/// a person's name written in lowercase: "wren", "lorraine's", "alhaji" — letters only, at
/// least three, no "-ly" adverb, and a word that can decide.
pub(super) fn lowercase_name(text: &str, t: &Token, bare: &str) -> bool {
    t.kind == TokKind::Word
        && text[t.start..].starts_with(|c: char| c.is_lowercase())
        && bare.chars().all(char::is_alphabetic)
        && bare.chars().count() >= 3
        && !bare.ends_with("ly")
        && is_decider_word(bare)
}

/// "Heads up: Steve's changed his mind on the crane wagon, it's back on at £128k", "FYI
/// Glenn's reversed himself on the outreach van — we're buying new after all": the one
/// who changed their mind, named at the sentence's start before the verdict at `verb`,
/// decided it.
pub(super) fn mind_changed_before(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let sentence_start = |to: usize| {
        (0..to)
            .rev()
            .find(|&k| matches!(look.word(k), "." | "!" | "?" | "\n"))
            .map_or(0, |k| k + 1)
    };
    let s = sentence_start(verb);
    // "Bev had a change of heart on the picnic pavilion. It's back in at $135k": the
    // sentence before, when the verdict's own opens on "it".
    let before = (s >= 2 && matches!(look.word(s), "it" | "it's"))
        .then(|| sentence_start(s - 1))
        .filter(|&b| b < s - 1);
    std::iter::once(s)
        .chain(before)
        .find_map(|s| changed_mind_at(text, toks, s, verb))
}

/// The one whose mind changed, named in the first few words from `s`.
fn changed_mind_at(text: &str, toks: &[Token], s: usize, verb: usize) -> Option<String> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (s..verb.min(s + 5)).find_map(|k| {
        let t = &toks[k];
        let v = k + 1 + usize::from(word(k + 1) == "has");
        let changed = match word(v) {
            "changed" => matches!(word(v + 1), "his" | "her" | "their") && word(v + 2) == "mind",
            "reversed" => matches!(word(v + 1), "himself" | "herself" | "themselves"),
            "come" | "came" => matches!(word(v + 1), "round" | "around"),
            // "Bev had a change of heart on …", "Suresh has reconsidered …" (round S42).
            "had" => (word(v + 1), word(v + 2), word(v + 3)) == ("a", "change", "of"),
            "reconsidered" => true,
            _ => false,
        };
        // (Whether a decider is named is read only before a change of mind, round P56.)
        if !changed {
            return None;
        }
        let bare = t.lower.trim_end_matches("'s").trim_end_matches("’s");
        let named = t.kind == TokKind::Word
            && text[t.start..].starts_with(|c: char| c.is_uppercase())
            && bare.chars().all(char::is_alphabetic)
            && is_decider_word(bare)
            && !matches!(bare, "heads" | "fyi" | "btw" | "update");
        named.then(|| without_has(text[t.start..t.end].to_string()))
    })
}

/// An honorific said after a name: "Thomas sir", "Meera madam", "Ravi ji".
fn honorific(w: &str) -> bool {
    matches!(w, "sir" | "madam" | "ji" | "saab" | "sahib")
}
