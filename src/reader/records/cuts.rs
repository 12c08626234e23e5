//! Where a sentence holding a record is cut into records of their own: verdicts joined by
//! "and" or "but", new things listed, money shared out, items after a colon, a verdict
//! shared by two things; and where the first record starts.

use super::*;

/// Where a sentence holds two verdicts joined by "and" / "but" / "plus" ("the kiosks
/// approved at £50k and the pilot paused until spring", "…, plus we're killing the pilot") or listed with a comma ("UBB approved ($120k),
/// mobile app punted to Q3"): the conjunction's position, when each side has a verdict of
/// its own. (Each side is a record only when they name other investments: see `split`.)
pub(super) fn joined_at(toks: &[Token], (a, b): (usize, usize)) -> Option<usize> {
    // "approved three hundred and eighty thousand dollars and the …": the first "and" is
    // the spoken number's own.
    let conjunction = |j: usize| {
        toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "and" | "but" | "while" | "whereas" | "plus"
            )
        }) && !crate::reader::money_words::and_in_spoken_number(toks, j)
    };
    // "we continue with the external lab, the upgrade is cancelled": what we keep instead
    // is no record of its own.
    let own = |from: usize, to: usize| {
        find_verdict_in(toks, from, to).is_some_and(|v| {
            !(v.verdict == crate::domain::Verdict::Continue
                && crate::reader::verdict_shapes::alternative_kept(toks, v.start, v.end))
        })
    };
    // "Device lab approved, €35k, and the …": the amount after the comma is the verdict's
    // before it, not the next record's (any currency will do to see it is one).
    let amount_next = |j: usize| {
        let span = &toks[j + 1..(j + 1 + 4).min(b)];
        find_money(span, Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
    };
    // "yield analytics approved, $75k - OSHA log software: nope": a dash with space on both
    // sides parts items of one line of minutes, as a comma would, unless the verdict before
    // it is said in French ("Le projet est reporté — ERP on hold": one verdict said twice).
    let dash_parts = |j: usize| {
        spaced_dash(toks, j)
            && (find_english_verdict_in(toks, a, j).is_some()
                || find_french_verdict_in(toks, a, j).is_none())
    };
    // "turn down the drone sprayer, US$24,000 and di CIB nah approve …": a refusal's price
    // joined to its reason by "and" keeps the reason (convention 26), whatever verdict
    // word it holds.
    let refusals_price_before = |j: usize| {
        toks[j].is("and")
            && find_money(&toks[a..j], Currency::GBP)
                .last()
                .is_some_and(|m| a + m.end == j)
            && find_verdict_in(toks, a, j)
                .is_some_and(|v| v.verdict == crate::domain::Verdict::Reject)
    };
    // "approved the sports hall roof in principle, subject to a final quote, and deferred
    // …": a condition after the comma is the verdict's before it (convention 55, round R49).
    let condition_next = |j: usize| {
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        matches!(
            (w(j + 1), w(j + 2), w(j + 3)),
            ("subject", "to", _) | ("as" | "so", "long", "as") | ("on", "condition", _)
        )
    };
    (a + 1..b).find(|&j| {
        (conjunction(j)
            || (toks[j].is_sym(",") || dash_parts(j)) && !conjunction(j + 1) && !amount_next(j))
            && own(a, j)
            && own(j + 1, b)
            && !refusals_price_before(j)
            && !condition_next(j)
            && !super::papers_signed::papers_signed_after(toks, j)
    })
}

/// Every place `joined_at` finds in the sentence `a..b`, each cut looked for after the one
/// before: "CA rooms approved at $1.1M, payroll upgrade turned down, forecast model to go
/// again next season" is three clauses, each with a verdict of its own.
pub(super) fn joined_all(toks: &[Token], (a, b): (usize, usize)) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut from = a;
    while let Some(j) = joined_at(toks, (from, b)) {
        cuts.push(j);
        from = j + 1;
    }
    cuts
}

/// "approved two things: the VMS renewal (£5,800 …) and a new grant management system …
/// at £12k": after a verdict, "and a new …" with money of its own lists another thing the
/// verdict is said of. The "and"'s position.
pub(super) fn new_listed_at(
    toks: &[Token],
    (_, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Option<usize> {
    // "scaled right back, just the cool room and a new pass, $145k": what the work is cut
    // down to, no other thing.
    if verdict.verdict == crate::domain::Verdict::Rescope {
        return None;
    }
    // "…, since the rotor bearings are about gone and a new Nicholson's $300k": a new
    // thing inside the reason is what the reason weighs the work against.
    let reason = |j: usize| {
        (verdict.end..j).any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "since" | "because" | "cos" | "coz" | "'cause"
            )
        })
    };
    (verdict.end..b.saturating_sub(2)).find(|&j| {
        toks[j].is("and")
            && matches!(toks[j + 1].lower.as_str(), "a" | "an")
            && toks[j + 2].is("new")
            && !find_money(&toks[j + 1..b], currency).is_empty()
            && (verdict.end..j).any(|k| toks[k].is_word() && !toks[k].is("the"))
            && !reason(j)
    })
}

