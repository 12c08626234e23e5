//! Errors: what is wrong, where, with the usage line; every help example parses.

use super::*;

/// Each bad line, and a fragment the error must contain; every error quotes the input.
#[test]
fn errors_explain_what_is_wrong() {
    let cases: &[(&str, &str)] = &[
        ("decid INV-1 approve", "Did you mean `decide`?"),
        ("frobnicate", "there is no command `frobnicate`"),
        ("decide INV-1 aprove", "`aprove` is not a verdict"),
        ("decide INV-1", "the verdict"),
        (
            "decide DEC-1 approve",
            "a decision id, but an investment id",
        ),
        ("decide INV-1 approve £1.234", "more decimal places"),
        ("decide INV-1 approve -£5", "negative"),
        ("decide INV-1 approve 12 XYZ", "I did not expect `XYZ`"),
        ("decide INV-1 approve because", "say why"),
        (
            "decide INV-1 approve review:someday",
            "`someday` is not a date",
        ),
        (
            "invest CRM unit:Sales cost:£250k",
            "needs benefit, years, category",
        ),
        (
            "invest CRM unit:Sales cost:£0 benefit:£1 years:1 category:run",
            "zero",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:0 category:run",
            "number of years",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:2 category:big",
            "not a category",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:2 category:run colour:red",
            "`colour` is not a field",
        ),
        (
            "invest CRM unit:Sales unit:Ops cost:£1 benefit:£1 years:2 category:run",
            "given twice",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:2 category:run start:31/02/2027",
            "not a date",
        ),
        ("invest \"CRM unit:Sales", "never closed"),
        (
            "note Sales met the CFO",
            "start the note with the business unit and a colon",
        ),
        ("note Sales:", "the note is empty"),
        (
            "note Sales: hi follow-up: call @bob by someday",
            "`someday` is not a date",
        ),
        ("benefit INV-1", "the amount is missing"),
        ("benefit INV-1 £5 colour:red", "`colour` is not a field"),
        ("service Mail unit:All cost:£1/yr", "needs users"),
        (
            "service Mail unit:All cost:£1/yr users:none",
            "not a number of users",
        ),
        ("list widgets", "I can't list `widgets`"),
        ("list investments sales", "filter with `unit:<unit>`"),
        ("show INV", "is not a record id"),
        ("show INV-1 extra", "I did not expect `extra`"),
        ("amend DEC-1 amount:£240k", "say why"),
        ("amend DEC-1 because x", "say which fields"),
        ("amend DEC-1 colour:red because x", "has no field `colour`"),
        ("amend NOTE-1 amount:£5 because x", "has no field `amount`"),
        ("retract NOTE-1", "say why"),
        ("retract NOTE-1 since wrong", "expected `because <reason>`"),
        ("unit remove Sales", "did you mean `unit add`"),
        ("unit add Sales alias", "the alias is missing"),
        ("done NOTE-1 zero", "not an action number"),
    ];
    for (line, fragment) in cases {
        let err = parse(line, &ctx()).expect_err(line).to_string();
        assert!(
            err.to_lowercase().contains(&fragment.to_lowercase()),
            "{line}\n--- got ---\n{err}"
        );
        assert!(err.contains(line), "the error quotes the input: {err}");
    }
}

#[test]
fn errors_point_at_the_bad_word_and_show_usage() {
    let err = parse("decide INV-1 aprove", &ctx())
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "`aprove` is not a verdict; use approve, reject, defer, stop, continue or rescope\n```\ndecide INV-1 aprove\n             ^\n```\nUsage: `/value decide <INV-n or name> <approve|reject|defer|stop|continue|rescope> [amount:<amount>] [review:<date>] [by:<who>] [on:<date>] [because <rationale>]`"
    );
}

#[test]
fn every_command_has_help_with_an_example_that_parses() {
    for h in COMMANDS.iter() {
        for example in &h.examples {
            assert!(parse(example, &ctx()).is_ok(), "{example}");
        }
    }
}
