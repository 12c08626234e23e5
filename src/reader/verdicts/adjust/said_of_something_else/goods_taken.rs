//! "the Italian buyer accepted the whole November shipment with zero claims": goods taken by
//! a buyer — a shipment, an order, a container accepted — are what happened to the goods,
//! never an approval of the work (round S58), as goods turned back are no refusal.

use super::*;

/// Goods a buyer takes or turns back.
const GOODS: &[&str] = &[
    "shipment",
    "shipments",
    "consignment",
    "consignments",
    "container",
    "containers",
    "delivery",
    "deliveries",
    "batch",
    "batches",
    "order",
    "orders",
    "load",
    "loads",
    "pallets",
    "lot",
    "lots",
];

/// "accepted" with goods for its object (a few words on, no break): `Some(None)`.
pub(super) fn goods_taken(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, _prev, _next) = at.parts();
    if raw != Verdict::Approve || !matches!(word, "accepted" | "accepts") || end != start + 1 {
        return None;
    }
    (end..(end + 5).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| GOODS.contains(&toks[k].lower.as_str()))
        .then_some(None)
}
