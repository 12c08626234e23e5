//! Two more stamps a pasted chat log's line opens with (round V57): WhatsApp's date and time
//! in brackets before the name ("[03/12/2026, 08:02] Mr. Sithole:", "[08:10, 03/12/2026]
//! Ndapewa:") and a text's time in round brackets after it ("Hal Whitt (8:14 PM):").

/// Whether `inside` (a bracket's text) is a time, with or without a date: digits and a
/// colon, the marks between a date's parts and "AM"/"PM" only.
fn a_stamp(inside: &[(usize, char)]) -> bool {
    inside.iter().any(|c| c.1 == ':')
        && inside.iter().any(|c| c.1.is_ascii_digit())
        && inside.iter().all(|c| {
            c.1.is_ascii_digit()
                || matches!(
                    c.1,
                    ':' | '/' | '.' | ',' | ' ' | '-' | 'a' | 'm' | 'p' | 'A' | 'M' | 'P'
                )
        })
}

fn spaces(chars: &[(usize, char)], mut k: usize) -> usize {
    while chars.get(k).is_some_and(|c| c.1 == ' ') {
        k += 1;
    }
    k
}

/// One to three capitalised words of a name from `k` ("Mr. Sithole", "Hal Whitt"): where
/// they end.
fn name_end(chars: &[(usize, char)], mut k: usize) -> Option<usize> {
    let mut words = 0;
    while words < 3 && chars.get(k).is_some_and(|c| c.1.is_uppercase()) {
        k += 1;
        while chars
            .get(k)
            .is_some_and(|c| c.1.is_alphabetic() || matches!(c.1, '.' | '\'' | '’' | '-'))
        {
            k += 1;
        }
        words += 1;
        let s = spaces(chars, k);
        if s > k && chars.get(s).is_some_and(|c| c.1.is_uppercase()) {
            k = s;
        } else {
            break;
        }
    }
    (words > 0).then_some(k)
}

/// The bracket closing at or after `open` (its opening mark) within a stamp's length, and
/// whether what it holds is a stamp: where it closes.
fn stamp_end(chars: &[(usize, char)], open: usize, close: char) -> Option<usize> {
    let end = (open + 1..(open + 24).min(chars.len())).find(|&k| chars[k].1 == close)?;
    a_stamp(&chars[open + 1..end]).then_some(end)
}

/// Where the prefix of a line (its chars from 0) stamped in one of these two ways ends,
/// after its colon and the spaces after it.
pub(in crate::reader) fn stamped_prefix_end(chars: &[(usize, char)]) -> Option<usize> {
    let colon = if chars.first()?.1 == '[' {
        let close = stamp_end(chars, 0, ']')?;
        name_end(chars, spaces(chars, close + 1))?
    } else {
        let open = spaces(chars, name_end(chars, 0)?);
        (chars.get(open)?.1 == '(').then_some(())?;
        stamp_end(chars, open, ')')? + 1
    };
    (chars.get(colon)?.1 == ':').then(|| spaces(chars, colon + 1))
}

/// Where a message opening on a WhatsApp stamp and its speaker ("[3/12/26 9:02 am] Mr.
/// Boe: …") has its first words, in bytes; `None` when it opens otherwise.
pub(in crate::reader) fn opening_stamp_end(text: &str) -> Option<usize> {
    if !text.starts_with('[') {
        return None;
    }
    let line = text.split('\n').next().unwrap_or(text);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let end = stamped_prefix_end(&chars)?;
    Some(chars.get(end).map_or(line.len(), |c| c.0))
}

#[cfg(test)]
mod tests {
    use super::stamped_prefix_end;

    fn prefix(line: &str) -> Option<String> {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        stamped_prefix_end(&chars).map(|k| chars[..k].iter().map(|c| c.1).collect())
    }

    #[test]
    fn reads_whatsapps_and_texts_stamps() {
        assert_eq!(
            prefix("[03/12/2026, 08:02] Mr. Sithole: Replace it.").as_deref(),
            Some("[03/12/2026, 08:02] Mr. Sithole: ")
        );
        assert_eq!(
            prefix("[08:10, 03/12/2026] Ndapewa: Ok go").as_deref(),
            Some("[08:10, 03/12/2026] Ndapewa: ")
        );
        assert_eq!(
            prefix("Hal Whitt (8:14 PM): go ahead").as_deref(),
            Some("Hal Whitt (8:14 PM): ")
        );
        assert_eq!(prefix("Decision (see below): go ahead"), None);
        assert_eq!(prefix("[Note] Dana: go ahead"), None);
    }
}
