//! HTML for the dashboard's pages: escaping, the page shell (phone-readable, printable, no
//! script), and a chat [`Reply`] drawn as HTML so the pages say what the chat says.

use valuebridge_chat::{Block, Reply};

/// The stylesheet every page links to (served as a file, so the CSP needs no inline style).
pub const STYLE: &str = r#"*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b;line-height:1.45}
header nav a{margin-right:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}figure svg{width:100%;height:auto}
figcaption{font-size:.9rem;color:#444}
code{font-size:.95em}
footer{margin-top:2rem;font-size:.85rem;color:#555}
@media (max-width:40rem){body{padding:.5rem}dl{grid-template-columns:1fr}dt{margin-top:.5rem}}
@media print{header nav,footer{display:none}body{max-width:none;padding:0}a{color:inherit;text-decoration:none}h2{break-after:avoid}figure,tr{break-inside:avoid}}
"#;

/// `s` safe anywhere in HTML text or a quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The chat's light markdown (`**bold**`, `` `code` ``) as HTML, everything else escaped.
pub fn inline(s: &str) -> String {
    let mut out = String::new();
    let (mut bold, mut code) = (false, false);
    let mut rest = s;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("**").filter(|_| !code) {
            out.push_str(if bold { "</strong>" } else { "<strong>" });
            bold = !bold;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('`') {
            out.push_str(if code { "</code>" } else { "<code>" });
            code = !code;
            rest = r;
        } else {
            let c = rest.chars().next().expect("not empty");
            out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
            rest = &rest[c.len_utf8()..];
        }
    }
    if code {
        out.push_str("</code>");
    }
    if bold {
        out.push_str("</strong>");
    }
    out
}

/// Whether a table cell reads as a number (right-aligned).
fn numeric(cell: &str) -> bool {
    let t = cell.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || " .,%+-−£$€¥()".contains(c) || c.is_ascii_uppercase())
        && !t.contains('-') // ids and dates (INV-3, 2026-11-30) read left to right
}

/// A table whose cells are already HTML.
pub fn table_html(headers: &[&str], rows: &[Vec<String>], numeric_cols: &[bool]) -> String {
    let class = |i: usize| {
        if numeric_cols.get(i).copied().unwrap_or(false) {
            " class=\"n\""
        } else {
            ""
        }
    };
    let mut out = String::from("<div class=\"scroll\"><table><thead><tr>");
    for (i, h) in headers.iter().enumerate() {
        out.push_str(&format!("<th{}>{}</th>", class(i), escape(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            out.push_str(&format!("<td{}>{cell}</td>", class(i)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>\n");
    out
}

/// A reply's blocks as HTML: headings as `h2`, fields as a definition list, tables as
/// tables. Buttons act in a chat only, so they are left out.
pub fn reply(r: &Reply) -> String {
    let mut out = String::new();
    for b in &r.blocks {
        match b {
            Block::Heading { text } => out.push_str(&format!("<h2>{}</h2>\n", inline(text))),
            Block::Paragraph { text } => {
                for line in text.split('\n').filter(|l| !l.trim().is_empty()) {
                    out.push_str(&format!("<p>{}</p>\n", inline(line)));
                }
            }
            Block::Fields { fields } => {
                out.push_str("<dl>");
                for (k, v) in fields {
                    out.push_str(&format!("<dt>{}</dt><dd>{}</dd>", inline(k), inline(v)));
                }
                out.push_str("</dl>\n");
            }
            Block::Table { table } => {
                let headers: Vec<&str> = table.headers.iter().map(String::as_str).collect();
                let numeric_cols: Vec<bool> = (0..headers.len())
                    .map(|i| {
                        let cells: Vec<&String> =
                            table.rows.iter().filter_map(|r| r.get(i)).collect();
                        !cells.is_empty() && cells.iter().all(|c| numeric(c) || c.trim() == "—")
                    })
                    .collect();
                let rows: Vec<Vec<String>> = table
                    .rows
                    .iter()
                    .map(|r| r.iter().map(|c| inline(c)).collect())
                    .collect();
                out.push_str(&table_html(&headers, &rows, &numeric_cols));
            }
            Block::Buttons { .. } => {}
        }
    }
    out
}

/// A chart's SVG in a figure, its alt text as the caption. The SVG is drawn by the bot
/// from figures; its text is escaped where it is drawn.
pub fn figure(chart: &crate::chart::Chart) -> String {
    format!(
        "<figure>{}<figcaption>{}</figcaption></figure>\n",
        chart.svg,
        escape(&chart.alt)
    )
}

/// A whole page. `root` is the relative path to the link's portfolio page (`./` or
/// `../`); `nav` is HTML.
pub fn page(title: &str, root: &str, nav: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>{title} · valuebridge</title>
<link rel="stylesheet" href="{root}../style.css">
</head>
<body>
<header><nav>{nav}</nav><h1>{title}</h1></header>
<main>
{body}</main>
<footer>valuebridge value dashboard. This address is private: anyone holding it can read these pages.</footer>
</body>
</html>
"#,
        title = escape(title),
    )
}

/// The plain page for a link that opens nothing.
pub fn refused(title: &str, text: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{t}</title>
</head>
<body>
<h1>{t}</h1>
<p>{p}</p>
</body>
</html>
"#,
        t = escape(title),
        p = escape(text)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_escaped_and_chat_markdown_becomes_html() {
        assert_eq!(
            escape(r#"<script>"x" & 'y'</script>"#),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(
            inline("**CRM <b>** costs `£1 & up`"),
            "<strong>CRM &lt;b&gt;</strong> costs <code>£1 &amp; up</code>"
        );
        assert_eq!(
            inline("**unclosed `x"),
            "<strong>unclosed <code>x</code></strong>"
        );
    }

    #[test]
    fn a_reply_becomes_headings_lists_and_tables() {
        let r = Reply::info()
            .heading("Title <1>")
            .paragraph("one\ntwo")
            .fields([("Cost", "£1,000")])
            .table(
                &["Id", "Amount"],
                vec![vec!["INV-1".into(), "£2,500".into()]],
            );
        let html = reply(&r);
        assert!(html.contains("<h2>Title &lt;1&gt;</h2>"), "{html}");
        assert!(html.contains("<p>one</p>\n<p>two</p>"), "{html}");
        assert!(html.contains("<dt>Cost</dt><dd>£1,000</dd>"), "{html}");
        assert!(
            html.contains("<td>INV-1</td><td class=\"n\">£2,500</td>"),
            "{html}"
        );
    }
}
