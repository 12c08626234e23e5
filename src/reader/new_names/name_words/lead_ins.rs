//! A writer's lead-ins before what the message is about ("Kindly note the …", "FYI",
//! "Dear all,"): never the start of a name.

use super::*;

/// Lead-ins a writer puts before what the message is about ("Kindly note the …", "Just to
/// flag", "FYI", "Heads up —"): never the start of a name. Each is matched whole, then an
/// optional "that".
pub(in crate::reader::new_names) const LEAD_INS: &[&[&str]] = &[
    &["kindly", "note"],
    &["please", "note"],
    &["pls", "note"],
    &["just", "to", "flag"],
    &["just", "flagging"],
    &["to", "flag"],
    &["fyi"],
    // "also fyi laptops for the design team approved": another item's opening word.
    &["also"],
    // "Nah, the TikTok campaign's a no": the answer's interjection, before the thing.
    &["yeah", "nah"],
    &["nah"],
    // "go on then, the kids' skate aids are approved": a grudging yes before the thing
    // (round S43).
    &["go", "on", "then"],
    &["heads", "up"],
    &["for", "info"],
    &["please", "be", "advised"],
    // "Please approve the wayfinding screens": the request for a verdict.
    &["please", "approve"],
    &["pls", "approve"],
    &["kindly", "approve"],
    // "For approval na po: new nurse call system, ₱3.6M": the ask, with Tagalog's
    // particles.
    &["for", "approval", "na", "po"],
    &["for", "approval", "po"],
    &["for", "approval", "na"],
    &["for", "approval"],
    &["be", "advised"],
    // A letter's turns: "With reference to the …", "as discussed, …", "Kindly be informed".
    &["with", "reference", "to"],
    &["as", "discussed"],
    &["kindly", "be", "informed"],
    &["please", "be", "informed"],
    &["kindly", "find", "below"],
    &["please", "find", "below"],
    &["note"],
    // "Re the steward radios - …": what the message answers about.
    &["re"],
    // "Update on ServiceTitan. Renee signed the contract …": what the update is on.
    // "Sir yung compressor sa motor pool bumigay na naman", "Madam, boiler feed pump for
    // the steriliser failed again": a term of address opening the turn (round B48).
    &["sir"],
    &["madam"],
    &["ma'am"],
    &["quick", "update", "on"],
    &["update", "on"],
    &["update", "re"],
];

/// How many tokens a lead-in takes at `i`, with the "that" or punctuation after it; a
/// letter's salutation ("Dear Fatima,", "Dear all,") and a lead-in after it are one.
pub(in crate::reader::new_names) fn lead_in_len(toks: &[Token], i: usize) -> usize {
    if toks.get(i).is_some_and(|t| t.is("dear")) {
        let comma = (i + 1..(i + 4).min(toks.len()))
            .take_while(|&k| toks[k].is_word() || toks[k].is_sym(","))
            .find(|&k| toks[k].is_sym(","));
        if let Some(c) = comma {
            return c + 1 - i + lead_in_len(toks, c + 1);
        }
    }
    // "Second, the …": the count of a message's items.
    if crate::reader::records::counts_item(toks, i) {
        return 2 + lead_in_len(toks, i + 2);
    }
    if let Some(n) = came_back_on_len(toks, i) {
        return n;
    }
    let Some(n) = LEAD_INS.iter().find_map(|l| {
        let said = toks.len() > i + l.len() && l.iter().zip(&toks[i..]).all(|(w, t)| t.is(w));
        said.then_some(l.len())
    }) else {
        return 0;
    };
    let mut end = i + n;
    while toks.get(end).is_some_and(|t| {
        t.is("that") || t.is_sym(":") || t.is_sym(",") || t.is_sym("—") || t.is_sym("-")
    }) {
        end += 1;
    }
    // "also fyi …": one lead-in after another.
    end - i + lead_in_len(toks, end)
}

/// "Villamor came back on the fingerprint scanners — not approved", "Atty. Villamor came
/// back to me on the …": who came back with the answer, before the thing it is on (round
/// S45). How many tokens, through the "on".
fn came_back_on_len(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let named = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Word && t.capital && !t.caps)
    };
    let mut k = i;
    // A title with its dot ("Atty.", "Engr.", "Dr.").
    if named(k) && toks.get(k + 1).is_some_and(|t| t.is_sym(".")) && named(k + 2) {
        k += 2;
    }
    if !named(k) {
        return None;
    }
    k += 1;
    if named(k) {
        k += 1;
    }
    if !(matches!(word(k), "came" | "comes" | "got" | "gets") && word(k + 1) == "back") {
        return None;
    }
    k += 2;
    if word(k) == "to" && matches!(word(k + 1), "me" | "us") {
        k += 2;
    }
    (word(k) == "on").then_some(k + 1 - i)
}
