//! What opens a reason's clause but is no part of the reason: a concession ("It's not that
//! we don't want it, there just isn't the capacity …", "HR say it's fine but …"). Money already sunk is kept ("we've
//! sunk $310k into it and it still can't …": three labels keep it, one drops it); a
//! heading that names the thing before a spaced dash ("Cat 1 tanker - the RFS grant didn't
//! come through, …").

use super::tokens::{TokKind, Token};

/// Where the reason in tokens `a..b` starts once such an opening is dropped; `a` when it
/// has none.
pub(super) fn past_head(toks: &[Token], a: usize, b: usize) -> usize {
    let b = b.min(toks.len());
    concession(toks, a, b)
        .or_else(|| fine_but(toks, a, b))
        .or_else(|| granted_but(toks, a, b))
        .or_else(|| purpose_then_cause(toks, a, b))
        .or_else(|| dash_heading(toks, a, b))
        .or_else(|| same_terms(toks, a, b))
        .filter(|&k| k + 3 <= b)
        .unwrap_or(a)
}

/// "renewed another 2 yrs, same rate, they've been fine", "same price as last year, …": a
/// renewal's terms said before its reason (up to their comma, a few words) are what was
/// agreed, not why (both training labels of the shape drop them); after the comma.
fn same_terms(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    let terms = matches!(
        at(a + 1),
        "price" | "prices" | "rate" | "rates" | "terms" | "cost" | "fee" | "fees" | "deal"
    );
    if at(a) != "same" || !terms {
        return None;
    }
    (a + 2..(a + 7).min(b))
        .take_while(|&j| toks[j].is_word() || toks[j].is(","))
        .find(|&j| toks[j].is(","))
        .filter(|&c| toks.get(c + 1).is_some_and(Token::is_word))
        .map(|c| c + 1)
}

/// "HR say it's fine but they want a 3-month trial first", "ok but only if …": what is
/// conceded fine before "but" (within the reason's first words); after the "but".
fn fine_but(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    let but = (a + 1..(a + 12).min(b)).find(|&j| at(j) == "but")?;
    let conceded = (but.saturating_sub(2).max(a)..but)
        .any(|j| matches!(at(j), "fine" | "ok" | "okay" | "good" | "great"));
    (conceded && !(a..but).any(|j| matches!(at(j), "." | "!" | "?"))).then_some(but + 1)
}

/// "Lovely kit, no argument, but it's £1.2m …", "Yes it's clunky and yes Doreen cursed it
/// …, but the harvesters got paid …", "Tony loves it, but $1.4M on a field … doesn't
/// pencil": a point granted to the other side before the reason's ", but"; after the "but",
/// when a clause of its own follows (at least three words). The comma is what says so
/// (convention 48): "slipped to feb but the parallel runs balance" is one reason.
pub(super) fn granted_but(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    let but = (a + 1..(a + 30).min(b))
        .take_while(|&j| !matches!(at(j), "." | "!" | "?" | ";"))
        .find(|&j| at(j) == "but" && at(j - 1) == ",")?;
    // "… but only if …", "still wants it, but not until …" keep their condition with the
    // point granted. (Nothing after it, in a message cut short, is no clause.) The clause
    // may open on its money ("but £160k on tarmac … isn't happening").
    let clause = but + 1 < b
        && (toks[but + 1].is_word() || opens_on_money(&toks[but + 1..b]))
        && !matches!(at(but + 1), "only" | "not" | "also" | "then" | "if");
    (clause && but + 4 <= b).then_some(but + 1)
}

/// "£160k …", "$1.4M …", "160k …": a price opening the clause.
fn opens_on_money(toks: &[Token]) -> bool {
    match toks {
        [t, ..] if t.kind == TokKind::Num => true,
        [t, n, ..] => t.kind == TokKind::Sym && !t.is_break() && n.kind == TokKind::Num,
        _ => false,
    }
}

/// "to replace the cupola on the small iron, cos the coke's doubled in price": what the
/// work is for, then why after ", cos" / ", because" / ", since"; after the cause's word.
fn purpose_then_cause(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    if at(a) != "to" || !toks.get(a + 1).is_some_and(Token::is_word) {
        return None;
    }
    (a + 2..b)
        .take_while(|&j| !matches!(at(j), "." | "!" | "?" | ";"))
        .find(|&j| {
            at(j) == "," && matches!(at(j + 1), "cos" | "coz" | "because" | "since" | "'cause")
        })
        .map(|j| j + 2)
}

