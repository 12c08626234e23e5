//! What cannot happen till then, told before a "till" after the verdict (round R62): "fuel
//! dock tank waits on Environment still, nothing we can do till they answer", "carry on wi
//! the planning application, but nae money committed till we hear fae SSE". The reason was
//! read as the condition alone; the head before it says what waits on it, and every training
//! label of the shape keeps the two together (a hold's own "on hold till …" is convention
//! 51's, and its verdict is never such a head).

use super::*;

/// Words a head telling what cannot happen opens with: a thing or a person that is none.
fn opens_lack(w: &str) -> bool {
    matches!(
        w,
        "nothing" | "no" | "nae" | "nowt" | "none" | "nobody" | "no-one" | "noone" | "there's"
    )
}

impl Choice<'_> {
    /// The reason "till …" widened back over the head before it in its clause (after a comma,
    /// a "but", a semicolon, a dash or the sentence's start, and after the verdict), when the
    /// head opens on a lack ("nothing we can do", "no money committed", "there's nowt to
    /// control") of two to six plain words.
    pub(super) fn head_before_till(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        // A cheap first test on the reason's first letters: "till", "until", "til".
        let said = rationale.as_deref()?;
        let first = said.as_bytes().first().map(u8::to_ascii_lowercase);
        if !matches!(first, Some(b't' | b'u')) {
            return rationale;
        }
        let v = match verdict {
            Some(v) => v,
            None => return rationale,
        };
        let Some((a, b)) = self.span_of(Some(said)) else {
            return rationale;
        };
        if !matches!(toks[a].lower.as_str(), "till" | "until" | "til") || a < v.end + 2 {
            return rationale;
        }
        let opens = |t: &Token| {
            t.is_break()
                || matches!(t.lower.as_str(), "," | "but" | ";" | "—" | "–" | "." | ":")
                || t.is_sym("-") && !t.attached
        };
        let Some(k) = (v.end..a).rev().find(|&k| opens(&toks[k])) else {
            return rationale;
        };
        let s = k + 1;
        let plain = (s..a).all(|j| toks[j].is_word());
        let lacking = toks.get(s).is_some_and(|t| opens_lack(&t.lower));
        let head = a - s;
        if (2..=6).contains(&head)
            && plain
            && lacking
            && !(s..a).any(self.skip)
            && !(s..a).any(self.in_money)
        {
            return Some(self.words(s, b));
        }
        rationale
    }
}
