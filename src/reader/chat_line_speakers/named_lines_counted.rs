//! Whether three lines open on "<Name>:", counted as the lines are met: no list of the
//! lines' starts is made, and the count stops at the third (most messages have one line,
//! asked of every record).

use super::speaker_colon;
use crate::reader::tokens::Token;

/// Whether three or more of the message's lines (its first token, and each token after a
/// line break) open on a speaker's name and colon ([`speaker_colon`]): the answer of
/// counting them over [`super::line_starts`].
pub(super) fn three_named_lines(toks: &[Token]) -> bool {
    let named = |s: usize| s < toks.len() && speaker_colon(toks, s).is_some();
    let mut count = usize::from(named(0));
    for (k, t) in toks.iter().enumerate() {
        if t.is_sym("\n") && named(k + 1) {
            count += 1;
            if count >= 3 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::{line_starts, speaker_colon};
    use super::three_named_lines;
    use crate::reader::tokens::tokenize;

    /// The count over the list of the lines' starts, as it was made before.
    fn over_the_list(text: &str) -> bool {
        let toks = tokenize(text);
        line_starts(&toks)
            .iter()
            .filter(|&&s| speaker_colon(&toks, s).is_some())
            .count()
            >= 3
    }

    #[test]
    fn a_ferry_crews_chat_is_counted_as_over_the_list() {
        for text in [
            "Aled: how much for the gangway\nSian: £6,300 fitted\nAled: do it",
            "Aled: how much for the gangway\nSian: £6,300 fitted",
            "Aled: how much\n\nSian: £6,300\nnot a name line\nAled: do it\n",
            "\nAled: a\nSian: b\nMr. Jones: c",
            "Capt Aled Evans: a\nSian: b",
            "one line: no chat",
            "",
        ] {
            let toks = tokenize(text);
            assert_eq!(three_named_lines(&toks), over_the_list(text), "{text:?}");
        }
    }

    #[test]
    fn counted_as_over_the_list_on_the_corpus_and_the_source() {
        let mut chats = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let toks = tokenize(text);
            let counted = three_named_lines(&toks);
            assert_eq!(counted, over_the_list(text), "{text:?}");
            chats += usize::from(counted);
        }
        assert!(chats > 10, "{chats} chats");
    }
}
