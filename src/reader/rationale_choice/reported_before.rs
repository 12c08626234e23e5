//! A chat log's report before the line that decides (round R44): "[07:40] Gaz Pearce: ice
//! edger's packed up again, that's the third time since October\n[07:52] Rhian Morgan: don't
//! bodge it again, buy a new one. up to £3k is fine\n[07:53] Gaz Pearce: cheers 👍". The
//! line that decides gives no reason of its own; the line before it, said by someone else,
//! reports what went wrong, and that is why the thing is bought (its first sentence, without
//! a word said to the reader opening it: "Madam, boiler feed pump … failed again"). The
//! thanks after the verdict's line is not.

use super::*;

/// Words that mark a reason in the verdict's own line: then that line says why.
const LEADS: &[&str] = &["because", "since", "as", "cos", "coz", "given", "so", "but"];

/// A word said to the one the report is for, opening it before a comma ("Madam, …").
const ADDRESS: &[&str] = &[
    "madam", "ma'am", "sir", "boss", "guys", "all", "team", "folks", "hi", "hey", "morning",
];

/// The speaker of a chat log's line whose first token starts at `at`: the prefix's words
/// ("[07:40] Gaz Pearce:" gives "gaz pearce"), when the line opens with one.
fn speaker(text: &str, at: usize) -> Option<String> {
    let line = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let prefix = text[line..at].trim_end();
    if !prefix.ends_with(':') || !prefix.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<String> = prefix
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "am" | "pm"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// "Jason Lau: …", "Mr. Leung: …": a log's line opened by a name alone, with no time (round
/// R47): one to three capitalised words and a colon from token `at`; the name, and the
/// token after the colon.
fn named_speaker(text: &str, toks: &[Token], at: usize) -> Option<(String, usize)> {
    let capital = |j: usize| {
        text[toks[j].start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let colon = (at + 1..toks.len().min(at + 5)).find(|&j| toks[j].is(":"))?;
    let named = (at..colon)
        .all(|j| toks[j].is_word() && capital(j) || toks[j].is(".") && j > at && toks[j].attached);
    let name: Vec<&str> = (at..colon)
        .filter(|&j| toks[j].is_word())
        .map(|j| toks[j].lower.as_str())
        .collect();
    (named && (1..=3).contains(&name.len())).then(|| (name.join(" "), colon + 1))
}

impl Choice<'_> {
    /// In a chat log, the report in the line before the verdict's, from someone else, when
    /// the verdict's line marks no reason.
    pub(super) fn report_before_verdicts_line(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            in_money,
            decides,
            ..
        } = *self;
        let v = verdict?;
        let newline = |j: usize| toks[j].is("\n");
        let opens = (0..v.start).rev().find(|&j| newline(j))?;
        let closes = (v.end..toks.len())
            .find(|&j| newline(j))
            .unwrap_or(toks.len());
        // "replace the lot so, I don't want …": a "so" closing a clause before its comma is
        // the speaker's way of saying it, no reason marked (round R47).
        let closing_so = |j: usize| toks[j].is("so") && toks.get(j + 1).is_some_and(|t| t.is(","));
        if (opens + 1..closes).any(|j| LEADS.contains(&toks[j].lower.as_str()) && !closing_so(j)) {
            return None;
        }
        let before = (0..opens).rev().find(|&j| newline(j)).map_or(0, |j| j + 1);
        if before + 1 >= opens || opens + 1 >= toks.len() {
            return None;
        }
        let (said, before) = match speaker(text, toks[before].start) {
            Some(said) => (said, before),
            None => named_speaker(text, toks, before)?,
        };
        let decided = speaker(text, toks[opens + 1].start)
            .or_else(|| named_speaker(text, toks, opens + 1).map(|(name, _)| name))?;
        if before >= opens {
            return None;
        }
        if said == decided || (before..opens).any(|j| toks[j].is("?")) {
            return None;
        }
        let addressed = ADDRESS.contains(&toks[before].lower.as_str())
            && toks.get(before + 1).is_some_and(|t| t.is(","));
        let s = before + if addressed { 2 } else { 0 };
        // "no.3 tipper's gearbox …" (round S46): a dot with the next word written onto it
        // ends no sentence.
        let e = (s..opens)
            .find(|&j| {
                matches!(toks[j].lower.as_str(), "." | "!")
                    && !(toks[j].attached && toks.get(j + 1).is_some_and(|n| n.attached))
            })
            .unwrap_or(opens);
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        if words < 4 || (s..e).any(in_money) || decides(s, e) {
            return None;
        }
        // "… up to $38k is fine, we can't be down in shelling season" (round R47): what
        // the decider says cannot go on is why, in their own words; so it is when told
        // before the line's cap ("replace the whole tank, we can't have honey sitting half
        // creamed before the UK order. Up to $58k", round R48).
        if let Some((a, b)) = cant_go_on(toks, opens + 1, closes) {
            return Some(self.words(a, b));
        }
        Some(self.words(s, e))
    }
}

/// "we can't be down in shelling season", "Cannot keep closing branches during brownouts":
/// after a comma or a sentence's end in the deciding line (tokens `from..to`), a clause
/// saying what cannot go on, to its sentence's end.
fn cant_go_on(toks: &[Token], from: usize, to: usize) -> Option<(usize, usize)> {
    let cant = |j: usize| {
        toks.get(j)
            .is_some_and(|t| matches!(t.lower.as_str(), "can't" | "cannot" | "cant"))
    };
    let a = (from.max(1)..to).find(|&j| {
        matches!(toks[j - 1].lower.as_str(), "," | "." | "!")
            && (cant(j) || matches!(toks[j].lower.as_str(), "we" | "i") && cant(j + 1))
    })?;
    let b = (a..to)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
        .unwrap_or(to);
    ((a..b).filter(|&j| toks[j].is_word()).count() >= 4).then_some((a, b))
}
