//! Digest arguments, and plain words not mistaken for a command.

use super::*;

#[test]
fn digest_arguments() {
    assert_eq!(
        ok("digest"),
        Command::Digest(DigestArgs {
            unit: None,
            period: None
        })
    );
    assert_eq!(
        ok("digest Finance & Risk month"),
        Command::Digest(DigestArgs {
            unit: Some("Finance & Risk".into()),
            period: Some("month".into())
        })
    );
    assert_eq!(
        ok("digest 2027-01-01..2027-03-31"),
        Command::Digest(DigestArgs {
            unit: None,
            period: Some("2027-01-01..2027-03-31".into())
        })
    );
}

#[test]
fn conversation_is_not_mistaken_for_a_command() {
    assert!(looks_like_command("/value decide INV-1 approve"));
    assert!(looks_like_command("units"));
    assert!(!looks_like_command(
        "we approved £250k for the CRM replacement"
    ));
}

#[test]
fn a_note_word_starting_with_a_wide_character_is_text_not_a_date_field() {
    // "on:" was looked for by slicing three bytes, which panicked inside 'Ó' or '𞹒'.
    for line in ["note Sales: ȺÓS met them", "note Sales: 𞹒C%.%!k"] {
        match ok(line) {
            Command::Note(n) => assert_eq!(n.met_on, None, "{line}"),
            other => panic!("{line}: {other:?}"),
        }
    }
}
