//! Minutes of a motion: "Motion to continue funding the pollination contract … Moved by G.
//! MacLeod, seconded by S. Burns. Carried." Who moved and seconded it is how the board
//! decided, no reason (round R60; no training label holds it).

/// Does `said` only tell who moved or seconded a motion?
pub(super) fn only_motion_moved(said: &str) -> bool {
    let lower = said.trim_start().to_ascii_lowercase();
    lower.starts_with("moved by ") || lower.contains("seconded by ")
}
