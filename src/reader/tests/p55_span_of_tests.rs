//! Where a clause lies in a record's tokens (`reasons::span_of`), found by halving, answers
//! as walking the tokens did (the first token starting at or after the clause, the last
//! ending by its end): for every run of up to ten words of every training message of the
//! corpus and every string of the source, with the spaces a rule leaves around a clause,
//! in the message's tokens and in a record's (its tokens after the first word), and for a
//! clause the text does not hold.

use super::p55_training_texts::training_messages;
use crate::reader::reasons::{first_occurrence, span_of};
use crate::reader::tokens::{tokenize, Token};

/// `span_of` as it walked the tokens before (round P54's code).
fn span_walked(text: &str, toks: &[Token], said: &str) -> Option<(usize, usize)> {
    let said = said.trim();
    let at = first_occurrence(text, said)?;
    let a = toks.iter().position(|t| t.start >= at)?;
    let b = toks.iter().rposition(|t| t.end <= at + said.len())? + 1;
    (a < b).then_some((a, b))
}

/// Where the halving and the walking differ in `text`.
fn differences(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    let mut out = vec![];
    let mut ask = |toks: &[Token], said: &str| {
        let (halved, walked) = (span_of(text, toks, said), span_walked(text, toks, said));
        if halved != walked {
            out.push(format!("{said:?} in {text:?}: {halved:?} != {walked:?}"));
        }
    };
    for i in 0..toks.len() {
        for j in i + 1..=toks.len().min(i + 10) {
            let said = &text[toks[i].start..toks[j - 1].end];
            for part in [&toks[..], &toks[1..]] {
                ask(part, said);
                ask(part, &format!(" {said} "));
            }
        }
    }
    ask(&toks, "a clause no message holds, 4b7e");
    out
}

#[test]
fn halved_spans_answer_as_walked_in_invented_words() {
    for text in [
        "Harbour board approved the crane because the old one fails its inspection in May.",
        "Quay lights: parked till spring, since the council grant isn't confirmed",
        "",
        "ok",
    ] {
        assert_eq!(differences(text), Vec::<String>::new());
    }
}

#[test]
fn halved_spans_answer_as_walked_on_the_corpus_and_the_source() {
    let messages = training_messages();
    assert!(messages.len() > 8000, "{} messages", messages.len());
    let mut diffs = vec![];
    for text in messages
        .iter()
        .chain(&super::p52_source_sentences_tests::source_sentences())
    {
        diffs.extend(differences(text));
    }
    diffs.truncate(5);
    assert_eq!(diffs, Vec::<String>::new());
}
