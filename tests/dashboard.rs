//! The value dashboard: links made, listed and revoked in chat (`/value dashboard`), and the
//! pages behind them over plain HTTP: scoped to the link's tenant and unit, refused once
//! expired or revoked, with headers that keep the token and the page safe.

mod support;

use support::{run_bot, Bot};
use valuebridge::config::Config;
use valuebridge_chat::{render_plain, ReplyKind, Role, Visibility};

const SLACK: &str = "slack:T1";
const OTHER: &str = "slack:T2";

fn bot() -> Bot {
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.server.public_url = "https://value.example.com/".into();
    Bot::with_config(config)
}

async fn ok(bot: &Bot, tenant: &str, user: &str, text: &str) -> String {
    let reply = bot.say_as(tenant, user, Some(Role::Member), text).await;
    assert!(
        !matches!(reply.kind, ReplyKind::UserError | ReplyKind::InternalError),
        "{text}\n{}",
        render_plain(&reply)
    );
    render_plain(&reply)
}

async fn seed(bot: &Bot, tenant: &str, prefix: &str) {
    for line in [
        format!("unit add {prefix}Sales"),
        format!("unit add {prefix}Finance"),
        format!("invest \"{prefix}CRM <b>replacement</b>\" unit:{prefix}Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform"),
        format!("invest {prefix}Ledger unit:{prefix}Finance cost:£120k benefit:£90k/yr years:5 start:2026-02-01 category:run"),
        "decide INV-1 approve £280k on:2026-01-05".to_string(),
        "benefit INV-1 £35k on 2026-06-30 evidence: churn down".to_string(),
    ] {
        ok(bot, tenant, "ann", &line).await;
    }
}

