//! Two decisions told in one message about things the directory may lack: a message that
//! counts its decisions first ("Two decisions from ALCO today: …, and we're …"), and a
//! sentence after a ";" or a full stop that opens on a thing of its own with a verdict of
//! its own ("kit approved, £40k; the intranet refresh is deferred to 2028").

use super::*;

/// "Two decisions from the board today:", "Two from the ops meeting on Monday:", "Two fae
/// the capital meeting:", "three calls:": the message counts its items (two or more) in a heading closed by a colon a few
/// words on, before anything else is said.
pub(super) fn counts_its_decisions(toks: &[Token]) -> bool {
    let Some(colon) = toks.iter().take(14).position(|t| t.is_sym(":")) else {
        return false;
    };
    (0..colon).any(|k| {
        // "Mr. Chin sign off two things this morning:": who decided, then the count of
        // what was decided.
        // "Two follow-ups from …:", "two actions:": tasks counted as items.
        let tasks = |n: &Token| {
            matches!(
                n.lower.as_str(),
                "actions" | "tasks" | "follow-ups" | "followups"
            ) || n.is("follow") && toks.get(k + 2).is_some_and(|d| d.is_sym("-"))
        };
        let counted_things = toks.get(k + 1).is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "decisions" | "calls" | "things" | "items" | "outcomes"
            ) || tasks(n)
        });
        matches!(
            toks[k].lower.as_str(),
            "two" | "three" | "four" | "2" | "3" | "4"
        ) && (k == 0
            || !toks[k - 1].is_word()
            || toks[k - 1].is("—")
            || counted_things
            || approved_count(toks, k))
            && toks.get(k + 1).is_some_and(|n| {
                n.is_sym(":")
                    || matches!(
                        n.lower.as_str(),
                        "decisions" | "calls" | "things" | "items" | "outcomes" | "from"
                    )
                    || tasks(n)
                    // "Two more from Culture & Events:"
                    || n.is("more") && toks.get(k + 2).is_some_and(|f| f.is("from"))
                    // "Two fae the capital meeting:", "Two off the board:": the word for
                    // "from" in the writer's own register, before the meeting said.
                    || n.is_word()
                        && toks.get(k + 2).is_some_and(|d| {
                            matches!(d.lower.as_str(), "the" | "today's" | "yesterday's")
                        })
            })
            && toks[k + 1..colon]
                .iter()
                .all(|t| words_of_a_name(t) || t.is_sym("-"))
    })
}

/// "Helen ok'd two: …", "brent ok'd 2: …": at `k`, a count said straight after the
/// verdict and closed by its colon.
fn approved_count(toks: &[Token], k: usize) -> bool {
    k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "ok'd" | "okd" | "oked" | "okayed" | "approved" | "greenlit" | "greenlighted"
        )
        && toks.get(k + 1).is_some_and(|t| t.is_sym(":"))
}

/// "the intranet refresh is deferred to 2028", "our member app's on hold": the sentence
/// `a..b` opens on a thing of its own ("the" or "our", one to five words), then a verb of
/// being and the sentence's verdict. Not what is left of the same work ("the rest is
/// deferred", "the second phase is on hold") nor who decided ("the board is …"). So does a
/// label of its own and its colon straight before the verdict ("Retail shop at the dock: no").
pub(super) fn own_thing_with_verdict(toks: &[Token], (a, b): (usize, usize)) -> bool {
    // "…. And the password reset kiosk idea – not now, revisit in Q3": the sentence may
    // open on "And", and the thing be set off by a dash before its verdict.
    let and = usize::from(toks.get(a).is_some_and(|t| t.is("and")));
    let a = a + and;
    // "Retail shop at the dock: no, $110k we haven't got.": a label of its own words, its
    // colon, then the verdict straight after it; not a label for the verdict itself ("DG
    // decision: Approved 27/11.").
    let colon = (a + 1..b.min(a + 8)).find(|&k| toks[k].is_sym(":"));
    if colon.is_some_and(|c| {
        toks[a..c].iter().all(words_of_a_label)
            && !toks[a..c].iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "decision" | "outcome" | "verdict" | "status" | "update" | "result" | "answer"
                )
            })
            && find_verdict_in(toks, c + 1, b).is_some_and(|v| v.start == c + 1)
    }) {
        return true;
    }
    if !toks
        .get(a)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our"))
    {
        return false;
    }
    let Some(v) = find_verdict_in(toks, a + 1, b) else {
        return false;
    };
    let dash = |t: &Token| matches!(t.lower.as_str(), "–" | "—") || t.is_sym("-") && !t.attached;
    // "– not now", "– members said no after all": the dash, then the verdict within a few
    // words (who decided).
    if and == 1 {
        let Some(d) = (a + 2..v.start.min(a + 8)).find(|&k| dash(&toks[k])) else {
            return false;
        };
        return v.start <= d + 3
            && toks[a + 1..d].iter().all(words_of_a_name)
            && (d + 1..v.start).all(|k| toks[k].is_word());
    }
    // "The straw shed extension on the other hand is on hold": a contrast said between the
    // thing and its verb is passed over.
    let aside = super::thing_subjects::contrast_aside_in(toks, a + 1, v.start);
    let in_aside = |k: usize| aside.is_some_and(|(s, n)| (s..s + n).contains(&k));
    let reach = aside.map_or(0, |(_, n)| n);
    let Some(be) = (a + 1..v.start.min(a + 10 + reach)).find(|&k| {
        matches!(toks[k].lower.as_str(), "is" | "are" | "was" | "were")
            || toks[k].lower.ends_with("'s") && k + 1 == v.start
    }) else {
        return false;
    };
    // "our member app's on hold": the subject's last word carries the verb.
    let end = if toks[be].lower.ends_with("'s") {
        be + 1
    } else {
        be
    };
    let subject: Vec<&Token> = (a + 1..end)
        .filter(|&k| !in_aside(k))
        .map(|k| &toks[k])
        .collect();
    // "The new signage for the farm shop was turned down": a thing said longer than six
    // words holds the place or whom it is for, and no clause of its own ("The vendor has been
    // acquired and the new owner is …").
    let long_enough = subject.len() <= 6 || super::thing_subjects::a_thing_for_a_place(&subject);
    !subject.is_empty()
        && long_enough
        && subject.iter().all(|t| words_of_a_name(t))
        && !subject.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "rest"
                    | "remainder"
                    | "balance"
                    | "second"
                    | "phase"
                    | "stage"
                    | "project"
                    | "work"
                    | "works"
                    | "decision"
                    | "same"
                    | "board"
                    | "committee"
                    | "trustees"
                    | "governors"
                    | "council"
                    | "request"
                    | "ask"
                    | "bid"
                    | "case"
                    | "plan"
            )
        })
        && (be + 1..v.start).all(|k| toks[k].is_word())
}

