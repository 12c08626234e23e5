//! Shapes a verdict takes in strangers' chat, and shapes that look like one but are news:
//! a new figure said against the old one and accepted ("was £800k, now £950k … Board
//! ok'd it" rescopes to the new figure); work moved to a place rather than a time ("85
//! lessons moved to online", "card payments moved to the new acquirer"), which defers
//! nothing; a clause that opens by saying when to look again ("look again at the pumps in
//! April"), which does; and "no chance on …" opening a clause, which rejects.

use super::dates::find_dates;
use super::money_words::find_money;
use super::tokens::{TokKind, Token};
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;
use crate::money::Currency;
use chrono::NaiveDate;

/// How far either side of "now" the old figure and the acceptance are looked for, so each
/// "now" costs a bounded look.
const WINDOW: usize = 24;

fn ends_sentence(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n")
}

/// At `i` ("now" before an amount), the new figure of a budget whose old figure comes
/// earlier in the sentence ("£1.2m … is now £1.35m", "was 1.8 mil, now 2.3 mil") or just
/// after it ("is now AED 1.5 million instead of AED 1.1 million", "now R$ 2,9 milhões, not
/// R$ 2,4 milhões"), when the same or the next sentence accepts it ("Board ok'd the
/// increase"): where the finding ends. A figure nobody accepted is news, not a decision.
pub(super) fn new_figure_at(toks: &[Token], i: usize) -> Option<usize> {
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

/// "moved to Q3", "moved to the Feb board", "moved to next summer": a move defers only to a
/// time. `end` is the word after "to".
pub(super) fn moved_to_a_time(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    let window = &toks[end.min(toks.len())..(end + 6).min(toks.len())];
    let dated = find_dates(window, any_day, true)
        .first()
        .is_some_and(|d| d.start == 0);
    const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
    let timely = |w: &str| {
        SEASONS.contains(&w) || matches!(w, "later" | "next" | "after" | "phase" | "stage")
    };
    dated
        || timely(word(end))
        || matches!(word(end), "the" | "a")
            && (timely(word(end + 1))
                || matches!(word(end + 1), "following")
                || word(end + 1) == "new" && word(end + 2) == "year"
                || find_dates(&window[1.min(window.len())..], any_day, true)
                    .first()
                    .is_some_and(|d| d.start == 0))
}

/// Verbs of talking work over that, with "again" and a time, put it off to that time.
const TALKED_OVER: &[&str] = &[
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
pub(super) fn look_again_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
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
        let timed = !find_dates(&toks[i + 2..end], any_day, true).is_empty()
            || !find_dates(before, any_day, true).is_empty();
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
pub(super) fn budget_moved_at(toks: &[Token], i: usize) -> Option<usize> {
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
    let moved = i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "goes" | "went" | "gone" | "going" | "jumps" | "jumped" | "rises" | "rose"
        )
        && toks.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "approved" | "agreed" | "accepted" | "okayed" | "signed"
            )
        });
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

/// "IVR upgrade: go, £110k", "kiosks - no, too dear", "wi-fi refresh - nah, too pricey",
/// "yes to the e-signature tool": a bare answer given to a thing named before a label's
/// colon or dash, standing alone in its clause, or "yes to" / "no to" what follows. The verdict and where it ends, when `i` opens
/// one.
pub(super) fn label_answer_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verdict = match word(i) {
        "go" | "yes" => Verdict::Approve,
        "no" => Verdict::Reject,
        // "wi-fi refresh - nah, too pricey": only as the label's answer.
        "nah" | "nope" if i >= 2 => Verdict::Reject,
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
    if after_label && (alone || on_condition) {
        return Some((verdict, i + 1));
    }
    let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-");
    // "go to the vendor" is no answer; "yes to the …" and "no to the …" are.
    let to_a_thing = opens
        && matches!(word(i), "yes" | "no")
        && word(i + 1) == "to"
        && matches!(word(i + 2), "the" | "a" | "an" | "our");
    to_a_thing.then_some((verdict, i + 2))
}

