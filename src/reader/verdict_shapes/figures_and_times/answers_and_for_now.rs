//! Answers said bare or for now: "IVR upgrade: go, £110k", "nae chance on the extras", and
//! a refusal for now ("no-go for now, revisit EOQ") that puts the work off.

use super::*;

/// "IVR upgrade: go, £110k", "kiosks - no, too dear", "wi-fi refresh - nah, too pricey",
/// "yes to the e-signature tool", "yeah nah on the harvester": a bare answer given to a thing named before a label's
/// colon or dash, standing alone in its clause, or "yes to" / "no to" what follows. The verdict and where it ends, when `i` opens
/// one.
pub(in crate::reader) fn label_answer_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let yeah_nah =
        i >= 1 && word(i) == "nah" && word(i - 1) == "yeah" && (i == 1 || toks[i - 2].is_break());
    // "jeremy say ok to cctv for the 3 new outlets": the answer someone is said to give
    // to the thing after it (round S50), "say" as second-language writers write "says".
    if matches!(word(i), "ok" | "okay" | "yes")
        && i >= 1
        && matches!(word(i - 1), "say" | "says" | "said")
        && word(i + 1) == "to"
    {
        return Some((Verdict::Approve, i + 2));
    }
    if let Some(end) = thread_go_ahead_at(toks, i) {
        return Some((Verdict::Approve, end));
    }
    let verdict = match word(i) {
        "go" | "yes" => Verdict::Approve,
        "no" => Verdict::Reject,
        // "wi-fi refresh - nah, too pricey": only as the label's answer.
        // "Yeah nah on the harvester for now": the Kiwi no, opening its sentence.
        // "nah on the billboard, …", "nah to the bus shelter ads": the chat no given to the thing after it.
        "nah" | "nope" if i >= 2 || yeah_nah || matches!(word(i + 1), "to" | "on") => {
            Verdict::Reject
        }
        // "Cyclone shutters for the old store — sega.": the Fijian no, only as the label's
        // answer ("Sega" is a games brand too) (round V56).
        "sega" if i >= 2 => Verdict::Reject,
        // "Staff van: non. Pa ena kas.": the French and Mauritian Kreol no, only as the
        // label's answer (round S57).
        "non" if i >= 2 => Verdict::Reject,
        // "Cyber uplift phase 2 – hold.": only as the label's answer.
        "hold" => Verdict::Defer,
        _ => return None,
    };
    let after_label = i >= 2
        && (toks[i - 1].is_sym(":")
            || toks[i - 1].is_sym("-")
            || toks[i - 1].lower == "—"
            || toks[i - 1].lower == "–")
        && !toks[i - 2].is_break();
    let alone = toks.get(i + 1).is_none_or(|t| t.is_break());
    // "Mobile library van: yes if legal agrees, £150k": a yes on a condition.
    let on_condition = verdict == Verdict::Approve
        && word(i) == "yes"
        && matches!(word(i + 1), "if" | "provided" | "providing" | "once");
    if (after_label || super::super::list_item_answers::after_item_comma(toks, i))
        && (alone || on_condition)
    {
        return Some((verdict, i + 1));
    }
    // "ok denise yes on the dashcams": after the name the answer is given to (round S50).
    let after_a_name = i >= 1
        && toks[i - 1].is_word()
        && (i == 1 || toks[i - 2].is_break() || matches!(word(i - 2), "ok" | "okay"))
        && word(i) == "yes";
    let opens =
        i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-") || yeah_nah || after_a_name;
    // "go to the vendor" is no answer; "yes to the …" and "no to the …" are, and so are
    // "yeah nah on the …" and "no on the …".
    let to_a_thing = opens
        && (matches!(word(i), "yes" | "no") && word(i + 1) == "to"
            || matches!(word(i), "yes" | "no" | "nah") && word(i + 1) == "on"
            || matches!(word(i), "nah" | "nope") && word(i + 1) == "to")
        && matches!(word(i + 2), "the" | "a" | "an" | "our");
    to_a_thing.then_some((verdict, i + 2))
}

