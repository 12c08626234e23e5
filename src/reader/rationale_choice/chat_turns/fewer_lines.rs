//! A pasted chat needs three lines that name their writers ([`chat_lines_worked_out`]
//! counts at least three writers' names, at most one a line), so a message of one or two
//! lines is no chat: answered without reading each line for a writer's name, which splits
//! and copies its words (round P54; most messages are one line).

use super::{chat_lines_worked_out, Line};

/// The message's lines with their writers, when it is a chat (see
/// [`chat_lines_worked_out`], whose answer this is).
pub(super) fn chat_lines(text: &str) -> Option<Vec<Line>> {
    if text.bytes().filter(|&b| b == b'\n').count() < 2 {
        return None;
    }
    chat_lines_worked_out(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line as its places and writer, to compare.
    type Shown = (usize, usize, usize, Option<String>);

    fn shown(lines: Option<Vec<Line>>) -> Option<Vec<Shown>> {
        lines.map(|ls| {
            ls.into_iter()
                .map(|l| (l.start, l.body, l.end, l.speaker))
                .collect()
        })
    }

    fn differs(text: &str) -> bool {
        shown(chat_lines(text)) != shown(chat_lines_worked_out(text))
    }

    /// Invented chats of a ferry company's crew, and near messages of one or two lines.
    #[test]
    fn a_chat_is_read_as_before_and_one_or_two_lines_are_none() {
        let chat = "Morag Bell: the ramp hydraulics failed again on the 7am\nIain Ross: replace the pump then, up to £18k\nMorag Bell: will do\nIain Ross: thanks";
        assert!(chat_lines(chat).is_some());
        assert!(!differs(chat));
        for text in [
            "Iain Ross: replace the pump then, up to £18k",
            "Morag Bell: the ramp failed\nIain Ross: replace the pump, £18k",
            "Morag Bell: ramp\nIain Ross: pump\n",
            "",
            "\n",
        ] {
            assert!(chat_lines(text).is_none(), "{text:?}");
            assert!(!differs(text), "{text:?}");
        }
    }

    /// The same answer for every corpus message (training folders and top-level training
    /// files) and every string of the source.
    #[test]
    fn chat_lines_answer_as_worked_out_on_the_corpus_and_the_source() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut files = vec![
            corpus.join("decisions.jsonl"),
            corpus.join("benefits.jsonl"),
            corpus.join("chatter.jsonl"),
            corpus.join("investments.jsonl"),
            corpus.join("notes.jsonl"),
        ];
        for entry in std::fs::read_dir(corpus.join("training"))
            .into_iter()
            .flatten()
            .flatten()
        {
            files.push(entry.path().join("messages.jsonl"));
        }
        let mut read = 0;
        let mut diffs = vec![];
        for file in files {
            let messages = std::fs::read_to_string(&file).unwrap_or_default();
            for line in messages.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                if let Some(m) = v["message"].as_str() {
                    read += 1;
                    if differs(m) {
                        diffs.push(m.to_string());
                    }
                }
            }
        }
        assert!(read > 7000, "{read} messages read");
        for text in crate::reader::tests::p52_source_sentences_tests::source_sentences() {
            if differs(&text) {
                diffs.push(text);
            }
        }
        diffs.truncate(5);
        assert_eq!(diffs, Vec::<String>::new());
    }
}
