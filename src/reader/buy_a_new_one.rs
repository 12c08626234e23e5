//! "[08:10] Gail Ashworth: right, sod it, buy a new one, don't fix it. up to £5k", "ok just
//! order a new proving cabinet, up to £5k": a ceiling said on its own after being told to buy
//! (get, order) a new one on the same line is the thing approved up to that money, as "up to
//! £3k is fine" is. Asked ("Should we buy a new one? Quotes are up to £5k.") or said as what
//! it would take ("we'd have to buy a new one, up to £5k") it is none. So is being told to
//! get a thing going ("enough. get the second dump pit going, we budgeted for it — up to
//! $900k", round V46).

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// At `i`, "up to <money>" opening its clause and closing it, after "buy / get / order a new
/// …" opening a clause earlier on the same line (no question between); where the verdict's
/// words end. The verdict sits at the ceiling, so the thing is named as a ceiling's is.
pub(super) fn ceiling_after_buy_new_at(toks: &[Token], i: usize) -> Option<usize> {
    if i == 0 || !toks[i - 1].is_break() {
        return None;
    }
    let mut after = up_to_money_end(toks, i)?;
    // "Up to 150k ok": the ceiling told fine with a word (round S46).
    if matches!(word(toks, after), "ok" | "okay") {
        after += 1;
    }
    if !toks.get(after).is_none_or(|t| t.is_break()) {
        return None;
    }
    let line_start = (0..i)
        .rev()
        .find(|&k| toks[k].is_sym("\n") || toks[k].is_sym("?"))
        .map_or(0, |k| k + 1);
    (line_start..i)
        .any(|k| told_to_buy_new(toks, k, line_start) || told_to_get_going(toks, k, line_start))
        .then_some(i + 1)
}

/// Whether the clause at `s` opens its line or follows a break, "just", "so", "ok", "okay",
/// "right" or "enough" let through before it.
fn opens_clause(toks: &[Token], k: usize, line_start: usize) -> bool {
    let mut s = k;
    while s > line_start
        && k - s < 3
        && matches!(word(toks, s - 1), "just" | "so" | "ok" | "okay" | "right")
    {
        s -= 1;
    }
    s == line_start || toks[s - 1].is_break()
}

/// At `k`, "get the <thing> going" (started, ordered, under way) opening its clause, the
/// thing at most six words.
fn told_to_get_going(toks: &[Token], k: usize, line_start: usize) -> bool {
    if word(toks, k) != "get" || !matches!(word(toks, k + 1), "the" | "a" | "that" | "our") {
        return false;
    }
    let started = (k + 3..(k + 9).min(toks.len()))
        .take_while(|&j| toks[j].is_word())
        .any(|j| matches!(word(toks, j), "going" | "started" | "ordered" | "underway"));
    started && opens_clause(toks, k, line_start)
}

/// At `k`, "buy / get / order" opening its clause (after a break, the line's start, or "ok",
/// "right", "just", "so" opening it), then "a new …" or "new …"; or, told of the thing
/// itself, "order / replace / change / swap the …" or "… all the …" ("order the four
/// eight-wheelers", "replace the whole set", "change all the terminals", round S46).
fn told_to_buy_new(toks: &[Token], k: usize, line_start: usize) -> bool {
    let verb = word(toks, k);
    if !matches!(
        verb,
        "buy" | "get" | "order" | "replace" | "change" | "swap"
    ) {
        return false;
    }
    let new = word(toks, k + 1) == "a" && word(toks, k + 2) == "new" || word(toks, k + 1) == "new";
    let the_thing = matches!(verb, "order" | "replace" | "change" | "swap")
        && (word(toks, k + 1) == "the" || word(toks, k + 1) == "all" && word(toks, k + 2) == "the");
    (new || the_thing) && opens_clause(toks, k, line_start)
}

/// At `i`, "up to" with money straight after it ("up to £54k", "Up to USD 65,000"): where the
/// money ends.
pub(super) fn up_to_money_end(toks: &[Token], i: usize) -> Option<usize> {
    if !(word(toks, i) == "up" && word(toks, i + 1) == "to") {
        return None;
    }
    let end = (i + 6).min(toks.len());
    let m = super::money_words::find_money(toks.get(i + 2..end)?, crate::money::Currency::GBP)
        .into_iter()
        .next()
        .filter(|m| m.start == 0)?;
    Some(i + 2 + m.end)
}
