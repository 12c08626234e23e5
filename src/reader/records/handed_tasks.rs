//! Tasks handed to someone. "@brian to get the fire officer to sign off the room by the
//! 18th": a sentence that opens by handing a task to someone by their handle is a follow-up
//! of the record before it. A verdict word inside the task ("sign off", "approve") is the
//! work asked for, not a decision of its own, so the sentence carries no record. Also a
//! task announced as another item, one asked of someone on a line of its own, and a
//! transcript's question answered on the next line.

use super::Token;

/// Whether the sentence at `(a, b)` opens on "@<handle> to <verb>".
pub(super) fn hands_out_a_task(toks: &[Token], (a, b): (usize, usize)) -> bool {
    b >= a + 4
        && toks[a].is_sym("@")
        && toks[a + 1].is_word()
        && toks[a + 1].attached
        && toks[a + 2].is("to")
        && toks[a + 3].is_word()
}

/// Whether the sentence at `(a, b)` is a line of its own asking someone named for a task:
/// "and Darren can you get the electrician booked by the 11th", "Kylie could you …",
/// "@mick please …" (after a line break, its "and" allowed, a name in capitals or a
/// handle, then "can you" / "could you" / "please"; a handle on a line of its own also
/// with a verb of work straight after it, "@ronnie send …", or "pls" closing the
/// sentence); a handle so asked
/// may open a sentence after another on the same line too ("… above the limit. @paulo
/// please send …").
pub(super) fn asks_someone_on_a_line(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let sentence_after = a > 0
        && (toks[a - 1].is_sym(".") || toks[a - 1].is_sym("!") || toks[a - 1].is_sym("?"))
        && toks[a].is_sym("@");
    if a == 0 || !toks[a - 1].is_sym("\n") && !sentence_after {
        return false;
    }
    let mut k = a;
    if toks[k].is("and") {
        k += 1;
    }
    let word = |j: usize| if j < b { toks[j].lower.as_str() } else { "" };
    if toks.get(k).is_some_and(|t| t.is_sym("@")) {
        k += 1;
        if !toks.get(k).is_some_and(|t| t.is_word() && t.attached) {
            return false;
        }
        // "…\n@ronnie send the bank the drawings by Monday", "…\n@mikey nutcracker quotes
        // to the committee by 18/12 pls": on a line of its own, a handle told to do work,
        // or asked with "pls" closing the sentence ("… got pushed. @lorraine call the rep
        // and find out when it ships" on the same line is the news's own errand).
        let last = (a..b).rev().find(|&j| toks[j].is_word());
        if toks[a - 1].is_sym("\n")
            && (crate::reader::intent::is_action_verb(word(k + 1))
                || last.is_some_and(|j| matches!(toks[j].lower.as_str(), "pls" | "please" | "plz")))
        {
            return true;
        }
    } else if !toks
        .get(k)
        .is_some_and(|t| t.is_word() && t.capital && !t.caps)
    {
        return false;
    }
    matches!(
        (word(k + 1), word(k + 2)),
        ("can" | "could", "you") | ("please" | "pls" | "kindly", _)
    )
}

/// "… . Troy, can you get me the updated rail loop schedule by the 11th?": a sentence
/// opening on someone's name, a comma, then "can you" / "could you" / "please" (round
/// B48).
pub(super) fn asks_someone_by_name(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let word = |j: usize| if j < b { toks[j].lower.as_str() } else { "" };
    a > 0
        && matches!(toks[a - 1].lower.as_str(), "." | "!" | "?" | "\n")
        && toks[a].is_word()
        && toks[a].capital
        && !toks[a].caps
        && toks.get(a + 1).is_some_and(|t| t.is_sym(","))
        && matches!(
            (word(a + 2), word(a + 3)),
            ("can" | "could", "you") | ("please" | "pls" | "kindly", _)
        )
}

/// Does the sentence at `part` hand its work to someone by their chat handle ("• @kim — SSP
/// draft by 12/18", "- Fleet tracking: @kamau to obtain …")?
pub(super) fn handed_to_a_handle(toks: &[Token], (a, b): (usize, usize)) -> bool {
    (a..b)
        .any(|j| toks[j].is_sym("@") && toks.get(j + 1).is_some_and(|t| t.is_word() && t.attached))
}

