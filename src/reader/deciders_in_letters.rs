//! Who decided, in an e-mail or letter pasted into the chat (round V57): the sender on its
//! "From: Gerald MacLeod" header line, for a verdict that names no one else (convention
//! 78's "the one it is passed on from"), and the one who signs a letter off ("Best,\nAndrea
//! Ferguson") when its verdict is the writer's own ("We won't proceed at this time").

use super::deciders_in_logs::is_the_speaker;
use super::tokens::{tokenize, Token};
use super::{email_trailers, verdicts, Reading};

/// One to four words, each capitalised, of letters and the marks inside names ("Said
/// Salim", "Ndapewa Amutenya", "R. O'Neill").
fn is_a_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=4).contains(&words)
        && s.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// "From: Gerald MacLeod", "> From: Said Salim <said@…>": the sender on a mail's header
/// line, when it names one.
pub(super) fn from_line(text: &str) -> Option<&str> {
    let line = text.lines().find_map(|line| {
        let line = line.trim_start().trim_start_matches('>').trim_start();
        line.strip_prefix("From:")
    })?;
    let name = line
        .split('<')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches(',');
    is_a_name(name).then_some(name)
}

/// "Forwarding Sue's email: …", "Forwarding Dave's email from last night:": the one whose
/// mail, text or message the speaker forwards, named capitalised before its "'s".
fn forwarded_from(text: &str) -> Option<&str> {
    let rest = text
        .trim_start()
        .strip_prefix("Forwarding ")
        .or_else(|| text.trim_start().strip_prefix("forwarding "))?;
    let (name, after) = rest.split_once("'s ").or_else(|| rest.split_once("’s "))?;
    let mail = after.split_whitespace().next().unwrap_or("");
    let mail = mail.trim_end_matches([':', ',']);
    (is_a_name(name)
        && matches!(
            mail,
            "email" | "e-mail" | "mail" | "message" | "text" | "texts" | "note" | "reply"
        ))
    .then_some(name)
}

/// The verdict the sender on a "From:" line gave, unless the sender is the speaker.
pub(super) fn sender(text: &str, speaker: &str) -> Option<String> {
    from_line(text)
        .or_else(|| forwarded_from(text))
        .filter(|name| !is_the_speaker(name, speaker))
        .map(str::to_string)
}

/// The name on the first line after the sign-off that ends the written part of `message`
/// (`written` is that part): "Best,\nAndrea Ferguson\nFinance Manager" → "Andrea Ferguson".
fn signer<'a>(message: &'a str, written: &str) -> Option<&'a str> {
    let mut lines = message
        .get(written.len()..)?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    if !email_trailers::signs_off(lines.next()?) {
        return None;
    }
    let name = lines.next()?.trim_end_matches(',');
    is_a_name(name).then_some(name)
}

/// Whether the first verdict of the letter is said by its writer: "We won't proceed",
/// "we will not go ahead", "We're pulling the plug", "I have approved".
fn writers_own(toks: &[Token]) -> bool {
    let Some(v) = verdicts::find_verdict_in(toks, 0, toks.len()) else {
        return false;
    };
    (v.start.saturating_sub(4)..=v.start)
        .rev()
        .take_while(|&k| k == v.start || !toks[k].is_break())
        .any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "we" | "i" | "we're" | "we’re" | "let's" | "let’s" | "i've" | "i’ve" | "we've"
            )
        })
}

/// Gives the records with a verdict and no one named as its decider the letter's signer,
/// when the letter's verdict is its writer's own and the signer is not the speaker.
pub(super) fn signed_verdicts(message: &str, written: &str, speaker: &str, first: &mut Reading) {
    let undecided = |r: &Reading| r.verdict.is_some() && r.decided_by.is_none();
    if !undecided(first) && !first.also.iter().any(undecided) {
        return;
    }
    let Some(name) = signer(message, written).filter(|n| !is_the_speaker(n, speaker)) else {
        return;
    };
    if !writers_own(&tokenize(written)) {
        return;
    }
    if undecided(first) {
        first.decided_by = Some(name.to_string());
    }
    for r in first.also.iter_mut().filter(|r| undecided(r)) {
        r.decided_by = Some(name.to_string());
    }
}
