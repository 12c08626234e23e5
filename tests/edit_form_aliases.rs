//! A draft's **Edit** form learns another name as `edit investment` does: when the draft read
//! a name nothing registered holds (or guessed a short form), its form carries an "Also
//! remember as another name" field filled in with that name; submitted with a registered
//! investment, the record and the alias are stored in one write (both or neither), the
//! field's value amended or cleared as the person chose. The Slack and Discord wire paths are
//! in `tests/slack_forms/learnt_aliases.rs` and `tests/discord_forms/learnt_aliases.rs`.

mod support;

use support::edit_forms::{
    done, edit_form, edit_form_of, investments, ops_bot as bot, say, submit, typed,
};
use support::fail_only;
use valuebridge_chat::FormOutcome;

#[tokio::test]
async fn the_form_of_an_unknown_name_offers_it_and_picking_a_registered_investment_keeps_both() {
    let bot = bot().await;
    say(&bot, "Zentrix saved £5k in October").await;
    let (form, mut values) = edit_form(&bot).await;
    assert_eq!(form.command, "benefit");
    let field = form
        .fields
        .iter()
        .find(|f| f.name == "remember")
        .expect("an Also remember field");
    assert_eq!(field.label, "Also remember as another name");
    assert!(!field.required);
    assert_eq!(values["remember"], "Zentrix");
    values.insert("investment".into(), "INV-1".into());
    let out = done(submit(&bot, &form, &values).await);
    assert!(out.contains("Logged benefit BEN-1"), "{out}");
    assert!(
        out.contains("Remembered \"Zentrix\" as another name for Field service platform (INV-1)"),
        "{out}"
    );
    assert!(typed(&bot, "show INV-1").await.contains("Zentrix"));
    let history = typed(&bot, "history INV-1").await;
    assert!(
        history.contains("learnt from corrected draft 1"),
        "{history}"
    );
    // Read as it next time; and `undo` takes back both, as after a `yes`.
    let out = say(&bot, "Zentrix saved £6k in November").await;
    assert!(out.contains("Investment  Field service platform"), "{out}");
    say(&bot, "no").await;
    let out = say(&bot, "undo").await;
    assert!(out.contains("aliases: Zentrix → none"), "{out}");
    assert!(out.contains("Retracted BEN-1"), "{out}");
}

#[tokio::test]
async fn the_name_cleared_or_changed_on_the_form_is_not_kept_or_kept_as_changed() {
    let bot = bot().await;
    say(&bot, "Zentrix saved £5k in October").await;
    let (form, mut values) = edit_form(&bot).await;
    values.insert("investment".into(), "Field service platform".into());
    values.remove("remember");
    let out = done(submit(&bot, &form, &values).await);
    assert!(out.contains("Logged benefit BEN-1"), "{out}");
    assert!(!out.contains("Remembered"), "{out}");
    assert!(!typed(&bot, "show INV-1").await.contains("Zentrix"));

    say(&bot, "Zentrix saved £6k in November").await;
    let (form, mut values) = edit_form_of(&bot, 2).await;
    assert_eq!(form.context, "draft:2");
    values.insert("investment".into(), "INV-1".into());
    values.insert("remember".into(), "Zentrix FS".into());
    let out = done(submit(&bot, &form, &values).await);
    assert!(out.contains("Remembered \"Zentrix FS\""), "{out}");
    assert!(typed(&bot, "show INV-1").await.contains("Zentrix FS"));
}