/// At `i`, money agreed or allocated to a thing ("Board agreed £22k to take the reminder SMS
/// to all sites", "allocated $40k for the kiosks"): an approval of that sum; where the
/// finding ends (after the amount). "agreed the revised budget" is a rescope, found apart.
pub(super) fn amount_agreed_at(toks: &[Token], i: usize) -> Option<usize> {
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
pub(super) fn no_chance_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-");
    let said = opens
        && matches!(word(i), "no" | "nae")
        && word(i + 1) == "chance"
        && matches!(word(i + 2), "on" | "for" | "with");
    said.then_some(i + 2)
}

/// "decision on the ticketing contract slipped to Jan 12th", "the decisions on both pushed
/// back to the March board": the decision itself moved to a later time defers the work (a
/// go-live that slipped is news; see `verdicts::milestone_moved`). Where the finding ends,
/// when `i` is the word that moves it.
pub(super) fn decision_moved_at(toks: &[Token], i: usize) -> Option<usize> {
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
        super::tokens::back_in_clause(&toks[i.saturating_sub(8)..i]).collect();
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
pub(super) fn until_a_time(toks: &[Token], at: usize) -> bool {
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
    find_dates(window, any_day, true)
        .first()
        .is_some_and(|d| d.start == 1)
        || moved_to_a_time(toks, at + 1)
}

/// "no-go for now, revisit EOQ", "rejected for now, we'll look again in March": a refusal
/// for now with a look-again later in its sentence puts the work off. `end` is where the
/// refusal's words end.
pub(super) fn for_now_then_look_again(toks: &[Token], end: usize) -> bool {
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
pub(super) fn refused_for_now(toks: &[Token], end: usize) -> bool {
    (end..(end + 7).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| toks[k].is("for") && toks.get(k + 1).is_some_and(|t| t.is("now")))
}

/// Who decides things outside the organisation: a verdict they make ("the regulator
/// approved our plan", "Vendor rejected our change request") is news about our work, not
/// our decision.
pub(super) const OUTSIDERS: &[&str] = &[
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
pub(super) fn told_as_a_time(toks: &[Token], start: usize) -> bool {
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
pub(super) fn to_a_time(toks: &[Token], at: usize) -> bool {
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    let window = &toks[at.min(toks.len())..(at + 6).min(toks.len())];
    find_dates(window, any_day, true)
        .first()
        .is_some_and(|d| d.start <= 1)
        || moved_to_a_time(toks, at + 1)
        || a_length_of_time(toks, at + 1)
}

/// "for 3 years", "to 18 months": at `at`, a count of a unit of time.
fn a_length_of_time(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let counted = toks
        .get(at)
        .is_some_and(|t| t.kind == super::tokens::TokKind::Num)
        || matches!(word(at), "a" | "one" | "two" | "three" | "six" | "another");
    counted
        && matches!(
            word(at + 1).trim_end_matches('s'),
            "year" | "yr" | "month" | "mth" | "week" | "wk" | "day" | "quarter"
        )
}

/// "Bumping the EPOS refresh to £85k", "bumped it up to $720k": at `i`, a bump of the
/// work's money to a new figure in its clause, a rescope. Where the finding ends.
pub(super) fn bumped_to_money_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "bump" | "bumps" | "bumped" | "bumping"
    ) {
        return None;
    }
    let to = (i + 1..(i + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| toks[k].is("to"))?;
    let after = &toks[to + 1..(to + 5).min(toks.len())];
    find_money(after, Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
        .then_some(i + 1)
}

/// "Kiosks were knocked back in October but they're back on": a verdict at `at..end`,
/// after "but" in the sentence of an earlier one ending at `from`, turns it round. Only
/// when it is said of the same work ("but it's back on", "but now approved", "but approved
/// today"), not of another thing ("turned down the van but approved a trailer"), and not
/// negated ("paused but not stopped" is still paused).
pub(super) fn turned_by_but(toks: &[Token], from: usize, at: usize, end: usize) -> bool {
    if from > at {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let between = &toks[from..at];
    let but = between.iter().position(|t| t.is("but")).filter(|&k| {
        let next = word(from + k + 1);
        let new_object = matches!(
            word(end),
            "the" | "a" | "an" | "our" | "their" | "some" | "this" | "that"
        );
        from + k + 1 == at && !new_object
            || matches!(
                next,
                "it" | "it's" | "its" | "they" | "they're" | "is" | "are" | "now" | "then"
            )
    });
    let negated = toks[at.saturating_sub(3)..at].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "not" | "no" | "never" | "didn't" | "won't" | "isn't" | "aren't" | "wasn't"
        )
    });
    but.is_some() && !between.iter().any(ends_sentence) && !negated
}

/// "will be approved", "is going to be signed off", "'ll be funded": at `start`, a
/// verdict's participle said as still to come.
pub(super) fn passive_to_come(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    start >= 2
        && word(start).ends_with("ed")
        && word(start - 1) == "be"
        && (matches!(word(start - 2), "will" | "to") || word(start - 2).ends_with("'ll"))
}

/// The spans of time something is given more of: "trialling it another winter", "keep the
/// kiosks for another 2 years".
pub(super) const PERIODS: &[&str] = &[
    "winter", "summer", "spring", "autumn", "fall", "season", "seasons", "year", "years", "yr",
    "yrs", "quarter", "quarters", "month", "months", "mths", "term", "cycle",
];

/// The words a pilot is given more time with ("the pilot gets another three months"),
/// which [`trial_extended_at`] also opens on.
pub(super) const GIVEN: &[&str] = &["gets", "get", "got", "given"];

/// The words a trial is said with, which [`trial_extended_at`] opens on.
pub(super) const TRIED: &[&str] = &[
    "tested",
    "testing",
    "trialled",
    "trialed",
    "trialling",
    "trialing",
    "piloted",
    "piloting",
    "run",
    "running",
];

/// "will be tested one more winter", "trialling the kiosks for another season", "pilot to
/// run a further quarter": a trial given more time goes on. The end of the phrase, when `i`
/// opens one.
pub(super) fn trial_extended_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "the chatbot pilot gets another three months": a pilot given more time.
    let given = GIVEN.contains(&word(i))
        && (i.saturating_sub(2)..i).any(|k| matches!(word(k), "pilot" | "trial"));
    if !TRIED.contains(&word(i)) && !given {
        return None;
    }
    // What is tried may sit between the verb and its time ("trialling the kiosks for …").
    let span_end = (i + 1..toks.len().min(i + 8))
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len().min(i + 8));
    (i + 1..span_end).find_map(|k| {
        let more = matches!(
            (word(k), word(k + 1)),
            ("one" | "a", "more" | "further") | ("another", _)
        );
        let at = if word(k) == "another" { k + 1 } else { k + 2 };
        // "another three months", "another 2 months": a count before the period.
        let counted = toks
            .get(at)
            .is_some_and(|t| t.kind == super::tokens::TokKind::Num)
            || matches!(word(at), "two" | "three" | "four" | "five" | "six" | "few");
        let at = at + usize::from(counted);
        (more && PERIODS.contains(&word(at))).then_some(at + 1)
    })
}

