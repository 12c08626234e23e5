//! "Good news from Wren: the cargo bikes are approved …", "Two things from Wren's budget
//! review. …", "Wren's back from the members' meeting with two answers. …", "Wren rang after
//! going round the depots. She's happy for …", "Glenn came back from the board with a yes and
//! a no. …", "Suresh reviewed the Q3 numbers and two decisions have come out of it. …": the
//! opening sentence names who the verdicts after it come from, and every verdict that names
//! no one else is theirs.

use super::deciders::{is_body, is_decider_word};
use super::deciders_told::without_has;
use super::tokens::{TokKind, Token};
use super::{verdicts, Reading};

mod meeting_with;
mod my_side;
mod on_the_phone;

/// Nouns of news passed on before "from" and the one it is from ("Good news from",
/// "Two answers back from", "Couple of things from", "Two from").
fn news_word(w: &str) -> bool {
    matches!(
        w,
        "news"
            | "word"
            | "update"
            | "updates"
            | "verdict"
            | "verdicts"
            | "answer"
            | "answers"
            | "call"
            | "calls"
            | "outcome"
            | "outcomes"
            | "decision"
            | "decisions"
            | "thing"
            | "things"
            | "bits"
            | "items"
            | "points"
            | "two"
            | "three"
            | "couple"
            | "few"
            // "Heard back from Malcolm on the solar. He's happy for us to go ahead …"
            // (round S43).
            | "heard"
    )
}

/// Gives each record with a verdict and no one named as its decider the one the opening
/// sentence names as who the verdicts come from, if it names one.
///
/// `spans` holds where each record was read, the first's first, when the reader knows: a
/// verdict said as the speaker's own side ("On my side, the payroll switch waits …") is not
/// passed on (round D44).
pub(super) fn give_passed_on_verdicts(
    text: &str,
    toks: &[Token],
    first: &mut Reading,
    spans: &[(usize, usize)],
) {
    let undecided = |r: &Reading| r.verdict.is_some() && r.decided_by.is_none();
    if !undecided(first) && !first.also.iter().any(undecided) {
        return;
    }
    // "Earl signed off on two things this morning: …; and …": the one who decided the
    // things counted decided each (round D44).
    if let (Some(n), Some(who)) = (counted_after_verdict(toks), first.decided_by.clone()) {
        for r in first.also.iter_mut().take(n - 1).filter(|r| undecided(r)) {
            r.decided_by = Some(who.clone());
        }
        return;
    }
    let Some(source) = opening_source(text, toks)
        .or_else(|| meeting_with::heading_source(text, toks))
        // "Board meeting yesterday decided: …" (round V65).
        .or_else(|| super::deciders_decided_heading::decided_heading(text, toks))
    else {
        return;
    };
    // "Update from Thomas sir after the board meeting: …" (convention 81).
    let source = super::deciders_honorific::with_honorific(text, source);
    let aligned = spans.len() == 1 + first.also.len();
    let mine = |k: usize| aligned && my_side::said_as_my_side(toks, spans[k]);
    if undecided(first) && !mine(0) {
        first.decided_by = Some(source.clone());
    }
    for (k, r) in first.also.iter_mut().enumerate() {
        if undecided(r) && !mine(k + 1) {
            r.decided_by = Some(source.clone());
        }
    }
}

/// "Earl signed off on two things this morning:", "the Board approved two things on
/// Thursday:", "Helen ok'd two:": how many things the verdict opening the message counts
/// before its colon.
fn counted_after_verdict(toks: &[Token]) -> Option<usize> {
    let colon = toks.iter().take(16).position(|t| t.is_sym(":"))?;
    let v = verdicts::find_verdict_in(toks, 0, colon)?;
    (v.end..(v.end + 3).min(colon)).find_map(|k| match toks[k].lower.as_str() {
        "two" | "2" | "both" | "couple" => Some(2),
        "three" | "3" => Some(3),
        "four" | "4" => Some(4),
        _ => None,
    })
}

