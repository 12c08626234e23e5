//! "JP asked me to share: rider helmets approved by the DG", "Ruth asked me to pass on that
//! the van is approved", "Dai wants me to let you all know: …" (the lead, round 68): news
//! someone asked us to pass on is said, the ask before it no wish for the verdict after it.

use super::tokens::Token;

/// At `k`, the colon, dash or "that" closing an ask to pass news on: "to share", "to pass
/// on / along", "to let you (all) know", "to tell you / everyone", "to relay", "to forward",
/// "to announce" just before it.
pub(super) fn closes_an_ask_to_pass_on(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let opens = t.is(":") && !t.is_clock_colon()
        || t.is("that")
        || (t.is_sym("-") || t.is("—") || t.is("–")) && !t.attached;
    opens && k >= 2 && ask_to_pass_on_before(toks, k)
}

fn ask_to_pass_on_before(toks: &[Token], k: usize) -> bool {
    let w = |j: usize| toks[j].lower.as_str();
    // The sharing verb's first word, back from `k`.
    let verb = match w(k - 1) {
        "share" | "relay" | "forward" | "announce" | "mention" => k - 1,
        "on" | "along" if w(k - 2) == "pass" => k - 2,
        // "to let (you) (all) know"
        "know" => match (k.saturating_sub(4)..k - 1).rev().find(|&j| w(j) == "let") {
            Some(j) => j,
            None => return false,
        },
        "you" | "everyone" | "all" | "team" | "y'all" if w(k - 2) == "tell" => k - 2,
        _ => return false,
    };
    verb >= 1 && w(verb - 1) == "to"
}