/// "restarted after the pause", "restarts after the Christmas hold", "is back on after the
/// summer pause": at `at`, work started again after a pause goes on. Ends after the
/// pause's word; a machine restarted after a patch is no verdict.
pub(super) fn restarted_after_pause_at(toks: &[Token], at: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let after = if matches!(word(at), "restarted" | "restarts" | "restarting") {
        at + 1
    } else {
        let back = if matches!(word(at), "is" | "are" | "it's" | "they're" | "we're") {
            at + 1
        } else {
            at
        };
        if word(back) != "back" || word(back + 1) != "on" {
            return None;
        }
        back + 2
    };
    if word(after) != "after" {
        return None;
    }
    (after + 1..(after + 5).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| {
            matches!(
                word(k),
                "pause" | "pauses" | "hold" | "freeze" | "break" | "shutdown" | "stoppage"
            )
        })
        .map(|k| k + 1)
}

/// Words for taking work away: "not pulling it after all" takes that back.
const WITHDRAWN: &[&str] = &[
    "pulling",
    "pull",
    "scrapping",
    "scrap",
    "killing",
    "kill",
    "dropping",
    "drop",
    "stopping",
    "stop",
    "axing",
    "cancelling",
    "canceling",
    "shelving",
    "ditching",
    "binning",
];

