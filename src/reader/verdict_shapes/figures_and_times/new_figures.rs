//! Money given a new figure against its old one: "£1.2m … is now £1.35m" accepted, a budget
//! that "passes from 240 k€ to 275 k€" or "goes up to £310k from £260k" in a message that
//! decides, and money agreed or allocated to a thing.

use super::*;

/// How far either side of "now" the old figure and the acceptance are looked for, so each
/// "now" costs a bounded look.
pub(in crate::reader::verdict_shapes) const WINDOW: usize = 24;

/// At `i` ("now" before an amount), the new figure of a budget whose old figure comes
/// earlier in the sentence ("£1.2m … is now £1.35m", "was 1.8 mil, now 2.3 mil") or just
/// after it ("is now AED 1.5 million instead of AED 1.1 million", "now R$ 2,9 milhões, not
/// R$ 2,4 milhões"), when the same or the next sentence accepts it ("Board ok'd the
/// increase"): where the finding ends. A figure nobody accepted is news, not a decision.
pub(in crate::reader) fn new_figure_at(toks: &[Token], i: usize) -> Option<usize> {
    if !toks.get(i)?.is("now") {
        return None;
    }
    // Any currency will do: only whether an amount is said matters here.
    let after = &toks[i + 1..(i + 1 + 4).min(toks.len())];
    let new = *find_money(after, Currency::GBP).first()?;
    if new.start != 0 {
        return None;
    }
    let lo = (i.saturating_sub(WINDOW)..i)
        .rev()
        .find(|&k| ends_sentence(&toks[k]))
        .map_or(i.saturating_sub(WINDOW), |k| k + 1);
    let old_after = {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let mut k = i + 1 + new.end;
        k += usize::from(word(k) == ",");
        let lead = match (word(k), word(k + 1)) {
            ("instead", "of") | ("rather", "than") => 2,
            ("not", _) => 1,
            _ => 0,
        };
        let tail = &toks[(k + lead).min(toks.len())..(k + lead + 5).min(toks.len())];
        lead > 0
            && find_money(tail, Currency::GBP)
                .first()
                .is_some_and(|m| m.start == 0)
    };
    if !old_after && find_money(&toks[lo..i], Currency::GBP).is_empty() {
        return None;
    }
    // The sentence of "now" and the next one.
    let hi = (i + 1..toks.len().min(i + WINDOW))
        .filter(|&k| ends_sentence(&toks[k]))
        .nth(1)
        .unwrap_or(toks.len().min(i + WINDOW));
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let accepted = (lo..hi).any(|k| {
        let said = matches!(
            word(k),
            "accepted"
                | "agreed"
                | "approved"
                | "okayed"
                | "ok'd"
                | "oked"
                | "approves"
                // "CEO agree to add a 2nd line, total now …", as second-language writers say it.
                | "agree"
                | "agrees"
        ) || word(k) == "signed" && word(k + 1) == "off";
        said && !matches!(
            word(k.wrapping_sub(1)),
            "not" | "n't" | "never" | "didn't" | "hasn't" | "haven't" | "won't"
        )
    });
    // "Mr. Zhang decide only change the burners …. Total now 1.9 million not 2.8
    // million.": the new figure set against the old after someone decided the change.
    let decided = || {
        old_after
            && (i.saturating_sub(WINDOW)..i).any(|k| {
                matches!(word(k), "decide" | "decided" | "decides")
                    && !matches!(
                        word(k.wrapping_sub(1)),
                        "to" | "will" | "not" | "n't" | "didn't" | "yet" | "can't" | "'ll"
                    )
            })
    };
    (accepted || decided()).then_some(i + 1)
}

/// "the budget of the supplier portal passes from 240 k€ to 275 k€", "the cost moves from
/// $1.1m to $1.3m": at `i` ("from"), a budget said with its old and new figures, whatever
/// the verb; or a thing's money that "goes from" one figure to another in a message that
/// approves it. Where the finding ends (after "to"), when `i` opens one.
pub(in crate::reader) fn budget_moved_at(toks: &[Token], i: usize) -> Option<usize> {
    if !toks.get(i)?.is("from") {
        return None;
    }
    let budget = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| !ends_sentence(&toks[k]))
        .any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "budget" | "envelope" | "cost" | "costs" | "price"
            )
        });
    // "Indy shop fit-out goes from $800K to $1.1MM, … Board approved it Tuesday": a thing's
    // money moved from one figure to another, in a message that approves it.
    let moved = i > 0 && money_moves(&toks[i - 1]) && decided(toks);
    // "Only one bay instead of two, so it goes from GHS 640,000 to GHS 340,000" (round S52):
    // the work ("it") taken down to a smaller figure, a cut (checked below).
    let cut_of_it = i > 1 && money_moves(&toks[i - 1]) && toks[i - 2].is("it");
    if !budget && !moved && !cut_of_it {
        return None;
    }
    // Any currency will do: only whether amounts are said matters here.
    let span = &toks[i + 1..(i + 1 + 10).min(toks.len())];
    let amounts = find_money(span, Currency::GBP);
    let (old, new) = (amounts.first()?, amounts.get(1)?);
    // "from CHF 14 Mio. to …": the multiplier's own dot.
    let to = old.end
        + usize::from(
            span.get(old.end)
                .is_some_and(|t| t.is_sym(".") && t.attached),
        );
    let smaller = new.money.currency == old.money.currency && new.money.minor < old.money.minor;
    (old.start == 0
        && span.get(to).is_some_and(|t| t.is("to"))
        && new.start == to + 1
        && (budget || moved || smaller))
        .then_some(i + 1 + to + 1)
}

