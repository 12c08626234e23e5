//! `note <unit>: <text> [on:<date>] [follow-up: <action> @owner by <date>]... #tags`

use super::super::error::ParseError;
use super::super::values::{Looking, Parser, DATE_FORMS};
use super::super::Command;
use crate::reader::read_date_in;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteArgs {
    pub unit: String,
    pub text: String,
    pub followups: Vec<FollowUpArgs>,
    pub tags: Vec<String>,
    /// When the meeting was (`on:yesterday`); the day it is logged when not given.
    pub met_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpArgs {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
}

/// How many words a date may take after `by` or `on:` ("the end of next month").
const DATE_WORDS: usize = 5;

/// The longest run of `words` from the start that reads as one date, and how many it took.
fn date_prefix(p: &Parser<'_>, words: &[&str], looking: Looking) -> Option<(NaiveDate, usize)> {
    (1..=words.len().min(DATE_WORDS)).rev().find_map(|k| {
        read_date_in(
            &words[..k].join(" "),
            p.ctx.today,
            p.ctx.calendar(),
            looking,
        )
        .map(|d| (d, k))
    })
}

/// A person named as an owner: `@sam`, a Slack `<@U123>` / Discord `<@123>` mention (kept
/// whole, so the platform shows it as a mention), or `owner:Sam`.
fn owner_word(word: &str) -> Option<String> {
    let w = word.trim_end_matches([',', '.', ';']);
    if w.starts_with("<@") && w.ends_with('>') && w.len() > 3 {
        return Some(w.to_string());
    }
    if let Some(name) = w.strip_prefix('@').filter(|n| !n.is_empty()) {
        return Some(name.to_string());
    }
    let lower = w.to_ascii_lowercase();
    lower
        .strip_prefix("owner:")
        .filter(|n| !n.is_empty())
        .map(|_| w["owner:".len()..].trim_start_matches('@').to_string())
}

fn date_error(p: &Parser<'_>, at: usize, word: &str) -> ParseError {
    ParseError::new(
        p.line,
        at,
        format!("`{word}` is not a date; write it as {DATE_FORMS}"),
        p.usage,
    )
}

const MARKERS: &[&str] = &["follow-up:", "follow up:", "followup:", "action:", "todo:"];

/// Byte offsets of each follow-up marker (ASCII-lowercased search keeps offsets valid).
fn marker_positions(body: &str) -> Vec<(usize, usize)> {
    let lower = body.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while from < lower.len() {
        let next = MARKERS
            .iter()
            .filter_map(|m| lower[from..].find(m).map(|i| (from + i, m.len())))
            .min();
        match next {
            Some((at, len)) => {
                found.push((at, len));
                from = at + len;
            }
            None => break,
        }
    }
    found
}

fn is_tag(word: &str) -> Option<String> {
    let tag = word.strip_prefix('#')?.trim_end_matches([',', '.', ';']);
    (!tag.is_empty()
        && tag
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_'))
    .then(|| tag.to_lowercase())
}

/// Removes `#tags` from text, collecting them.
fn take_tags(text: &str, tags: &mut Vec<String>) -> String {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        match is_tag(word) {
            Some(tag) => {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            None => words.push(word),
        }
    }
    words.join(" ")
}

fn parse_followup(p: &Parser<'_>, at: usize, text: &str) -> Result<FollowUpArgs, ParseError> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let mut owner = None;
    let mut due = None;
    if let Some(i) = words.iter().position(|w| owner_word(w).is_some()) {
        owner = owner_word(words.remove(i));
    }
    if let Some(i) = words.iter().rposition(|w| w.eq_ignore_ascii_case("by")) {
        if let Some(d) = words.get(i + 1) {
            let (date, used) = date_prefix(p, &words[i + 1..], Looking::Ahead)
                .ok_or_else(|| date_error(p, at + text.find(d).unwrap_or(0), d))?;
            due = Some(date);
            words.drain(i..i + 1 + used);
        }
    }
    let text = words
        .join(" ")
        .trim_end_matches([',', ';'])
        .trim()
        .to_string();
    if text.is_empty() {
        return Err(ParseError::new(
            p.line,
            at,
            "this follow-up says nothing to do; write the action after `follow-up:`",
            p.usage,
        ));
    }
    Ok(FollowUpArgs { text, owner, due })
}

pub(in crate::command) fn parse_note(p: Parser<'_>) -> Result<Command, ParseError> {
    let Some(first) = p.peek() else {
        return Err(p.error_at_end(
            "the business unit and the note are missing, like `note Sales: Met the CFO`",
        ));
    };
    let start = first.start;
    let body = &p.line[start..];
    // The unit: a quoted name, or everything before the first colon.
    let (unit, rest_at) = if first.quoted || first.text.starts_with('"') {
        let close = first.end;
        let after = p.line[close..].trim_start();
        if !after.starts_with(':') {
            return Err(p.error_at(
                first,
                "put a colon after the business unit, like `note \"Finance & Risk\": …`",
            ));
        }
        (
            first.text.trim_end_matches(':').to_string(),
            p.line.len() - after.len() + 1,
        )
    } else {
        match body.find(':') {
            Some(i) if !body[..i].to_ascii_lowercase().contains("follow") => (
                body[..i].trim().trim_matches('"').to_string(),
                start + i + 1,
            ),
            _ => {
                return Err(p.error_at(first, "start the note with the business unit and a colon, like `note Sales: Met the CFO`"));
            }
        }
    };
    if unit.is_empty() {
        return Err(p.error_at(first, "the business unit is missing before the colon"));
    }
    let body = &p.line[rest_at..];
    let markers = marker_positions(body);
    let text_end = markers.first().map(|(at, _)| *at).unwrap_or(body.len());
    let mut tags = Vec::new();
    let text = take_tags(&body[..text_end], &mut tags);
    let (text, met_on) = take_meeting_date(&p, rest_at, &body[..text_end], &text)?;
    if text.is_empty() {
        return Err(ParseError::new(
            p.line,
            rest_at,
            "the note is empty; write what was said after the colon",
            p.usage,
        ));
    }
    let mut followups = Vec::new();
    for (i, (at, len)) in markers.iter().enumerate() {
        let end = markers.get(i + 1).map(|(a, _)| *a).unwrap_or(body.len());
        let raw = &body[at + len..end];
        let clean = take_tags(raw, &mut tags);
        followups.push(parse_followup(&p, rest_at + at + len, &clean)?);
    }
    Ok(Command::Note(NoteArgs {
        unit,
        text,
        followups,
        tags,
        met_on,
    }))
}

/// Takes `on:<date>` (the meeting's date) out of the note's text.
fn take_meeting_date(
    p: &Parser<'_>,
    body_at: usize,
    body: &str,
    text: &str,
) -> Result<(String, Option<NaiveDate>), ParseError> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let Some(i) = words.iter().position(|w| {
        w.len() > 3
            && w.get(..3)
                .is_some_and(|head| head.eq_ignore_ascii_case("on:"))
    }) else {
        return Ok((text.to_string(), None));
    };
    let first = &words[i][3..];
    let mut phrase = vec![first];
    phrase.extend(&words[i + 1..]);
    let (date, used) = date_prefix(p, &phrase, Looking::Back).ok_or_else(|| {
        let at = body_at + body.find(words[i]).unwrap_or(0);
        date_error(p, at, first)
    })?;
    words.drain(i..i + used);
    Ok((words.join(" "), Some(date)))
}
