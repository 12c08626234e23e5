//! `note <unit>: <text> [follow-up: <action> @owner by <date>]... #tags`

use super::super::error::ParseError;
use super::super::values::{parse_date, Parser};
use super::super::Command;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteArgs {
    pub unit: String,
    pub text: String,
    pub followups: Vec<FollowUpArgs>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpArgs {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
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
    if let Some(i) = words.iter().position(|w| w.starts_with('@') && w.len() > 1) {
        owner = Some(
            words.remove(i)[1..]
                .trim_end_matches([',', '.', ';'])
                .to_string(),
        );
    }
    if let Some(i) = words.iter().rposition(|w| w.eq_ignore_ascii_case("by")) {
        if let Some(d) = words.get(i + 1) {
            let date = parse_date(d, p.ctx.today).ok_or_else(|| {
                let offset = at + text.find(d).unwrap_or(0);
                ParseError::new(
                    p.line,
                    offset,
                    format!(
                        "`{d}` is not a date; write it as {}",
                        super::super::values::DATE_FORMS
                    ),
                    p.usage,
                )
            })?;
            due = Some(date);
            words.drain(i..i + 2);
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
    }))
}
