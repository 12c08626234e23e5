//! One "did you mean" for every command that takes a name: `decide` and `benefit` answer a
//! name they cannot match as `show` and `history` do: several close matches → each with its
//! id to type; one → that one with its id; none → how to list them. Nothing is stored.

mod support;

use support::Bot;
use valuebridge::ids::TenantId;

/// Sales with the CRM replacement (INV-1); Ops with the Field service platform (INV-2, called
/// ServiceTitan) and the Field sales platform (INV-3).
async fn bot() -> Bot {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("unit add Ops").await;
    for line in [
        "invest Field service platform unit:Ops cost:£40k benefit:£60k/yr years:3 category:run alias:ServiceTitan",
        "invest Field sales platform unit:Ops cost:£20k benefit:£30k/yr years:3 category:grow",
    ] {
        bot.ok(line).await;
    }
    bot
}

fn both_listed(out: &str) -> bool {
    out.contains("Did you mean INV-2 (Field service platform) or INV-3 (Field sales platform)?")
        || out.contains(
            "Did you mean INV-3 (Field sales platform) or INV-2 (Field service platform)?",
        )
}

#[tokio::test]
async fn a_name_several_investments_are_near_lists_each_with_its_id_and_stores_nothing() {
    let bot = bot().await;
    let before = bot.store.log(&TenantId::local()).unwrap().len();
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
    assert_eq!(bot.store.log(&TenantId::local()).unwrap().len(), before);
}

#[tokio::test]
async fn a_near_miss_names_the_one_with_its_id_and_the_id_works() {
    let bot = bot().await;
    let before = bot.store.log(&TenantId::local()).unwrap().len();
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
    assert_eq!(bot.store.log(&TenantId::local()).unwrap().len(), before);
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
