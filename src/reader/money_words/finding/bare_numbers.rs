//! A number written with no currency that is money all the same: a sum approved, an item
//! priced in a list, a figure by the month or year ("600/mo"), a number after "Rs".

use super::*;

/// Whether `at..end` is one number token grouped in thousands (`85,000`, `1,250,000`).
pub(super) fn lone_grouped_number(toks: &[Token], at: usize, end: usize) -> bool {
    let Some(num) = toks
        .get(at)
        .filter(|t| t.kind == TokKind::Num && end == at + 1)
    else {
        return false;
    };
    grouped_in_thousands(&num.lower)
}

/// Whether the number `w` is grouped in thousands before any dot (`200,000`, `1,250.50`):
/// a number with no comma is not, told by its bytes before the splits (round P66).
fn grouped_in_thousands(w: &str) -> bool {
    if !w.as_bytes().contains(&b',') {
        return false;
    }
    grouped_in_thousands_past_its_first_test(w)
}

/// [`grouped_in_thousands`] once `w` holds a comma.
fn grouped_in_thousands_past_its_first_test(w: &str) -> bool {
    let whole = w.split('.').next().unwrap_or_default();
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    let mut rest = groups.peekable();
    (1..=3).contains(&first.len()) && rest.peek().is_some() && rest.all(|g| g.len() == 3)
}

/// A plain number grouped in thousands (`200,000`, `1,250,000`) just after an approval
/// ("approved", "signed off", "approved … at") and before no count word: an amount in the
/// message's currency, since a sum approved is money.
pub(in crate::reader::money_words) fn approved_plain(
    toks: &[Token],
    at: usize,
    end: usize,
) -> bool {
    if !lone_grouped_number(toks, at, end) {
        return false;
    }
    let prev = |k: usize| at.checked_sub(k).map_or("", |j| toks[j].lower.as_str());
    let approval = |w: &str| {
        matches!(
            w,
            "approved" | "approve" | "approves" | "aprvd" | "approving" | "greenlit" | "okayed"
        )
    };
    // "hal's good w the exhaust fan for the char line 👍 4,800" (round S49): a terse line
    // closing on its price after a thumbs-up or a tick.
    let closing_after_a_tick =
        end == toks.len() && at >= 3 && matches!(prev(1), "👍" | "✅" | "👌" | "🙌" | "✔️" | "✔");
    let after_approval = closing_after_a_tick
        || approval(prev(1))
        || (prev(1) == "," && approval(prev(2)))
        || (prev(1) == "off" && matches!(prev(2), "signed" | "signs"))
        || (prev(1) == "at" && (approval(prev(2)) || (prev(2) == "off" && prev(3) == "signed")));
    // What follows ends the amount: a break, the end, or a word that starts a new phrase.
    let ends = toks.get(end).is_none_or(|t| {
        (t.kind == TokKind::Sym && t.lower != "%")
            || matches!(
                t.lower.as_str(),
                "for"
                    | "on"
                    | "to"
                    | "in"
                    | "from"
                    | "towards"
                    | "with"
                    | "and"
                    | "but"
                    | "pending"
            )
    });
    after_approval && ends
}

