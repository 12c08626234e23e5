//! A new figure accepted against the old one, work moved to a place or a time, look-again
//! clauses, "no chance", decisions moved, and what is said for now.

use super::*;

/// How far either side of "now" the old figure and the acceptance are looked for, so each
/// "now" costs a bounded look.
pub(super) const WINDOW: usize = 24;

/// The dates in `toks`, read day first, else month first: whether a time is said ("look
/// again 3/15") does not hang on the tenant's order, which these shapes do not know.
fn dates_either_way(toks: &[Token], any_day: NaiveDate) -> Vec<crate::reader::dates::DateMention> {
    let day_first = find_dates(toks, any_day, true);
    if day_first.is_empty() {
        find_dates(toks, any_day, false)
    } else {
        day_first
    }
}

pub(super) fn ends_sentence(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n")
}

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
    accepted.then_some(i + 1)
}

/// "moved to Q3", "moved to the Feb board", "moved to next summer", "til the Q1 budget": a
/// move defers only to a time. `end` is the word after "to".
pub(in crate::reader) fn moved_to_a_time(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    let window = &toks[end.min(toks.len())..(end + 6).min(toks.len())];
    let dated = dates_either_way(window, any_day)
        .first()
        .is_some_and(|d| d.start == 0);
    const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
    let timely = |w: &str| {
        SEASONS.contains(&w)
            || matches!(
                w,
                "later" | "next" | "after" | "phase" | "stage" | "q1" | "q2" | "q3" | "q4"
            )
    };
    // "put back to May": a month right after the "to" is the month, though "may" and
    // "march" alone are words too (which the date finder, shown the window without its
    // "to", will not read).
    dated
        || crate::reader::dates::month(word(end)).is_some()
        || timely(word(end))
        || matches!(word(end), "the" | "a")
            && (timely(word(end + 1))
                || matches!(word(end + 1), "following")
                || word(end + 1) == "new" && word(end + 2) == "year"
                || dates_either_way(&window[1.min(window.len())..], any_day)
                    .first()
                    .is_some_and(|d| d.start == 0))
}

/// Verbs of talking work over that, with "again" and a time, put it off to that time.
pub(super) const TALKED_OVER: &[&str] = &[
    "discuss",
    "discussed",
    "evaluate",
    "evaluated",
    "assess",
    "assessed",
    "consider",
    "considered",
    "review",
    "reviewed",
];

