//! The workspace the name tests (`did_you_mean`, `show_by_name`) look names up in: the seed's
//! Sales (UNIT-1) with the CRM replacement (INV-1) and Finance & Risk (UNIT-2, alias fin), and
//! Ops (UNIT-3) with two investments near in name, the Field service platform (INV-2, called
//! ServiceTitan) and the Field sales platform (INV-3).

use super::Bot;
use valuebridge::ids::TenantId;

impl Bot {
    /// A bot on that workspace.
    pub async fn with_field_platforms() -> Bot {
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

    /// How many writes the console's workspace has logged.
    pub fn writes(&self) -> usize {
        self.store.log(&TenantId::local()).unwrap().len()
    }
}

/// Whether `out` offers both field platforms with their ids (in either order).
pub fn both_platforms_listed(out: &str) -> bool {
    out.contains("Did you mean INV-2 (Field service platform) or INV-3 (Field sales platform)?")
        || out.contains(
            "Did you mean INV-3 (Field sales platform) or INV-2 (Field service platform)?",
        )
}