#[tokio::test]
async fn a_name_that_cannot_be_an_alias_is_refused_on_its_field_and_nothing_is_stored() {
    let bot = bot().await;
    say(&bot, "Zentrix saved £5k in October").await;
    let (form, mut values) = edit_form(&bot).await;
    values.insert("investment".into(), "INV-1".into());
    for (name, why) in [
        ("new platform", "only common words"),
        (
            "Warehouse platform",
            "already taken by INV-2 (Warehouse platform)",
        ),
        ("Ops", "already taken by UNIT-1 (Ops)"),
    ] {
        values.insert("remember".into(), name.into());
        let FormOutcome::Invalid { errors } = submit(&bot, &form, &values).await else {
            panic!("{name} was accepted");
        };
        assert!(errors["remember"].contains(why), "{errors:?}");
        assert!(!typed(&bot, "list benefits").await.contains("BEN-1"));
    }
    // Fixed, it is logged with it.
    values.insert("remember".into(), "Zentrix".into());
    assert!(done(submit(&bot, &form, &values).await).contains("Remembered \"Zentrix\""));
}

#[tokio::test]
async fn a_corrected_drafts_form_carries_its_offer_and_a_declined_one_none() {
    let bot = bot().await;
    say(&bot, "ServiceTitan renewal approved at £40k").await;
    say(&bot, "edit investment Field service platform").await;
    let (form, values) = edit_form(&bot).await;
    assert_eq!(form.command, "decide");
    assert_eq!(values["investment"], "Field service platform");
    assert_eq!(values["remember"], "ServiceTitan");
    say(&bot, "edit alias FS Titan").await;
    let (_, values) = edit_form(&bot).await;
    assert_eq!(values["remember"], "FS Titan");
    say(&bot, "edit alias no").await;
    let (form, values) = edit_form(&bot).await;
    assert!(form.fields.iter().all(|f| f.name != "remember"), "{form:?}");
    let out = done(submit(&bot, &form, &values).await);
    assert!(out.contains("Logged decision DEC-1"), "{out}");
    assert!(!out.contains("Remembered"), "{out}");
    // A draft about a registered investment, read as such, has nothing to offer.
    say(&bot, "Field service platform saved £5k in October").await;
    let (form, _) = edit_form_of(&bot, 2).await;
    assert!(form.fields.iter().all(|f| f.name != "remember"));
}

#[tokio::test]
async fn whichever_write_fails_the_forms_record_and_its_alias_are_stored_together_or_not_at_all() {
    let mut failed = 0;
    for k in 0..8 {
        let bot = bot().await;
        say(&bot, "Zentrix saved £5k in October").await;
        let (form, mut values) = edit_form(&bot).await;
        values.insert("investment".into(), "INV-1".into());
        bot.store.set_write_fault(fail_only(k));
        let outcome = submit(&bot, &form, &values).await;
        bot.store.set_write_fault(None);
        let logged = typed(&bot, "list benefits").await.contains("BEN-1");
        let learnt = typed(&bot, "show INV-1").await.contains("Zentrix");
        assert_eq!(logged, learnt, "write {k} failing half-did it: {outcome:?}");
        if !logged {
            failed += 1;
            // The draft is kept: the form submitted again stores both.
            let out = done(submit(&bot, &form, &values).await);
            assert!(out.contains("Remembered \"Zentrix\""), "{out}");
        }
    }
    assert!(failed > 0, "no write of the submission failed");
}

#[tokio::test]
async fn a_new_investments_form_given_a_registered_name_logs_the_decision_on_it() {
    let bot = bot().await;
    say(&bot, "ServiceTitan renewal approved at £40k").await;
    let (form, mut values) = edit_form(&bot).await;
    assert_eq!(form.command, "invest");
    assert!(form.fields.iter().all(|f| f.name != "remember"));
    for (k, v) in [
        ("name", "Field service platform"),
        ("unit", "Ops"),
        ("benefit", "£10k"),
        ("years", "3"),
        ("category", "run"),
    ] {
        values.insert(k.into(), v.into());
    }
    // No second Field service platform: the draft's decision, on INV-1 (more in
    // `tests/edit_form_registered.rs`).
    let out = done(submit(&bot, &form, &values).await);
    assert!(out.contains("DEC-1"), "{out}");
    assert!(
        out.contains("Field service platform is registered already (INV-1)"),
        "{out}"
    );
    assert_eq!(investments(&bot).len(), 2);
}