/// "We're not pulling the customer app after all", "not scrapping it after all": at `i`
/// (the negation), a stop taken back, so the work goes on. Ends after "after all"; without
/// it ("not pulling the numbers") nothing is said.
pub(super) fn stop_taken_back_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "not" | "aren't" | "isn't" | "won't") || !WITHDRAWN.contains(&word(i + 1))
    {
        return None;
    }
    (i + 2..(i + 12).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| word(k) == "after" && word(k + 1) == "all")
        .map(|k| k + 2)
}

/// Bodies outside the organisation named by what they are ("the drinking water
/// inspectorate"), written without a capital that would mark a name.
const OUTSIDE_BODIES: &[&str] = &["inspectorate", "ombudsman", "watchdog", "tribunal"];

/// Is the verdict at `start` someone else's: `by`, the word before it, is an outsider ("our
/// insurers knocked back"), or the subject before it in its clause names a body outside
/// ("the inspectorate turned down", "Safety advisory group knocked back the layout"; a
/// "robo advisory" service is no body).
pub(super) fn said_by_outsider(toks: &[Token], start: usize, by: &str) -> bool {
    let from = start.saturating_sub(4);
    let advisory_body = |k: usize| {
        toks[k].is("advisory")
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "group" | "board" | "panel" | "committee" | "council" | "body"
                )
            })
    };
    // "Our customer MSC rejected …", "the vendor Acme declined …": an outsider named.
    let named_outsider = start >= 3
        && toks[start - 1].is_word()
        && OUTSIDERS.contains(&toks[start - 2].lower.as_str())
        && matches!(toks[start - 3].lower.as_str(), "our" | "the" | "a" | "one");
    OUTSIDERS.contains(&by)
        || named_outsider
        || judged_our_submission(toks, start, by)
        || (from..start)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| OUTSIDE_BODIES.contains(&toks[k].lower.as_str()) || advisory_body(k))
}

/// What we send someone else to pass: art, a label, a proof, an application.
const SUBMISSIONS: &[&str] = &[
    "art",
    "artwork",
    "label",
    "labels",
    "proof",
    "proofs",
    "application",
    "permit",
    "plates",
    "submission",
    "drawings",
    "filing",
    "mock-up",
    "mockup",
    "copy",
    "claim",
    "listing",
];

/// "Ball rejected the can art", "TTB knocked back the label, resubmitting Monday": at
/// `start`, a verdict someone named (not we, nor a body of ours, `by` the word before it)
/// gave on a thing we sent them to pass, or one we are sending again: theirs, not ours.
fn judged_our_submission(toks: &[Token], start: usize, by: &str) -> bool {
    let ours = matches!(by, "i" | "we" | "we've" | "i've" | "" | "our")
        || super::deciders::BODIES.contains(&by);
    // The thing judged is the submission itself ("the label for the stout"), not a thing
    // named for one ("label scanners").
    let head = |k: usize| {
        toks.get(k + 1).is_none_or(|n| {
            !n.is_word()
                || matches!(
                    n.lower.as_str(),
                    "for" | "on" | "of" | "again" | "and" | "so" | "because" | "as"
                )
        })
    };
    let submitted = (start + 1..start + 8)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .any(|k| SUBMISSIONS.contains(&toks[k].lower.as_str()) && head(k))
        || toks.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "resubmit" | "resubmitting" | "resubmitted" | "re-submit" | "re-submitting"
            )
        });
    !ours && start > 0 && toks[start - 1].capital && submitted
}

