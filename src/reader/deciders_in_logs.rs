//! "[6:50 AM] Hollis Tanner: just replace the whole set. up to $38k is fine", "Trevor
//! Bagshaw [07:20]: … order the four eight-wheelers, up to £560k": in a pasted chat log, a
//! verdict said on a line is said by that line's speaker, who decided it (round S46).

use super::tokens::Token;

pub(super) mod stamps;

/// The speaker of the chat log line holding the verdict at token `verb`, as written, if the
/// line opens with a speaker-and-time prefix that names someone.
#[inline(always)]
pub(super) fn log_speaker(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    // A speaker's prefix, or the heading line above it, holds a colon (see the body's own
    // test of its line and the line above): a message with no colon at all (most) has no
    // speaker, told by one pass over its bytes before its lines are found (round P64).
    if !text.as_bytes().contains(&b':') {
        return None;
    }
    log_speaker_past_its_first_test(text, toks, verb)
}

/// [`log_speaker`] once its first test is passed.
fn log_speaker_past_its_first_test(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    let at = toks.get(verb)?.start;
    let line_start = text.get(..at)?.rfind('\n').map_or(0, |k| k + 1);
    let line = text.get(line_start..)?;
    let line = line.split('\n').next().unwrap_or(line);
    // A prefix ends on a colon (see `speaker_prefix_end`), and a heading line above holds
    // one in its time: a line with none, under a line with none (most), has no speaker,
    // told before its characters are gathered.
    let above = line_start
        .checked_sub(1)
        .and_then(|end| text.get(..end))
        .map_or("", |before| before.rsplit('\n').next().unwrap_or(before));
    if !line.contains(':') && !above.contains(':') {
        return None;
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    // "Chairman Reyes, 6:40 AM\nSige palitan na. …": the speaker heads the turn on the line
    // before (round B48).
    // "[03/12/2026, 08:02] Mr. Sithole:", "Hal Whitt (8:14 PM):" (round V57).
    let prefix_end = super::chat_logs::speaker_prefix_end(&chars, 0)
        .or_else(|| stamps::stamped_prefix_end(&chars));
    let (said_from, prefix) = match prefix_end {
        Some(end) => {
            let prefix = line.get(..chars.get(end).map_or(line.len(), |c| c.0))?;
            (line_start + prefix.len(), prefix)
        }
        None => {
            let above_start = text
                .get(..line_start.checked_sub(1)?)?
                .rfind('\n')
                .map_or(0, |k| k + 1);
            let above = text.get(above_start..line_start - 1)?;
            let chars: Vec<(usize, char)> = above.char_indices().collect();
            super::chat_logs::heading_line_end(&chars, 0)?;
            (line_start, above)
        }
    };
    // "Morag — Yesterday 4:48 PM: we're pulling the dye effluent filter out": said with
    // "we" or "I", the verdict is the speaker's with others, no one else's.
    let ours = toks[..verb]
        .iter()
        .rev()
        // "…, we budgeted for it — up to $900k" (round V57): a "we" in another clause of
        // the line is not the verdict's.
        .take_while(|t| {
            t.start >= said_from
                && !matches!(t.lower.as_str(), "." | "!" | "?" | "," | "—" | "–" | ";")
        })
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "we" | "we're" | "we've" | "we'll" | "i" | "i'm" | "i've" | "i'll" | "us"
            )
        });
    if ours {
        return None;
    }
    if prefix.to_lowercase().contains("commented") {
        return None;
    }
    // The prefix's words less its time, its day, its brackets and "From … to Everyone".
    let mut names: Vec<&str> = Vec::new();
    for w in prefix.split_whitespace() {
        let w = w.trim_matches(|c: char| {
            matches!(c, ':' | ',' | '[' | ']' | '(' | ')' | '—' | '–' | '-')
        });
        let lower = w.to_lowercase();
        if lower == "to" && !names.is_empty() {
            break;
        }
        let time = w.chars().any(|c| c.is_ascii_digit())
            || matches!(
                lower.as_str(),
                "am" | "pm" | "from" | "yesterday" | "today" | ""
            );
        if !time {
            names.push(w);
        }
    }
    let name = names.join(" ");
    (!name.is_empty() && name.chars().next().is_some_and(char::is_uppercase)).then_some(name)
}

/// Whether `name`, a log line's speaker read as the decider, is the speaker themself
/// ("Rhian Morgan" on a log pasted by rhian): the speaker deciding is no one else's
/// decision, so `decided_by` stays empty.
pub(super) fn is_the_speaker(name: &str, speaker: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    let speaker = speaker.trim_start_matches('@');
    !speaker.is_empty()
        && (first.eq_ignore_ascii_case(speaker) || name.eq_ignore_ascii_case(speaker))
}

#[cfg(test)]
mod p64_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P64: the colon test in front of a chat log's speaker keeps the look's answer
    /// at every word of the corpus's training messages and of `src/`'s strings, and a
    /// speaker is still read. Invented: a ropewalk's log.
    #[test]
    fn the_colon_test_keeps_log_speakers() {
        let text = "[07:15] Wiremu Tane: order the second hemp twister, up to $42k";
        let toks = tokenize(text);
        let order = toks.iter().position(|t| t.is("order")).unwrap_or(0);
        assert_eq!(
            log_speaker(text, &toks, order),
            log_speaker_past_its_first_test(text, &toks, order)
        );
        assert!(log_speaker(text, &toks, order).is_some());
        let text = "Wiremu Tane said order the second hemp twister, up to $42k";
        let toks = tokenize(text);
        assert_eq!(log_speaker(text, &toks, 3), None);
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let toks = tokenize(text);
            for i in 0..=toks.len() {
                assert_eq!(
                    log_speaker(text, &toks, i),
                    log_speaker_past_its_first_test(text, &toks, i),
                    "{text:?} at {i}"
                );
                asked += 1;
            }
        }
        assert!(asked > 100_000, "{asked}");
    }
}
