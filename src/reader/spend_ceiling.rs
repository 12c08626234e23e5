//! "ok, replace it, don't patch it. up to $12k is fine", "up to £5k is ok": a ceiling on
//! the spend said to be fine gives the go-ahead up to it. A limit told as a fact ("run up
//! to $12k each") says nothing of the kind.

use super::tokens::Token;

/// At `i` ("up" and "to", or "under" / "below" after "anything"), money, then "is" / "'s"
/// (or nothing) and "fine" / "ok" / "okay"; where the verdict's word ends.
pub(super) fn ceiling_fine_at(toks: &[Token], i: usize) -> Option<usize> {
    if let Some(end) = ceiling_told_at(toks, i).or_else(|| ceiling_after_order_at(toks, i)) {
        return Some(end);
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "anything under $4k is fine", "anything below 250k is ok" (round S43).
    let from = if word(i) == "up" && word(i + 1) == "to" {
        i + 2
    } else if matches!(word(i), "under" | "below") && i > 0 && word(i - 1) == "anything" {
        i + 1
    } else {
        return None;
    };
    let end = (from + 4).min(toks.len());
    let m = super::money_words::find_money(toks.get(from..end)?, crate::money::Currency::GBP)
        .into_iter()
        .next()
        .filter(|m| m.start == 0)?;
    let after = from + m.end;
    let fine = match word(after) {
        "is" => after + 1,
        "'s" => after + 1,
        // "Sige palitan na. Up to ₱180k ok, …" (round V48): the copula left out, as in
        // "She ok with HK$96k"; asked ("up to £2k ok?") it decides nothing.
        "ok" | "okay" | "fine" if word(after + 1) != "?" => after,
        _ => return None,
    };
    // Without its copula, the verdict's words run to the "ok", which names nothing.
    let end = if fine == after { fine + 1 } else { i + 1 };
    matches!(word(fine), "fine" | "ok" | "okay").then_some(end)
}

/// At `i`, a ceiling told as an instruction opening its clause, its money closing it: "get
/// a new one, keep it under £4k", "find us a used one, don't go over $15k" (round S44).
/// Where the verdict's words end (the "don't" is the instruction's, no refusal).
fn ceiling_told_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let limit = match word(i) {
        "keep" if word(i + 1) == "it" && matches!(word(i + 2), "under" | "below") => i + 2,
        "don't" | "dont" | "don’t" if word(i + 1) == "go" => i + 2,
        "do" if word(i + 1) == "not" && word(i + 2) == "go" => i + 3,
        _ => return None,
    };
    if !matches!(word(limit), "under" | "below" | "over" | "above")
        || i > 0 && !toks[i - 1].is_break()
    {
        return None;
    }
    let end = (limit + 5).min(toks.len());
    let m = super::money_words::find_money(toks.get(limit + 1..end)?, crate::money::Currency::GBP)
        .into_iter()
        .next()
        .filter(|m| m.start == 0)?;
    let after = limit + 1 + m.end;
    toks.get(after)
        .is_none_or(|t| matches!(t.lower.as_str(), "." | "!" | "\n" | "," | ";"))
        .then_some(limit + 1)
}

/// Verbs that order the thing got: "get the filtration system in", "Replace it".
const ORDERS: &[&str] = &["get", "replace", "buy", "order", "fit", "sort", "swap"];

/// At `i` ("up to"), money closing its clause, straight after an order opening its own
/// clause or sentence ("get the filtration system in, up to £54k.", "Replace it. Up to USD
/// 65,000.", round V49): the order approved to the ceiling; where the verdict's words end.
fn ceiling_after_order_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if i < 2 {
        return None;
    }
    let closes = toks
        .get(super::buy_a_new_one::up_to_money_end(toks, i)?)
        .is_none_or(|t| matches!(t.lower.as_str(), "." | "!" | "\n" | "," | ";"));
    // The order's clause: back past one comma or full stop, to a break, a colon or the start.
    let mark = i - 1;
    if !(matches!(word(mark), "," | "." | "—" | "-") || toks[mark].is_break()) || !closes {
        return None;
    }
    let start = (0..mark)
        .rev()
        .find(|&k| toks[k].is_break() || matches!(word(k), ":" | "." | "!" | "?"))
        .map_or(0, |k| k + 1);
    let words = (start..mark).filter(|&k| toks[k].is_word()).count();
    (ORDERS.contains(&word(start)) && (2..=8).contains(&words)).then_some(i + 2)
}