/// "…: look again at the pump upgrade in April", "- check again in March": a clause that
/// opens by saying when to look again defers (as "revisit in …" does), when its clause
/// names a time; only when nothing else is decided.
pub(in crate::reader) fn look_again_in(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let any_day = NaiveDate::from_ymd_opt(2026, 1, 1)?;
    (from..to.saturating_sub(1)).find_map(|i| {
        let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-");
        // "Pool heat pumps - we'll look at it again in March": said by us, of the thing.
        let by_us = i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "we'll" | "we" | "will" | "let's" | "lets" | "i'll"
            );
        let at_it = toks[i + 1].is("at")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "it" | "this" | "them" | "that"))
            && toks.get(i + 3).is_some_and(|t| t.is("again"));
        let said = matches!(toks[i].lower.as_str(), "look" | "check")
            && (opens && toks[i + 1].is("again") || (opens || by_us) && at_it);
        // "will be evaluated again on 12.03", "tomorrow we discuss again": talked over again
        // by us or said in the passive.
        let talked_over = toks[i + 1].is("again")
            && TALKED_OVER.contains(&toks[i].lower.as_str())
            && i > from
            && matches!(toks[i - 1].lower.as_str(), "be" | "we" | "will" | "we'll");
        if !said && !talked_over {
            return None;
        }
        // "look at it again in March": the time is looked for after "again".
        let start = i;
        let i = if said && at_it { i + 2 } else { i };
        // The clause after it, up to a break, a few words at most.
        let end = (i + 2..to.min(i + 2 + 10))
            .find(|&k| toks[k].is_break())
            .unwrap_or(to.min(i + 2 + 10));
        // Talked over again, its time may come first ("tomorrow we discuss again").
        let before = (i.saturating_sub(4).max(from)..i)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .last()
            .filter(|_| talked_over)
            .map_or(&toks[i..i], |s| &toks[s..i]);
        let timed = !dates_either_way(&toks[i + 2..end], any_day).is_empty()
            || !dates_either_way(before, any_day).is_empty();
        timed.then_some(VerdictFinding {
            verdict: Verdict::Defer,
            start,
            end: i + 2,
            affirmed: false,
        })
    })
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
    if !budget && !moved {
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
    (old.start == 0 && span.get(to).is_some_and(|t| t.is("to")) && new.start == to + 1)
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

/// "IVR upgrade: go, £110k", "kiosks - no, too dear", "wi-fi refresh - nah, too pricey",
/// "yes to the e-signature tool", "yeah nah on the harvester": a bare answer given to a thing named before a label's
/// colon or dash, standing alone in its clause, or "yes to" / "no to" what follows. The verdict and where it ends, when `i` opens
/// one.
pub(in crate::reader) fn label_answer_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let yeah_nah =
        i >= 1 && word(i) == "nah" && word(i - 1) == "yeah" && (i == 1 || toks[i - 2].is_break());
    let verdict = match word(i) {
        "go" | "yes" => Verdict::Approve,
        "no" => Verdict::Reject,
        // "wi-fi refresh - nah, too pricey": only as the label's answer.
        // "Yeah nah on the harvester for now": the Kiwi no, opening its sentence.
        "nah" | "nope" if i >= 2 || yeah_nah => Verdict::Reject,
        // "Cyber uplift phase 2 – hold.": only as the label's answer.
        "hold" => Verdict::Defer,
        _ => return None,
    };
    let after_label = i >= 2
        && (toks[i - 1].is_sym(":")
            || toks[i - 1].is_sym("-")
            || toks[i - 1].lower == "—"
            || toks[i - 1].lower == "–")
        && !toks[i - 2].is_break();
    let alone = toks.get(i + 1).is_none_or(|t| t.is_break());
    // "Mobile library van: yes if legal agrees, £150k": a yes on a condition.
    let on_condition = verdict == Verdict::Approve
        && word(i) == "yes"
        && matches!(word(i + 1), "if" | "provided" | "providing" | "once");
    if (after_label || super::list_item_answers::after_item_comma(toks, i))
        && (alone || on_condition)
    {
        return Some((verdict, i + 1));
    }
    let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-") || yeah_nah;
    // "go to the vendor" is no answer; "yes to the …" and "no to the …" are, and so are
    // "yeah nah on the …" and "no on the …".
    let to_a_thing = opens
        && (matches!(word(i), "yes" | "no") && word(i + 1) == "to"
            || matches!(word(i), "no" | "nah") && word(i + 1) == "on")
        && matches!(word(i + 2), "the" | "a" | "an" | "our");
    to_a_thing.then_some((verdict, i + 2))
}

/// At `i`, money agreed or allocated to a thing ("Board agreed £22k to take the reminder SMS
/// to all sites", "allocated $40k for the kiosks"): an approval of that sum; where the
/// finding ends (after the amount). "agreed the revised budget" is a rescope, found apart.
pub(in crate::reader) fn amount_agreed_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(toks.get(i)?.lower.as_str(), "agreed" | "allocated") {
        return None;
    }
    let after = &toks[i + 1..(i + 1 + 4).min(toks.len())];
    let money = find_money(after, Currency::GBP);
    let m = money.first().filter(|m| m.start == 0)?;
    let next = toks.get(i + 1 + m.end).map_or("", |t| t.lower.as_str());
    matches!(next, "to" | "for" | "towards").then_some(i + 1 + m.end)
}