/// "The board will sign off the upgrade in March", "Finance will approve it once …": at
/// `start`, a verdict a body will give, still to come. "We'll stop it after Christmas" is
/// ours, said now.
pub(super) fn verdict_to_come(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(w) = start.checked_sub(1) else {
        return false;
    };
    let will = if matches!(word(w), "probably" | "likely" | "then") {
        w.checked_sub(1)
    } else {
        Some(w)
    };
    let Some(will) = will else {
        return false;
    };
    // The subject is a body that decides ("the board", "the partners"): the work itself
    // ("the CRM will proceed") is said decided.
    word(will) == "will" && will > 0 && super::deciders::is_body(word(will - 1))
}

/// "Gareth wants the platform held till Q3 … . Agreed.": a wish followed by a sentence
/// that only agrees to it is the verdict wished for. `end` is where the verdict ends.
pub(super) fn agreed_after(toks: &[Token], end: usize) -> bool {
    let Some(stop) = (end..toks.len()).find(|&k| ends_sentence(&toks[k])) else {
        return false;
    };
    let mut words = toks[stop + 1..]
        .iter()
        .take_while(|t| !ends_sentence(t))
        .filter(|t| !t.is_break());
    let agrees = words.next().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "agreed" | "approved" | "accepted" | "granted"
        )
    });
    agrees && words.count() <= 3
}

/// "it's been running since August", "the pilot on ward 4", "nobody uses it": the message
/// tells of work already under way (a pilot, a trial, something live or in use).
pub(super) fn says_work_is_running(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "pilot" | "pilots" | "trial" | "trials" | "running" | "live" | "nobody" | "usage"
        )
    })
}

/// Words that judge a price too high: "too expensive", "can't afford", "overpriced".
const TOO_DEAR: &[&str] = &["expensive", "pricey", "dear", "steep", "costly", "much"];

/// "Too pricey for what it does — … is off the table", "the climate control proposal
/// binned": the message judges the thing's price too high, or calls it a thing asked for
/// (a proposal, a request, a bid), so dropping it turns it down.
pub(super) fn turned_down_as_asked(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let next = toks.get(k + 1).map_or("", |n| n.lower.as_str());
        match t.lower.as_str() {
            "too" => TOO_DEAR.contains(&next),
            // "scrapping the goalie shot trainer idea": an idea was never under way.
            "overpriced" | "unaffordable" | "proposal" | "proposals" | "request" | "requests"
            | "idea" | "ideas" => true,
            "afford" => k > 0 && matches!(toks[k - 1].lower.as_str(), "can't" | "cannot" | "not"),
            _ => false,
        }
    })
}

/// "Board gave the portal £60k of the £120k we asked for", "the CFO granted it $40k", "we've
/// given them £250k": at `i`, money a body that decides (or we) gave to the work, an
/// approval. Where the finding ends.
pub(super) fn money_given_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "gave" | "gives" | "granted" | "given"
    ) || i == 0
    {
        return None;
    }
    // "we've given them £250k for year one": given by us, a body that decides.
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let by_us = toks[i].is("given")
        && (word(i - 1) == "we've"
            || matches!(word(i - 1), "'ve" | "have") && word(i.saturating_sub(2)) == "we");
    if !by_us && (toks[i].is("given") || !super::deciders::BODIES.contains(&word(i - 1))) {
        return None;
    }
    let clause_end = toks[i + 1..]
        .iter()
        .take(8)
        .position(|t| t.is_break())
        .map_or((i + 9).min(toks.len()), |k| i + 1 + k);
    let money = find_money(&toks[i + 1..clause_end], Currency::GBP);
    (!money.is_empty()).then_some(i + 1)
}

/// What is held without being put off: "held the price till March", "hold the line until".
const HELD_NOT_WORK: &[&str] = &[
    "price", "prices", "rate", "rates", "meeting", "meetings", "session", "call", "line", "fort",
    "room", "rooms", "date", "booking", "bookings",
];