/// "approved £30k for the oven sensors and £12k for the loyalty app": after a verdict and
/// an amount, "and" then another amount for another thing shares the verdict's money out
/// (each side is a record only when they name other investments: see `split`). The
/// "and"'s position.
pub(super) fn shared_out_at(
    toks: &[Token],
    (a, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Option<usize> {
    let money = find_money(&toks[a..b], currency);
    let first = money.first()?;
    let from = (a + first.end).max(verdict.start);
    (from..b).find(|&j| toks[j].is("and") && amount_for_after(toks, j, b, currency))
}

/// "signed off by the board: loyalty app 12k, card terminals 5k, tills 3k": after a verdict
/// and a colon, items of a list each naming a thing before its amount. The positions of the
/// commas before the second item and every one after it (each item is a record only when
/// they name other investments: see `split`).
pub(super) fn listed_after_colon_at(
    toks: &[Token],
    (_, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Vec<usize> {
    let Some(colon) = (verdict.end..b).find(|&k| toks[k].is_sym(":")) else {
        return Vec::new();
    };
    let counted = counts_its_decisions(toks);
    let item = |j: usize| {
        named_amount_after(toks, j, b, currency)
            || counted && counted_item_after(toks, j, b, currency)
    };
    if !item(colon) {
        return Vec::new();
    }
    (colon + 1..b)
        .filter(|&j| toks[j].is_sym(",") && item(j))
        .collect()
}

/// Under a heading counting what its verdict decided ("CFO signed off 2 things yesterday:
/// …"), an item of the list after `j` may say a little more before its money: "and" or an
/// article, then up to eight words (a hyphen between them, "top-up"), the last of them
/// "of", "at" or "for" when more than four ("laptop refresh top-up of S$90k", "and the
/// knowledge base licence renewal at S$28k").
pub(super) fn counted_item_after(toks: &[Token], j: usize, b: usize, currency: Currency) -> bool {
    let mut k = j + 1;
    if toks.get(k).is_some_and(|t| t.is("and")) {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the" | "our"))
    {
        k += 1;
    }
    if k >= b {
        return false;
    }
    // The words up to the item's first money ("S$90k" may open on a letter).
    let Some(n) = find_money(&toks[k..b], currency).first().map(|m| m.start) else {
        return false;
    };
    let words = &toks[k..k + n];
    (1..=8).contains(&n)
        && words
            .iter()
            .all(|t| (t.is_word() || t.is_sym("-")) && !t.is("and"))
        && (n <= 4 || matches!(words[n - 1].lower.as_str(), "of" | "at" | "for"))
}

/// Do one to four words, then an amount, follow `j` (before `b`): an item of a list naming
/// a thing and its money ("…: loyalty app 12k, …")?
pub(super) fn named_amount_after(toks: &[Token], j: usize, b: usize, currency: Currency) -> bool {
    let words = toks[j + 1..b]
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && !t.is("and"))
        .count();
    (1..=4).contains(&words)
        && find_money(&toks[j + 1..b], currency)
            .first()
            .is_some_and(|m| m.start == words)
}

/// Does an amount open the words after `j` (before `b`), then "for" / "on" what it is for
/// ("… and £12k for the loyalty app")?
pub(super) fn amount_for_after(toks: &[Token], j: usize, b: usize, currency: Currency) -> bool {
    let money = find_money(&toks[j + 1..b], currency);
    money.first().is_some_and(|m| {
        m.start == 0
            && toks
                .get(j + 1 + m.end)
                .is_some_and(|t| matches!(t.lower.as_str(), "for" | "on" | "towards"))
    })
}

/// The words the record at `a..b` takes its verdict from, when it shares the verdict of the
/// record before it, from `before`: an amount shared out ("approved £30k for the oven
/// sensors and £12k for the loyalty app") or the next item of a list after a colon ("Shops
/// budget signed off by the board: loyalty app 12k, card terminals 5k"). The token range
/// from the verdict's sentence's start (the unit or the body it names) to the verdict's
/// end.
pub fn shared_verdict(
    toks: &[Token],
    before: usize,
    (a, b): (usize, usize),
    currency: Currency,
) -> Option<(usize, usize)> {
    if a == 0 {
        return None;
    }
    let counted = counts_its_decisions(toks);
    let listed_item = |j: usize| {
        toks[j].is_sym(",")
            && (named_amount_after(toks, j, b, currency)
                || counted && counted_item_after(toks, j, b, currency))
    };
    // "…: loyalty app 12k, card terminals 5k, tills 3k": an item after another item of the
    // list shares the verdict before the list's colon.
    let (verdict, floor) = match find_verdict_in(toks, before, a) {
        Some(v) => (v, before),
        None if before > 0 && listed_item(before - 1) && listed_item(a - 1) => {
            let colon = (0..before).rev().find(|&k| toks[k].is_sym(":"))?;
            let from = (0..colon)
                .rev()
                .find(|&k| is_end(&toks[k]))
                .map_or(0, |k| k + 1);
            (find_verdict_in(toks, from, colon)?, from)
        }
        None => return None,
    };
    let shared_out = toks[a - 1].is("and") && amount_for_after(toks, a - 1, b, currency);
    // "…: loyalty app 12k, card terminals 5k": the next item of the list after the verdict.
    let listed = listed_item(a - 1) && (verdict.end..a).any(|k| toks[k].is_sym(":"));
    let start = (floor..verdict.start)
        .rev()
        .find(|&k| is_end(&toks[k]))
        .map_or(floor, |k| k + 1);
    // "ok'd the extra 6 laptops …, 8k, and the store wi-fi …, 12k": a priced thing after one.
    let priced = priced_items_either_side(toks, verdict.end, a - 1, b, currency);
    (shared_out || listed || priced).then_some((start, verdict.end))
}

/// "the drones are …", "our kiosks were …", "the trial's a no": a clause from `s` (before
/// `b`) that opens on a thing of its own, with "the" or "our" and a verb of being (or the
/// clause's verdict) a few words on.
pub(super) fn opens_on_subject(toks: &[Token], s: usize, b: usize) -> bool {
    let b = b.min(toks.len());
    // "…, and the HD2 multicast goes dark 12/31": the subject's words, then its verdict;
    // "…, and the firewall refresh IT asked for ($23K) waits till …": or its words closed
    // by who asked for it, its price in brackets.
    let verdict_next = || {
        find_verdict_in(toks, s + 1, b).is_some_and(|v| {
            let mut depth = 0usize;
            let mut words: Vec<&str> = Vec::new();
            for t in &toks[s + 1..v.start] {
                match t.lower.as_str() {
                    "(" => depth += 1,
                    ")" if depth > 0 => depth -= 1,
                    _ if depth > 0 => {}
                    _ if t.is_word() => words.push(t.lower.as_str()),
                    _ => return false,
                }
            }
            let asked = matches!(
                words.as_slice(),
                [.., "asked" | "wanted" | "requested", "for"]
            );
            // "…, and the settling pond solar farm is a no": four words, then "is" before
            // the verdict.
            let limit = if matches!(words.last(), Some(&("is" | "are" | "was" | "were"))) {
                5
            } else {
                4
            };
            depth == 0
                && (words.len() <= limit && v.start <= s + 1 + limit || asked && words.len() <= 6)
        })
    };
    toks.get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our"))
        && (toks[s + 1..b]
            .iter()
            .take(4)
            .take_while(|t| t.is_word())
            .any(|t| {
                matches!(t.lower.as_str(), "is" | "are" | "was" | "were") || t.lower.ends_with("'s")
            })
            || verdict_next())
}

/// Where the first record starts: after the status items of minutes ("- PLM: no change")
/// that come before the first item with a record and name another investment than it
/// (the heading's date still reaches it; see `Reader::read`); otherwise at the start.
pub(super) fn first_start(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    index: &NameIndex,
) -> usize {
    let Some(first) = records.iter().position(|r| *r) else {
        return 0;
    };
    let Some(last_status) = (0..first).rev().find(|&k| status_only(toks, parts[k])) else {
        return 0;
    };
    let names = index.find(toks);
    let investment_in = |(a, b): (usize, usize)| {
        names.iter().find(|m| {
            m.start >= a
                && m.start < b
                && m.targets.iter().any(|t| matches!(t, Target::Investment(_)))
        })
    };
    // "• Photo finish: install Feb. No change.": the status said in a sentence after the
    // one naming the item is about the item its line names.
    let (a, b) = parts[last_status];
    let line_start = (0..a)
        .rev()
        .find(|&k| toks[k].is_sym("\n"))
        .map_or(0, |k| k + 1);
    let (Some(status), Some(record)) = (
        investment_in((line_start.min(a), b)),
        investment_in(parts[first]),
    ) else {
        return 0;
    };
    if status.targets == record.targets {
        return 0;
    }
    // Convention 77: an item of news of a registered thing before the status item ("- the
    // oyster grader ships 12/14 …\n- Boat shed roof: no change\n- Point of sale: going
    // ahead …") is a note of its own, so the records start at the start.
    let news_before = parts[..last_status].iter().any(|&p| {
        (list_item(toks, p.0) || super::numbered_items::item_opens_at(toks, p.0))
            && !status_only(toks, p)
            && investment_in(p).is_some_and(|m| m.targets != status.targets)
    });
    if news_before {
        return 0;
    }
    parts[last_status + 1].0
}

/// "Cybersecurity upgrade: we make a pause until February, …. But the backup of the servers
/// we do now, 8.400 € approved.": a sentence `a..b` opening on "But" with a verdict and
/// money of its own; after a record with its verdict it is another decision, whatever it
/// names ("But we'll look at the hosting again in March" says no money and stays).
pub(super) fn but_decides_again(
    toks: &[Token],
    (a, b): (usize, usize),
    currency: Currency,
) -> bool {
    toks[a].is("but")
        && !find_money(&toks[a..b], currency).is_empty()
        && find_verdict_in(toks, a, b).is_some()
}