/// "nae chance on the rota app licences", "No chance on the extras this year": at a
/// clause's start, a refusal of what follows; "there's no chance it finishes" is not one.
/// The end of the phrase, when `i` opens one.
pub(in crate::reader) fn no_chance_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-");
    let said = opens
        && matches!(word(i), "no" | "nae")
        && word(i + 1) == "chance"
        && matches!(word(i + 2), "on" | "for" | "with");
    if said {
        return Some(i + 2);
    }
    // "The mob in Darwin quoted $30k for drone mapping, …. Not a chance.": a sentence of its
    // own after the price of what was asked for refuses it ("Anyone free Friday? No chance"
    // has no price before it, and is chat).
    // "Underwriting asked for their own pricing sandbox, €50k. No, they can share …": a
    // "No," opening a sentence after a priced ask answers the ask ("Is the van back? No,
    // Friday." asks for nothing).
    if word(i) == "no"
        && toks.get(i + 1).is_some_and(|t| t.is_sym(","))
        && i > 0
        && toks[i - 1].is_sym(".")
        && asked_for_before(&toks[..i])
        && !find_money(&toks[..i], Currency::GBP).is_empty()
    {
        return Some(i + 1);
    }
    let len = match (word(i), word(i + 1), word(i + 2)) {
        ("not" | "no", "a", "chance") => 3,
        ("no" | "nae", "chance", _) => 2,
        _ => return None,
    };
    let alone = i > 0
        && toks[i - 1].is_sym(".")
        && toks
            .get(i + len)
            .is_none_or(|t| t.is_break() || !t.is_word());
    let priced_before = !find_money(&toks[..i], Currency::GBP).is_empty();
    (alone && priced_before).then_some(i + len)
}

/// Does `toks` ask for something: "asked for", "put in for", "wants", "requested"?
fn asked_for_before(toks: &[Token]) -> bool {
    toks.windows(2).any(|w| {
        matches!(
            (w[0].lower.as_str(), w[1].lower.as_str()),
            ("asked" | "asking" | "put" | "bid", "for")
                | ("requested" | "want" | "wants" | "wanted", _)
        )
    })
}

/// "no-go for now, revisit EOQ", "rejected for now, we'll look again in March": a refusal
/// for now with a look-again later in its sentence puts the work off. `end` is where the
/// refusal's words end.
pub(in crate::reader) fn for_now_then_look_again(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let for_now = (end..end + 3).any(|k| word(k) == "for" && word(k + 1) == "now");
    for_now
        && (end..toks.len())
            .take_while(|&k| !ends_sentence(&toks[k]))
            .any(|k| match word(k) {
                "revisit" | "revisiting" => true,
                "look" | "check" | "review" => word(k + 1) == "again",
                "circle" => word(k + 1) == "back",
                _ => false,
            })
}