/// "Held the website redesign till February", "the exec agreed this morning to hold the
/// members app until we hear back": at `i`, work held until a time or an event is put off
/// (the bare "held" is a meeting held or a price held). Where the finding ends.
pub(super) fn held_until_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let held = matches!(word(i), "held" | "holding");
    if !held && word(i) != "hold" {
        return None;
    }
    // "wants the platform held till early Q3": the work held, named before; a price or a
    // meeting held is none.
    let held_before = held
        && matches!(word(i + 1), "till" | "until" | "til" | "'til")
        && i > 0
        && toks[i - 1].is_word()
        && !HELD_NOT_WORK.contains(&word(i - 1));
    if held_before {
        return Some(i + 1);
    }
    if !matches!(word(i + 1), "the" | "our" | "it") || HELD_NOT_WORK.contains(&word(i + 2)) {
        return None;
    }
    let until = (i + 2..(i + 9).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| matches!(word(k), "till" | "until" | "til" | "'til"));
    until.then_some(i + 1)
}

/// "the budget of 15,8 Mio. CHF stays", "the budget remains at £1.2m": at `i`, the budget
/// said in the same sentence is kept, or the thing named just before a closing "stays",
/// so the work goes on as it was. Where it ends.
pub(super) fn budget_stays_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "stays" | "remains" | "unchanged"
    ) {
        return None;
    }
    // "15,8 Mio. CHF": the multiplier's own dot ends no sentence.
    let multiplier_dot = |k: usize| {
        toks[k].is_sym(".")
            && toks[k].attached
            && k > 0
            && matches!(
                toks[k - 1].lower.as_str(),
                "mio" | "mill" | "mln" | "mrd" | "mn" | "bn" | "tsd"
            )
    };
    let budget = (i.saturating_sub(10)..i)
        .rev()
        .take_while(|&k| !ends_sentence(&toks[k]) || multiplier_dot(k))
        .any(|k| matches!(toks[k].lower.as_str(), "budget" | "funding"));
    // "Grandstand wifi stays. Complaints went from 200 to 15": the thing named just before
    // a "stays" that ends its statement is kept ("stays under 5%", "stays in the shed" and
    // "stays?" are not verdicts).
    let kept = toks[i].is("stays")
        && i > 0
        && toks[i - 1].is_word()
        && toks
            .get(i + 1)
            .is_none_or(|t| ends_sentence(t) && !t.is_sym("?"));
    (budget || kept).then_some(i + 1)
}

/// What a later verdict turns round: a refusal or a hold.
const TURNED_ROUND: &[&str] = &[
    "no",
    "refusal",
    "rejection",
    "veto",
    "decline",
    "pause",
    "hold",
];

/// At `i` ("overturned", "reversed"), a refusal or hold turned round, said with whose or
/// when it was ("overturned last month's no on …", "reversed the board's earlier
/// refusal"): an approval, and where it ends.
pub(super) fn refusal_overturned_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "overturned" | "overturn" | "overturns" | "reversed" | "reverse" | "reverses"
    ) {
        return None;
    }
    for (k, t) in toks.iter().enumerate().skip(i + 1).take(4) {
        let w = t.lower.as_str();
        if TURNED_ROUND.contains(&w) {
            return Some(k + 1);
        }
        let whose_or_when = w.ends_with("'s")
            || matches!(
                w,
                "its"
                    | "their"
                    | "the"
                    | "our"
                    | "his"
                    | "her"
                    | "last"
                    | "earlier"
                    | "previous"
                    | "own"
                    | "this"
                    | "that"
                    | "initial"
                    | "original"
                    | "'s"
            );
        if !whose_or_when {
            return None;
        }
    }
    None
}

/// What we keep instead of new work: "the external lab", "our current supplier".
const KEPT_INSTEAD: &[&str] = &[
    "external",
    "existing",
    "current",
    "old",
    "manual",
    "in-house",
    "incumbent",
    "legacy",
    "present",
    "paper",
];

/// "we continue with the external lab of Cuiabá, the upgrade is cancelled", "sticking with
/// our current supplier": at `start..end`, going on with what we have instead of the work,
/// which yields to a verdict on the work said beside it.
pub(super) fn alternative_kept(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let goes_on = matches!(
        word(start),
        "continue" | "continues" | "continuing" | "stick" | "sticking" | "stay" | "staying"
    );
    let with = if word(end.saturating_sub(1)) == "with" {
        end
    } else if word(end) == "with" {
        end + 1
    } else {
        return false;
    };
    goes_on
        && matches!(word(with), "the" | "our")
        && (with + 1..with + 3).any(|k| KEPT_INSTEAD.contains(&word(k)))
}