/// A follow-up handed to someone's handle, announced as another item: "… approved, £33k.
/// Separately @dwayne the upweller silos have to be ordered by 12/15" ("Separately",
/// "Also"); "…; and @keisha please send …" ("and" after a semicolon, or opening a sentence
/// before the handle; after a comma, "…, and @otieno is to arrange …", the task stays in the
/// verdict's sentence, the decision's follow-up: convention 46); a line of its own opening on
/// the handle ("…, contractor's on track\n@mikey nutcracker quotes to the committee by 18/12
/// pls").
pub(super) fn announced_task(toks: &[Token], (a, b): (usize, usize)) -> bool {
    (super::opens_item(toks, a)
        || a > 0 && toks[a - 1].is_sym(";") && toks[a].is("and")
        || a > 0 && toks[a - 1].is_sym("\n") && toks[a].is_sym("@")
        // "…, since the agency has gone bust. And @kieran will get the install dates …": a
        // sentence opening on "And" and the handle.
        || a > 0
            && toks[a - 1].is_sym(".")
            && toks[a].is("and")
            && toks.get(a + 1).is_some_and(|t| t.is_sym("@")))
        && handed_to_a_handle(toks, (a, b))
}

/// "… about $4,100 for the month. @ronnie send the bank the kiln 4 drawings by Monday", "…
/// $300k. @junior while you're at it get the kiln controls man to …": a sentence or a line
/// that opens on a handle told to do work, a verb of work among the six words after the
/// handle (not "@marcus to set up the licences …", a task of the record before: see
/// `hands_out_a_task`).
pub(super) fn tells_a_handle_to_work(toks: &[Token], (a, b): (usize, usize)) -> bool {
    a > 0
        && matches!(toks[a - 1].lower.as_str(), "." | "!" | "\n")
        && toks[a].is_sym("@")
        && a + 2 < b
        && toks[a + 1].is_word()
        && toks[a + 1].attached
        && !toks[a + 2].is("to")
        && toks[a + 2..b.min(a + 8)]
            .iter()
            .any(|t| crate::reader::intent::is_action_verb(&t.lower))
}

/// Does a line open on a chat handle at `a` ("…:\n@priya – please send …")?
pub(super) fn line_opens_on_a_handle(toks: &[Token], a: usize) -> bool {
    a > 0 && toks[a - 1].is_sym("\n") && toks[a].is_sym("@")
}

/// In a transcript, is the sentence `q` a question on a line of its own, answered on the
/// next line, which opens at `answer` ("Karen Liu: the soil sort conveyor?\nMarcus Bell:
/// no, $130k …")?
pub(super) fn answered_on_the_next_line(toks: &[Token], q: (usize, usize), answer: usize) -> bool {
    toks.get(q.1).is_some_and(|t| t.is_sym("?"))
        && toks.get(q.1 + 1).is_some_and(|t| t.is_sym("\n"))
        && q.1 + 2 == answer
}

/// "… passed its load test. Also Mick wants the parts washer priced by the 18th",
/// "Separately, @roy needs the cradle welded before the 11th": a task someone named (a
/// handle, or a name with a capital) wants or needs done by a time, announced as another
/// item; not one said of the thing before ("Also Mick wants it signed off by Friday").
pub(super) fn someone_wants_a_task(toks: &[Token], (a, b): (usize, usize)) -> bool {
    // "… And Alasdair wants a proper quote on heat recovery … before the board sees it"
    // (round B53): a sentence opening on "And" adds an item as "Also" does.
    let and_opens = toks.get(a).is_some_and(|t| t.is("and") || t.is("plus"))
        && a > 0
        && matches!(toks[a - 1].lower.as_str(), "." | "!" | "\n");
    // "3) Mr. Ray wants a couple of quotes on …" (round B53): a numbered item's number.
    let numbered = super::numbered_items::numbered_item_at(toks, a);
    if !super::opens_item(toks, a) && !and_opens && !numbered {
        return false;
    }
    let mut k = a + 1 + usize::from(numbered);
    if toks.get(k).is_some_and(|t| t.is_sym(",")) {
        k += 1;
    }
    // "Mr. Ray": the title before the name (and its stop, where one is kept).
    if toks
        .get(k)
        .is_some_and(|t| super::numbered_items::TITLES.contains(&t.lower.as_str()))
    {
        k += 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is_sym(".")));
    }
    let word = |j: usize| if j < b { toks[j].lower.as_str() } else { "" };
    if toks.get(k).is_some_and(|t| t.is_sym("@"))
        && toks.get(k + 1).is_some_and(|t| t.is_word() && t.attached)
    {
        k += 2;
    } else if k < b && toks[k].is_word() && toks[k].capital && !toks[k].caps {
        k += 1;
    } else {
        return false;
    }
    matches!(word(k), "wants" | "needs" | "asked" | "asks")
        && !(k + 1..(k + 4).min(b)).any(|j| matches!(word(j), "it" | "them" | "this" | "that"))
        && (k + 1..b).any(|j| matches!(word(j), "by" | "before"))
}
