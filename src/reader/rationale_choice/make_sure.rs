//! "… go ahead with the kitchen chiller at $31,000 — make sure it is installed before the
//! Christmas guests arrive", "Please make sure it is ready before the Chinese New Year
//! shipments": an instruction to make sure of the work's timing or state is what the decider
//! asks for next, no reason (round R60; every training label with "make sure" holds none).

/// Openings of such an instruction, lower-cased.
const OPENINGS: &[&str] = &[
    "make sure ",
    "please make sure ",
    "pls make sure ",
    "kindly make sure ",
    "please ensure ",
    "kindly ensure ",
];

/// Does `said` open on an instruction to make sure of something?
pub(super) fn only_make_sure(said: &str) -> bool {
    let said = said.trim_start();
    OPENINGS.iter().any(|o| {
        said.get(..o.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(o))
    })
}
