use super::*;
use crate::money::Currency;

fn with_ids(ids: &[u64], units: u64) -> Aggregates {
    let mut agg = Aggregates::default();
    for &id in ids {
        let unit = UnitId(1 + id % units);
        let gbp = |minor| Money {
            minor,
            currency: Currency::GBP,
        };
        let i = InvestmentAgg {
            id: InvestmentId(id),
            id_text: InvestmentId(id).to_string().into(),
            name: format!("Investment {id}").into(),
            unit,
            category: Category::Run,
            cost: gbp(100),
            run_cost: gbp(0),
            annual_benefit: gbp(10),
            years: 3,
            start: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            decisions: Vec::new(),
            benefits: Vec::new(),
            foreign: Vec::new(),
        };
        agg.investment_units.insert(i.id, unit);
        agg.investments.entry(unit).or_default().insert(i.id, i);
    }
    agg
}

fn ids(list: Vec<&InvestmentAgg>) -> Vec<u64> {
    list.into_iter().map(|i| i.id.0).collect()
}

#[test]
fn every_investment_comes_once_in_id_order_across_units() {
    let dense: Vec<u64> = (1..=300).filter(|k| k % 7 != 0).collect();
    let sparse = vec![3, 40, 5_000, 70_001, 9_999_999, u64::MAX - 1];
    let mut gapped: Vec<u64> = (10..400).collect();
    gapped.push(3_000);
    for (name, list) in [("dense", dense), ("sparse", sparse), ("gapped", gapped)] {
        for units in [1, 3, 50] {
            let agg = with_ids(&list, units);
            let mut want = list.clone();
            want.sort_unstable();
            assert_eq!(ids(agg.all_investments()), want, "{name}, {units} units");
        }
    }
    assert!(Aggregates::default().all_investments().is_empty());
}
