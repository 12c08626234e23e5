//! Splits a command line into words, keeping quoted names whole and remembering where each
//! word started so an error can point at it.

/// One word of a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word with quotes removed.
    pub text: String,
    /// Byte offset of the word in the line.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// True when the whole word was quoted.
    pub quoted: bool,
}

impl Token {
    /// `key:value` split, for unquoted words with a non-empty key.
    pub fn key_value(&self) -> Option<(String, &str)> {
        if self.quoted {
            return None;
        }
        let (k, v) = self.text.split_once(':')?;
        if k.is_empty()
            || !k
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        Some((k.to_lowercase(), v))
    }

    pub fn is(&self, word: &str) -> bool {
        !self.quoted && self.text.eq_ignore_ascii_case(word)
    }
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '\'' => Some('\''),
        '“' => Some('”'),
        '‘' => Some('’'),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnclosedQuote {
    pub at: usize,
}

/// Splits on whitespace. `"Finance & Risk"` is one word, so is `unit:"Finance & Risk"`.
/// An apostrophe inside a word (`O'Neil's`) is not a quote.
pub fn tokenize(line: &str) -> Result<Vec<Token>, UnclosedQuote> {
    let mut tokens = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut text = String::new();
        let mut quoted_whole = false;
        let mut end = start;
        let mut first = true;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            let opens_quote = closing_quote(c).is_some() && (first || text.ends_with(':'));
            if opens_quote {
                let close = closing_quote(c).unwrap_or(c);
                chars.next();
                let mut closed = false;
                for (j, q) in chars.by_ref() {
                    if q == close || (c == '"' && q == '”') {
                        closed = true;
                        end = j + q.len_utf8();
                        break;
                    }
                    text.push(q);
                }
                if !closed {
                    return Err(UnclosedQuote { at: i });
                }
                quoted_whole = first;
            } else {
                text.push(c);
                end = i + c.len_utf8();
                chars.next();
                quoted_whole = false;
            }
            first = false;
        }
        tokens.push(Token {
            text,
            start,
            end,
            quoted: quoted_whole,
        });
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<(String, bool)> {
        tokenize(line)
            .unwrap()
            .into_iter()
            .map(|t| (t.text, t.quoted))
            .collect()
    }

    #[test]
    fn splits_and_keeps_quotes_whole() {
        assert_eq!(
            words(r#"unit add  "Finance & Risk"   alias fin"#),
            vec![
                ("unit".into(), false),
                ("add".into(), false),
                ("Finance & Risk".into(), true),
                ("alias".into(), false),
                ("fin".into(), false)
            ]
        );
        assert_eq!(
            words(r#"unit:"Finance & Risk" “Café Ops”"#),
            vec![
                ("unit:Finance & Risk".into(), false),
                ("Café Ops".into(), true)
            ]
        );
        assert_eq!(words("O'Neil's"), vec![("O'Neil's".into(), false)]);
    }

    #[test]
    fn unclosed_quote_points_at_it() {
        assert_eq!(
            tokenize(r#"invest "CRM unit:Sales"#),
            Err(UnclosedQuote { at: 7 })
        );
    }

    #[test]
    fn spans_point_into_the_line() {
        let line = "decide  INV-1 approve";
        let t = tokenize(line).unwrap();
        assert_eq!(&line[t[1].start..t[1].end], "INV-1");
    }
}