/// Who the opening sentence (holding no verdict) says the news comes from.
fn opening_source(text: &str, toks: &[Token]) -> Option<String> {
    // "Mr. Leung decisions after …:" (round V56): a title's full stop ends no sentence.
    let titled = |k: usize| {
        toks[k].is_sym(".")
            && k > 0
            && matches!(toks[k - 1].lower.as_str(), "mr" | "mrs" | "ms" | "dr")
    };
    let end = (0..toks.len())
        .find(|&k| matches!(toks[k].lower.as_str(), "." | ":" | "!" | "?" | "\n") && !titled(k))?;
    if end > 16 || verdicts::find_verdict_in(toks, 0, end).is_some() {
        return dashed_news_from(text, toks)
            .or_else(|| reported_before_comma(text, toks, end))
            .or_else(|| reported_before_dash(text, toks, end));
    }
    news_from(text, toks, end)
        .or_else(|| opening_from(text, toks, end))
        .or_else(|| reported_by(text, toks, end))
        .or_else(|| on_the_phone::talked_with(text, toks, end))
        .or_else(|| dashed_news_from(text, toks))
}

/// "Ciarán got back to me re the compressor service contract, we're keeping it on": who
/// got back, in the opening sentence's first clause, before the verdict's comma (round S48),
/// or its dash ("Ms. Ferguson jes call — she approve …", round S56).
fn reported_before_comma(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let comma = toks[..end]
        .iter()
        .position(|t| t.is_sym(",") || t.is_sym("—") || t.is_sym("–"))?;
    if verdicts::find_verdict_in(toks, 0, comma).is_some() {
        return None;
    }
    reported_by(text, toks, comma)
}

/// "Rosnah came back to me on the tenant billing system — she ok with it at …" (round V56):
/// who came back, before the dash that opens the verdict told of them.
fn reported_before_dash(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let dash = toks[..end.min(16)]
        .iter()
        .position(|t| matches!(t.lower.as_str(), "—" | "–"))?;
    // "Issah came back on the truck — …, so Alhaji says we should pay anyway": someone
    // else's word after the dash is not the one who came back.
    let said_by_another = toks[dash..end]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "says" | "say" | "said"));
    if said_by_another || verdicts::find_verdict_in(toks, 0, dash).is_some() {
        return None;
    }
    reported_by(text, toks, dash).or_else(|| {
        // "Marcia came back on the accounting system — …": back on the thing.
        let name = person(text, toks, 0, dash)?;
        let k = name.split_whitespace().count();
        let word = |j: usize| {
            toks.get(j)
                .filter(|_| j < dash)
                .map_or("", |t| t.lower.as_str())
        };
        (matches!(word(k), "came" | "got")
            && word(k + 1) == "back"
            && matches!(word(k + 2), "on" | "about" | "re"))
        .then_some(name)
    })
}

/// "Good news from Marcia — she's fine with …": the news and who it is from, set off by a
/// dash instead of a colon (round S45).
fn dashed_news_from(text: &str, toks: &[Token]) -> Option<String> {
    let end = toks
        .iter()
        .take(8)
        .position(|t| matches!(t.lower.as_str(), "—" | "–"))?;
    if verdicts::find_verdict_in(toks, 0, end).is_some() {
        return None;
    }
    news_from(text, toks, end)
}

/// "Good news from Wren", "Two answers back from Wren after …", "Two things out of Wren's
/// budget review".
fn news_from(text: &str, toks: &[Token], end: usize) -> Option<String> {
    (1..end).find_map(|i| {
        let from = match toks[i].lower.as_str() {
            "from" => i + 1,
            "out" if toks[i + 1].is("of") => i + 2,
            _ => return None,
        };
        let before = i - usize::from(toks[i - 1].is("back") && i >= 2);
        news_word(&toks[before - 1].lower)
            .then(|| person(text, toks, from, end))
            .flatten()
    })
}

/// "From Errol, after the bank:", "From Miss Pauline after the bank meeting:" (round V56):
/// the opening sentence opens on "From" and the one the list comes from, then the meeting.
fn opening_from(text: &str, toks: &[Token], end: usize) -> Option<String> {
    if !toks.first()?.is("from") {
        return None;
    }
    let stop = super::deciders_passed_on::before_the_meeting(toks, 1, end);
    (stop < end).then(|| person(text, toks, 1, stop)).flatten()
}

