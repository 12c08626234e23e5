use super::*;

const DECIDE: CommandDecl = CommandDecl {
    name: "decide",
    description: "Log a decision",
    fields: &[],
    line: &[
        Piece::Words("decide"),
        bare("investment", Style::Quoted),
        bare("verdict", Style::Raw),
        after("review:", "review", Style::Quoted),
        after("because ", "because", Style::Raw),
    ],
    form: None,
    help: HelpDecl {
        summary: "Logs a decision.",
        aliases: &["decision"],
        examples: &["/value decide INV-1 approve"],
    },
};

fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn each_field_is_found_at_its_own_span() {
    let c = DECIDE.compose(&values(&[
        ("investment", "CRM replacement"),
        ("verdict", "approve"),
        ("review", ""),
        ("because", "churn"),
    ]));
    assert_eq!(c.line, "decide \"CRM replacement\" approve because churn");
    assert_eq!(c.field_at(7), Some("investment"));
    assert_eq!(c.field_at(c.line.find("approve").unwrap()), Some("verdict"));
    assert_eq!(c.field_at(c.line.find("because").unwrap()), Some("because"));
    assert_eq!(c.field_at(c.line.len()), Some("because"));
    assert_eq!(c.field_at(0), None, "the command word is no field");
}

#[test]
fn styles_write_what_the_grammar_reads() {
    assert_eq!(quoted("say \"hi\" now"), "“say \"hi\" now”");
    assert_eq!(tags("crm, #renewal"), "#crm #renewal");
    assert_eq!(aliases("fin, money"), "alias fin alias money");
    assert_eq!(per_year("£20k"), "£20k/yr");
    assert_eq!(per_year("£2k/month"), "£2k/month");
}
