//! A chat log pasted into a message: each line's speaker and timestamp ("[09:41] Dana Ruiz:",
//! "Tom K — 10:02 AM:", "Ray Okafor 3:40 PM:", "10:02 AM From Karen Liu to Everyone:") say
//! who spoke and when, and are read as nothing, so the line's words are read as said. So is
//! an issue tracker's comment line ("Jo Baker commented:", "@sam commented:").

/// At `i`, the first char of a line: where the speaker-and-time prefix there ends (after its
/// colon and the spaces after it), if the line opens with one. A timestamp is always part
/// of it, so "Decision: …" and "Dana: …" are no prefix.
pub(super) fn speaker_prefix_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let at = |k: usize| chars.get(k).map(|c| c.1);
    if let Some(end) = commented_prefix_end(chars, i) {
        return Some(end);
    }
    if let Some(end) = heading_line_end(chars, i).filter(|_| another_heading_line(chars, i)) {
        return Some(end);
    }
    let end = if at(i) == Some('[') {
        // "[09:41] Dana Ruiz:", "[2:14 PM] Gina Pratt:"
        let k = time_end(chars, i + 1)?;
        (at(k) == Some(']')).then_some(())?;
        names_end(chars, spaces(chars, k + 1))?
    } else if let Some(k) = time_end(chars, i) {
        // "10:02 AM From Karen Liu to Everyone:"
        let k = word_end(chars, spaces(chars, k), "from")?;
        let k = names_end(chars, spaces(chars, k))?;
        let k = word_end(chars, spaces(chars, k), "to")?;
        names_end(chars, spaces(chars, k))?
    } else if let Some(end) = bracketed_time_after_names(chars, i) {
        // "Lee Marsh [07:05]:", "Marek Nowak [08:14]:" (round S46)
        end
    } else {
        // "Tom K — 10:02 AM:", "Ray Okafor 3:40 PM:", "Gina Pratt — Yesterday 4:48 PM:"
        let mut k = spaces(chars, names_end(chars, i)?);
        if matches!(at(k), Some('—' | '–' | '-')) {
            k = spaces(chars, k + 1);
        }
        for day in ["yesterday", "today"] {
            if let Some(e) = word_end(chars, k, day) {
                k = spaces(chars, e);
            }
        }
        time_end(chars, k)?
    };
    (at(end) == Some(':')).then(|| spaces(chars, end + 1))
}

/// "Ramil Santos, 6:15 AM" on a line of its own (round B48): a log's speaker and time
/// heading the turn on the lines after; where the line ends (before its break).
pub(super) fn heading_line_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let mut k = spaces(chars, names_end(chars, i)?);
    if matches!(chars.get(k).map(|c| c.1), Some(',' | '—' | '–' | '-')) {
        k = spaces(chars, k + 1);
    }
    let end = spaces(chars, time_end(chars, k)?);
    chars
        .get(end)
        .is_none_or(|c| c.1 == '\n' || c.1 == '\r')
        .then_some(end)
}

/// Whether a line of `chars` other than the one at `i` is a heading line too: a log has
/// turns, so one line alone ("Standup, 9:30 AM") heads nothing.
fn another_heading_line(chars: &[(usize, char)], i: usize) -> bool {
    (0..chars.len())
        .filter(|&k| k != i && (k == 0 || chars[k - 1].1 == '\n'))
        .any(|k| heading_line_end(chars, k).is_some())
}

/// In the prefix `i..end` found by [`speaker_prefix_end`], where its day word
/// ("Yesterday", "Today") starts, if it has one.
pub(super) fn day_in_prefix(chars: &[(usize, char)], i: usize, end: usize) -> Option<usize> {
    (i..end).find(|&k| {
        (k == i || chars[k - 1].1 == ' ')
            && ["yesterday", "today"]
                .iter()
                .any(|day| word_end(chars, k, day).is_some())
    })
}

/// "Jo Baker commented:", "@sam commented:", "kenji commented:": an issue tracker's comment
/// pasted into chat names who commented, as a chat log's speaker does. The word "commented"
/// right before the colon is the mark, so one handle in small letters is taken too.
fn commented_prefix_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let k = if chars.get(i)?.1 == '@' { i + 1 } else { i };
    let named = names_end(chars, k).or_else(|| {
        let e = (k..chars.len())
            .take_while(|&j| {
                let c = chars[j].1;
                c.is_alphanumeric() || matches!(c, '.' | '_' | '-')
            })
            .last()?;
        Some(e + 1)
    })?;
    let end = word_end(chars, spaces(chars, named), "commented")?;
    (chars.get(end)?.1 == ':').then(|| spaces(chars, end + 1))
}

/// "Lee Marsh [07:05]:": the speaker's names, then the time in brackets; where the
/// brackets end.
fn bracketed_time_after_names(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let k = spaces(chars, names_end(chars, i)?);
    (chars.get(k)?.1 == '[').then_some(())?;
    let k = time_end(chars, k + 1)?;
    (chars.get(k)?.1 == ']').then_some(k + 1)
}

fn spaces(chars: &[(usize, char)], mut k: usize) -> usize {
    while chars.get(k).is_some_and(|c| c.1 == ' ' || c.1 == '\t') {
        k += 1;
    }
    k
}

/// "09:41", "4:48 PM", "10:02AM": where the time ends.
fn time_end(chars: &[(usize, char)], k: usize) -> Option<usize> {
    let digit = |k: usize| chars.get(k).is_some_and(|c| c.1.is_ascii_digit());
    let hours = (k..k + 2).take_while(|&j| digit(j)).count();
    if hours == 0 || chars.get(k + hours)?.1 != ':' || !digit(k + hours + 1) {
        return None;
    }
    let mut end = k + hours + 1;
    while digit(end) {
        end += 1;
    }
    if end != k + hours + 3 {
        return None;
    }
    let s = spaces(chars, end);
    let letter = |k: usize| chars.get(k).map(|c| c.1.to_ascii_lowercase());
    if matches!(letter(s), Some('a' | 'p'))
        && letter(s + 1) == Some('m')
        && !chars.get(s + 2).is_some_and(|c| c.1.is_alphanumeric())
    {
        end = s + 2;
    }
    Some(end)
}

/// `word` (in small letters) at `k`, in any case, ending there: where it ends.
fn word_end(chars: &[(usize, char)], k: usize, word: &str) -> Option<usize> {
    let n = word.chars().count();
    let said = chars.get(k..k + n)?;
    let same = said
        .iter()
        .zip(word.chars())
        .all(|(c, w)| c.1.to_ascii_lowercase() == w);
    let ends = !chars.get(k + n).is_some_and(|c| c.1.is_alphanumeric());
    (same && ends).then_some(k + n)
}

/// One to three capitalised names or initials ("Dana Ruiz", "Tom K", "Gina P.", "Everyone"):
/// where they end.
fn names_end(chars: &[(usize, char)], mut k: usize) -> Option<usize> {
    let mut names = 0;
    while names < 3 && chars.get(k).is_some_and(|c| c.1.is_uppercase()) {
        let mut e = k + 1;
        while chars
            .get(e)
            .is_some_and(|c| c.1.is_alphabetic() || c.1 == '\'' || c.1 == '-')
        {
            e += 1;
        }
        if chars.get(e).is_some_and(|c| c.1 == '.') && e == k + 1 {
            e += 1;
        }
        names += 1;
        k = e;
        let s = spaces(chars, k);
        if s > k && chars.get(s).is_some_and(|c| c.1.is_uppercase()) && names < 3 {
            k = s;
        } else {
            break;
        }
    }
    (names > 0).then_some(k)
}