/// "Shore power — yes from me, but it's the board's call on the 12th", "I'm a yes, but
/// Cabinet decides": at `start..end`, one person's yes, with the decision said after "but"
/// to be someone else's.
pub(super) fn personal_yes_pending(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mine = word(end.saturating_sub(1)) == "me"
        || word(end) == "from" && word(end + 1) == "me"
        || word(end.saturating_sub(1)) == "from" && word(end) == "me"
        || start > 0 && matches!(word(start - 1), "i'm" | "i" | "personally");
    let Some(but) = (end..(end + 8).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .find(|&k| word(k) == "but")
    else {
        return false;
    };
    mine && (but + 1..(but + 9).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .any(|k| {
            matches!(
                word(k),
                "call" | "decide" | "decides" | "decision" | "say" | "sign-off" | "signoff"
            )
        })
}

/// "we stopped buying spare sets, that's ~$30K across the first 3 rounds", "the cloud
/// contract is cancelled - that's £144k a year back": after the stop ending at `end`, its
/// sentence tells what it saves ("that's" and an amount), so the message is the work's
/// benefit, not a decision.
pub(super) fn stop_told_as_saving(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(that) = (end..(end + 12).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .find(|&k| {
            matches!(word(k), "that's" | "thats") || word(k) == "that" && word(k + 1) == "is"
        })
    else {
        return false;
    };
    let from = if word(that) == "that" {
        that + 2
    } else {
        that + 1
    };
    let window = &toks[from.min(toks.len())..(from + 4).min(toks.len())];
    find_money(window, Currency::GBP)
        .first()
        .is_some_and(|m| m.start <= 1)
}

/// "we've stopped printing and posting about 900 statements a month": a stop of a habit (a
/// gerund after the stop ending at `end`) counted as so many a day, week or month is what
/// the work saves, a result, not a stop of the work.
pub(super) fn stop_of_counted_habit(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let gerund = |k: usize| word(k).len() > 5 && word(k).ends_with("ing");
    if !gerund(end) {
        return false;
    }
    let clause: Vec<usize> = (end..(end + 14).min(toks.len()))
        .take_while(|&k| !ends_sentence(&toks[k]))
        .collect();
    clause.iter().any(|&k| {
        toks[k].kind == TokKind::Num
            && (k + 1..k + 5).any(|j| {
                matches!(word(j), "a" | "per" | "each" | "every")
                    && matches!(word(j + 1), "day" | "week" | "month" | "year" | "quarter")
            })
    })
}

/// Words that count the sites a thing is taken to: "the 3 regional pubs", "four more
/// branches", "every depot", "the other sites".
const SITE_COUNTS: &[&str] = &[
    "more",
    "all",
    "every",
    "another",
    "other",
    "remaining",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "both",
];

/// "we're adding it to the 3 regional pubs", "rolling the screens out to 4 more sites",
/// "extend it to every depot": at `i`, a thing taken to more places, which only a decision
/// does. The places must be counted ("I'm adding it to Thursday's agenda", "add the logs to
/// the ticket" take nothing anywhere), and the taking still to do ("rolled out to all hotels
/// on Wednesday" is news of a go-live). Where the finding ends.
pub(super) fn taken_to_more_sites_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "adding" | "add" | "rolling" | "roll") {
        return None;
    }
    // What is taken (at most five words), then "out" for a roll-out, then "to".
    let to = (i + 1..i + 8)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .find(|&k| word(k) == "to")?;
    if word(i).starts_with("roll") && word(to - 1) != "out" {
        return None;
    }
    let mut at = to + 1;
    if word(at) == "the" {
        at += 1;
    }
    let counted =
        toks.get(at).is_some_and(|t| t.kind == TokKind::Num) || SITE_COUNTS.contains(&word(at));
    counted.then_some(at + 1)
}
