//! "@brian to get the fire officer to sign off the room by the 18th": a sentence that opens
//! by handing a task to someone by their handle is a follow-up of the record before it. A
//! verdict word inside the task ("sign off", "approve") is the work asked for, not a
//! decision of its own, so the sentence carries no record.

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
