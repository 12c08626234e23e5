//! Parse errors written for the person who typed the command.

use super::help::COMMANDS;
use super::tokenizer::Token;
use std::fmt;

/// "Mine, but malformed": what is wrong, where, and how the command is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub input: String,
    /// Byte offset where reading stopped.
    pub at: usize,
    pub message: String,
    pub usage: Option<&'static str>,
}

impl ParseError {
    pub fn new(
        input: &str,
        at: usize,
        message: impl Into<String>,
        usage: Option<&'static str>,
    ) -> Self {
        ParseError {
            input: input.to_string(),
            at: at.min(input.len()),
            message: message.into(),
            usage,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let column = self.input[..self.at].chars().count();
        let mut message = self.message.clone();
        if let Some(first) = message.get(..1) {
            message = first.to_uppercase() + &message[1..];
        }
        writeln!(f, "{message}")?;
        writeln!(f, "```")?;
        writeln!(f, "{}", self.input)?;
        writeln!(f, "{}^", " ".repeat(column))?;
        write!(f, "```")?;
        if let Some(usage) = self.usage {
            write!(f, "\nUsage: `{usage}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

pub(super) fn unknown_command(line: &str, first: &Token) -> ParseError {
    let guess = COMMANDS
        .iter()
        .map(|h| {
            (
                strsim::damerau_levenshtein(&first.text.to_lowercase(), h.name),
                h,
            )
        })
        .filter(|(d, h)| *d <= 2 && *d < h.name.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, h)| h);
    let message = match guess {
        Some(h) => format!(
            "there is no command `{}`. Did you mean `{}`? See `/value help` for every command.",
            first.text, h.name
        ),
        None => format!(
            "there is no command `{}`. See `/value help` for every command.",
            first.text
        ),
    };
    ParseError::new(line, first.start, message, guess.map(|h| h.usage.as_str()))
}