/// A word, the apostrophe of a plural's possessive ("the managers' meeting") or the "&" of
/// a unit's name ("Culture & Events").
fn words_of_a_name(t: &Token) -> bool {
    t.is_word() || t.is_sym("'") || t.is_sym("’") || t.is_sym("&")
}

/// A label's words before its colon: a name's, and numbers joined by "+" or "/" ("sinks on
/// trucks 1+2:", "line 3:").
fn words_of_a_label(t: &Token) -> bool {
    words_of_a_name(t) || t.kind == TokKind::Num || t.is_sym("+") || t.is_sym("/")
}

/// "From today's capital committee: …; and we said no to the woodyard's new debarker drum":
/// under a heading naming a deciding body (or counting its decisions), a sentence where
/// "we" say a verdict of our own, or that opens on its verdict ("…; and no to the coffee
/// machine") or on a thing of its own before its verdict ("And the printers wait till
/// January"), after a record with its verdict, is another decision.
pub(super) fn we_decide_again(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let heading = crate::reader::verdict_shapes::deciding_heading_end(toks).is_some_and(|c| c < a)
        || counts_its_decisions(toks);
    let mut k = a;
    while toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "and" | "but" | "also" | "then"))
    {
        k += 1;
    }
    let we = toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "we've" | "we're" | "we'll" | "we'd"
        )
    });
    // "Two from me: …; and no to the scale house coffee machine, …": or the verdict itself
    // opens the clause.
    // "…. And the traceability printers for the wharf wait till January": or it opens on a
    // thing of its own ("the" or "our" and a few words), then its verdict.
    let said = if we {
        find_verdict_in(toks, k + 1, b).is_some_and(|v| v.start <= k + 3)
    } else if toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our"))
    {
        find_verdict_in(toks, k + 1, b).is_some_and(|v| {
            v.start > k + 1 && v.start <= k + 7 && toks[k + 1..v.start].iter().all(words_of_a_name)
        })
    } else {
        k > a && find_verdict_in(toks, k, b).is_some_and(|v| v.start == k)
    };
    heading && said
}

/// "Plans CRM phase 2,Approved,£145000", "Yarn store racking approved, £22000": a line of
/// its own (a pasted table's row, or a plain line) that names a thing in words before its
/// verdict and says its money.
pub(super) fn row_of_its_own(toks: &[Token], (a, b): (usize, usize), currency: Currency) -> bool {
    let line_start = a == 0 || toks[a - 1].is_sym("\n");
    let line_end = toks.get(b).is_none_or(|t| t.is_sym("\n"));
    if !(line_start && line_end) || b > a + 30 {
        return false;
    }
    let Some(v) = find_verdict_in(toks, a, b) else {
        return false;
    };
    let cell = |t: &Token| {
        t.is_word()
            || t.kind == crate::reader::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "," | "-" | ":" | "|" | "\t" | "(" | ")")
    };
    (a..v.start).filter(|&k| toks[k].is_word()).count() >= 2
        && toks[a..v.start].iter().all(cell)
        && !crate::reader::money_words::find_money(&toks[a..b], currency).is_empty()
}

/// "Two bits from Harriet's budget review.", "Two answers back from Steve after he met the
/// bank.": a first sentence of its own (a few words, closed by a full stop) that counts the
/// message's items (two to four) before saying them. How many.
pub(super) fn first_sentence_counts(toks: &[Token]) -> usize {
    let Some(stop) = toks.iter().take(16).position(|t| t.is_sym(".")) else {
        return 0;
    };
    let count = match toks.first().map_or("", |t| t.lower.as_str()) {
        "two" | "2" => 2,
        "three" | "3" => 3,
        "four" | "4" => 4,
        _ => return 0,
    };
    let items = toks.get(1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "bits" | "things" | "decisions" | "answers" | "items" | "calls" | "outcomes"
        )
    });
    let told = toks
        .get(2)
        .is_some_and(|t| matches!(t.lower.as_str(), "from" | "back" | "out" | "off" | "after"));
    if items && told && stop > 3 && toks[..stop].iter().all(|t| !t.is_sym(":")) {
        count
    } else {
        0
    }
}
