use super::*;

/// Every verdict look and amount list of a message's spans, and of a second message's
/// tokens at the same length, read without a memo.
fn looks(toks: &[tokens::Token], other: &[tokens::Token]) -> Vec<String> {
    let n = toks.len();
    let mut out = Vec::new();
    for (a, b) in [(0, n), (0, n / 2), (n / 2, n), (1, n - 1)] {
        out.push(format!(
            "{:?}",
            verdicts::find_english_verdict_in(toks, a, b)
        ));
        out.push(format!(
            "{:?}",
            verdicts::find_french_verdict_in(toks, a, b)
        ));
        out.push(format!(
            "{:?}",
            verdicts::find_english_verdict_in(&toks[a..b], 0, b - a)
        ));
        out.push(format!(
            "{:?}",
            money_words::find_money(&toks[a..b], Currency::GBP)
        ));
        out.push(format!(
            "{:?}",
            money_words::find_money(&toks[a..b], Currency::EUR)
        ));
    }
    out.push(format!(
        "{:?}",
        verdicts::find_english_verdict_in(other, 0, n)
    ));
    out.push(format!(
        "{:?}",
        money_words::find_money(other, Currency::GBP)
    ));
    out
}

#[test]
fn answers_remembered_for_a_message_are_the_answers_worked_out() {
    // Two messages of the same number of tokens: the memo of the first must not answer
    // for the second.
    let first =
        tokens::tokenize("The harbour board signed off the crane upgrade at €40k, ops are happy");
    let second =
        tokens::tokenize("Dockside ops shelved the tug refit, £12k was too much for the year");
    assert_eq!(first.len(), second.len());
    let fresh = looks(&first, &second);
    let _memo = read_memo::MessageMemo::start(&first);
    // Asked twice: worked out, then remembered.
    assert_eq!(looks(&first, &second), fresh);
    assert_eq!(looks(&first, &second), fresh);
}

#[test]
fn a_read_inside_a_read_keeps_its_own_memo() {
    let outer = tokens::tokenize("The ferry office approved the ticket kiosks at £9k");
    let inner = tokens::tokenize("Ferry ops parked the kiosk refresh until spring");
    let want_outer = verdicts::find_verdict_in(&outer, 0, outer.len());
    let want_inner = verdicts::find_verdict_in(&inner, 0, inner.len());
    let _memo = read_memo::MessageMemo::start(&outer);
    {
        let _inner_memo = read_memo::MessageMemo::start(&inner);
        assert_eq!(
            verdicts::find_verdict_in(&inner, 0, inner.len()),
            want_inner
        );
        assert_eq!(
            verdicts::find_verdict_in(&outer, 0, outer.len()),
            want_outer
        );
    }
    assert_eq!(
        verdicts::find_verdict_in(&outer, 0, outer.len()),
        want_outer
    );
}
