//! "@ash can u check if the locker contract covers the keys by tues?", "@ash rota app
//! import - where r we? need it done by 12/11": a note that opens by addressing someone,
//! with a deadline or a question and no follow-up read in its words, is a task for the one
//! addressed ("@ash the lockers are in" tells them something, and is no task).

use super::*;

/// The task the note `r` (read from `toks`) sets the one it opens addressing, if it is one.
pub(super) fn addressed_task(text: &str, toks: &[Token], r: &Reading) -> Option<FollowUpReading> {
    let asked = || toks.iter().any(|t| t.is_sym("?"));
    // "@Bully da chain hoist for da shop, you can order. $3,900. needs to be in by 1/8"
    // (round V52): a go-ahead addressed to someone with a due date is theirs to carry out.
    let addressed_go_ahead = r.verdict == Some(Verdict::Approve) && r.due.is_some();
    if r.intent != Intent::Note && !addressed_go_ahead
        || !r.follow_ups.is_empty()
        || r.due.is_none() && !asked()
    {
        return None;
    }
    let name = toks.get(1).filter(|t| t.is_word() && t.attached)?;
    if !toks[0].is_sym("@") {
        return None;
    }
    let (from, to) = (toks.get(2)?.start, toks.last()?.end);
    Some(FollowUpReading {
        text: text[from..to].trim().to_string(),
        owner: text[name.start..name.end].to_string(),
        due: r.due,
    })
}
