//! After an @handle, a thing wanted, made ready or needing work by a time: the handle's
//! task, with that deadline.

use super::*;

/// From `k`, after a handle, in the handle's own sentence: a thing by a time, the handle's
/// task with that deadline. Wanted ("@marcus need the console quotes … by Fri pls",
/// "@coach_b wants the clip library set up by the 15th"), or to have ready or done
/// ("@dwayne have the new chart ready by 1/14", "@kirra NLIS transfers done by the 17th
/// pls"; not when the handle is asked to log what follows, `record_it`).
pub(super) fn task_by_a_time(toks: &[Token], k: usize, record_it: bool) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let sentence =
        || (k..toks.len().min(k + 16)).take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n"));
    let wanted = matches!(word(k), "need" | "needs" | "wants")
        && sentence().any(|j| j > k && matches!(word(j), "by" | "before"));
    let made_ready = !record_it
        && sentence().any(|j| {
            matches!(word(j), "ready" | "done" | "sorted" | "finished")
                && matches!(word(j + 1), "by" | "before")
        });
    // "@dafydd the flock book export needs doing by 15/12": the thing needs work by then.
    let needs_doing = !record_it
        && sentence().any(|j| {
            matches!(word(j), "need" | "needs")
                && word(j + 1).len() > 4
                && word(j + 1).ends_with("ing")
                && sentence().any(|b| b > j + 1 && matches!(word(b), "by" | "before"))
        });
    wanted || made_ready || needs_doing || asked_then_needed_by(toks, k)
}

/// "@kieran is the delivery going to the yard or straight to site? need to know by weds",
/// "@hector panel library import - where r we? need it done by 12/11": a question put to
/// the handle, then the answer needed by a time: the handle's task, with that deadline.
fn asked_then_needed_by(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let Some(q) = (k..toks.len().min(k + 24))
        .take_while(|&j| !matches!(word(j), "." | "!" | "\n"))
        .find(|&j| word(j) == "?")
    else {
        return false;
    };
    // "need to know by …", "need it (done) by …", "we need an answer by …".
    let need = q + 1 + usize::from(matches!(word(q + 1), "i" | "we"));
    matches!(word(need), "need" | "needs")
        && (need + 1..toks.len().min(need + 6))
            .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n"))
            .any(|j| matches!(word(j), "by" | "before"))
}

/// "Mick wants the parts washer priced by the 18th": a person named at `i` (not an
/// acronym, a body such as "FSIS wants …") wanting a thing by a time: their task. Not "…
/// wants a new spill plan before they'll look at it", a condition.
pub(super) fn person_wants_by_a_time(toks: &[Token], i: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    !toks[i].caps
        // "Mr. Cartwright need da … list by Wednesday": the verb unmarked after a title and
        // name (round S56; asked only there, where "Farm Services want …" cannot be).
        && matches!(word(i + 1), "wants" | "needs" | "want" | "need")
        && (i + 2..toks.len().min(i + 14))
            .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n" | "before"))
            .any(|j| word(j) == "by")
}
