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

/// Where a panic under [`catch`] is kept, and what to log it as when it happens.
#[derive(Default)]
struct Slot {
    caught: Option<Caught>,
    /// Logged from the hook, before unwinding drops anything: a writer whose answer is
    /// dropped by the unwinding learns of the panic only after it is in the log.
    log_as: Option<&'static str>,
}

thread_local! {
    /// Set while this thread runs code under [`catch`]: its panic is kept here.
    static CATCHING: RefCell<Option<Slot>> = const { RefCell::new(None) };
}

/// A panic, logged in full: where at error; what it said (it can quote people's words) and
/// its backtrace at debug.
pub(super) fn log(caught: &Caught, what: &str) {
    tracing::error!(location = %caught.location, "{what}");
    tracing::debug!(panic = %caught.message, backtrace = %caught.backtrace, "the panic in full");
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
                c.as_mut().map(|slot: &mut Slot| {
                    let message = info
                        .payload()
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| info.payload().downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "a panic".into());
                    let caught = Caught {
                        message,
                        location: info
                            .location()
                            .map_or_else(|| "somewhere unknown".into(), |l| l.to_string()),
                        backtrace: std::backtrace::Backtrace::force_capture().to_string(),
                    };
                    if let Some(what) = slot.log_as {
                        log(&caught, what);
                    }
                    slot.caught = Some(caught);
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
    catch_in(None, f)
}

/// [`catch`], logging the panic as `what` (see [`log`]) the moment it happens, before
/// unwinding drops what `f` holds: an answer dropped by the unwinding tells its writer only
/// after the log holds why.
pub(super) fn catch_logged<T>(what: &'static str, f: impl FnOnce() -> T) -> Result<T, Caught> {
    catch_in(Some(what), f)
}

fn catch_in<T>(log_as: Option<&'static str>, f: impl FnOnce() -> T) -> Result<T, Caught> {
    install_hook();
    let slot = Slot {
        caught: None,
        log_as,
    };
    let outer = CATCHING.with(|c| c.borrow_mut().replace(slot));
    let out = catch_unwind(AssertUnwindSafe(f));
    let caught = CATCHING
        .with(|c| std::mem::replace(&mut *c.borrow_mut(), outer))
        .and_then(|slot| slot.caught);
    out.map_err(|_| {
        caught.unwrap_or_else(|| Caught {
            message: "a panic".into(),
            location: "somewhere unknown".into(),
            backtrace: String::new(),
        })
    })
}
