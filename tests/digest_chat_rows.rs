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
