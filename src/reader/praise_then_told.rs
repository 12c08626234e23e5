//! A benefit told as a sentence of praise, then a sentence of what the work did, with no
//! count to measure it: "The power backup at Kothrud has paid off well. We have not
//! cancelled a single lecture since the inverters went in in August, and the makeup classes
//! we used to run on Sundays are gone — about ₹60,000 a month …", "The generator earn its
//! keep, man. JPS light gone for two days straight and we roast right through, the Japan
//! container ship on time — a US$64,000 order we woulda miss". When no rule read evidence,
//! the second sentence, up to the clause with the money, is it; a "since <month>" ending it
//! dates the benefit and is left out.

use super::tokens::{TokKind, Token};

fn ends(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "\n")
}

/// Does the sentence `toks[..b]` praise the work: "paid off", "paying for itself", "earn
/// its keep", "a godsend", "a lifesaver", "worth every penny", "done the trick"?
fn praises(toks: &[Token], b: usize) -> bool {
    let w = |j: usize| {
        toks.get(j)
            .filter(|_| j < b)
            .map_or("", |t| t.lower.as_str())
    };
    (0..b).any(|j| match w(j) {
        "paid" | "paying" | "pays" | "pay" => {
            matches!(w(j + 1), "off" | "for")
                // "has already paid its way" (round R43).
                || matches!(w(j + 1), "its" | "their") && w(j + 2) == "way"
        }
        "earn" | "earns" | "earned" | "earning" => matches!(w(j + 1), "its" | "their"),
        "godsend" | "lifesaver" | "life-saver" | "winner" | "blessing" => true,
        // "The solar pumps have really helped us.", "The new cracking line is working
        // well.", "The online store's doing better than anyone thought." (round S48).
        "helped" | "helping" => w(j + 1) == "us",
        "working" | "doing" | "performing" => {
            matches!(w(j + 1), "well" | "great" | "brilliantly" | "better")
        }
        "worth" => matches!(w(j + 1), "every" | "it" | "its" | "the"),
        "trick" => w(j.wrapping_sub(1)) == "the",
        _ => false,
    })
}

/// A break between a result's clauses: a comma, a semicolon, a spaced dash, a bracket.
fn clause_break(t: &Token) -> bool {
    matches!(t.lower.as_str(), "," | ";" | "—" | "–" | "(") || t.is_sym("-") && !t.attached
}

/// Words opening a clause of its own after "and": "and we're payin …", "and the hire bill
/// has gone …".
const SUBJECTS: &[&str] = &[
    "we", "we're", "we've", "we'd", "we'll", "the", "our", "they", "they're", "it's",
];

/// The evidence in the sentence after an opening sentence of praise with no figure in it,
/// or `None`.
pub fn told_after_praise(
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let plain = |b: usize| {
        b >= 3
            && !(0..b).any(|j| money(j) || toks[j].kind == TokKind::Num || toks[j].is(":"))
            && praises(toks, b)
    };
    // The praise a sentence, or (round R43) the sentence's first clause before a comma:
    // "cctv at the yard has already paid its way, no diesel nicked since it went up …".
    let sentence = (0..toks.len().min(25)).find(|&j| ends(&toks[j]));
    let b = match sentence.filter(|&b| plain(b)) {
        Some(b) => b,
        None => (0..sentence.unwrap_or(toks.len()).min(25))
            .find(|&j| toks[j].is(","))
            .filter(|&c| plain(c))?,
    };
    let mut s = b + 1;
    while toks.get(s).is_some_and(ends) {
        s += 1;
    }
    let e0 = (s..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    // The clause holding the money, and all after it, is the amount told.
    let mut e = e0;
    let mut k = s + 1;
    // "… about gone and we're payin roughly $48k less OT": so is a clause of its own after
    // "and" that holds the money (round R43).
    let own_money_clause = |k: usize| {
        k > s + 2
            && toks[k].is("and")
            && toks
                .get(k + 1)
                .is_some_and(|t| SUBJECTS.contains(&t.lower.as_str()))
            && (k + 1..(k + 1..e0).find(|&j| clause_break(&toks[j])).unwrap_or(e0)).any(money)
    };
    while k < e0 {
        if own_money_clause(k) {
            e = k;
            break;
        }
        if clause_break(&toks[k]) {
            let n = (k + 1..e0).find(|&j| clause_break(&toks[j])).unwrap_or(e0);
            if (k + 1..n).any(money) {
                e = k;
                break;
            }
            k = n;
        } else {
            k += 1;
        }
    }
    // "… and haven't needed it since September": the month dates the benefit.
    if let Some(j) =
        (e.saturating_sub(4).max(s + 1)..e).find(|&j| toks[j].is("since") && (j + 1..e).all(skip))
    {
        e = j;
    }
    let words = (s..e).filter(|&j| toks[j].is_word()).count();
    let opens = toks
        .get(s)
        .is_some_and(|t| t.is_word() || t.kind == TokKind::Num);
    (e > s && opens && words >= 4 && !(s..e).any(money)).then_some((s, e))
}
