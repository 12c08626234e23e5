//! A digest posted to a chat holds only the rows a chat can show, and says how many more
//! there are: Slack and Discord show exactly what they showed when every row was made.

use valuebridge::config::Config;
use valuebridge::digest::{
    self, dataset, Digest, DigestRequest, DigestSettings, Period, CHAT_ROWS,
};
use valuebridge::ids::TenantId;
use valuebridge::store::Store;
use valuebridge_chat::{Block, Reply};

/// A portfolio digest of the benchmark data set, its investment lines repeated until the
/// value-for-money table has `lines` rows (every copy with an id of the same length, so
/// column widths are those of the original rows).
fn huge_digest(lines: usize) -> Digest {
    let store = Store::temporary().unwrap();
    let tenant = TenantId::local();
    dataset::generate_dataset(&store, &tenant, 1_900).unwrap();
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let req = DigestRequest {
        unit: None,
        period: Period::parse("quarter", dataset::AS_OF).unwrap(),
        as_of: dataset::AS_OF,
    };
    let mut d = digest::build(&store, &tenant, &settings, &req).unwrap();
    let active: Vec<_> = d
        .investments
        .iter()
        .filter(|i| i.status == "active")
        .cloned()
        .collect();
    assert!(!active.is_empty());
    d.investments = (0..lines)
        .map(|k| {
            let mut line = active[k % active.len()].clone();
            line.id = format!("INV-{}", 100_000 + k).into();
            line
        })
        .collect();
    d
}

/// [`huge_digest`] whose lines after the first [`CHAT_ROWS`] have names wider than any
/// before them: a chat that shows only the first rows must still lay them out in the
/// columns every row needs, as it did when it was given every row.
fn huge_digest_wider_at_the_end(lines: usize) -> Digest {
    let mut d = huge_digest(lines);
    for line in d.investments.iter_mut().skip(CHAT_ROWS) {
        line.name = format!("{} (far end)", line.name).into();
    }
    d
}

