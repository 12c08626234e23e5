use super::*;

#[test]
fn tables_are_aligned_on_the_widest_cell() {
    let reply = Reply::info().table(
        &["Id", "Name"],
        vec![
            vec!["INV-1".into(), "CRM".into()],
            vec!["INV-10".into(), "Data lake".into()],
        ],
    );
    assert_eq!(
        render_plain(&reply),
        "Id      Name\n------  ---------\nINV-1   CRM\nINV-10  Data lake\n"
    );
}

#[test]
fn a_reply_written_as_it_is_made_is_its_text() {
    let rows = || {
        vec![
            vec!["INV-1".to_string(), "CRM".into()],
            vec!["INV-10".into()],
        ]
    };
    let reply = Reply::info()
        .fields([("Name", "value")])
        .table(&["Id", "Name"], rows())
        .paragraph("Done.");
    let mut text = PlainText::new(Vec::new());
    text.fields(&[("Name".into(), "value".into())]);
    text.table(&["Id".into(), "Name".into()], &|row| {
        rows().iter().for_each(|r| row(r))
    });
    text.paragraph("Done.");
    let written = String::from_utf8(text.finish().unwrap()).unwrap();
    assert_eq!(written, render_plain(&reply));
    assert_eq!(
        written,
        "Name  value\n\nId      Name\n------  ----\nINV-1   CRM\nINV-10\n\nDone.\n"
    );
}

#[test]
fn extra_cells_are_left_out_and_a_table_without_columns_is_empty_lines() {
    let reply = Reply::info().table(
        &["Id"],
        vec![vec!["INV-1".into(), "ignored".into()], vec![]],
    );
    assert_eq!(render_plain(&reply), "Id\n-----\nINV-1\n\n");
    let mut text = PlainText::new(Vec::new());
    text.table(&[], &|row| {
        row(&["x".into()]);
        row(&[]);
    });
    let written = String::from_utf8(text.finish().unwrap()).unwrap();
    assert_eq!(written, "\n\n\n\n");
}

/// Rows of every shape a table meets: short and long, Unicode, blank, missing cells.
pub(crate) fn varied_rows(count: usize) -> Vec<Vec<String>> {
    (0..count)
        .map(|k| {
            let cells = [
                format!("INV-{k}"),
                "Café".repeat(k % 7),
                "x".repeat((k * 37) % 150),
                format!("a|b\nc {}", k % 3),
                if k % 5 == 0 {
                    "   ".into()
                } else {
                    String::new()
                },
            ];
            cells.into_iter().take(k % 6).collect()
        })
        .collect()
}

#[test]
fn a_table_made_by_position_on_every_core_is_the_same_text() {
    let headers: Vec<String> = ["Id", "Name", "Long", "Odd", "Blank"]
        .iter()
        .map(|h| h.to_string())
        .collect();
    for count in [
        0,
        1,
        7,
        PARALLEL_ROWS - 1,
        PARALLEL_ROWS,
        3 * PARALLEL_ROWS + 5,
    ] {
        let rows = varied_rows(count);
        for cols in [0, 1, 5] {
            let headers = &headers[..cols];
            let mut whole = PlainText::new(Vec::new());
            whole.paragraph("Before.");
            whole.table(headers, &|row| rows.iter().for_each(|r| row(r)));
            whole.paragraph("After.");
            let mut at = PlainText::new(Vec::new());
            at.paragraph("Before.");
            at.table_at(headers, rows.len(), &|k, cells| {
                rows[k].iter().for_each(|c| cells.cell(c))
            });
            at.paragraph("After.");
            assert_eq!(
                String::from_utf8(at.finish().unwrap()).unwrap(),
                String::from_utf8(whole.finish().unwrap()).unwrap(),
                "{count} rows, {cols} columns"
            );
        }
    }
}

#[test]
fn rows_a_table_left_out_are_counted_after_it() {
    let mut reply = Reply::info().table(&["Id"], vec![vec!["INV-1".into()]]);
    if let Some(Block::Table { table }) = reply.blocks.last_mut() {
        table.left_out = 41;
    }
    assert_eq!(
        render_plain(&reply),
        "Id\n-----\nINV-1\n\n…and 41 more rows.\n"
    );
    assert_eq!(
        crate::render_markdown(&reply),
        "| Id |\n|---|\n| INV-1 |\n\n…and 41 more rows.\n"
    );
}

#[test]
fn unicode_cells_align_by_characters() {
    let reply = Reply::info().table(&["Unit", "N"], vec![vec!["Café".into(), "1".into()]]);
    assert_eq!(render_plain(&reply), "Unit  N\n----  -\nCafé  1\n");
}

#[test]
fn a_cell_longer_than_any_format_width_is_clipped_not_a_panic() {
    let huge = "x".repeat(70_000);
    let reply = Reply::info()
        .heading(&huge)
        .fields([(huge.as_str(), huge.as_str())])
        .table(
            &["Id", "Name", "N"],
            vec![vec!["UNIT-1".into(), huge.clone(), "1".into()]],
        );
    let out = render_plain(&reply);
    let row = out.lines().find(|l| l.starts_with("UNIT-1")).unwrap();
    let expected = format!("UNIT-1  {}…  1", "x".repeat(MAX_PLAIN_CELL - 1));
    assert_eq!(row, expected);
    assert!(out
        .lines()
        .all(|l| l.chars().count() <= MAX_PLAIN_TEXT + MAX_PLAIN_CELL + 2));
}
