//! Words written for others: speech-to-text's for those that sound the same ("were
//! stopping the biometric attendance thing", "we're": the apostrophe is never dictated),
//! and chat's short forms for the words they stand for ("bc", "coz": because).

use super::tokens::{TokKind, Token};

/// Is the "were" at `k` "we're": opening a sentence (the message's start, or after a full
/// stop, "!", "?" or a new line) before a word in "-ing" ("were stopping", "were keeping")?
/// A question ("were you …?") has no "-ing" word next; "Were parking fees …" none either.
/// Or, dictated with no stop, after a clause closed by "is finished" or "'s done" ("the app is
/// finished were turning it off"), whose subject is one thing that "were" cannot follow.
#[inline(always)]
pub(super) fn were_for_we_re(toks: &[Token], k: usize) -> bool {
    // Asked at every token, and only "were" is one: told here, before a call (round P57).
    if toks[k].lower != "were" {
        return false;
    }
    were_for_we_re_past_its_first_test(toks, k)
}

/// [`were_for_we_re`] once its first test is passed.
fn were_for_we_re_past_its_first_test(toks: &[Token], k: usize) -> bool {
    // Asked of every token: the word itself first.
    if toks[k].lower != "were" {
        return false;
    }
    let closed = k >= 2
        && matches!(
            toks[k - 1].lower.as_str(),
            "finished" | "done" | "over" | "decided" | "sorted" | "settled"
        )
        && matches!(toks[k - 2].lower.as_str(), "is" | "'s" | "it's");
    toks[k].lower == "were"
        && (k == 0 || closed || matches!(toks[k - 1].lower.as_str(), "." | "!" | "?" | "\n"))
        && toks.get(k + 1).is_some_and(|t| {
            t.kind == TokKind::Word && t.lower.len() > 5 && t.lower.ends_with("ing")
        })
}

/// The word a chat short form at `t` stands for: "bc", "bcoz", "bcz", "coz", "cuz" are
/// "because" ("hold till Q1 bc the lease …"). "BC" in capitals is the province, left be.
/// Tagalog-English writers' "kasi" is "because" too ("₱28M total, kasi the LTFRB deadline
/// for consolidation is March").
pub(super) fn short_form(t: &Token) -> Option<&'static str> {
    match t.lower.as_str() {
        "bc" if !t.caps => Some("because"),
        "bcoz" | "bcz" | "coz" | "cuz" | "kasi" => Some("because"),
        _ => None,
    }
}