/// "Cat 1 tanker - the RFS grant didn't come through": a heading of up to five words with
/// no verb, opening the message (or a line or sentence), before a spaced dash, then a clause
/// of its own; after the dash.
fn dash_heading(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let opens = a == 0 || matches!(toks[a - 1].lower.as_str(), "." | "!" | "?" | "\n");
    if !opens {
        return None;
    }
    let dash = (a + 1..(a + 6).min(b)).find(|&j| {
        matches!(toks[j].lower.as_str(), "—" | "–") || toks[j].is_sym("-") && !toks[j].attached
    })?;
    let verbless = (a..dash).all(|j| {
        let w = toks[j].lower.as_str();
        (toks[j].is_word() || toks[j].kind == super::tokens::TokKind::Num)
            && !matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
            && !w.ends_with("n't")
            && !w.ends_with("'re")
            && !w.ends_with("'ve")
            && !matches!(w, "it's" | "that's" | "there's")
    });
    (verbless && super::intent::own_clause(toks, dash + 1, b)).then_some(dash + 1)
}

/// "it's not that we don't want it, …": after its comma.
fn concession(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    let k = match at(a) {
        "it's" => a + 1,
        "it" if at(a + 1) == "is" => a + 2,
        _ => return None,
    };
    if !(at(k) == "not" && at(k + 1) == "that") {
        return None;
    }
    (k + 3..(k + 16).min(b))
        .find(|&j| toks[j].is(","))
        .map(|c| c + 1)
}

/// "till after vintage, nobody's got time to retrain the staff": a condition on when the
/// work comes back (`a..b` opens with "till after" / "until before" …), then, after its
/// comma or dash, a clause of its own or someone's saying ("till after tax season, Darlene
/// says the old router's …") that says why; or any "till <condition>" then "no
/// point …" ("till the fitout's finished, no point doing it twice"). Where that clause
/// starts. `day_first` is the tenant's order, so "done in 3/15" dates a month-first one's
/// condition as "done in 15/3" does a day-first one's.
pub(super) fn after_timed_condition(
    toks: &[Token],
    a: usize,
    b: usize,
    day_first: bool,
) -> Option<usize> {
    let b = b.min(toks.len());
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    if !matches!(at(a), "until" | "till" | "til") {
        return None;
    }
    // "till the roof's fixed, no point fitting them twice": a condition told as a clause
    // of its own gives way only to a judgement that doing it now is wasted.
    let timed = matches!(at(a + 1), "after" | "before");
    let no_point = |s: usize| {
        matches!((at(s), at(s + 1)), ("no", "point" | "sense"))
            || matches!(
                (at(s), at(s + 1), at(s + 2)),
                ("there's", "no", "point" | "sense")
            )
    };
    // "held until the electric conversions have had a season, he's not ordering hulls …":
    // after a condition told as a clause, a clause whose subject is a person ("he's",
    // "we're", "nobody") says why (no training label keeps the condition with it).
    let someone_why = |s: usize| {
        const PEOPLE: [&str; 13] = [
            "he's", "she's", "we're", "they're", "i'm", "he", "she", "we", "they", "i", "nobody",
            "nobody's", "no-one",
        ];
        PEOPLE.contains(&at(s)) && toks.get(s + 1).is_some_and(Token::is_word)
    };
    // "till the audit's done in Jan, Sioned doesn't want …": a condition dated by its own
    // time is when, as "after …" is; the clause after it says why.
    let dated = |c: usize| {
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).is_some_and(|any_day| {
            crate::reader::dates::find_dates(&toks[a..c], any_day, day_first)
                .iter()
                .any(|d| d.start >= 3 && toks[a + d.start - 1].is("in"))
        })
    };
    // "held until the insurance renewal in February, in case they'll chip in on it": what
    // the wait might bring is why it waits.
    let in_case = |s: usize| at(s) == "in" && at(s + 1) == "case";
    (a + 3..b)
        .find(|&j| matches!(at(j), "," | "—" | "–") || toks[j].is_sym("-") && !toks[j].attached)
        .map(|c| (c, c + 1))
        .filter(|&(c, s)| timed || no_point(s) || dated(c) || someone_why(s) || in_case(s))
        .map(|(_, s)| s)
        .filter(|&s| {
            s + 3 <= b
                && (super::intent::own_clause(toks, s, b)
                    || no_point(s)
                    || in_case(s)
                    // "nobody's got time …", "there's no budget …".
                    || matches!(
                        at(s),
                        "nobody" | "nobody's" | "no-one" | "everyone" | "everyone's" | "there's"
                            | "there" | "we'll" | "we'd"
                            // "she's not moving the books mid filing".
                            | "she's" | "he's" | "they're" | "we're" | "it's" | "i'm"
                    )
                    // "Darlene says the old router's limping …": someone's saying.
                    || toks[s].is_word() && matches!(at(s + 1), "says" | "reckons" | "thinks"))
        })
}
