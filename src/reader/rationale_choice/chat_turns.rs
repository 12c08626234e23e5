//! A pasted chat, each line opened by who wrote it (round R52): "[03/12/2026, 08:02] Mr.
//! Sithole: Replace it. Up to USD 65,000. We cannot leave nuts on the roadside in this heat",
//! "Seamus McKeown  7:05 AM" on a line of its own, "Hal Whitt (8:15 PM): …", "Paddy: do
//! it." The decider's reason is in the decider's own turn (the verdict's line and the lines
//! the same person wrote straight after it), never in someone else's reply after it ("Noted
//! sir 🙏", "no bother, ringing them now"). When the decider gives none ("Paddy: do it.
//! Before the Christmas rush if you can"), the problem the thread opened on, told by someone
//! else, is why the thing was bought ("Tash: the online store's checkout keeps falling over
//! on mobile, we lost two sales over the weekend").

use super::*;
mod fewer_lines;
use fewer_lines::chat_lines;

/// One line of the message: where its words start and end (bytes), and who wrote it.
struct Line {
    start: usize,
    body: usize,
    end: usize,
    speaker: Option<String>,
}

/// Does `s` look like a writer's name: one to four words, each opening with a capital (or
/// "da", "van", …), no digits, short?
fn name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && s.len() <= 32
        && !s.chars().any(|c| c.is_ascii_digit())
        && words[0].starts_with(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c)))
}

/// Does `s` hold only a time ("6:52 AM", "7:05", "8:14 PM")?
fn time_like(s: &str) -> bool {
    let s = s.trim();
    let s = s
        .strip_suffix("AM")
        .or_else(|| s.strip_suffix("PM"))
        .or_else(|| s.strip_suffix("am"))
        .or_else(|| s.strip_suffix("pm"))
        .unwrap_or(s)
        .trim();
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
}

/// The writer a line names, and where its words start (`None` for the start: a header line
/// with nothing after it, "Seamus McKeown  7:05 AM").
fn speaker_of(line: &str) -> Option<(String, Option<usize>)> {
    // "[03/12/2026, 07:41] Tonderai Workshop: …", "[9:12 AM] Darlene: …"
    if let Some(rest) = line.strip_prefix('[') {
        let close = rest.find(']').filter(|&k| k <= 24)?;
        let after = &rest[close + 1..];
        let colon = after.find(':')?;
        let name = after[..colon].trim();
        return name_like(name).then(|| (name.to_string(), Some(1 + close + 1 + colon + 1)));
    }
    // "Kevon [10:02]: laptops in the office dead, …": the writer, then the time in brackets
    // (round R67).
    if let Some(open) = line.find(" [").filter(|&k| k <= 32) {
        let close = line[open..].find("]:").map(|k| open + k);
        let name = line[..open].trim();
        if let Some(close) = close.filter(|&c| name_like(name) && time_like(&line[open + 2..c])) {
            return Some((name.to_string(), Some(close + 2)));
        }
    }
    if let Some(colon) = line.find(':') {
        let head = &line[..colon];
        // "Hal Whitt (8:15 PM): …"
        if let Some(close) = line.find("):") {
            let name = line[..close].split_once(" (").map(|(n, _)| n.trim());
            if let Some(name) = name.filter(|n| name_like(n)) {
                return Some((name.to_string(), Some(close + 2)));
            }
        }
        // "Paddy: do it.", "Mr. Zhang: ok, do it."
        if name_like(head.trim()) && head.split_whitespace().count() <= 3 {
            return Some((head.trim().to_string(), Some(colon + 1)));
        }
    }
    // "Ramil Santos, 6:15 AM", "Ciarán Hughes  6:52 AM": a header of its own.
    let words: Vec<&str> = line.split_whitespace().collect();
    let ampm = words
        .last()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "am" | "pm"));
    let n = usize::from(ampm) + 1;
    if words.len() <= n {
        return None;
    }
    let (head, time) = words.split_at(words.len() - n);
    let head = head.join(" ");
    let head = head.trim_end_matches(',');
    (name_like(head) && time_like(&time.join(" "))).then(|| (head.to_string(), None))
}

/// The message's lines with their writers, when it is a chat: at least two writers named on
/// at least three lines.
fn chat_lines_worked_out(text: &str) -> Option<Vec<Line>> {
    let mut lines = Vec::new();
    let mut current: Option<String> = None;
    let mut at = 0;
    let mut headers = Vec::new();
    for raw in text.split('\n') {
        let start = at;
        at += raw.len() + 1;
        match speaker_of(raw) {
            Some((who, Some(body))) => {
                current = Some(who.to_lowercase());
                headers.push(who.to_lowercase());
                lines.push(Line {
                    start,
                    body: start + body,
                    end: start + raw.len(),
                    speaker: current.clone(),
                });
            }
            Some((who, None)) => {
                current = Some(who.to_lowercase());
                headers.push(who.to_lowercase());
            }
            None => lines.push(Line {
                start,
                body: start,
                end: start + raw.len(),
                speaker: current.clone(),
            }),
        }
    }
    // A form's fields ("Status:", "Approver:", "Comment:") each come once; a chat's writers
    // answer each other, so one of them writes twice.
    let mut writers = headers;
    writers.sort();
    let named = writers.len();
    let twice = writers.windows(2).any(|w| w[0] == w[1]);
    writers.dedup();
    (named >= 3 && writers.len() >= 2 && twice).then_some(lines)
}