/// "Wren's back from the members' meeting with two answers", "Wren rang after going round
/// the depots", "Wren was on to me after the meeting".
fn reported_by(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let name = person(text, toks, 0, end)?;
    let words = name.split_whitespace().count();
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < end)
            .map_or("", |t| t.lower.as_str())
    };
    let mut k = words;
    while matches!(word(k), "is" | "was" | "has" | "just" | "jes" | "jus") {
        k += 1;
    }
    // "… with two answers", "… with a yes and a no".
    let news = || {
        (k..end)
            .any(|j| news_word(&toks[j].lower) || matches!(toks[j].lower.as_str(), "yes" | "no"))
    };
    match word(k) {
        "back" => news().then_some(name),
        // "Mr Okafor came back to me on the starch line" (round S44): back to the writer.
        "came" | "comes" | "got" | "gets"
            if word(k + 1) == "back"
                && word(k + 2) == "to"
                && matches!(word(k + 3), "me" | "us") =>
        {
            Some(name)
        }
        // "Glenn came back from the board with a yes and a no".
        // "Malcolm came back to me on the scoreboard" (round D44): back to the speaker.
        "came" | "comes" | "got" | "gets" if word(k + 1) == "back" => {
            (news() || word(k + 2) == "to" && matches!(word(k + 3), "me" | "us")).then_some(name)
        }
        // "Winnie replied me about the steamer replacement" (round S46).
        "rang" | "called" | "phoned" | "messaged" | "texted" | "emailed" | "replied" => Some(name),
        // "Ms. Ferguson jes call — …": "just called" with the verb unmarked (round S56).
        "call" if k > words && matches!(word(k - 1), "just" | "jes" | "jus") => Some(name),
        // "Sandeep's been through the half-year figures and rang me last night" (round S44).
        "been" if word(k + 1) == "through" => (k + 2..end)
            .any(|j| {
                word(j) == "and"
                    && matches!(word(j + 1), "rang" | "called" | "phoned")
                    && matches!(word(j + 2), "me" | "us")
            })
            .then_some(name),
        "on" if word(k + 1) == "to" => Some(name),
        // "Mr Chin decisions after the bank meeting:" (round V56): a heading of their
        // decisions.
        "decisions" | "verdicts" if matches!(word(k + 1), "after" | "from" | "following") => {
            Some(name)
        }
        // "Suresh reviewed the Q3 numbers and two decisions have come out of it"; not when
        // the speaker went through them too ("… with me", round D43).
        "reviewed" | "went" | "looked" => (news()
            && !(k..end).any(|j| toks[j].is("with") && matches!(word(j + 1), "me" | "us")))
        .then_some(name),
        _ => None,
    }
}

/// A person's name at `k`, written as one (capitalised, one or two words, no pronoun, no
/// day, month or figure), without a "'s" ("Wren's budget review" is Wren's); or a body that
/// decides ("the partners", "the board").
fn person(text: &str, toks: &[Token], k: usize, end: usize) -> Option<String> {
    let the = toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "our"));
    // "update from the management meeting yesterday" (rounds V59 and S59): the managers'
    // meeting, management only a word of its name, is no body's word.
    let meeting_of = |j: usize| {
        toks.get(j)
            .is_some_and(|t| matches!(t.lower.as_str(), "management" | "mgmt"))
            && toks.get(j + 1).is_some_and(|t| {
                t.lower == "mtg" || super::verdicts::MEETINGS.contains(&t.lower.as_str())
            })
    };
    if the
        && toks
            .get(k + 1)
            .is_some_and(|t| k + 1 < end && is_body(&t.lower))
        && !meeting_of(k + 1)
    {
        return Some(text[toks[k].start..toks[k + 1].end].to_string());
    }
    let name_word = |j: usize| {
        toks.get(j).filter(|_| j < end).is_some_and(|t| {
            let bare = t.lower.trim_end_matches("'s").trim_end_matches("’s");
            t.kind == TokKind::Word
                && text[t.start..].starts_with(|c: char| c.is_uppercase())
                && bare.chars().all(char::is_alphabetic)
                && is_decider_word(&t.lower)
                && super::dates::weekday(bare).is_none()
                && super::dates::month(bare).is_none()
        })
    };
    if !name_word(k) {
        return None;
    }
    let has_s = |j: usize| toks[j].lower.ends_with("'s") || toks[j].lower.ends_with("’s");
    let last = if !has_s(k) && name_word(k + 1) {
        k + 1
    } else {
        k
    };
    Some(without_has(text[toks[k].start..toks[last].end].to_string()))
}