/// "goes", "went", "jumps": a verb that moves a thing's money to another figure.
fn money_moves(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "goes" | "went" | "gone" | "going" | "jumps" | "jumped" | "rises" | "rose"
    )
}

/// A message that tells a decision on money moved: it approves ("Board approved it
/// Tuesday"), or it opens on a heading of a meeting or a body that decides, closed by a
/// colon ("From yesterday's board:", "ops mtg 12/1:").
fn decided(toks: &[Token]) -> bool {
    let approves = toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "approved" | "agreed" | "accepted" | "okayed" | "signed"
        )
    });
    approves || deciding_heading_end(toks).is_some()
}

/// "From yesterday's board:", "two from the safety mtg tuesday:": a heading opening the
/// message, closed by a colon before any other break, that names a meeting or a body that
/// decides and says no verdict itself. The colon's position.
pub(in crate::reader) fn deciding_heading_end(toks: &[Token]) -> Option<usize> {
    let colon = toks
        .iter()
        .take(10)
        .position(|t| t.is_break())
        .filter(|&c| toks[c].is_sym(":"))?;
    let names_one = toks[..colon].iter().any(|t| {
        crate::reader::deciders::BODIES.contains(&t.lower.as_str())
            || matches!(t.lower.as_str(), "meeting" | "mtg" | "minutes")
    });
    (names_one && crate::reader::verdicts::find_verdict_in(toks, 0, colon).is_none())
        .then_some(colon)
}

/// "the Skipton depot refurb goes up to £310k from £260k": at `i` (the verb), a thing's
/// money raised or cut to a new figure from its old one, in a message that tells a
/// decision (see [`decided`]): a rescope. Where the finding ends (after "to").
pub(in crate::reader) fn money_moved_to_from_at(toks: &[Token], i: usize) -> Option<usize> {
    if !money_moves(toks.get(i)?) {
        return None;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let to = i + 1 + usize::from(matches!(word(i + 1), "up" | "down"));
    if word(to) != "to" {
        return None;
    }
    // Any currency will do: only whether amounts are said matters here.
    let span = &toks[to + 1..(to + 1 + 10).min(toks.len())];
    let amounts = find_money(span, Currency::GBP);
    let (new, old) = (amounts.first()?, amounts.get(1)?);
    (new.start == 0
        && span.get(new.end).is_some_and(|t| t.is("from"))
        && old.start == new.end + 1
        && decided(toks))
    .then_some(to + 1)
}

/// At `i`, money agreed or allocated to a thing ("Board agreed £22k to take the reminder SMS
/// to all sites", "allocated $40k for the kiosks"): an approval of that sum; where the
/// finding ends (after the amount). "agreed the revised budget" is a rescope, found apart.
pub(in crate::reader) fn amount_agreed_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(toks.get(i)?.lower.as_str(), "agreed" | "allocated") {
        return None;
    }
    // "• Yarn store racking: agreed at £14,200." (round S52): agreed at its price, the
    // thing said before.
    if toks.get(i + 1).is_some_and(|t| t.is("at")) {
        let after = &toks[i + 2..(i + 2 + 4).min(toks.len())];
        let m = find_money(after, Currency::GBP)
            .into_iter()
            .find(|m| m.start == 0)?;
        return Some(i + 2 + m.end);
    }
    let after = &toks[i + 1..(i + 1 + 4).min(toks.len())];
    let money = find_money(after, Currency::GBP);
    let m = money.first().filter(|m| m.start == 0)?;
    let next = toks.get(i + 1 + m.end).map_or("", |t| t.lower.as_str());
    matches!(next, "to" | "for" | "towards").then_some(i + 1 + m.end)
}
