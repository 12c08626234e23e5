//! Minutes of a motion: "Motion to continue funding the pollination contract … Moved by G.
//! MacLeod, seconded by S. Burns. Carried." Who moved and seconded it is how the board
//! decided, no reason (round R60; no training label holds it).

/// Does `said` only tell who moved or seconded a motion? (Compared without allocating: the
/// filter is asked of every record's reason.)
pub(super) fn only_motion_moved(said: &str) -> bool {
    let said = said.trim_start().as_bytes();
    said.get(..9)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"moved by "))
        || said
            .windows(12)
            .any(|w| w.eq_ignore_ascii_case(b"seconded by "))
}
