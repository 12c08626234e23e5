//! A real full disk: the data directory on a 3 MB tmpfs. Needs root (to mount); skipped
//! with the reason printed otherwise. Every acknowledged note survives, a refused one is
//! nowhere, and writes work again, without a restart, once space is freed.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::Bot;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

/// A mounted tmpfs, unmounted (lazily, as sled may still close files) on drop.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Result<Tmpfs, String> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return Err("not running as root, so no tmpfs can be mounted".into());
        }
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "mount -t tmpfs failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

fn notes(store: &Store) -> usize {
    store.live(&TenantId::local(), Kind::Note).unwrap().len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_full_tmpfs_nothing_acknowledged_is_lost_and_writes_resume_when_space_is_freed() {
    let fs = match Tmpfs::mount("3m") {
        Ok(fs) => fs,
        Err(why) => {
            eprintln!("skipped: {why}");
            return;
        }
    };
    let data: PathBuf = fs.path().join("data");
    let filler = fs.path().join("filler");
    let store = Store::open(&data).unwrap();
    let bot = Bot::on_store(store, Config::default());
    bot.ok("unit add Sales").await;
    // Leave room for a few hundred notes above the store's reserve.
    let free = fs2_free(fs.path());
    let leave = valuebridge::store::MIN_FREE_BYTES + 300 * 1024;
    std::fs::write(&filler, vec![7u8; free.saturating_sub(leave) as usize]).unwrap();

    let text = "x".repeat(900);
    let mut acknowledged = 0;
    let refusal = loop {
        assert!(acknowledged < 5000, "the disk never filled");
        let reply = bot.say(&format!("note Sales: {acknowledged} {text}")).await;
        if reply.contains("Logged note") {
            acknowledged += 1;
        } else {
            break reply;
        }
    };
    assert!(acknowledged > 0);
    eprintln!("{acknowledged} notes acknowledged before the disk filled");
    assert!(
        refusal.contains("the server's disk is full; nothing was logged"),
        "{refusal}"
    );
    assert_eq!(notes(&bot.store), acknowledged);
    let missing = format!("NOTE-{}", acknowledged + 1);
    assert!(bot
        .say(&format!("show {missing}"))
        .await
        .contains("There is no"));
    assert!(bot.store.writable().unwrap_err().contains("disk is full"));

    std::fs::remove_file(&filler).unwrap();
    assert_eq!(bot.store.writable(), Ok(()));
    let out = bot.ok("note Sales: after the disk was freed").await;
    assert!(out.contains(&missing), "{out}");

    // And after a restart, every acknowledged note is there.
    let Bot { service, store, .. } = bot;
    drop(service);
    drop(store);
    let store = Store::open(&data).unwrap();
    assert_eq!(notes(&store), acknowledged + 1);
}

fn fs2_free(dir: &Path) -> u64 {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(dir)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}