impl Choice<'_> {
    /// The reason of a decision read from a pasted chat, kept to the decider's turn, or the
    /// problem the thread opened on when the decider gives none.
    pub(super) fn chat_turns(&self, rationale: Option<String>) -> Option<String> {
        let Choice { text, toks, .. } = *self;
        let Some(v) = self.verdict else {
            return rationale;
        };
        let Some(lines) = chat_lines(text) else {
            return rationale;
        };
        let line_of = |byte: usize| lines.iter().position(|l| byte >= l.start && byte <= l.end);
        let Some(vl) = line_of(toks[v.start].start) else {
            return rationale;
        };
        let Some(who) = lines[vl].speaker.clone() else {
            return rationale;
        };
        // "ok buy it, K78,000 is fine. Ba Chanda already said yes": who agreed, or the price
        // agreed to, is no reason of the decider's (round R61).
        let agreed = |said: &String| super::sign_off::only_sign_off(said);
        let rationale = rationale.filter(|said| !agreed(said));
        // The decider's turn: the verdict's line and the same writer's lines after it.
        let last = (vl..lines.len())
            .take_while(|&k| lines[k].speaker.as_deref() == Some(who.as_str()))
            .last()
            .unwrap_or(vl);
        let turn_end = lines[last].end;
        let span = self.span_of(rationale.as_deref());
        let read_in_turn = span
            .is_some_and(|(a, _)| line_of(toks[a].start).is_some_and(|k| (vl..=last).contains(&k)));
        // "Before the Christmas rush if you can": when, not why.
        // "approved. buy local, not online": where or how to buy it, not why (round R67).
        let how_or_when = |r: &str| {
            let r = r.to_lowercase();
            r.starts_with("before ") || r.starts_with("buy ") && r.split_whitespace().count() <= 5
        };
        let only_when = rationale.as_deref().is_some_and(how_or_when);
        // A second speaker's pitch before the decider's line (convention 70) is no reason.
        let first = lines.iter().position(|l| {
            l.speaker.is_some()
                && text
                    .get(l.body..l.end)
                    .is_some_and(|t| !t.trim().is_empty())
        });
        // Only after a trouble that opened the thread: with none ("tunnel washer quotes are
        // in — …"), the line saying why one was picked stays.
        let pitch = span
            .and_then(|(a, _)| line_of(toks[a].start))
            .is_some_and(|k| {
                let own = lines[k].speaker.as_deref() == Some(who.as_str());
                super::chat_pitch::pitch_line(k, first, vl, own)
            })
            && self.opening_problem(&lines, vl, &who).is_some();
        if (read_in_turn && !only_when)
            || (!pitch && span.is_some_and(|(a, _)| toks[a].start < lines[vl].start))
        {
            return rationale;
        }
        if pitch {
            let rest = text.get(toks[v.end - 1].end..lines[vl].end).unwrap_or("");
            if let Some(said) = super::chat_pitch::own_sentence_after(rest) {
                return Some(said.to_string());
            }
        }
        if rationale.is_some() && span.is_none() {
            return rationale;
        }
        // The reason told in the decider's turn after the verdict, without a line's writer.
        let stop = toks
            .iter()
            .position(|t| t.start >= turn_end)
            .unwrap_or(toks.len());
        let mut turn = *self;
        turn.stop = Some(stop.min(self.limit()));
        let without_writer = |said: String| {
            if how_or_when(&said) {
                return None;
            }
            let (a, b) = reasons::span_of(text, toks, &said)?;
            let s = toks[a].start;
            let l = &lines[line_of(s)?];
            let words = text.get(s.max(l.body)..toks[b - 1].end)?.trim();
            (words.split_whitespace().count() >= 3).then(|| words.to_string())
        };
        let own = turn
            .reasons_after_verdict()
            .and_then(without_writer)
            .or_else(|| turn.told_after_verdict().and_then(without_writer))
            .filter(|said| !agreed(said));
        own.or_else(|| self.opening_problem(&lines, vl, &who))
    }

    /// The thread's first line, told by someone other than the decider before the verdict:
    /// a statement of some words, with no money and no question.
    fn opening_problem(&self, lines: &[Line], vl: usize, who: &str) -> Option<String> {
        let first = lines[..vl].iter().find(|l| {
            l.speaker.is_some()
                && self
                    .text
                    .get(l.body..l.end)
                    .is_some_and(|t| !t.trim().is_empty())
        })?;
        if first.speaker.as_deref() == Some(who) {
            return None;
        }
        let said = self.text.get(first.body..first.end)?.trim();
        // "laptops in the office dead, can we get new ones?": the trouble told before the
        // line's closing question (round R67).
        let said = match said.rsplit_once(", ") {
            Some((told, asked)) if asked.ends_with('?') && !told.contains('?') => told,
            _ => said,
        };
        let said = said.trim_end_matches(['.', '!']);
        let in_line = |j: usize| self.toks[j].start >= first.body && self.toks[j].end <= first.end;
        let money = (0..self.toks.len()).any(|j| in_line(j) && (self.in_money)(j));
        (said.split_whitespace().count() >= 5 && !said.contains('?') && !money)
            .then(|| said.to_string())
    }
}
