//! A child process that is killed when it is dropped, so a test that fails (panics) half
//! way never leaves the bot it started running.

use std::ops::{Deref, DerefMut};
use std::process::Child;

pub struct KillOnDrop(Option<Child>);

impl KillOnDrop {
    pub fn new(child: Child) -> KillOnDrop {
        KillOnDrop(Some(child))
    }

    /// The child, no longer killed on drop: for `wait_with_output` once it must end.
    #[allow(
        dead_code,
        reason = "each test binary that includes this file uses part of it"
    )]
    pub fn into_inner(mut self) -> Child {
        self.0.take().expect("a child until taken")
    }
}

impl Deref for KillOnDrop {
    type Target = Child;
    fn deref(&self) -> &Child {
        self.0.as_ref().expect("a child until taken")
    }
}

impl DerefMut for KillOnDrop {
    fn deref_mut(&mut self) -> &mut Child {
        self.0.as_mut().expect("a child until taken")
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        // Still running: the test did not stop it (it failed first). A child already
        // waited for is left alone.
        if let Some(child) = self.0.as_mut() {
            if let Ok(None) = child.try_wait() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}
