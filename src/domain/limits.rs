//! How much text one command and one record may hold. Limits keep every reply renderable
//! and every list readable; they are stated in the error so the person can fix the input.
//! Records already stored with longer text (from older versions or imports) are kept and
//! still shown, clipped by the renderers.

use super::names;
use super::Record;

/// The longest note, rationale, evidence or follow-up, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// The longest command line (or message to the bot), in characters.
pub const MAX_LINE_CHARS: usize = 8_000;

/// Why a line is refused before it is read at all.
pub fn line_problem(line: &str) -> Option<String> {
    let length = line.chars().count();
    (length > MAX_LINE_CHARS).then(|| {
        format!(
            "That message is too long: {length} characters, and the most I read at once is {MAX_LINE_CHARS}. Nothing was logged. Split it into shorter commands (a note can hold up to {MAX_TEXT_CHARS} characters)."
        )
    })
}

/// The line without control characters (NUL, escape sequences' ESC, carriage returns…),
/// which no record should hold; line breaks and tabs stay.
pub fn without_controls(line: &str) -> String {
    line.chars()
        .filter(|c| matches!(c, '\n' | '\t') || !c.is_control())
        .collect()
}

/// The record with its names cleaned of invisible characters and extra spaces, as they are
/// kept (see [`names::clean`]).
pub fn tidy(mut record: Record) -> Record {
    let clean = |s: &mut String| *s = names::clean(s);
    match &mut record {
        Record::Unit(u) => {
            clean(&mut u.name);
            u.aliases.iter_mut().for_each(clean);
        }
        Record::Investment(i) => {
            clean(&mut i.name);
            i.aliases.iter_mut().for_each(clean);
            i.sponsor.as_mut().map(clean);
        }
        Record::Service(s) => clean(&mut s.name),
        Record::Decision(d) => clean(&mut d.decided_by),
        Record::Note(n) => n.tags.iter_mut().for_each(clean),
        Record::Benefit(_) => {}
    }
    record
}

/// What is wrong with each alias, by the same rules for a unit's and an investment's: no
/// `:` (it marks a field), something visible, at most [`names::MAX_NAME_CHARS`].
fn alias_problems(aliases: &[String]) -> impl Iterator<Item = Option<String>> + '_ {
    aliases.iter().map(|a| names::problem(a, "An alias", false))
}

fn text_problem(text: &str, what: &str) -> Option<String> {
    let length = text.chars().count();
    (length > MAX_TEXT_CHARS).then(|| {
        format!("{what} is {length} characters long; it can be at most {MAX_TEXT_CHARS} characters. Shorten it, or split it over two records")
    })
}

fn short_problem(text: &str, what: &str) -> Option<String> {
    let length = text.chars().count();
    (length > names::MAX_NAME_CHARS).then(|| {
        format!(
            "{what} is {length} characters long; it can be at most {} characters",
            names::MAX_NAME_CHARS
        )
    })
}

/// Every rule the record's text breaks, written for the person who typed it (empty when
/// it keeps them all).
pub fn problems(record: &Record) -> Vec<String> {
    let mut out: Vec<Option<String>> = Vec::new();
    match record {
        Record::Unit(u) => {
            out.push(names::problem(&u.name, "The unit's name", false));
            out.extend(alias_problems(&u.aliases));
        }
        Record::Investment(i) => {
            out.push(names::problem(&i.name, "The investment's name", true));
            out.extend(alias_problems(&i.aliases));
            let own = names::key(&i.name);
            if let Some(a) = i.aliases.iter().find(|a| names::key(a) == own) {
                out.push(Some(format!(
                    "The alias '{}' is the investment's own name; an alias is another name people call it by",
                    names::clean(a)
                )));
            }
            if let Some(s) = &i.sponsor {
                out.push(short_problem(s, "The sponsor"));
            }
        }
        Record::Service(s) => out.push(names::problem(&s.name, "The service's name", true)),
        Record::Note(n) => {
            out.push(text_problem(&n.text, "The note"));
            for f in &n.followups {
                out.push(text_problem(&f.text, "A follow-up"));
                if let Some(owner) = &f.owner {
                    out.push(short_problem(owner, "A follow-up's owner"));
                }
            }
            for t in &n.tags {
                out.push(short_problem(t, "A tag"));
            }
        }
        Record::Decision(d) => {
            out.push(text_problem(&d.rationale, "The rationale"));
            out.push(short_problem(&d.decided_by, "Who decided"));
        }
        Record::Benefit(b) => out.push(text_problem(&b.evidence, "The evidence")),
    }
    out.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests;