/// The token in a link reply (the path after `/d/`).
fn token_of(reply: &str) -> String {
    let at = reply
        .find("https://value.example.com/d/")
        .unwrap_or_else(|| panic!("no link in {reply}"));
    reply[at + "https://value.example.com/d/".len()..]
        .split('/')
        .next()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_link_is_answered_only_to_its_maker_listed_and_revoked_by_maker_or_admin() {
    let bot = bot();
    seed(&bot, SLACK, "").await;
    let reply = bot
        .say_as(SLACK, "ann", Some(Role::Member), "/value dashboard Sales")
        .await;
    assert_eq!(reply.visibility, Visibility::Ephemeral);
    let text = render_plain(&reply);
    assert!(text.contains("Dashboard link LINK-1"), "{text}");
    assert!(text.contains("Sales's pages"), "{text}");
    assert!(text.contains("until 2026-12-04 09:00 UTC"), "{text}");
    let token = token_of(&text);
    assert_eq!(token.len(), 64);

    // Only the hash is stored: the token appears nowhere in the store's trees.
    for name in bot.store.db().tree_names() {
        let tree = bot.store.db().open_tree(name).unwrap();
        for item in tree.iter() {
            let (k, v) = item.unwrap();
            for bytes in [k.as_ref(), v.as_ref()] {
                assert!(
                    !String::from_utf8_lossy(bytes).contains(&token),
                    "token stored in clear"
                );
            }
        }
    }

    ok(&bot, SLACK, "bob", "/value dashboard").await;
    let list = ok(&bot, SLACK, "bob", "/value dashboard links").await;
    assert!(list.contains("LINK-1") && list.contains("LINK-2"), "{list}");
    assert!(list.contains("ann") && list.contains("bob"), "{list}");
    assert!(list.contains("2026-12-04 09:00 UTC"), "{list}");
    // Another workspace sees none of them.
    let other = ok(&bot, OTHER, "eve", "/value dashboard links").await;
    assert!(other.contains("No dashboard link is open"), "{other}");
    let refused = bot
        .say_as(
            OTHER,
            "eve",
            Some(Role::Admin),
            "/value dashboard revoke LINK-1",
        )
        .await;
    assert_eq!(refused.kind, ReplyKind::UserError);
    assert!(render_plain(&refused).contains("There is no dashboard link LINK-1"));

    // Bob may not revoke Ann's link; an admin may; Bob may revoke his own.
    let refused = bot
        .say_as(
            SLACK,
            "bob",
            Some(Role::Member),
            "/value dashboard revoke LINK-1",
        )
        .await;
    assert_eq!(refused.kind, ReplyKind::UserError);
    assert!(
        render_plain(&refused).contains("only they or an admin can revoke it"),
        "{}",
        render_plain(&refused)
    );
    let done = bot
        .say_as(
            SLACK,
            "root",
            Some(Role::Admin),
            "/value dashboard revoke LINK-1",
        )
        .await;
    assert!(render_plain(&done).contains("LINK-1 is revoked"));
    ok(&bot, SLACK, "bob", "/value dashboard revoke LINK-2").await;
    let list = ok(&bot, SLACK, "bob", "/value dashboard links").await;
    assert!(list.contains("No dashboard link is open"), "{list}");

    // Viewers read but do not hand out links; an unknown unit changes nothing.
    let viewer = bot
        .say_as(SLACK, "vic", Some(Role::Viewer), "/value dashboard")
        .await;
    assert_eq!(viewer.kind, ReplyKind::UserError);
    let unknown = bot
        .say_as(
            SLACK,
            "ann",
            Some(Role::Member),
            "/value dashboard Marketing",
        )
        .await;
    assert_eq!(unknown.kind, ReplyKind::UserError);
    let list = ok(&bot, SLACK, "bob", "/value dashboard links").await;
    assert!(list.contains("No dashboard link is open"), "{list}");
}

#[tokio::test]
async fn links_expire_after_the_configured_days() {
    let mut config = Config::default();
    config.dashboard.link_days = 2;
    let bot = Bot::with_config(config);
    ok(&bot, SLACK, "ann", "/value dashboard").await;
    let list = ok(&bot, SLACK, "ann", "/value dashboard links").await;
    assert!(list.contains("2026-11-29 09:00 UTC"), "{list}");
    bot.clock.advance(chrono::Duration::days(2));
    let list = ok(&bot, SLACK, "ann", "/value dashboard links").await;
    assert!(list.contains("No dashboard link is open"), "{list}");
}

struct Served {
    base: String,
    _running: support::Running,
}

async fn serve(bot: &Bot) -> Served {
    let running = run_bot(bot.service.clone(), &Default::default())
        .await
        .unwrap();
    Served {
        base: format!("http://{}", running.addr),
        _running: running,
    }
}

async fn get(url: &str) -> (u16, reqwest::header::HeaderMap, String) {
    let r = reqwest::get(url).await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    (status, headers, r.text().await.unwrap())
}

/// The headline figures of the digest the pages show, as the JSON digest gives them.
fn headline_figures(
    bot: &Bot,
    tenant: &str,
    unit: Option<valuebridge::ids::UnitId>,
) -> Vec<String> {
    let today = bot.service.today();
    let period = valuebridge::digest::Period::parse("month", today).unwrap();
    let d = bot
        .service
        .digest_value(&tenant.parse().unwrap(), unit, period, today)
        .unwrap();
    let json = valuebridge::digest::to_json(&d);
    let gbp = valuebridge::money::Currency::from_code("GBP").unwrap();
    [
        "approved_minor",
        "pv_benefits_minor",
        "npv_minor",
        "realised_to_date_minor",
    ]
    .iter()
    .map(|k| {
        let minor = json["headline"][k]
            .as_i64()
            .unwrap_or_else(|| panic!("{k} in {json}"));
        valuebridge::money::format_minor(minor, gbp, true)
    })
    .collect()
}

#[tokio::test]
async fn pages_show_the_links_workspace_and_unit_only_with_safe_headers() {
    let bot = bot();
    seed(&bot, SLACK, "").await;
    seed(&bot, OTHER, "Zeta").await;
    let whole = token_of(&ok(&bot, SLACK, "ann", "/value dashboard").await);
    let sales = token_of(&ok(&bot, SLACK, "ann", "/value dashboard Sales").await);
    let served = serve(&bot).await;
    let page = |token: &str, path: &str| format!("{}/d/{token}/{path}", served.base);

    let (status, headers, body) = get(&page(&whole, "")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        headers["content-security-policy"],
        valuebridge::dashboard::CSP
    );
    assert!(!valuebridge::dashboard::CSP.contains("script"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(body.contains(r#"<meta name="viewport""#));
    assert!(body.contains("<svg"), "charts inline");
    assert!(!body.to_lowercase().contains("<script"));
    for figure in headline_figures(&bot, SLACK, None) {
        assert!(
            body.contains(&figure),
            "{figure} missing from the portfolio page"
        );
    }
    assert!(body.contains(r#"href="./unit/UNIT-1">Sales</a>"#), "{body}");
    assert!(body.contains(r#"href="./investment/INV-1">INV-1</a>"#));
    // A name with markup is shown as text, never as markup.
    assert!(body.contains("CRM &lt;b&gt;replacement&lt;/b&gt;"));
    assert!(!body.contains("<b>replacement"));
    // Nothing of the other workspace.
    assert!(!body.contains("Zeta"), "another workspace's data shown");
    let (_, _, unit1) = get(&page(&whole, "unit/UNIT-1")).await;
    assert!(unit1.contains("Sales: scorecard") && !unit1.contains("Zeta"));
    let (_, _, inv2) = get(&page(&whole, "investment/INV-2")).await;
    assert!(inv2.contains("Ledger") && !inv2.contains("Zeta"), "{inv2}");
    assert!(
        inv2.contains(r#"href="../unit/UNIT-2">Finance</a>"#),
        "{inv2}"
    );
    let (status, headers, css) = get(&format!("{}/d/style.css", served.base)).await;
    assert_eq!(status, 200);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    assert!(css.contains("@media print"));

    // A unit's link: its unit and its investments, nothing else.
    let (status, _, root) = get(&page(&sales, "")).await;
    assert_eq!(status, 200);
    assert!(root.contains("Sales: scorecard"), "{root}");
    assert!(
        !root.contains("Ledger") && !root.contains("Finance"),
        "{root}"
    );
    let (status, _, story) = get(&page(&sales, "investment/INV-1")).await;
    assert_eq!(status, 200);
    assert!(
        story.contains("value story") && story.contains("Decisions"),
        "{story}"
    );
    for out_of_reach in [
        "unit/UNIT-2",
        "investment/INV-2",
        "investment/INV-9",
        "unit/nonsense",
    ] {
        let (status, _, body) = get(&page(&sales, out_of_reach)).await;
        assert_eq!(status, 404, "{out_of_reach}: {body}");
        assert!(!body.contains("Ledger") && !body.contains("Finance"));
    }

    // Unknown and malformed tokens: a plain 404 with the same headers.
    let (status, headers, body) = get(&page(&"0".repeat(64), "")).await;
    assert_eq!(status, 404);
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(body.contains("does not work"));
    let (status, _, _) = get(&page("not-a-token", "")).await;
    assert_eq!(status, 404);

    // Revoked: 410 with a plain page saying so; the other link still works.
    ok(&bot, SLACK, "ann", "/value dashboard revoke LINK-2").await;
    let (status, _, body) = get(&page(&sales, "")).await;
    assert_eq!(status, 410);
    assert!(body.contains("This dashboard link was revoked"), "{body}");
    assert!(
        body.contains("It stopped working on 2026-11-27 09:00 UTC"),
        "{body}"
    );
    assert!(!body.contains("Sales"));
    assert_eq!(get(&page(&whole, "")).await.0, 200);

    // Expired: 410 once the clock passes the expiry.
    bot.clock.advance(chrono::Duration::days(7));
    let (status, _, body) = get(&page(&whole, "unit/UNIT-1")).await;
    assert_eq!(status, 410);
    assert!(body.contains("This dashboard link has expired"), "{body}");
    assert!(
        !body.contains("scorecard") && !body.contains("Sales"),
        "{body}"
    );
}
