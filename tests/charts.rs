//! The charts (`benefits`, `units`, `rag`) drawn from the digest's figures: the same bytes
//! on every machine, readable at chat size, with the figures in their alt text.
//!
//! The SVG and PNG of each chart are compared byte for byte with the references in
//! `tests/fixtures/charts/`. After a deliberate change to how charts look, regenerate them
//! with `VALUEBRIDGE_UPDATE_CHARTS=1 cargo test --test charts`, look at the new pictures,
//! and commit them with the change.

mod support;

use chrono::{DateTime, NaiveDate, Utc};
use std::path::PathBuf;
use support::Bot;
use valuebridge::chart::{self, Chart, ChartKind, ChartRequest};
use valuebridge::config::Config;
use valuebridge::digest::{self, DigestRequest, DigestSettings, Period};
use valuebridge::ids::{InvestmentId, TenantId};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Two units and four investments in various states, as of Friday 27 November 2026.
async fn portfolio() -> Bot {
    let bot = Bot::new();
    bot.clock.set(at("2026-03-02T09:00:00Z"));
    for line in [
        "unit add Sales",
        "unit add \"Finance & Risk\" alias fin",
        "service \"CRM licences\" unit:Sales cost:£12k/yr users:10",
        "invest \"CRM replacement\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform",
        "invest Shop unit:Sales cost:£60k benefit:£365k/yr years:3 start:2026-01-01 category:grow",
        "invest Ledger unit:fin cost:£120k run:£30k/yr benefit:£90k/yr years:5 start:2026-02-01 category:run",
        "invest Forecasting unit:fin cost:£40k benefit:£50k/yr years:2 start:2026-03-01 category:grow",
        "decide INV-1 approve £280k on:2026-01-05",
        "decide INV-2 approve on:2026-01-05",
        "decide INV-3 approve on:2026-02-01",
        "decide INV-4 approve on:2026-03-01 review:2026-12-01",
    ] {
        bot.ok(line).await;
    }
    bot.clock.set(at("2026-11-27T09:00:00Z"));
    for line in [
        "benefit INV-1 £60k on 2026-03-31",
        "benefit INV-1 £90k on 2026-06-30",
        "benefit INV-1 £150k on 2026-09-30",
        "benefit INV-2 £300k on 2026-10-15",
        "benefit INV-3 £20k on 2026-06-01",
        "benefit INV-4 £35k on 2026-11-01",
    ] {
        bot.ok(line).await;
    }
    bot
}

fn request(kind: ChartKind, investment: Option<u64>) -> ChartRequest {
    ChartRequest {
        kind,
        unit: None,
        investment: investment.map(InvestmentId),
        as_of: d("2026-11-27"),
    }
}

fn draw(bot: &Bot, req: &ChartRequest) -> Chart {
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    chart::make(&bot.store, &TenantId::local(), &settings, req).unwrap()
}

/// Compares `bytes` with the reference `name`, or writes it when regenerating.
fn matches_reference(name: &str, bytes: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/charts")
        .join(name);
    if std::env::var_os("VALUEBRIDGE_UPDATE_CHARTS").is_some() {
        std::fs::write(&path, bytes).unwrap();
        return;
    }
    let want = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "no reference {}: {e}; run with VALUEBRIDGE_UPDATE_CHARTS=1 to write it",
            path.display()
        )
    });
    assert!(
        want == bytes,
        "{name} differs from its reference ({} bytes, reference {}); if the change is meant, regenerate with VALUEBRIDGE_UPDATE_CHARTS=1",
        bytes.len(),
        want.len()
    );
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

#[tokio::test]
async fn each_chart_is_the_same_bytes_as_its_reference() {
    let bot = portfolio().await;
    for (kind, inv) in [
        (ChartKind::Units, None),
        (ChartKind::Rag, None),
        (ChartKind::Benefits, Some(1)),
    ] {
        let c = draw(&bot, &request(kind, inv));
        let png = chart::png(&c.svg).unwrap();
        let (w, h) = png_size(&png);
        assert!(w >= 1200 && h >= 400, "{kind}: {w}×{h}");
        matches_reference(&format!("{kind}.svg"), c.svg.as_bytes());
        matches_reference(&format!("{kind}.png"), &png);
    }
}

