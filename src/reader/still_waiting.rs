//! "• staff housing – still on hold", "• warehouse roof – still waitin on the adjuster",
//! "- grease trap upgrade → still waiting landlord", "- fuel dock tank waits on
//! Environment still, nothing we can do till they answer": an item of a list whose thing is
//! still held, or still waits on someone, is put off again, a deferral (labelled so in five
//! folders' lists of decisions, rounds S45 and S46). An item of minutes that says "no change"
//! first ("- moorings: no change, Dale's still waiting on the trust") or gives the hold as a
//! status after its label's colon ("- Member portal: still on hold", "barrel room: still
//! parked") says nothing changed (`list_items::status_only`), and a question ("still waiting
//! on the engineer?") asks.

use super::list_items::list_item;
use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// The first token of `i`'s line.
fn line_start(toks: &[Token], i: usize) -> usize {
    (0..i)
        .rev()
        .find(|&k| toks[k].is_sym("\n"))
        .map_or(0, |k| k + 1)
}

/// The line holding `i` is an item of a list and does not ask ("… still waiting on X?").
fn in_a_listed_item(toks: &[Token], i: usize) -> bool {
    let asks = toks[i..]
        .iter()
        .take_while(|t| !t.is_sym("\n"))
        .any(|t| t.is_sym("?"));
    list_item(toks, line_start(toks, i)) && !asks
}

/// At `i`, "still on hold" / "still waiting (on …)" said straight after the item's thing and
/// its dash or arrow, or "<thing> waits on … still": where the verb's words end.
pub(super) fn still_held_at(toks: &[Token], i: usize) -> Option<usize> {
    let end = match word(toks, i) {
        "still" if i > 0 && matches!(word(toks, i - 1), "–" | "-" | "—" | "→") => {
            match (word(toks, i + 1), word(toks, i + 2)) {
                ("on", "hold") => i + 3,
                ("waiting" | "waitin" | "waitin'", _) => i + 2,
                _ => return None,
            }
        }
        // "fuel dock tank waits on Environment still": the thing just before it, and "still"
        // closing the words it waits on.
        "waits" if i > 0 && toks[i - 1].is_word() && word(toks, i + 1) == "on" => {
            let still = (i + 2..(i + 8).min(toks.len()))
                .take_while(|&k| !toks[k].is_break())
                .find(|&k| word(toks, k) == "still")?;
            still + 1
        }
        _ => return None,
    };
    in_a_listed_item(toks, i).then_some(end)
}
