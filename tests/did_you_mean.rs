//! One "did you mean" for every command that takes a name: `decide` and `benefit` answer a
//! name they cannot match as `show` and `history` do: several close matches → each with its
//! id to type; one → that one with its id; none → how to list them. A business unit is
//! answered alike (`note`, `invest`, `service`, a draft's `edit unit`), with the name to type
//! (a unit is never typed by its id). Nothing is stored.

mod support;

use support::names::both_platforms_listed as both_listed;
use support::Bot;

/// The workspace of `support::names`: Ops's Field service platform (INV-2, ServiceTitan) and
/// Field sales platform (INV-3).
async fn bot() -> Bot {
    Bot::with_field_platforms().await
}

#[tokio::test]
async fn a_name_several_investments_are_near_lists_each_with_its_id_and_stores_nothing() {
    let bot = bot().await;
    let before = bot.writes();
    for line in ["decide field approve £10k", "benefit Field £5k"] {
        let out = bot.fails(line).await;
        assert!(
            out.contains("There is no investment called 'field'")
                || out.contains("There is no investment called 'Field'"),
            "{out}"
        );
        assert!(both_listed(&out), "{line}: {out}");
        assert!(
            out.contains("Type the id of the one you mean in place of the name"),
            "{out}"
        );
    }
    // The same as `show` says it.
    assert!(both_listed(&bot.fails("show field").await));
    assert_eq!(bot.writes(), before);
}

#[tokio::test]
async fn a_near_miss_names_the_one_with_its_id_and_the_id_works() {
    let bot = bot().await;
    let before = bot.writes();
    for line in [
        "decide ServiceTitn approve",
        "benefit Feild service platform £5k",
    ] {
        let out = bot.fails(line).await;
        assert!(
            out.contains("Did you mean INV-2 (Field service platform)? Type its id, `INV-2`, in place of the name."),
            "{line}: {out}"
        );
        assert!(!out.contains("INV-3"), "{out}");
    }
    assert_eq!(bot.writes(), before);
    assert!(bot.ok("decide INV-2 approve").await.contains("INV-2"));
}

#[tokio::test]
async fn nothing_near_says_how_to_list_them() {
    let bot = bot().await;
    let out = bot.fails("decide Payroll approve").await;
    assert!(
        out.contains("There is no investment called 'Payroll'"),
        "{out}"
    );
    assert!(!out.contains("Did you mean"), "{out}");
    assert!(out.contains("`/value list investments`"), "{out}");
}

#[tokio::test]
async fn a_draft_corrected_with_a_near_name_gets_the_ids_and_takes_the_id() {
    let bot = bot().await;
    let out = bot.line("alice", "ServiceTitan saved £5k in October").await;
    assert!(out.contains("Field service platform"), "{out}");
    let out = bot.line("alice", "edit investment field").await;
    assert!(both_listed(&out), "{out}");
    let out = bot.line("alice", "edit investment INV-3").await;
    assert!(out.contains("Field sales platform"), "{out}");
}

/// The units of `bot()` (Sales, Finance & Risk, Ops) with Field Ops and Field Sales.
async fn with_field_units() -> Bot {
    let bot = bot().await;
    bot.ok("unit add \"Field Ops\"").await;
    bot.ok("unit add \"Field Sales\"").await;
    bot
}

#[tokio::test]
async fn a_unit_several_units_are_near_lists_each_with_the_name_to_type_and_stores_nothing() {
    let bot = with_field_units().await;
    let before = bot.writes();
    for line in [
        "note Field: met them about radios",
        "invest Drones unit:Field cost:£10k benefit:£5k/yr years:2 category:grow",
        "service Radios unit:Field cost:£1k/yr users:5",
    ] {
        let out = bot.fails(line).await;
        assert!(
            out.contains("There is no business unit called 'Field'. Did you mean 'Field Ops' or 'Field Sales'? Type the name of the one you mean in its place, like `\"Field Ops\"`."),
            "{line}: {out}"
        );
        assert!(out.contains("`/value unit add Field`"), "{line}: {out}");
        assert!(!out.contains("UNIT-"), "a unit is typed by its name: {out}");
    }
    assert_eq!(bot.writes(), before);
    // Typed as told.
    let out = bot.ok("note \"Field Ops\": met them about radios").await;
    assert!(out.contains("Field Ops"), "{out}");
}

#[tokio::test]
async fn a_unit_one_is_near_names_it_and_its_name_works() {
    let bot = with_field_units().await;
    let before = bot.writes();
    let out = bot.fails("note Opps: met them about radios").await;
    assert!(
        out.contains(
            "There is no business unit called 'Opps'. Did you mean 'Ops'? Type `Ops` in its place."
        ),
        "{out}"
    );
    assert!(!out.contains("Field"), "{out}");
    assert_eq!(bot.writes(), before);
    assert!(bot
        .ok("note Ops: met them about radios")
        .await
        .contains("NOTE-"));
}

#[tokio::test]
async fn a_unit_nothing_is_near_says_how_to_add_or_list_them() {
    let bot = with_field_units().await;
    let out = bot.fails("note Payroll: met them").await;
    assert!(
        out.contains("There is no business unit called 'Payroll'."),
        "{out}"
    );
    assert!(!out.contains("Did you mean"), "{out}");
    assert!(
        out.contains("`/value unit add Payroll`") && out.contains("`/value units`"),
        "{out}"
    );
}

#[tokio::test]
async fn a_drafts_edit_unit_near_two_lists_both_then_takes_the_name() {
    let bot = with_field_units().await;
    let before = bot.writes();
    let out = bot
        .line(
            "alice",
            "met Ops today, they want new radios; I'll send options by Friday",
        )
        .await;
    assert!(out.contains("log this engagement note?"), "{out}");
    let out = bot.line("alice", "edit unit field").await;
    assert!(
        out.contains("Did you mean 'Field Ops' or 'Field Sales'?"),
        "{out}"
    );
    // Typed as told, in quotes (as a name with a space is typed in commands), or without.
    let out = bot.line("alice", "edit unit \"Field Sales\"").await;
    assert!(out.contains("Unit       Field Sales"), "{out}");
    let out = bot.line("alice", "edit unit Field Ops").await;
    assert!(out.contains("Unit       Field Ops"), "{out}");
    assert_eq!(bot.writes(), before);
    let out = bot
        .ok("invest Drones unit:\"Field Ops\" cost:£10k benefit:£5k/yr years:2 category:grow")
        .await;
    assert!(out.contains("Field Ops"), "{out}");
}
