//! The figure someone settled on: agreed to after a correction, a budget's landing figure,
//! the money asked for, given, or put in by someone else.

use super::*;

/// "right, $92k.", "fine, $58k. and it still can't …": a figure agreed to, said after a
/// word of assent that opens its line or sentence (a chat log's speaker before it), after
/// someone put the first figure right.
pub(in crate::reader) fn agreed_figure(toks: &[Token], m: &MoneyMention) -> bool {
    let k = lead(toks, m);
    let prev = |back: usize| k.checked_sub(back).map_or("", |j| word(toks, j));
    prev(1) == ","
        && matches!(
            prev(2),
            "right" | "fine" | "ok" | "okay" | "yes" | "yep" | "agreed" | "correct"
        )
        && (k < 3 || matches!(prev(3), "." | "!" | "\n" | ":"))
}

/// "came in at £68k", "lands at $1.055MM", "the one-off was £1.2m": the figure a budget
/// settled on, or the one-off said apart from a total over years.
pub(in crate::reader) fn settled_figure(toks: &[Token], m: &MoneyMention) -> bool {
    let has = |w: &str| words_before(toks, m, 4).any(|b| b == w);
    let settled = ["came", "comes", "landed", "lands", "ended"];
    settled.iter().any(|w| has(w)) && words_before(toks, m, 1).any(|w| w == "at")
        || has("one-off")
        || has("upfront")
        || has("one-time")
        || has("one") && has("off")
}

/// The few words before `m` in its clause, less a rough figure's "about".
fn words_before<'a>(
    toks: &'a [Token],
    m: &MoneyMention,
    n: usize,
) -> impl Iterator<Item = &'a str> + 'a {
    let k = lead(toks, m);
    (k.saturating_sub(n)..k)
        .rev()
        .take_while(move |&j| !toks[j].is_break())
        .map(move |j| word(toks, j))
}

/// "asked for $380k", "requested $90k", "wanted £60k": the money someone asked for.
pub(in crate::reader) fn asked_for(toks: &[Token], m: &MoneyMention) -> bool {
    words_before(toks, m, 3).any(|w| {
        matches!(
            w,
            "asked" | "asking" | "requested" | "requesting" | "wanted" | "bid" | "pitched"
        )
    })
}

/// "we've given them $250k", "we approved $60k", "granted £40k": the money given.
pub(in crate::reader) fn given(toks: &[Token], m: &MoneyMention) -> bool {
    words_before(toks, m, 3).any(|w| {
        matches!(
            w,
            "given" | "gave" | "giving" | "granted" | "allocated" | "approved" | "approve"
        )
    })
}

/// "the Foundation came through with $40K", "the Rotary gave us £20k": money someone else
/// put in, a source of the funding; when the approval names money of its own after it ("so
/// the board signed off on the rest, $22K"), that is what was approved (convention 36).
pub(in crate::reader) fn came_through_with(toks: &[Token], m: &MoneyMention) -> bool {
    let w: Vec<&str> = words_before(toks, m, 3).collect();
    matches!(
        w.as_slice(),
        ["with", "through", "came" | "come" | "comes" | "coming", ..]
    ) || matches!(w.as_slice(), ["us", "gave" | "donated" | "awarded", ..])
}
