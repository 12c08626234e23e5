//! A child process that is killed when it is dropped, so a test that fails (panics) half
//! way never leaves the bot it started running.

use std::ops::{Deref, DerefMut};
use std::process::Child;

pub struct KillOnDrop(Child);

impl KillOnDrop {
    pub fn new(child: Child) -> KillOnDrop {
        KillOnDrop(child)
    }
}

impl Deref for KillOnDrop {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl DerefMut for KillOnDrop {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        // Still running: the test did not stop it (it failed first). A child already
        // waited for is left alone.
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}
