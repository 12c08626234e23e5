//! "Hi Litia, … the Board approved the analyser at $72,000. Please raise the PO. Regards,
//! Salote", "Dear Okello, … management has decided to stop … Kindly communicate to the
//! contractor.": a letter to one person by name, whose sentence opens on "Please" or
//! "Kindly" and a verb that hands out work, sets that person the task when no follow-up is
//! read in its words ("Please note …", "Please find below …" tell, and set none).

use super::*;

/// The task the letter `r` (read from `toks`) sets the one it greets, if it sets one.
pub(super) fn letter_task(text: &str, toks: &[Token], r: &Reading) -> Option<FollowUpReading> {
    if r.intent == Intent::None || !r.follow_ups.is_empty() {
        return None;
    }
    let greets = matches!(toks.first()?.lower.as_str(), "hi" | "hello" | "dear");
    let (name, body) = match toks
        .get(1)
        .filter(|t| t.is_word() && text[t.start..].starts_with(|c: char| c.is_uppercase()))
    {
        Some(name) if greets && toks.get(2).is_some_and(|t| t.is_sym(",")) => (name, 3),
        _ if greets => return None,
        // "Ravi,\n\nCould you please revert …", "Subject: …\n\nMarisol,\n\n…", "Talofa
        // lava Sina,\n\n…" (round V63): a greeting line of its own, closed by the name.
        _ => super::greeting_lines::greeting_line(text, toks)?,
    };
    if is_everyone(&name.lower) {
        return None;
    }
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let asked = (body.max(1)..toks.len()).find(|&k| {
        ends(&toks[k - 1])
            && matches!(toks[k].lower.as_str(), "please" | "kindly" | "pls")
            && toks
                .get(k + 1)
                .is_some_and(|v| !v.is("find") && hands_out_work(&v.lower))
            // "Could you please revert with the quotes …" (round V63).
            || (ends(&toks[k - 1]) || toks[k - 1].is_sym("—") || toks[k - 1].is_sym("–"))
                && super::greeting_lines::asked_to(toks, k)
                    .is_some_and(|v| {
                        toks.get(v)
                            .is_some_and(|v| v.is("make") || hands_out_work(&v.lower))
                    })
    })?;
    let last = (asked..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let (from, to) = (toks[asked].start, toks[last.max(asked + 2) - 1].end);
    Some(FollowUpReading {
        text: text[from..to].trim().to_string(),
        owner: text[name.start..name.end].to_string(),
        due: r.due,
    })
}

/// "Hi all", "Dear team": a letter to everyone greets no one person.
fn is_everyone(w: &str) -> bool {
    matches!(
        w,
        "all" | "team" | "everyone" | "everybody" | "colleagues" | "sir" | "madam" | "folks"
    )
}

/// A verb that hands out work, or one a letter asks it with ("Kindly communicate to the
/// contractor", "Please inform the bank", "Please liaise with Procurement").
fn hands_out_work(w: &str) -> bool {
    crate::reader::intent::is_action_verb(w)
        || matches!(
            w,
            "communicate" | "inform" | "notify" | "liaise" | "proceed"
        )
}