/// "Let's not do it this year. If QuickBooks is still giving trouble in June we'll look
/// again." (round V54), "… will not proceed this financial year. Management has asked HR to
/// revisit it …, most likely in March 2027." (round S55): a refusal for this (financial)
/// year, and the next sentence naming a month and
/// a look again, puts the work off to that month (convention 60). `end` is where the
/// refusal's words end.
pub(in crate::reader) fn this_year_then_look_again(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "this financial year", "this fiscal year" too (round S55).
    let year_at = |k: usize| {
        word(k) == "year" || matches!(word(k), "financial" | "fiscal") && word(k + 1) == "year"
    };
    // "did not approve it for this year" (round S65): the thing and "for" between.
    if !(end..end + 4)
        .take_while(|&k| k < toks.len() && !toks[k].is_break())
        .any(|k| word(k) == "this" && year_at(k + 1))
    {
        return false;
    }
    let Some(stop) = (end..toks.len()).find(|&k| ends_sentence(&toks[k])) else {
        return false;
    };
    // The look again in the next sentence, or in the one after a reason told between
    // ("They said we should first finish paying the steam cooker. It will be looked at again
    // in the 2027 budget in March.", round S65).
    let sentence_from = |from: usize| -> Vec<usize> {
        (from..toks.len())
            .take_while(|&k| !ends_sentence(&toks[k]))
            .collect()
    };
    let next = sentence_from(stop + 1);
    let after_next = next
        .last()
        .map_or(Vec::new(), |&last| sentence_from(last + 2));
    let looks_again = |sentence: &[usize]| {
        let look_again = sentence.iter().any(|&k| match word(k) {
            "revisit" => true,
            // "look again", "looked at again", "look at it again".
            "look" | "looked" | "check" | "review" | "reviewed" => {
                word(k + 1) == "again"
                    || word(k + 1) == "at" && (word(k + 2) == "again" || word(k + 3) == "again")
            }
            _ => false,
        });
        look_again
            && sentence
                .iter()
                .any(|&k| crate::reader::dates::month(word(k)).is_some())
    };
    looks_again(&next) || looks_again(&after_next)
}

/// "the café extension we are not doing now. after the summer we see." (round V55): a
/// refusal hedged with "now" (or "this year"), and the next sentence opening on "after" a
/// time and closing on "we see" / "we look again" / "we decide", puts the work off to then
/// (convention 60). `end` is where the refusal's words end.
pub(in crate::reader) fn now_then_after_we_see(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let hedged =
        (end..end + 3).any(|k| word(k) == "now" || word(k) == "this" && word(k + 1) == "year");
    if !hedged {
        return false;
    }
    let Some(stop) = (end..toks.len()).find(|&k| ends_sentence(&toks[k])) else {
        return false;
    };
    if word(stop + 1) != "after" {
        return false;
    }
    let last = (stop + 1..toks.len())
        .take_while(|&k| !ends_sentence(&toks[k]))
        .last()
        .unwrap_or(stop);
    let w = |back: usize| last.checked_sub(back).map_or("", word);
    matches!((w(1), w(0)), ("we", "see" | "decide" | "talk"))
        || (w(2), w(1), w(0)) == ("we", "look", "again")
}

/// "No to the solar for now mate", "said no to the webcam for now": a refusal said to hold
/// for now (its object and "for now" in its clause, a few words on) puts the work off.
/// `end` is where the refusal's words end.
pub(in crate::reader) fn refused_for_now(toks: &[Token], end: usize) -> bool {
    (end..(end + 7).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| toks[k].is("for") && toks.get(k + 1).is_some_and(|t| t.is("now")))
}

/// "Auntie Lei: ok go buy", "Mr Tan: ok buy": in a pasted thread of "Name: line" turns
/// (three or more), a turn that opens with "go buy", or "buy" after an "ok", is the
/// go-ahead for what the thread asked (round S51). Where it ends, when `i` opens one.
fn thread_go_ahead_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let end = match (word(i), word(i + 1)) {
        ("go", "buy") => i + 2,
        ("buy", _) if i >= 1 && matches!(word(i - 1), "ok" | "okay") => i + 1,
        _ => return None,
    };
    if !toks.get(end).is_none_or(|t| t.is_break()) {
        return None;
    }
    let mut j = i;
    if j >= 1 && toks[j - 1].is_sym(",") {
        j -= 1;
    }
    if j >= 1 && matches!(word(j - 1), "ok" | "okay") {
        j -= 1;
    }
    let turn = j >= 2 && toks[j - 1].is_sym(":") && toks[j - 2].is_word() && toks[j - 2].capital;
    let turns = toks
        .windows(2)
        .filter(|w| w[0].is_word() && w[0].capital && w[1].is_sym(":"))
        .count();
    (turn && turns >= 3).then_some(end)
}