/// A plain number grouped in thousands ending a listed item ("tokens for the techs 6,200
/// and the file server migration 70k"), after the thing's name, when the next item in the
/// same sentence ends on an amount of its own: the list prices its items, so this is money.
/// So is one ending a record cut from such a list, when its sentence approved it.
pub(in crate::reader::money_words) fn listed_before_an_amount(
    toks: &[Token],
    at: usize,
    end: usize,
    default: Currency,
    bare: Currency,
) -> bool {
    let grouped = toks
        .get(at)
        .filter(|t| t.kind == TokKind::Num && end == at + 1)
        .is_some_and(|t| {
            let groups: Vec<&str> = t.lower.split(',').collect();
            groups.len() == 2 && (1..=3).contains(&groups[0].len()) && groups[1].len() == 3
        });
    let after_a_name = at > 0 && toks[at - 1].kind == TokKind::Word;
    // "ok'd the p&c ask for 3 more Deputy kiosks, 4,500": the figure after the name's comma,
    // closing the approval (round V47; below).
    let after_its_comma = at > 1 && toks[at - 1].is_sym(",") && toks[at - 2].kind == TokKind::Word;
    if !(grouped && (after_a_name || after_its_comma)) {
        return false;
    }
    // A record cut from such a list before its sibling ends on its figure (and the "and"
    // that joined them): priced, when its sentence approved it ("dana ok'd 2 things: mfa
    // tokens for the techs 6,200 and").
    if end == toks.len() || (end + 1 == toks.len() && toks[end].is("and")) {
        let opens = toks[..at]
            .iter()
            .rposition(|t| t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is_sym("\n"))
            .map_or(0, |k| k + 1);
        return toks[opens..at].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "approved" | "aprvd" | "greenlit" | "okayed" | "ok'd" | "oked"
            )
        });
    }
    let joined = toks[end].is("and") || toks[end].is_sym(",") || toks[end].is_sym(";");
    if !joined || !after_a_name {
        return false;
    }
    // The sibling: an amount within the next few words, before the sentence ends, said
    // with a currency or a multiplier (a plain figure there would prove nothing).
    let mut j = end + 1;
    while j < toks.len() && j <= end + 9 {
        let t = &toks[j];
        if t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is_sym("\n") {
            return false;
        }
        if t.kind == TokKind::Num || t.kind == TokKind::Sym {
            if let Some(m) = amount_at(toks, j, default, bare) {
                let plain = !m.written && m.end == j + 1;
                return !plain;
            }
        }
        j += 1;
    }
    false
}

/// A bare number at `at` written straight onto "/mo" or "/yr" ("saves approx 600/mo",
/// "dropped 2,200/yr"): money by the month or the year, as "$600/mo" is; not when it falls
/// "to" a bare number ("errors down from like 40/mo to 3"), a count of things.
pub(in crate::reader::money_words) fn per_period_plain(
    toks: &[Token],
    at: usize,
    end: usize,
) -> bool {
    let onto =
        |k: usize, f: &dyn Fn(&Token) -> bool| toks.get(k).is_some_and(|t| t.attached && f(t));
    end == at + 1
        && toks.get(at).is_some_and(|t| t.kind == TokKind::Num)
        && onto(end, &|t| t.is_sym("/"))
        && onto(end + 1, &|t| {
            matches!(t.lower.as_str(), "mo" | "mth" | "month" | "yr" | "year")
        })
        && !falls_to_a_bare_number(toks, end + 2)
}

/// "… to 3": "to" at `at` and a number with nothing written onto it (no multiplier, no
/// "/mo", no currency sign after it).
fn falls_to_a_bare_number(toks: &[Token], at: usize) -> bool {
    toks.get(at).is_some_and(|t| t.is("to"))
        && toks.get(at + 1).is_some_and(|t| t.kind == TokKind::Num)
        && !toks.get(at + 2).is_some_and(|t| {
            t.attached && (t.kind == TokKind::Word || t.is_sym("/") || t.lower == "%")
        })
}

/// A number at `at`, just after "Rs", or after its dot ("Rs. 1.2 crore").
pub(in crate::reader::money_words) fn rupee_number(toks: &[Token], at: usize) -> bool {
    let num = |t: &Token| t.kind == TokKind::Num;
    match toks.get(at) {
        Some(t) if num(t) => true,
        Some(t) if t.is_sym(".") => toks.get(at + 1).is_some_and(num),
        _ => false,
    }
}

#[cfg(test)]
mod p66_tests {
    use super::*;

    /// Round P66: the comma asked first answers as the splits do, at every word of the
    /// training messages and of the source's strings, and at a few numbers made up.
    #[test]
    fn grouped_in_thousands_with_its_first_test_answers_as_its_body() {
        let mut words = crate::reader::tests::p55_training_texts::training_and_source_words();
        words.extend(["200,000", "1,250.50", "12,34", ",000", "1.000,5", "7"].map(String::from));
        let mut grouped = 0;
        for w in &words {
            let body = grouped_in_thousands_past_its_first_test(w);
            assert_eq!(grouped_in_thousands(w), body, "{w:?}");
            grouped += usize::from(body);
        }
        assert!(grouped > 10, "{grouped}");
    }
}
