//! Slack's and Discord's markup as a message copied out of the chat's API holds it: emoji
//! shortcodes (`:white_check_mark:`, `:x:`, `:hourglass:`, `:rocket:`), each read as the
//! emoji it shows, one symbol, never as words of a reason or a name; and markdown's
//! emphasis asterisks (`*Decision:*`, `*March*`), read as nothing.

/// Where a shortcode opening at `chars[i]` (a colon) ends, the index after its closing
/// colon: lower-case letters, digits, `_`, `+` and `-` between two colons, with no letter or
/// digit against either colon ("Why:", "10:30", "re:scope" open none).
pub(super) fn shortcode_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    if chars.get(i)?.1 != ':' || i > 0 && chars[i - 1].1.is_alphanumeric() {
        return None;
    }
    let body = chars[i + 1..]
        .iter()
        .take(48)
        .take_while(|c| {
            c.1.is_ascii_lowercase() || c.1.is_ascii_digit() || matches!(c.1, '_' | '+' | '-')
        })
        .count();
    let close = i + 1 + body;
    let named = chars[i + 1..close].iter().any(|c| c.1.is_ascii_lowercase())
        || matches!(body, 2) && chars[i + 1].1 == '+';
    let closed = chars.get(close).is_some_and(|c| c.1 == ':')
        && chars.get(close + 1).is_none_or(|c| !c.1.is_alphanumeric());
    (body > 0 && named && closed).then_some(close + 1)
}

/// The emoji a shortcode shows, as the reader's passes know it: the verdict marks by their
/// own emoji, any other as a plain pictograph.
pub(super) fn emoji(raw: &str) -> Option<&'static str> {
    let name = raw.strip_prefix(':')?.strip_suffix(':')?;
    Some(match name {
        "white_check_mark" | "heavy_check_mark" | "ballot_box_with_check" | "check" => "✅",
        "x"
        | "no_entry"
        | "no_entry_sign"
        | "octagonal_sign"
        | "negative_squared_cross_mark"
        | "heavy_multiplication_x" => "❌",
        "hourglass" | "hourglass_flowing_sand" => "⏳",
        "+1" | "thumbsup" => "👍",
        "-1" | "thumbsdown" => "👎",
        "rocket" => "🚀",
        "tada" => "🎉",
        _ => "▫",
    })
}

/// A markdown emphasis mark at `chars[i]` (`*Decision:*`, `*$220k*`, `*keep going*`): an
/// asterisk against a word on one side and a space, a line's edge or punctuation on the
/// other. It says how the words look, not what they say, so it is read as nothing. An
/// asterisk between spaces (a bullet, "3 * 4") or inside a word stays.
pub(super) fn emphasis_mark(chars: &[(usize, char)], i: usize) -> bool {
    if chars.get(i).is_none_or(|c| c.1 != '*') {
        return false;
    }
    // "**bold**": a run of marks is judged by what stands either side of the run.
    let first = (0..i)
        .rev()
        .take_while(|&k| chars[k].1 == '*')
        .last()
        .unwrap_or(i);
    let past = (i..chars.len())
        .find(|&k| chars[k].1 != '*')
        .unwrap_or(chars.len());
    let before = first.checked_sub(1).map(|k| chars[k].1);
    let after = chars.get(past).map(|c| c.1);
    let edge = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let opening = (edge(before) || before.is_some_and(|c| "([\"'>".contains(c))) && !edge(after);
    let closing = !edge(before) && (edge(after) || after.is_some_and(|c| c.is_ascii_punctuation()));
    let inside_word =
        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
    (opening || closing) && !inside_word
}

/// A markdown code mark at `chars[i]` ("`globus` subscription", "`slurm` upgrade"): a
/// backtick opening or closing a code span of one word of letters. Like emphasis, it says
/// how the word looks, not what it says, so it is read as nothing and a name runs on
/// through it. A span holding an identifier ("`jupyterhub-legacy`", "`login01`") or several
/// words keeps its marks: they bound a label of its own.
pub(super) fn code_mark(chars: &[(usize, char)], i: usize) -> bool {
    if chars.get(i).is_none_or(|c| c.1 != '`') {
        return false;
    }
    let word = |c: &(usize, char)| c.1.is_alphabetic();
    // Opening: letters, then the closing mark.
    let ahead = chars[i + 1..]
        .iter()
        .take(40)
        .take_while(|c| word(c))
        .count();
    let opens = ahead > 0 && chars.get(i + 1 + ahead).is_some_and(|c| c.1 == '`');
    // Closing: letters back to the opening mark.
    let behind = chars[..i]
        .iter()
        .rev()
        .take(40)
        .take_while(|c| word(c))
        .count();
    let closes = behind > 0 && i > behind && chars[i - behind - 1].1 == '`';
    opens || closes
}
