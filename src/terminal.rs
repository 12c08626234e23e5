//! Text to and from a terminal: lines that may not be UTF-8 in, and output that can never
//! move the cursor, change colours or reorder text (control characters and bidirectional
//! overrides a record may hold are shown as visible symbols instead).

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

/// The longest line read at once, in bytes; the rest of a longer line is skipped and the
/// line is refused, so one endless line cannot exhaust memory.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// One line of input: its text, or why it cannot be read (for that line alone).
pub type Line = Result<String, String>;

/// Reads lines that may not be UTF-8. Cancel-safe: a line partly read when
/// [`LineReader::next_line`] is cancelled (by a `select!`) is kept for the next call.
pub struct LineReader<R> {
    input: R,
    bytes: Vec<u8>,
    too_long: bool,
}

impl<R: AsyncBufRead + Unpin> LineReader<R> {
    pub fn new(input: R) -> Self {
        LineReader {
            input,
            bytes: Vec::new(),
            too_long: false,
        }
    }

    /// The next line; `None` at end of input. A line that is not UTF-8, or is longer than
    /// [`MAX_LINE_BYTES`], is an `Err` with a message for the person typing; the next line
    /// can still be read.
    pub async fn next_line(&mut self) -> std::io::Result<Option<Line>> {
        loop {
            let chunk = self.input.fill_buf().await?;
            if chunk.is_empty() {
                if self.bytes.is_empty() && !self.too_long {
                    return Ok(None);
                }
                break;
            }
            let (take, end) = match chunk.iter().position(|b| *b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !self.too_long {
                self.bytes.extend_from_slice(&chunk[..take]);
                if self.bytes.len() > MAX_LINE_BYTES {
                    self.too_long = true;
                    self.bytes = Vec::new();
                }
            }
            self.input.consume(take);
            if end {
                break;
            }
        }
        let mut bytes = std::mem::take(&mut self.bytes);
        if std::mem::take(&mut self.too_long) {
            return Ok(Some(Err(format!(
                "That line is longer than {} KiB, so it was not read. Nothing was logged; send shorter lines.",
                MAX_LINE_BYTES / 1024
            ))));
        }
        if bytes.ends_with(b"\n") {
            bytes.pop();
            if bytes.ends_with(b"\r") {
                bytes.pop();
            }
        }
        Ok(Some(String::from_utf8(bytes).map_err(|e| {
            format!(
                "That line is not UTF-8 text (an invalid byte at position {}), so it was not read. Nothing was logged; set your terminal or file to UTF-8 and send it again.",
                e.utf8_error().valid_up_to() + 1
            )
        })))
    }
}

/// `text` safe to print: line breaks and tabs kept; other control characters shown as
/// their visible symbols (ESC as `␛`, NUL as `␀`); bidirectional overrides shown as `<U+202E>`.
pub fn for_terminal(text: &str) -> String {
    let unsafe_char = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !unsafe_char(c) => out.push(c),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            c => out.push_str(&format!("<U+{:04X}>", c as u32)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(
            for_terminal("\u{1b}[2J\u{1b}[31mred\u{0} a\tb\nc\r\u{9b}d \u{202e}x"),
            "␛[2J␛[31mred␀ a\tb\nc␍<U+009B>d <U+202E>x"
        );
        assert_eq!(for_terminal("Café 👩‍💻"), "Café 👩‍💻");
    }

    #[tokio::test]
    async fn a_bad_line_is_refused_alone() {
        let mut input = LineReader::new(&b"unit add A\r\n\xff\xfe bad\n\nunit add B"[..]);
        let mut got = Vec::new();
        while let Some(line) = input.next_line().await.unwrap() {
            got.push(line.map_err(|e| e.contains("not UTF-8")));
        }
        assert_eq!(
            got,
            vec![
                Ok("unit add A".to_string()),
                Err(true),
                Ok(String::new()),
                Ok("unit add B".to_string())
            ]
        );
        let long = [b'x'; MAX_LINE_BYTES + 10];
        let mut input: Vec<u8> = long.to_vec();
        input.extend_from_slice(b"\nok\n");
        let mut input = LineReader::new(input.as_slice());
        assert!(input.next_line().await.unwrap().unwrap().is_err());
        assert_eq!(input.next_line().await.unwrap().unwrap(), Ok("ok".into()));
        assert!(input.next_line().await.unwrap().is_none());
    }
}
