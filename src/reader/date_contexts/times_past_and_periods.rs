//! Dates of what happened or of a period: when a thing went live or runs out, a time told
//! as done, someone away, work done over a holiday, the history of a thing, the period a
//! budget is for, and the month a count was made in.

use super::*;

/// "since we went live in August", "live since 20/11", "went live 11/2 and cut …": the date
/// is when a thing went live, the start a change is counted from, not when the benefit was
/// counted. Money saved since then ("€140k saved … since we went live in June") is counted
/// from that date, which is the benefit's.
pub fn went_live_at(toks: &[Token], d: &DateMention) -> bool {
    let sentence = toks[..d.start]
        .iter()
        .rposition(|t| t.is_sym(".") || t.is_sym(";") || t.is_sym("\n"))
        .map_or(0, |p| p + 1);
    if toks[sentence..d.start].iter().any(|t| t.is("saved")) {
        return false;
    }
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(4));
    (s..d.start).any(|k| {
        let prev = if k > 0 {
            toks[k - 1].lower.as_str()
        } else {
            ""
        };
        matches!(toks[k].lower.as_str(), "go-live" | "golive")
            || toks[k].is("live")
                && matches!(
                    prev,
                    "went" | "gone" | "go" | "going" | "been" | "is" | "are" | "was" | "-"
                )
            // "Ticketing kiosks live since 20/11": said of the thing, with no verb.
            || toks[k].is("live") && toks.get(k + 1).is_some_and(|t| t.is("since"))
    })
}

/// "the old one is end of support in June", "the licence expires in March", "the old box
/// dies in Feb": the date is when the old thing runs out, a reason for a proposal (or news
/// in a note), not when the new one starts or the note's day.
pub fn runs_out_at(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(6));
    (s..d.start).any(|k| {
        let w = toks[k].lower.as_str();
        matches!(
            w,
            "expires" | "expire" | "expiring" | "expiry" | "lapses" | "eol" | "ends" | "ending"
                // "the old Micros box dies in Feb".
                | "dies" | "dying"
        ) || w == "support" && k >= 2 && toks[k - 1].is("of")
            || w == "out"
                && toks.get(k + 1).is_some_and(|t| t.is("of") || t.is("in"))
                && k > 0
                && toks[k - 1].is("runs")
    })
}

/// "… the 12 extra pupils we turned away in September": a time in a clause told as done
/// (a past verb before it), what happened then, no start of what is proposed.
pub fn told_as_done(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    (s..d.start).any(|k| past_told(&toks[k]))
}

/// "Kim out Fri", "Rhys off Monday, back Tuesday", "Ann and Rob from Fleet are off
/// Friday": someone away on a day, no date of the record.
pub fn away_on(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let someone = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.capital && !t.caps)
    };
    let back = word(d.start.wrapping_sub(1)) == "back"
        && matches!(word(d.start.wrapping_sub(2)), ",")
        && matches!(word(d.start.wrapping_sub(4)), "out" | "off" | "away");
    // "Priya and Will from Tech are off Friday": people said before "are off".
    let people_off = d.start >= 3
        && matches!(word(d.start - 1), "off" | "away")
        && matches!(word(d.start - 2), "are" | "is" | "'re")
        && (clause_start(toks, d.start)..d.start - 2).any(someone);
    d.start >= 2
        && (matches!(word(d.start - 1), "out" | "off" | "away") && someone(d.start - 2)
            || back
            || people_off)
}

/// "carries on over Christmas as planned", "works to be done over the Easter holidays",
/// "during half-term": a holiday or term said as the time work is done over, not when
/// anything was decided.
pub fn worked_over(toks: &[Token], d: &DateMention) -> bool {
    let k = if d.start > 0 && toks[d.start - 1].is("the") {
        d.start - 1
    } else {
        d.start
    };
    let over = k > 0 && matches!(toks[k - 1].lower.as_str(), "over" | "during" | "throughout");
    over && !toks[d.start..d.end].iter().any(|t| t.kind == TokKind::Num)
}

/// "they've spent £90k of the £150k we gave them in March", "the budget that we agreed in
/// June": the date ends a clause telling the history of a thing named just before it (a
/// figure or a noun, then who did what to it), not when the record's verdict was taken.
pub fn in_history_of_a_thing(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(6));
    (s.max(1)..d.start.saturating_sub(1)).any(|k| {
        let who = matches!(toks[k].lower.as_str(), "we" | "they");
        let did = {
            let w = toks[k + 1].lower.as_str();
            w.len() > 3 && w.ends_with("ed")
                || matches!(
                    w,
                    "gave" | "paid" | "spent" | "put" | "set" | "got" | "signed"
                )
        };
        let prev = &toks[k - 1];
        let thing = prev.kind == TokKind::Num
            || prev.is("that") && k >= 2 && toks[k - 2].kind == TokKind::Num
            || prev.is_word()
                && !matches!(
                    prev.lower.as_str(),
                    "and"
                        | "but"
                        | "so"
                        | "as"
                        | "because"
                        | "since"
                        | "when"
                        | "if"
                        | "then"
                        | "which"
                        | "that"
                        | "now"
                        | "today"
                        | "yesterday"
                );
        who && did && thing
    })
}

/// "Lincs budget for next year signed off", "the 2027 budget approved", "next year's capex":
/// the date is the period the money is for, not when it was decided. A day is no such
/// period ("today's capex review" is when the meeting was).
pub fn budget_period(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let period = toks[d.start..d.end].iter().any(|t| {
        let w = crate::reader::tokens::without_possessives(&t.lower);
        matches!(w, "year" | "quarter" | "fy" | "q1" | "q2" | "q3" | "q4")
            || w.starts_with("fy")
            || t.kind == TokKind::Num && w.len() == 4
            || month(w).is_some()
    });
    if !period {
        return false;
    }
    let budget = |w: &str| matches!(w, "budget" | "budgets" | "capex" | "opex" | "funding");
    let before = d.start >= 2 && word(d.start - 1) == "for" && budget(word(d.start - 2));
    let after = budget(word(d.end)) || word(d.end) == "'s" && budget(word(d.end + 1));
    before || after
}

/// "scanned 1.2m pages in November", "3 pts lower in November": in a note, a month said
/// after "in" closing a clause that counts something is the period it was counted in, not
/// when the note's news happened ("we ran it in parallel in January" tells when).
/// So is "last week" or "last month" closing such a clause ("had 3 outages last week").
pub fn counted_in_a_month(toks: &[Token], d: &DateMention) -> bool {
    let in_month = d.end == d.start + 1
        && d.start > 0
        && toks[d.start - 1].is("in")
        && month(&toks[d.start].lower).is_some();
    let last_period = d.end == d.start + 2
        && toks[d.start].is("last")
        && matches!(toks[d.start + 1].lower.as_str(), "week" | "month");
    (in_month || last_period)
        && (clause_start(toks, d.start)..d.start).any(|k| {
            // "zero vandalism in Oct": a count in words counts as one in figures.
            toks[k].kind == TokKind::Num
                || crate::reader::money_words::a_count_in_words(&toks[k].lower)
        })
}
