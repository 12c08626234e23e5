//! The text each record of a message is read from: the whole message for the first, the
//! text up to a later record's end, or the later record said with the verdict or the
//! heading it shares ("approved £30k for the oven sensors and £12k for the loyalty app").

use super::*;

impl Reader {
    /// The text and words the `k`th record of `spans` is read from, as `read` gives them to
    /// `assemble`: the whole message for the first; for a later one the text up to its end,
    /// or said with the verdict it shares (see `said_with_shared_verdict`).
    pub(super) fn record_text<'a>(
        &self,
        message: &'a str,
        toks: &'a [Token],
        spans: &[(usize, usize)],
        k: usize,
    ) -> (std::borrow::Cow<'a, str>, std::borrow::Cow<'a, [Token]>) {
        use std::borrow::Cow;
        let (a, b) = spans[k];
        if k == 0 {
            return (Cow::Borrowed(message), Cow::Borrowed(&toks[a..b]));
        }
        match self.said_with_shared_verdict(message, toks, spans, k) {
            Some((said, said_toks)) => (Cow::Owned(said), Cow::Owned(said_toks)),
            None => (
                Cow::Borrowed(&message[..toks[b - 1].end]),
                Cow::Borrowed(&toks[a..b]),
            ),
        }
    }

    /// A later record (the `k`th of `spans`) that shares the verdict of the record before
    /// it, as if said whole: "approved £30k for the oven sensors and £12k for the loyalty
    /// app" (an amount shared out after "and", or the next item of a list after the
    /// verdict's colon) is read as "approved £12k for the loyalty app". The text and its
    /// words; `None` for a record that says its own verdict or none.
    pub(super) fn said_with_shared_verdict(
        &self,
        message: &str,
        toks: &[Token],
        spans: &[(usize, usize)],
        k: usize,
    ) -> Option<(String, Vec<Token>)> {
        let (a, b) = spans[k];
        let currency = self.bare_currency.unwrap_or(self.settings.default_currency);
        let (vs, ve) = records::shared_verdict(toks, spans[k - 1].0, (a, b), currency)?;
        let said = format!(
            "{} {}",
            &message[toks[vs].start..toks[ve - 1].end],
            &message[toks[a].start..toks[b - 1].end]
        );
        let said_toks = tokens::tokenize(&said);
        Some((said, said_toks))
    }

    /// The record at `a..b` said after the heading that opens the message, when that names
    /// a meeting or a body that decides ("From yesterday's board: …").
    pub(super) fn said_under_heading(
        &self,
        message: &str,
        toks: &[Token],
        (a, b): (usize, usize),
    ) -> Option<(String, Vec<Token>)> {
        let colon = verdict_shapes::deciding_heading_end(toks).filter(|&c| c < a)?;
        let said = format!(
            "{} {}",
            &message[..toks[colon].end],
            &message[toks[a].start..toks[b - 1].end]
        );
        let said_toks = tokens::tokenize(&said);
        Some((said, said_toks))
    }
}