#[tokio::test]
async fn the_units_chart_shows_the_digests_own_figures() {
    let bot = portfolio().await;
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let as_of = d("2026-11-27");
    let dg = digest::build(
        &bot.store,
        &TenantId::local(),
        &settings,
        &DigestRequest {
            unit: None,
            period: Period::parse("week", as_of).unwrap(),
            as_of,
        },
    )
    .unwrap();
    let c = draw(&bot, &request(ChartKind::Units, None));
    assert_eq!(dg.units.len(), 2);
    for u in &dg.units {
        let f = &u.figures;
        let said = format!(
            "{}: run {}, change {}, PV of benefits {}, realised {}",
            u.unit,
            valuebridge::money::format_minor(f.run_minor, valuebridge::money::Currency::GBP, true),
            valuebridge::money::format_minor(
                f.change_minor,
                valuebridge::money::Currency::GBP,
                true
            ),
            valuebridge::money::format_minor(
                f.pv_benefits_minor,
                valuebridge::money::Currency::GBP,
                true
            ),
            valuebridge::money::format_minor(
                f.realised_to_date_minor,
                valuebridge::money::Currency::GBP,
                true
            ),
        );
        assert!(c.alt.contains(&said), "{said}\nnot in\n{}", c.alt);
    }
    // Sales realised £300k (CRM) + £300k (Shop); the amounts are thousands separated.
    assert!(c.alt.contains("Sales: run £12,000"), "{}", c.alt);
    assert!(c.alt.contains("realised £600,000"), "{}", c.alt);
    assert!(
        c.svg.contains("Finance &amp; Risk"),
        "names are escaped in the SVG"
    );
}

#[tokio::test]
async fn the_rag_chart_puts_reds_first_and_says_each_status() {
    let bot = portfolio().await;
    let c = draw(&bot, &request(ChartKind::Rag, None));
    let red = c.alt.find("INV-3 Ledger: 27%, red").expect(&c.alt);
    let amber = c.alt.find(", amber").expect(&c.alt);
    assert!(red < amber, "{}", c.alt);
    assert!(c.alt.contains("red line at 80%"), "{}", c.alt);
}

#[tokio::test]
async fn the_benefits_chart_shows_payback_against_the_approved_amount() {
    let bot = portfolio().await;
    let c = draw(&bot, &request(ChartKind::Benefits, Some(1)));
    assert!(
        c.alt
            .contains("against a cost basis (approved) of £280,000"),
        "{}",
        c.alt
    );
    // £60k + £90k by the end of June; £300k by the end of September passes £280k.
    assert!(
        c.alt
            .contains("Realised benefit passed the cost basis by 2026-09-30."),
        "{}",
        c.alt
    );
    assert!(c.alt.contains("from 2026-01-01 to 2026-11-27"), "{}", c.alt);
}

#[tokio::test]
async fn a_benefits_chart_needs_a_live_investment_started_by_the_as_of_date() {
    let bot = portfolio().await;
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let fails = |req: ChartRequest| {
        chart::make(&bot.store, &TenantId::local(), &settings, &req)
            .unwrap_err()
            .to_string()
    };
    assert!(fails(request(ChartKind::Benefits, None)).contains("chart benefits INV-3"));
    assert!(fails(request(ChartKind::Benefits, Some(99))).contains("There is no INV-99"));
    let mut early = request(ChartKind::Benefits, Some(3));
    early.as_of = d("2026-01-15");
    assert!(fails(early).contains("INV-3 starts on 2026-02-01"));
}

#[test]
fn chart_names_are_read_plainly() {
    assert_eq!("RAG".parse::<ChartKind>().unwrap(), ChartKind::Rag);
    let e = "pie".parse::<ChartKind>().unwrap_err().to_string();
    assert!(e.contains("'pie' is not a chart"), "{e}");
}

