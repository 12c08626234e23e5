//! A task handed out after a decision that names no investment, no unit and nothing else by
//! a proper name ("… approved at $240k. @sam please book the crane by 12/4", "… continue,
//! the ACT inspection said …. @paulo please send me the new measurements until 22/12") is
//! work on the decided investment: its note is filed under it. One that names something of
//! its own ("@lisa please book the Winter Carnival fireworks permit", "Lauren to chase the
//! Sage licence refund") is about that.

use super::{dates, questions, Intent, Reading};
use crate::reader::tokens::Token;

mod passing_words;
use passing_words::places_said;

/// Gives `note` (read from `toks`) the investment and unit of the decision `before` it, when
/// the note is a task about nothing it names. `earlier` is the message before the task: a
/// proper name said there already ("We approved the move to ServiceTitan … @kyle please get
/// me the ServiceTitan onboarding timeline") is the decided work's vendor or place, nothing
/// of the task's own (round B54).
pub(super) fn file_under_decided(
    note: &mut Reading,
    before: &Reading,
    toks: &[Token],
    earlier: &[Token],
) {
    // "@tash can you get me the training dates for the Gold Coast pools by next Thu?"
    // (round B55): a unit said as the sites where the work goes on, or a registered name's
    // describing word alone, names nothing of the task's own.
    let only_in_passing = note
        .investment
        .as_deref()
        .is_none_or(|n| passing_words::only_a_describing_word(n, toks) && places_said(toks))
        && (note.unit.is_none() || places_said(toks));
    if note.intent != Intent::Note
        || (note.investment.is_some() || note.unit.is_some()) && !only_in_passing
        || note.due.is_none()
        || before.intent != Intent::Decision
        || before.investment.is_none()
        || names_something(toks, earlier)
    {
        return;
    }
    note.investment = before.investment.clone();
    note.unit = before.unit.clone();
    note.new_investment = before.new_investment;
    note.missing = questions::missing(note);
}

/// A day or month a task is due by, written with a capital but naming no thing ("by Fri",
/// "end of Sept").
fn day_or_month(w: &str) -> bool {
    dates::weekday(w).is_some() || dates::month(w).is_some() || matches!(w, "sat" | "sun")
}

/// A word for a group of people or of sites that a place's name is said before ("the
/// Detroit stores", "the Hamble team", "the Phoenix district"): the place says where the
/// work is, not which thing it is.
fn group_of_places_or_people(w: &str) -> bool {
    matches!(
        w,
        "team"
            | "teams"
            | "staff"
            | "crew"
            | "crews"
            | "district"
            | "districts"
            | "region"
            | "area"
            | "site"
            | "sites"
            | "office"
            | "offices"
            | "branch"
            | "branches"
            | "store"
            | "stores"
            | "shop"
            | "shops"
            | "depot"
            | "depots"
            | "centre"
            | "centres"
            | "center"
            | "centers"
            // "the Gold Coast pools": a swim school's sites.
            | "pools"
            | "location"
            | "locations"
    )
}

/// Whether the words written with a capital from `k` on end before a word for a group of
/// people or sites ("Fort Worth trucks" is not: "the Fort Worth team" is).
fn place_before_group(toks: &[Token], k: usize) -> bool {
    let after = (k..toks.len()).find(|&j| !(toks[j].is_word() && toks[j].capital));
    after.is_some_and(|j| toks[j].is_word() && group_of_places_or_people(&toks[j].lower))
}

/// A word written with a capital that opens no sentence, line or handle, is no day or
/// month, names no place a group is at and was not said in `earlier`: a proper name of the
/// task's own.
fn names_something(toks: &[Token], earlier: &[Token]) -> bool {
    // "Cliniko's data migration plan" after "the move from Nookal to Cliniko".
    let said_before = |w: &str| {
        let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        earlier
            .iter()
            .any(|e| e.is_word() && e.capital && e.lower == w)
    };
    toks.iter().enumerate().any(|(k, t)| {
        let opens = k == 0
            || toks[k - 1].is_sym("@")
            || toks[k - 1].is_sym("\n")
            || toks[k - 1].is_sym(".")
            || toks[k - 1].is_sym("!")
            || toks[k - 1].is_sym("?");
        t.is_word()
            && t.capital
            && !opens
            && t.lower != "i"
            && !day_or_month(&t.lower)
            && !place_before_group(toks, k)
            && !said_before(&t.lower)
    })
}

/// "… pressing ahead with thermal cameras …. Website's scaled back …. And @kieran will get
/// the install dates for the cameras …": of the records before (`earlier`, latest first),
/// the decided one whose investment's name ends on a word the task says after "the".
pub(super) fn pointed_back_at<'a>(
    mut earlier: impl Iterator<Item = &'a Reading>,
    toks: &[Token],
) -> Option<&'a Reading> {
    earlier.find(|r| {
        r.intent == Intent::Decision
            && !r.new_investment
            && r.investment
                .as_deref()
                .and_then(|n| n.rsplit(' ').next())
                .is_some_and(|last| {
                    last.len() >= 4
                        && toks
                            .windows(2)
                            .any(|w| w[0].is("the") && w[1].lower.eq_ignore_ascii_case(last))
                })
    })
}
