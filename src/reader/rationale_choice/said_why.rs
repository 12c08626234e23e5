//! Where the writer says which clause is the reason: what we were asked to do, or the
//! clause called the driver ("Cost pressure is the driver").

use super::*;

impl Choice<'_> {
    /// The request around the verdict, else the clause called the driver.
    pub(super) fn said_why(&self) -> Option<String> {
        // "Cost pressure is the driver": the writer says which clause is the reason.
        // "the councils have asked us to park it until after the May elections, so …".
        let (text, toks, limit) = (self.text, self.toks, self.limit());
        let asked = self
            .verdict
            .and_then(|v| asked_of_us::request_around(text, toks, v.start, v.end, limit));
        asked.or_else(|| clauses::called_driver(text, toks, limit))
    }
}
