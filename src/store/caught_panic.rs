//! Panics caught where the store must go on (a command on the commit thread, opening a
//! damaged store): what the panic said, where, and its backtrace, kept for the log instead
//! of printed on stderr (what it said can quote what people typed).

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

/// A panic caught by [`catch`].
#[derive(Debug, Clone)]
pub(super) struct Caught {
    /// What it said.
    pub message: String,
    /// The file, line and column it came from.
    pub location: String,
    pub backtrace: String,
}

thread_local! {
    /// Set while this thread runs code under [`catch`]: its panic is kept here.
    static CATCHING: RefCell<Option<Option<Caught>>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that keeps the panics of code under [`catch`] and otherwise
/// does what the previous hook did.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let kept = CATCHING.with(|c| {
                let mut c = c.borrow_mut();
                c.as_mut().map(|slot| {
                    let message = info
                        .payload()
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| info.payload().downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "a panic".into());
                    *slot = Some(Caught {
                        message,
                        location: info
                            .location()
                            .map_or_else(|| "somewhere unknown".into(), |l| l.to_string()),
                        backtrace: std::backtrace::Backtrace::force_capture().to_string(),
                    });
                })
            });
            if kept.is_none() {
                previous(info);
            }
        }));
    });
}

/// Runs `f`; a panic in it comes back as what it said, where and its backtrace.
pub(super) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, Caught> {
    install_hook();
    let outer = CATCHING.with(|c| c.borrow_mut().replace(None));
    let out = catch_unwind(AssertUnwindSafe(f));
    let caught = CATCHING
        .with(|c| std::mem::replace(&mut *c.borrow_mut(), outer))
        .flatten();
    out.map_err(|_| {
        caught.unwrap_or_else(|| Caught {
            message: "a panic".into(),
            location: "somewhere unknown".into(),
            backtrace: String::new(),
        })
    })
}
