//! Verdicts as terse chat lines give them, first met in round S22's Discord writers (an
//! Austin food-truck fleet, a London cargo-bike courier co-op, a New Zealand club ski
//! field): "sealer line: tbd. …", "palletiser: dead, see above", "groomer — yeah nah, $240k for …", "DOC concession renewal — sign it, 12.5k …", "👍 on
//! the avy gear, 9k". The abbreviations "appr" and "rej" are in the phrase table; "appr."
//! straight before a number is "approximately" ([`approximately_at`]).

use super::tokens::{TokKind, Token};
use crate::domain::Verdict;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Does the answer at `i` follow a label's dash or colon ("trail groomer — ok")?
fn after_label(toks: &[Token], i: usize) -> bool {
    i >= 2
        && (toks[i - 1].is_sym(":")
            || toks[i - 1].is_sym("-")
            || matches!(toks[i - 1].lower.as_str(), "—" | "–"))
        && !toks[i - 2].is_break()
}

/// Does the clause end at `k` (a break, or the message's end)?
fn closed_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_none_or(|t| t.is_break())
}

/// At `i`, a terse answer to the thing named before a label's dash or colon, standing alone
/// in its clause: "tbd" leaves it to be decided later (a hold), "yeah nah" refuses (the
/// Kiwi no), "sign it" approves (said of a renewal or a contract). ("— ok, <money>" is the
/// phrase table's "ok", let through by `adjust` after a label's dash.) Or, opening a
/// clause, "👍 on the <thing>": a yes to it, as "yes to the …" is; and after an item named,
/// "✅" (with its money or alone) ticks it. The verdict and where it ends.
pub(super) fn terse_answer_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    let (verdict, end) = match word(toks, i) {
        "tbd" => (Verdict::Defer, i + 1),
        // "AGV forklift for warehouse — no need, too expensive" (round V52).
        "no" if word(toks, i + 1) == "need" => (Verdict::Reject, i + 2),
        "yeah" if word(toks, i + 1) == "nah" => (Verdict::Reject, i + 2),
        "sign" if word(toks, i + 1) == "it" => (Verdict::Approve, i + 2),
        // "- palletiser: dead, see above": the item killed (closed: see below; "the heating
        // is dead again" is a breakdown, after no label).
        "dead" => (Verdict::Stop, i + 1),
        // "a) Fleet telematics – agreed, £31k": an item of minutes agreed with its money
        // (round V47); "Minutes of last meeting – agreed" agrees to no spending.
        "agreed" if word(toks, i + 1) == "," && money_next(toks, i + 2) => {
            (Verdict::Approve, i + 1)
        }
        // "about the laptops: agree, buy 6 for the design team, …": a boss's "agree" going
        // on to buy, order or do it, as "ok, buy" does (round V53).
        // The verdict runs to the end of the clause it goes on to: what is bought is its
        // object, no reason.
        "agree" | "agreed"
            if word(toks, i + 1) == ","
                && matches!(word(toks, i + 2), "buy" | "order" | "get" | "go" | "do") =>
        {
            let end = (i + 3..toks.len())
                .find(|&k| toks[k].is_break())
                .unwrap_or(toks.len());
            return after_label(toks, i).then_some((Verdict::Approve, end));
        }
        // "- T-bar gearbox overhaul ✅ $62k": a tick after the item named, with its money
        // or alone. Not a tick on work finished ("network refresh done ✅ 0 outages").
        "✅" => {
            let finished = matches!(
                word(toks, i.wrapping_sub(1)),
                "done"
                    | "complete"
                    | "completed"
                    | "finished"
                    | "live"
                    | "sorted"
                    | "fixed"
                    | "delivered"
                    | "installed"
                    | "in"
                    | "ok"
            );
            let named = i > 0 && toks[i - 1].is_word() && !finished;
            // The money next: "$62k", "18k", "62,000" (a number with no count after it).
            let money_at = |k: usize| {
                toks.get(k).is_some_and(|t| t.kind == TokKind::Num)
                    && toks.get(k + 1).is_none_or(|n| {
                        n.is_break() || n.attached && matches!(n.lower.as_str(), "k" | "m")
                    })
            };
            let then = toks.get(i + 1).is_none_or(|t| {
                t.is_break() || money_at(i + 1) || t.kind == TokKind::Sym && money_at(i + 2)
            });
            return (named && then).then_some((Verdict::Approve, i + 1));
        }
        // "- influencer mgmt tool 🚫": a no-entry sign after the item named refuses it, as
        // the tick approves it (see `refused_by_sign`).
        "🚫" | "❌" | "⛔" => return refused_by_sign(toks, i),
        // "ERP ⏸️ April", "the solar ⏸️ wait March": a pause sign after the item named
        // holds it, with the time to look again after it or alone (round S61).
        "⏸" => return paused_by_sign(toks, i),
        // "2) Expense card tool: Won't Do – Concur does it already": an issue tracker's
        // resolution as an item's answer after its label (closed: see below).
        // ("Resolution: Won't Do" is the phrase table's.)
        "won't" | "wont"
            if word(toks, i + 1) == "do" && word(toks, i.wrapping_sub(2)) != "resolution" =>
        {
            (Verdict::Reject, i + 2)
        }
        "👍" => {
            let opens = i == 0 || toks[i - 1].is_break();
            let on_a_thing = word(toks, i + 1) == "on"
                && matches!(word(toks, i + 2), "the" | "a" | "an" | "our");
            return (opens && on_a_thing).then_some((Verdict::Approve, i + 2));
        }
        _ => return None,
    };
    (after_label(toks, i) && closed_at(toks, end)).then_some((verdict, end))
}

/// Does money open at `k` ("£31k", "$31,000", "31k")?
fn money_next(toks: &[Token], k: usize) -> bool {
    let end = (k + 4).min(toks.len());
    crate::reader::money_words::find_money(&toks[k.min(end)..end], crate::money::Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
}

/// At `i`, a no-entry sign or a cross after the item named, alone at its line's end or
/// before a break ("loyalty app 🚫"): a refusal of it. One opening its line names no item.
fn refused_by_sign(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    (named_before(toks, i) && closed_at(toks, i + 1)).then_some((Verdict::Reject, i + 1))
}

/// Whether an item is named straight before the sign at `i`: a word, or a number tagged
/// onto one ("vacuum packer #2 ❌", round S61).
fn named_before(toks: &[Token], i: usize) -> bool {
    let numbered = i >= 3
        && toks[i - 1].kind == TokKind::Num
        && toks[i - 2].is_sym("#")
        && toks[i - 3].is_word();
    i > 0 && toks[i - 1].is_word() || numbered
}

/// At `i`, a pause sign after the item named ("ERP ⏸️ April", "the solar ⏸️ wait March"):
/// a hold of it, alone in its clause or before the words of when to look again.
fn paused_by_sign(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    // The emoji's variation selector, a token of its own, goes with it.
    let end = if word(toks, i + 1) == "\u{fe0f}" {
        i + 2
    } else {
        i + 1
    };
    let then = closed_at(toks, end) || toks.get(end).is_some_and(Token::is_word);
    (named_before(toks, i) && then).then_some((Verdict::Defer, end))
}

/// At `i`, "appr." straight before a number ("runs appr. 4,000 a winter"): "approximately",
/// no approval.
pub(super) fn approximately_at(toks: &[Token], i: usize) -> bool {
    word(toks, i) == "appr"
        && toks.get(i + 1).is_some_and(|t| t.is_sym("."))
        && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num)
}