/// "nae chance on the rota app licences", "No chance on the extras this year": at a
/// clause's start, a refusal of what follows; "there's no chance it finishes" is not one.
/// The end of the phrase, when `i` opens one.
pub(in crate::reader) fn no_chance_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-");
    let said = opens
        && matches!(word(i), "no" | "nae")
        && word(i + 1) == "chance"
        && matches!(word(i + 2), "on" | "for" | "with");
    if said {
        return Some(i + 2);
    }
    // "The mob in Darwin quoted $30k for drone mapping, …. Not a chance.": a sentence of its
    // own after the price of what was asked for refuses it ("Anyone free Friday? No chance"
    // has no price before it, and is chat).
    // "Underwriting asked for their own pricing sandbox, €50k. No, they can share …": a
    // "No," opening a sentence after a priced ask answers the ask ("Is the van back? No,
    // Friday." asks for nothing).
    if word(i) == "no"
        && toks.get(i + 1).is_some_and(|t| t.is_sym(","))
        && i > 0
        && toks[i - 1].is_sym(".")
        && asked_for_before(&toks[..i])
        && !find_money(&toks[..i], Currency::GBP).is_empty()
    {
        return Some(i + 1);
    }
    let len = match (word(i), word(i + 1), word(i + 2)) {
        ("not" | "no", "a", "chance") => 3,
        ("no" | "nae", "chance", _) => 2,
        _ => return None,
    };
    let alone = i > 0
        && toks[i - 1].is_sym(".")
        && toks
            .get(i + len)
            .is_none_or(|t| t.is_break() || !t.is_word());
    let priced_before = !find_money(&toks[..i], Currency::GBP).is_empty();
    (alone && priced_before).then_some(i + len)
}

/// Does `toks` ask for something: "asked for", "put in for", "wants", "requested"?
fn asked_for_before(toks: &[Token]) -> bool {
    toks.windows(2).any(|w| {
        matches!(
            (w[0].lower.as_str(), w[1].lower.as_str()),
            ("asked" | "asking" | "put" | "bid", "for")
                | ("requested" | "want" | "wants" | "wanted", _)
        )
    })
}

/// "decision on the ticketing contract slipped to Jan 12th", "the decisions on both pushed
/// back to the March board": the decision itself moved to a later time defers the work (a
/// go-live that slipped is news; see `verdicts::milestone_moved`). Where the finding ends,
/// when `i` is the word that moves it.
pub(in crate::reader) fn decision_moved_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "so we're pushing the decision on the kiosks to January": the decision moved by us.
    if matches!(
        word(i),
        "pushing" | "moving" | "shifting" | "pushed" | "moved" | "shifted"
    ) && word(i + 1) == "the"
        && matches!(word(i + 2), "decision" | "decisions")
    {
        let to = (i + 3..(i + 12).min(toks.len()))
            .take_while(|&k| !ends_sentence(&toks[k]))
            .find(|&k| word(k) == "to")?;
        return moved_to_a_time(toks, to + 1).then_some(i + 3);
    }
    if !matches!(word(i), "slipped" | "slid" | "pushed" | "moved" | "shifted") {
        return None;
    }
    // "final call slipped to Jan 12th": the call that decides it, too.
    let clause: Vec<&Token> =
        crate::reader::tokens::back_in_clause(&toks[i.saturating_sub(8)..i]).collect();
    let decision = clause
        .iter()
        .any(|t| matches!(t.lower.as_str(), "decision" | "decisions"))
        || clause
            .windows(2)
            .any(|w| w[0].is("call") && w[1].is("final"));
    let mut to = i + 1;
    if matches!(word(to), "back" | "out" | "again") {
        to += 1;
    }
    let moved =
        decision && matches!(word(to), "to" | "till" | "until") && moved_to_a_time(toks, to + 1);
    moved.then_some(to)
}

/// "until Q2", "till March", "until the new year": at `at`, "until" and a time after it.
pub(in crate::reader) fn until_a_time(toks: &[Token], at: usize) -> bool {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "until" | "till" | "til"))
    {
        return false;
    }
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    // The dates are read with "until" before them, as a bare month needs its preposition.
    let window = &toks[at..(at + 6).min(toks.len())];
    dates_either_way(window, any_day)
        .first()
        .is_some_and(|d| d.start == 1)
        || moved_to_a_time(toks, at + 1)
        || event_in_a_month(toks, at, any_day)
}

