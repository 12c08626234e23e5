//! The commands that log records, each with its form: note, decide, invest, benefit,
//! service; and `unit`.
//! One file per command (the service and unit commands together).

mod benefit;
mod decide;
mod invest;
mod note;
mod services_and_units;

pub use benefit::BENEFIT;
pub use decide::DECIDE;
pub use invest::INVEST;
pub use note::NOTE;
pub use services_and_units::{SERVICE, UNIT};