/// Each table's header and rows, cell by cell, in order.
fn cells(r: &Reply) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    r.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { table } => Some((table.headers.clone(), table.rows.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn slack_shows_a_huge_chat_digest_exactly_as_it_shows_the_full_one() {
    let lines = CHAT_ROWS + 500;
    let d = huge_digest_wider_at_the_end(lines);
    let full = digest::to_reply(&d);
    let chat = digest::to_chat_reply(&d);

    // The rows kept are the full reply's first rows, cell for cell and in order.
    for ((h_full, rows_full), (h_chat, rows_chat)) in cells(&full).iter().zip(cells(&chat)) {
        assert_eq!(*h_full, h_chat);
        assert_eq!(rows_full[..rows_chat.len()], rows_chat[..]);
    }

    // Slack's blocks are the same, byte for byte: the same rows in the same columns
    // (widths of every row, not only of those kept), split into the same sections, then
    // the same count of what is not shown.
    let (slack_full, fallback_full) = valuebridge_slack::blocks::render(&full);
    let (slack_chat, fallback_chat) = valuebridge_slack::blocks::render(&chat);
    assert_eq!(fallback_chat, fallback_full);
    assert_eq!(slack_chat.len(), slack_full.len());
    for (i, (c, f)) in slack_chat.iter().zip(&slack_full).enumerate() {
        assert_eq!(c, f, "block {i} differs");
    }
    // The wide names are left out, yet their column is as wide as they need.
    let first_table = slack_chat
        .iter()
        .filter_map(|b| b["text"]["text"].as_str())
        .find(|t| t.starts_with("```") && t.contains("INV-100000"))
        .expect("the value-for-money table is shown");
    let header = first_table.lines().next().unwrap();
    let widest = d.investments[CHAT_ROWS].name.chars().count();
    let name_column = header.find("Investment").unwrap();
    let after = &header[name_column..];
    let gap = after.find(|c: char| c.is_whitespace()).unwrap();
    let next = after[gap..].find(|c: char| !c.is_whitespace()).unwrap() + gap;
    assert!(next >= widest, "{header}");
    assert!(!first_table.contains("far end"), "{first_table}");
}

fn tables(r: &Reply) -> Vec<(usize, usize)> {
    r.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { table } => Some((table.rows.len(), table.left_out)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_chat_digest_of_a_huge_portfolio_makes_only_the_rows_a_chat_shows() {
    let lines = CHAT_ROWS * 3 + 17;
    let d = huge_digest(lines);
    let full = digest::to_reply(&d);
    let chat = digest::to_chat_reply(&d);

    // Every table of the chat reply holds at most CHAT_ROWS rows and counts the rest.
    let (all, sent) = (tables(&full), tables(&chat));
    assert_eq!(all.len(), sent.len());
    for ((rows, none), (kept, left_out)) in all.iter().zip(&sent) {
        assert_eq!(*none, 0);
        assert_eq!(*kept, (*rows).min(CHAT_ROWS));
        assert_eq!(kept + left_out, *rows);
    }
    assert!(sent.contains(&(CHAT_ROWS, lines - CHAT_ROWS)), "{sent:?}");

    // Discord: the first rows of each table, then how many more there are.
    let discord = valuebridge_discord::embeds::render(&chat);
    assert_eq!(discord, valuebridge_discord::embeds::render(&full));
    let text: String = discord
        .iter()
        .flat_map(|m| &m.embeds)
        .map(|e| e.description.clone())
        .collect();
    assert!(text.contains("INV-100000"));
    let more = format!(
        "…and {} more rows. Narrow it",
        lines - valuebridge_discord::embeds::MAX_TABLE_ROWS
    );
    assert!(text.contains(&more), "{text}");

    // Slack: the first rows, ending with what was left out, every row counted.
    let (blocks, _) = valuebridge_slack::blocks::render(&chat);
    let footer = blocks.last().unwrap()["elements"][0]["text"]
        .as_str()
        .unwrap();
    assert!(
        footer.starts_with("…and ") && footer.contains("more rows"),
        "{footer}"
    );
    let shown: usize = blocks
        .iter()
        .filter_map(|b| b["text"]["text"].as_str())
        .filter(|t| t.starts_with("```"))
        .map(|t| t.lines().count() - 1)
        .sum();
    let counted: usize = footer
        .trim_start_matches("…and ")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let rows: usize = all.iter().map(|(rows, _)| rows).sum();
    assert_eq!(shown + counted, rows);
}

#[test]
fn a_chat_digest_of_a_small_portfolio_is_the_whole_digest() {
    let d = huge_digest(40);
    assert_eq!(digest::to_chat_reply(&d), digest::to_reply(&d));
}

/// `items` repeated until there are `count`, the copies after the first `kept` changed by
/// `vary` (given their position among those copies).
fn stretched<T: Clone>(
    items: &[T],
    count: usize,
    kept: usize,
    vary: impl Fn(usize, &mut T),
) -> Vec<T> {
    assert!(!items.is_empty());
    (0..count)
        .map(|k| {
            let mut item = items[k % items.len()].clone();
            if k >= kept {
                vary(k - kept, &mut item);
            }
            item
        })
        .collect()
}

#[test]
fn slack_lays_out_the_rows_kept_in_the_columns_of_every_row_whatever_the_rows_left_out_hold() {
    let lines = CHAT_ROWS + 400;
    let mut d = huge_digest(lines);
    // Past the rows a chat keeps: amounts of every size and sign, in other currencies and
    // in one without a symbol, ratios missing, negative, rounding up a digit or not a
    // number, the other cost basis, long and non-ASCII names, slipping lines.
    for (k, line) in d.investments.iter_mut().enumerate().skip(CHAT_ROWS) {
        let k = k - CHAT_ROWS;
        let big = 10i128.pow((k % 27) as u32);
        line.cost_minor = if k.is_multiple_of(2) {
            -(big as i64 % i64::MAX)
        } else {
            999_950
        };
        line.approved_minor = if k.is_multiple_of(3) { -big } else { big * 7 };
        line.npv_minor = -big / 3;
        line.currency = ["GBP", "JPY", "XXX", "USD", "EUR"][k % 5].into();
        line.bcr = [
            None,
            Some(f64::NAN),
            Some(9.995),
            Some(-0.001),
            Some(123_456.789),
        ][k % 5];
        line.roi = [Some(-0.004), None, Some(99.995), Some(f64::INFINITY)][k % 4];
        line.payback_years = [Some(9.95), None, Some(1e16)][k % 3];
        line.realisation_ratio = [Some(0.995), Some(-12.5), None][k % 3];
        line.cost_variance = [Some(0.5), Some(-0.0049)][k % 2];
        line.cost_basis = ["approved", "estimate"][k % 2].into();
        line.slipping = k % 2 == 1;
        line.name = format!("{} — café ✓ {}", line.name, "é".repeat(k % 50)).into();
        line.unit = "ü".repeat(k % 45).into();
        line.rag = ["red", "amber", "green", "grey"][k % 4].into();
    }
    d.decisions = stretched(&d.decisions, CHAT_ROWS + 300, CHAT_ROWS, |k, dl| {
        dl.amount_minor = [None, Some(-5), Some(i64::MAX), Some(1_999_999_950)][k % 4];
        dl.currency = (k % 4 != 1).then(|| ["GBP", "", "XXX", "JPY"][k % 4].into());
        dl.review = [None, chrono::NaiveDate::from_ymd_opt(12_026, 1, 1)][k % 2];
        dl.decided_by = "ø".repeat(k % 60).into();
        dl.rationale = format!("{} ✓ {}", dl.rationale, "x".repeat(k % 70)).into();
    });
    d.reviews_due = d.decisions.clone();
    if !d.overdue_followups.is_empty() {
        d.overdue_followups =
            stretched(&d.overdue_followups, CHAT_ROWS + 200, CHAT_ROWS, |k, f| {
                f.owner = (k % 2 == 1).then(|| "ñ".repeat(k % 50).into());
                f.action = "ä".repeat(k % 41).into();
            });
    }
    let full = digest::to_reply(&d);
    let chat = digest::to_chat_reply(&d);
    assert!(
        tables(&chat)
            .iter()
            .filter(|(_, left_out)| *left_out > 0)
            .count()
            >= 4,
        "{:?}",
        tables(&chat)
    );
    let (slack_full, _) = valuebridge_slack::blocks::render(&full);
    let (slack_chat, _) = valuebridge_slack::blocks::render(&chat);
    assert_eq!(slack_chat.len(), slack_full.len());
    for (i, (c, f)) in slack_chat.iter().zip(&slack_full).enumerate() {
        assert_eq!(c, f, "block {i} differs");
    }
}