/// The same portfolio as a console script, for the command line.
const SCRIPT: &str = r#"
unit add Sales
unit add "Finance & Risk" alias fin
service "CRM licences" unit:Sales cost:£12k/yr users:10
invest "CRM replacement" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform
invest Shop unit:Sales cost:£60k benefit:£365k/yr years:3 start:2026-01-01 category:grow
invest Ledger unit:fin cost:£120k run:£30k/yr benefit:£90k/yr years:5 start:2026-02-01 category:run
invest Forecasting unit:fin cost:£40k benefit:£50k/yr years:2 start:2026-03-01 category:grow
decide INV-1 approve £280k on:2026-01-05
decide INV-2 approve on:2026-01-05
decide INV-3 approve on:2026-02-01
decide INV-4 approve on:2026-03-01 review:2026-12-01
benefit INV-1 £60k on 2026-03-31
benefit INV-1 £90k on 2026-06-30
benefit INV-1 £150k on 2026-09-30
benefit INV-2 £300k on 2026-10-15
benefit INV-3 £20k on 2026-06-01
benefit INV-4 £35k on 2026-11-01
"#;

#[test]
fn the_command_line_writes_the_chart_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = support::run_binary(dir.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("Usage:"), "the script is valid:\n{out}");
    let reference = |name: &str| {
        std::fs::read(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/charts")
                .join(name),
        )
        .unwrap()
    };
    for (kind, extra, file) in [
        ("units", vec![], "units.png"),
        ("rag", vec![], "rag.svg"),
        (
            "benefits",
            vec!["--investment", "CRM replacement"],
            "benefits.png",
        ),
    ] {
        let out_file = dir.path().join(format!("out-{file}"));
        let mut args = vec!["chart", kind, "--as-of", "2026-11-27"];
        args.extend(extra);
        args.extend(["--out", out_file.to_str().unwrap()]);
        let (code, out, err) = support::run_binary(dir.path(), &args, "");
        assert_eq!(code, 0, "{err}");
        assert!(
            out.starts_with(&format!("Wrote the {kind} chart to ")),
            "{out}"
        );
        assert!(
            std::fs::read(&out_file).unwrap() == reference(file),
            "{file} from the command line differs from the reference"
        );
    }
    let (code, _, err) = support::run_binary(
        dir.path(),
        &[
            "chart",
            "units",
            "--out",
            dir.path().join("x.txt").to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 1);
    assert!(err.contains("neither a .png nor an .svg"), "{err}");
    assert!(!dir.path().join("x.txt").exists());
    let (code, _, err) = support::run_binary(
        dir.path(),
        &[
            "chart",
            "benefits",
            "--investment",
            "INV-9",
            "--out",
            dir.path().join("b.png").to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 1);
    assert!(err.contains("There is no INV-9"), "{err}");
}

#[tokio::test]
async fn in_chat_the_chart_is_written_to_the_data_directorys_charts_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.store.data_dir = dir.path().to_path_buf();
    let bot = Bot::with_config(config);
    for line in SCRIPT.lines().filter(|l| !l.trim().is_empty()) {
        bot.ok(line).await;
    }
    let text = bot.ok("/value chart units as-of:2026-11-27").await;
    let path = dir.path().join("charts/units-2026-11-27.png");
    assert!(
        text.contains(&format!("The chart is in {}.", path.display())),
        "{text}"
    );
    assert!(
        text.contains("Sales: run £12,000"),
        "the alt text is shown:\n{text}"
    );
    let want = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charts/units.png"),
    )
    .unwrap();
    assert!(std::fs::read(&path).unwrap() == want);

    let text = bot
        .ok("/value chart benefits \"CRM replacement\" as-of:2026-11-27")
        .await;
    assert!(
        text.contains("passed the cost basis by 2026-09-30"),
        "{text}"
    );
    assert!(dir
        .path()
        .join("charts/benefits-INV-1-2026-11-27.png")
        .exists());
}

#[tokio::test]
async fn a_chart_asked_for_wrongly_says_how_to_ask() {
    let bot = Bot::new();
    bot.seed().await;
    let e = bot.fails("/value chart pie").await;
    assert!(e.contains("'pie' is not a chart"), "{e}");
    assert!(
        e.contains("/value chart benefits <investment>"),
        "the usage is shown: {e}"
    );
    let e = bot.fails("/value chart benefits").await;
    assert!(e.contains("chart benefits INV-3"), "{e}");
    let e = bot.fails("/value chart units Marketing").await;
    assert!(e.contains("Marketing"), "{e}");
    let e = bot.fails("/value chart rag colour:blue").await;
    assert!(e.contains("`colour:` is not a chart option"), "{e}");
}
