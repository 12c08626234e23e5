//! The tokenizer's and the word tables' tests.

use super::token::INDEX_SLOTS;
use super::*;

#[test]
fn splits_the_forms_people_write() {
    let cases: &[(&str, &[&str])] = &[
        ("£250k", &["£", "250", "k"]),
        ("didn't approve", &["didn't", "approve"]),
        ("I’ll send", &["i'll", "send"]),
        ("€1,250.50.", &["€", "1,250.50", "."]),
        ("31/03/2027", &["31", "/", "03", "/", "2027"]),
        ("Q3, p.a.", &["q3", ",", "p", ".", "a", "."]),
        ("green-lit", &["green", "-", "lit"]),
        // The rand's "R" written against its number is a symbol, like "$".
        ("R340k", &["r", "340", "k"]),
        ("R1.8m", &["r", "1.8", "m"]),
        ("k8s m365 fy27", &["k8s", "m365", "fy27"]),
        // A currency code written onto its number stands alone; other letters do not.
        ("SGD1.2m usd400k", &["sgd", "1.2", "m", "usd", "400", "k"]),
        ("abc400 fy2027", &["abc400", "fy2027"]),
        // An amount from its decimal point.
        ("$.5M", &["$", "0.5", "m"]),
        ("end. 5", &["end", ".", "5"]),
        // An abbreviation's dot is its own, not a sentence's end.
        (
            "approx. £9k. Ms. Kato",
            &["approx", "£", "9", "k", ".", "ms", "kato"],
        ),
        ("@dr.khan to", &["@", "dr", ".", "khan", "to"]),
        // A multiplier's dot before its currency ends no sentence; before a word it may.
        (
            "1,2 Mio. CHF is too much",
            &["1,2", "mio", "chf", "is", "too", "much"],
        ),
        ("2,4 Mio. €", &["2,4", "mio", "€"]),
        ("4 Mio. to 5", &["4", "mio", ".", "to", "5"]),
        ("4,2 mio. LEP robot", &["4,2", "mio", ".", "lep", "robot"]),
        // A domain name is one word; a missed space before a capital is still a stop.
        (
            "syncs with booking.com.",
            &["syncs", "with", "booking.com", "."],
        ),
        ("Amazon.co.uk x.ai", &["amazon.co.uk", "x.ai"]),
        ("done.Next", &["done", ".", "next"]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = tokenize(text).into_iter().map(|t| t.lower).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn words_written_in_capitals_are_marked() {
    let caps: Vec<bool> = tokenize("IT said it ITMs Its Is S4 wms 250K")
        .into_iter()
        .map(|t| t.caps)
        .collect();
    assert_eq!(
        caps,
        [true, false, false, true, false, false, true, false, false, true]
    );
    // Acronyms with small letters inside start and end on a capital.
    let caps: Vec<bool> = tokenize("PdM SaaS IoT Pdm McDonald")
        .into_iter()
        .map(|t| t.caps)
        .collect();
    assert_eq!(caps, [true, true, true, false, false]);
}

#[test]
fn phrase_table_prefers_longest() {
    let table = PhraseTable::new(&[("pull", 1), ("pulled the plug", 2)]);
    let toks = tokenize("they pulled the plug");
    assert_eq!(table.match_at(&toks, 1), Some((2, 3)));
    // Asked again at every token, once its record holds the answer: the same as on
    // tokens never asked.
    for at in 0..=toks.len() {
        let fresh = table.match_at(&tokenize("they pulled the plug"), at);
        assert_eq!(table.match_at(&toks, at), fresh, "{at}");
        assert_eq!(table.match_at(&toks, at), fresh, "{at}");
    }
}

#[test]
fn a_word_table_answers_as_its_words_do() {
    // The sieve of lengths, first and last bytes only spares look-ups: every word, in the
    // table or not (other lengths, other first bytes, empty, not ASCII), is answered as the
    // map.
    let words = [
        "approve",
        "go",
        "ok'd",
        "é",
        "sign-off",
        "a",
        "longer-than-sixty-three-letters-word-to-fill-the-last-bit-of-the-set",
    ];
    let text = "approve approved go gone ok'd ok é e sign-off signoff a an B A \
                longer-than-sixty-three-letters-word-to-fill-the-last-bit-of-the-set \
                longer-than-sixty-three-letters-word-to-fill-the-last-bit-of-the-sex";
    // A table made as the reader's are, one whose numbers each token keeps, and ones
    // whose it does not (a place past the kept numbers, one past every record).
    let words = || words.iter().map(|w| w.to_string());
    for table in [
        WordTable::new(words()),
        WordTable::in_slot(words(), 1, 1),
        WordTable::in_slot(words(), 20, INDEX_SLOTS),
        WordTable::in_slot(words(), 40, INDEX_SLOTS),
    ] {
        answers_as_its_words_do(&table, text);
    }
}

fn answers_as_its_words_do(table: &WordTable, text: &str) {
    for t in tokenize(text) {
        let listed = table.words.contains_key(t.lower.as_str());
        assert_eq!(t.in_table(table), listed, "{:?}", t.lower);
        // Asked again, from the token's record.
        assert_eq!(t.in_table(table), listed, "{:?}", t.lower);
    }
    for w in ["", "ap", "approvf", "zzz"] {
        assert_eq!(table.holds(w), table.words.contains_key(w), "{w:?}");
        assert_eq!(table.index_of(w), table.words.get(w).copied(), "{w:?}");
    }
    // Where it holds each word, asked first or after `in_table`, and again from the
    // token's record: the map's number, and `in_table`'s answer kept.
    for first_where in [true, false] {
        for t in tokenize(text) {
            let number = table.words.get(t.lower.as_str()).copied();
            if first_where {
                assert_eq!(t.index_in(table), number, "{:?}", t.lower);
            } else {
                assert_eq!(t.in_table(table), number.is_some(), "{:?}", t.lower);
            }
            assert_eq!(t.index_in(table), number, "{:?}", t.lower);
            assert_eq!(t.in_table(table), number.is_some(), "{:?}", t.lower);
        }
    }
}

#[test]
fn every_scots_negative_is_read_as_its_english() {
    let said = "didnae didna cannae canna couldnae couldna wouldnae wouldna shouldnae dinnae \
                dinna doesnae isnae wasnae arenae havenae hasnae willnae winnae nae na \
                banana lasagna";
    let read: Vec<String> = tokenize(said).into_iter().map(|t| t.lower).collect();
    assert_eq!(
        read,
        [
            "didn't",
            "didn't",
            "can't",
            "can't",
            "couldn't",
            "couldn't",
            "wouldn't",
            "wouldn't",
            "shouldn't",
            "don't",
            "don't",
            "doesn't",
            "isn't",
            "wasn't",
            "aren't",
            "haven't",
            "hasn't",
            "won't",
            "won't",
            "nae",
            "na",
            "banana",
            "lasagna"
        ]
    );
}

#[test]
fn a_large_word_table_answers_as_its_words_do() {
    // Many words, so the sieve's places are shared: the table still answers every word
    // (its own, others of the same length and ends, others) as the list does.
    let words: Vec<String> = (0..600)
        .map(|k| {
            format!(
                "{}w{}{}",
                (b'a' + (k % 26) as u8) as char,
                k,
                (b'a' + (k % 7) as u8) as char
            )
        })
        .collect();
    let table = WordTable::new(words.iter().cloned());
    let held: std::collections::HashSet<&str> = words.iter().map(String::as_str).collect();
    let asked = (0..3000).map(|k| {
        format!(
            "{}w{}{}",
            (b'a' + (k % 29) as u8) as char,
            k,
            (b'a' + (k % 5) as u8) as char
        )
    });
    for w in asked
        .chain(words.iter().cloned())
        .chain(["".into(), "é".into()])
    {
        assert_eq!(table.holds(&w), held.contains(w.as_str()), "{w:?}");
        assert_eq!(
            table.index_of(&w).is_some(),
            held.contains(w.as_str()),
            "{w:?}"
        );
    }
}

/// Round P60: each token keeps its word's sieve key, made once; the word tables asked with
/// it answer as when they worked it out from the word (a word set aside by a speech-to-text
/// repair, "bc" read "because", and a dictated "full stop" included).
#[test]
fn a_tokens_kept_sieve_key_is_its_words() {
    let toks = tokenize("Crestmoor Kilns: bc the lease isnt signed full stop we'll park it so.");
    assert!(toks.iter().any(|t| t.lower == "because"));
    for t in &toks {
        assert_eq!(
            t.sieve_key,
            word_tables::sieve_key(&t.lower),
            "{:?}",
            t.lower
        );
        assert_eq!(
            t.breaks,
            token::breaks_a_clause(t.kind, &t.lower),
            "{:?}",
            t.lower
        );
    }
    let mut moved = toks[0].clone();
    moved.set_lower("kiln".to_string());
    assert_eq!(moved.sieve_key, word_tables::sieve_key("kiln"));
    assert!(!moved.is_break());
    moved.kind = TokKind::Sym;
    moved.set_lower(";".to_string());
    assert!(moved.is_break());
}

/// Round P60: at every token of the training corpus and of every string in `src/`, the
/// kept sieve key is the word's, the kept clause break is the kind's and word's, and a table of every third word asked with it (as tokens
/// ask) answers as it does asked with the word alone.
#[test]
fn the_kept_sieve_key_answers_as_the_word_at_every_training_and_source_token() {
    let texts = crate::reader::tests::p55_training_texts::training_and_source_texts();
    let words = crate::reader::tests::p55_training_texts::training_and_source_words();
    let table = WordTable::new(words.iter().step_by(3).cloned());
    for text in &texts {
        for t in tokenize(text) {
            assert_eq!(
                t.sieve_key,
                word_tables::sieve_key(&t.lower),
                "{:?}",
                t.lower
            );
            assert_eq!(t.is_break(), token::breaks_a_clause(t.kind, &t.lower));
            assert_eq!(
                table.holds_keyed(&t.lower, t.sieve_key),
                table.holds(&t.lower),
                "{:?}",
                t.lower
            );
            assert_eq!(
                table.index_of_keyed(&t.lower, t.sieve_key),
                table.index_of(&t.lower),
                "{:?}",
                t.lower
            );
        }
    }
}