/// "till the audit's done in Jan": after "until" at `at`, an event of a few words dated
/// "in" a time, in the same clause, is a time to wait for as the month alone is. The date
/// starts within those few words and may run on past them ("done in 3/15" is three
/// tokens), up to the clause's end.
fn event_in_a_month(toks: &[Token], at: usize, any_day: NaiveDate) -> bool {
    let clause_end = |limit: usize| {
        let limit = limit.min(toks.len());
        (at + 1..limit)
            .find(|&k| toks[k].is_break())
            .unwrap_or(limit)
    };
    let few = clause_end(at + 9) - at;
    let window = &toks[at..clause_end(at + 13)];
    dates_either_way(window, any_day).first().is_some_and(|d| {
        d.start >= 3 && d.start < few && window[d.start - 1].is("in") && window[1].is("the")
    })
}

/// "no-go for now, revisit EOQ", "rejected for now, we'll look again in March": a refusal
/// for now with a look-again later in its sentence puts the work off. `end` is where the
/// refusal's words end.
pub(in crate::reader) fn for_now_then_look_again(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let for_now = (end..end + 3).any(|k| word(k) == "for" && word(k + 1) == "now");
    for_now
        && (end..toks.len())
            .take_while(|&k| !ends_sentence(&toks[k]))
            .any(|k| match word(k) {
                "revisit" | "revisiting" => true,
                "look" | "check" | "review" => word(k + 1) == "again",
                "circle" => word(k + 1) == "back",
                _ => false,
            })
}

/// "No to the solar for now mate", "said no to the webcam for now": a refusal said to hold
/// for now (its object and "for now" in its clause, a few words on) puts the work off.
/// `end` is where the refusal's words end.
pub(in crate::reader) fn refused_for_now(toks: &[Token], end: usize) -> bool {
    (end..(end + 7).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| toks[k].is("for") && toks.get(k + 1).is_some_and(|t| t.is("now")))
}

/// Who decides things outside the organisation: a verdict they make ("the regulator
/// approved our plan", "Vendor rejected our change request") is news about our work, not
/// our decision.
pub(in crate::reader) const OUTSIDERS: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "regulator",
    "regulators",
    "auditor",
    "auditors",
    "insurer",
    "insurers",
    "landlord",
    "customer",
    "customers",
    "client",
    "clients",
    "distributor",
    "distributors",
    "wholesaler",
    "wholesalers",
    "city",
    "county",
];

/// "the week we paused it", "since they stopped the pilot", "when we approved it": at
/// `start`, a verdict told as the time of something else, in passing; so is "once we
/// dropped the training days", telling how a price came down.
pub(in crate::reader) fn told_as_a_time(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    start >= 2
        && matches!(word(start - 1), "we" | "they" | "i" | "you")
        && matches!(
            word(start - 2),
            "week" | "day" | "month" | "year" | "time" | "when" | "since" | "after" | "once"
        )
}

/// "to March", "to Q3", "to next summer", "to 18 months": at `at` ("to"), a time or a
/// length of time after it.
pub(in crate::reader) fn to_a_time(toks: &[Token], at: usize) -> bool {
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    let window = &toks[at.min(toks.len())..(at + 6).min(toks.len())];
    dates_either_way(window, any_day)
        .first()
        .is_some_and(|d| d.start <= 1)
        || moved_to_a_time(toks, at + 1)
        || a_length_of_time(toks, at + 1)
}

/// "for 3 years", "to 18 months": at `at`, a count of a unit of time.
pub(super) fn a_length_of_time(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let counted = toks
        .get(at)
        .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
        || matches!(word(at), "a" | "one" | "two" | "three" | "six" | "another");
    counted
        && matches!(
            word(at + 1).trim_end_matches('s'),
            "year" | "yr" | "month" | "mth" | "week" | "wk" | "day" | "quarter"
        )
}
