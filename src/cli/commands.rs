//! What each subcommand does.

use super::{Cli, Command, StoreCommand};
use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::console::{self, ConsoleIdentity};
use crate::ids::TenantId;
use crate::service::Service;
use crate::store::Store;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    let default = PathBuf::from("config/valuebridge.toml");
    let file = cli
        .config
        .clone()
        .or_else(|| default.exists().then_some(default));
    let mut config = Config::load(file.as_deref(), std::env::vars())?;
    if let Some(dir) = &cli.data_dir {
        config.store.data_dir = dir.clone();
    }
    Ok(config)
}

fn tenant(cli: &Cli) -> anyhow::Result<TenantId> {
    Ok(cli.tenant.parse()?)
}

fn open_store(config: &Config) -> anyhow::Result<Store> {
    Ok(Store::open(&config.store.data_dir)?)
}

/// The startup check: what a few reads per tenant can find (a lost counter, a history cut
/// short) is reported before the bot says it is ready.
fn check_quickly(store: &Store) -> anyhow::Result<()> {
    damaged_if_any(store, store.verify_quick()?)
}

/// The full check, which reads every record (16 s at 1.9M records), runs once the bot is
/// up, without holding writes back. Resolves to the damage it finds, and never when the
/// store is whole: the bot stops on damage and says so, as it would have at startup.
fn check_fully_in_background(store: Store) -> impl std::future::Future<Output = anyhow::Error> {
    let (found, damage) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let outcome = store
            .verify()
            .map_err(anyhow::Error::from)
            .and_then(|problems| damaged_if_any(&store, problems));
        crate::allocator::give_back();
        match outcome {
            Ok(()) => tracing::info!(elapsed = ?started.elapsed(), "the store is whole"),
            Err(e) => {
                let _ = found.send(e);
            }
        }
    });
    async move {
        match damage.await {
            Ok(e) => e,
            Err(_) => std::future::pending().await,
        }
    }
}

fn damaged_if_any(store: &Store, problems: Vec<String>) -> anyhow::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = problems.iter().take(5).map(String::as_str).collect();
    let more = problems.len().saturating_sub(shown.len());
    let detail = format!(
        "its records disagree with its indexes ({}{})",
        shown.join("; "),
        if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        }
    );
    Err(crate::store::StoreError::Damaged {
        path: store.path().to_path_buf(),
        detail,
    }
    .into())
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

/// Whether stdin is someone typing or a pipe (not /dev/null under a service manager).
fn stdin_is_interactive_or_pipe() -> bool {
    use std::os::unix::fs::FileTypeExt;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return true;
    }
    std::fs::metadata("/proc/self/fd/0")
        .map(|m| m.file_type().is_fifo() || m.file_type().is_file())
        .unwrap_or(false)
}

pub fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = load_config(&cli)?;
    let quiet = !matches!(cli.command, None | Some(Command::Run));
    super::logging::init(&config.log, quiet);
    let tenant = tenant(&cli)?;
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => run(config),
        Command::Chat {
            user,
            channel,
            role,
        } => {
            let identity = ConsoleIdentity {
                tenant: tenant.to_string(),
                channel,
                user,
                role,
            };
            chat(config, identity)
        }
        Command::Export { format, out } => store_command(
            &config,
            &tenant,
            StoreCommand::Export {
                format,
                out: absolute(&out),
            },
        ),
        Command::Import { file, user, update } => store_command(
            &config,
            &tenant,
            StoreCommand::Import {
                file: absolute(&file),
                user,
                update,
            },
        ),
        Command::Backup { out } => {
            if !config.store.data_dir.exists() {
                anyhow::bail!(
                    "There is no store in {} to back up. Pass the bot's --data-dir.",
                    config.store.data_dir.display()
                );
            }
            store_command(
                &config,
                &tenant,
                StoreCommand::Backup {
                    out: absolute(&out),
                },
            )
        }
        Command::Restore { file } => {
            let summary = crate::transfer::restore(&config.store.data_dir, &file)?;
            println!(
                "Restored {summary} from {} into {}.",
                file.display(),
                config.store.data_dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Digest {
            unit,
            period,
            as_of,
            format,
        } => match super::digest_snapshot::answer(
            &config,
            &tenant,
            unit.as_deref(),
            period.as_deref(),
            as_of,
        ) {
            Some(d) => {
                super::digest_snapshot::print(&d, format)?;
                super::digest_snapshot::end_now(d)
            }
            None => store_command(
                &config,
                &tenant,
                StoreCommand::Digest {
                    unit,
                    period,
                    as_of,
                    format,
                },
            ),
        },
        Command::Parse {
            message,
            today,
            speaker,
        } => store_command(
            &config,
            &tenant,
            StoreCommand::Parse {
                message,
                today,
                speaker,
            },
        ),
        Command::DigestAgg { action } => {
            store_command(&config, &tenant, StoreCommand::DigestAgg { action })
        }
        Command::Scorecard {
            unit,
            period,
            as_of,
            format,
        } => store_command(
            &config,
            &tenant,
            StoreCommand::Scorecard {
                unit,
                period,
                as_of,
                format,
            },
        ),
        Command::Org { action } => {
            let by = std::env::var("USER").unwrap_or_else(|_| "operator".into());
            store_command(&config, &tenant, StoreCommand::Org { action, by })
        }
        Command::Chart {
            kind,
            unit,
            investment,
            as_of,
            out,
        } => store_command(
            &config,
            &tenant,
            StoreCommand::Chart {
                kind,
                unit,
                investment,
                as_of,
                out: absolute(&out),
            },
        ),
        Command::CheckConfig => check_config(&config),
        Command::Schedule {
            action:
                super::ScheduleAction::Preview {
                    expression,
                    tz,
                    from,
                    count,
                },
        } => schedule_preview(&config, &expression, tz.as_deref(), from.as_deref(), count),
    }
}

fn run(config: Config) -> anyhow::Result<ExitCode> {
    let store = open_store(&config)?;
    check_quickly(&store)?;
    // Opening a large store decodes sled's snapshot into memory it then frees (about
    // 100 MB at 1M records): given back before the bot starts, not a second later.
    crate::allocator::give_back();
    let data_dir = config.store.data_dir.clone();
    let config = Arc::new(config);
    let runtime = runtime()?;
    let outcome = runtime.block_on(async move {
        let damage = Arc::new(std::sync::Mutex::new(None));
        let shutdown = {
            let damage = damage.clone();
            let found = check_fully_in_background(store.clone());
            // Called now, not when first polled: the handlers must be in place before the
            // bot says it is running, or an early SIGTERM kills it uncleanly.
            let signals = crate::bot::signals();
            async move {
                tokio::select! {
                    _ = signals => {}
                    e = found => {
                        *damage.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                    }
                }
            }
        };
        let clock: SharedClock = Arc::new(SystemClock);
        let env: std::collections::BTreeMap<String, String> = std::env::vars().collect();
        let secrets = crate::secrets::Secrets::from_env(&env)?;
        let platforms = if secrets.any_platform() {
            "Slack and Discord start as `valuebridge check-config` reports; this terminal is a local console too"
        } else {
            "No Slack or Discord credentials are set, so this is the local console"
        };
        let console_io = stdin_is_interactive_or_pipe().then(|| {
            let interactive = std::io::stdin().is_terminal();
            if interactive {
                println!(
                    "valuebridge is running on {} (HTTP on {}). {platforms}.\nType `help` for the commands, or tell me in plain words. Ctrl-C stops the bot.",
                    config.store.data_dir.display(),
                    config.server.bind
                );
            }
            crate::bot::ConsoleIo { input: tokio::io::BufReader::new(tokio::io::stdin()), output: tokio::io::stdout(), prompt: interactive, posts: None }
        });
        let service = Service::new(store, config, clock)?;
        crate::bot::run(service, secrets, console_io, |_| {}, shutdown).await?;
        let found = damage.lock().unwrap_or_else(|p| p.into_inner()).take();
        match found {
            Some(e) => Err(e),
            None => Ok(ExitCode::SUCCESS),
        }
    });
    // The bot has stopped cleanly (or failed); only the console's read of stdin may still
    // be running, on a blocking thread that no one can cancel. Dropping the runtime would
    // wait for it, until someone presses Enter or the pipe is closed, so leave it behind.
    runtime.shutdown_background();
    settle(&data_dir);
    outcome
}

/// After a stop, so the next start does not replay what this run wrote (see
/// `Store::settle`). Whatever happens here, the stop itself has already succeeded.
fn settle(dir: &Path) {
    let started = std::time::Instant::now();
    match Store::settle(dir) {
        Ok(true) => {
            tracing::info!(elapsed = ?started.elapsed(), "the store is settled for the next start")
        }
        Ok(false) => {
            tracing::info!("the store is still in use; the next start replays this run's writes")
        }
        Err(e) => {
            tracing::warn!(error = %e, "could not settle the store; the next start replays this run's writes")
        }
    }
}

fn chat(config: Config, identity: ConsoleIdentity) -> anyhow::Result<ExitCode> {
    let store = match Store::open(&config.store.data_dir) {
        Ok(store) => store,
        Err(e) if e.is_held_elsewhere() => {
            let path = crate::admin::socket_path(&config.store.data_dir);
            runtime()?
                .block_on(crate::admin::client::chat(&path, &identity))
                .map_err(|ce| held_error(e, ce))?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => return Err(e.into()),
    };
    let config = Arc::new(config);
    runtime()?.block_on(async move {
        let service = Service::new(store.clone(), config.clone(), Arc::new(SystemClock))?;
        let interactive = std::io::stdin().is_terminal();
        // A person at the console sees scheduled digests as they fall due; a script does not.
        let posts = if interactive {
            let poster = console::ConsolePoster::default();
            let rx = poster.subscribe();
            let grace = chrono::Duration::hours(i64::from(config.schedule.grace_hours));
            let scheduler =
                crate::schedule::Scheduler::new(&store, Arc::new(service.clone()), grace)?;
            let router = Arc::new(crate::platforms::posters::Router {
                console: poster,
                slack: None,
                discord: None,
            });
            tokio::spawn(async move {
                scheduler
                    .run(router, chrono::Utc::now, std::future::pending())
                    .await
            });
            Some(rx)
        } else {
            None
        };
        let input = tokio::io::BufReader::new(tokio::io::stdin());
        console::run(
            &service,
            &identity,
            input,
            tokio::io::stdout(),
            interactive,
            posts,
        )
        .await?;
        store.flush()?;
        Ok(ExitCode::SUCCESS)
    })
}

/// Runs a store command here, or through the running bot when it holds the store.
fn store_command(
    config: &Config,
    tenant: &TenantId,
    command: StoreCommand,
) -> anyhow::Result<ExitCode> {
    let out = match Store::open(&config.store.data_dir) {
        Ok(store) => {
            let out = super::execute_saying(&store, config, tenant, &command, &mut |line| {
                eprintln!("{line}")
            });
            store.flush()?;
            // A digest only reads: what it read is the store until it is next opened, so
            // the next digest can read that instead (see `aggregates::snapshot`).
            let snapshot = match matches!(command, StoreCommand::Digest { .. }) && out.code == 0 {
                true => store.start_aggregate_snapshot(tenant).unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "could not keep a digest snapshot");
                    None
                }),
                false => None,
            };
            drop(store);
            if let Some(partial) = snapshot {
                let finished =
                    crate::store::aggregates::snapshot::finish(&config.store.data_dir, &partial);
                if let Err(e) = finished {
                    tracing::warn!(error = %e, "could not keep a digest snapshot");
                }
            }
            out
        }
        Err(e) if e.is_held_elsewhere() => {
            let path = crate::admin::socket_path(&config.store.data_dir);
            runtime()?
                .block_on(crate::admin::client::command(
                    &path,
                    tenant.as_str(),
                    command,
                ))
                .map_err(|ce| held_error(e, ce))?
        }
        Err(e) => return Err(e.into()),
    };
    print_output(&out);
    Ok(ExitCode::from(out.code))
}

pub(super) fn print_output(out: &super::Output) {
    // Records may hold control characters from before they were refused: a terminal shows
    // them as symbols; a pipe or file gets the output unchanged.
    if std::io::stdout().is_terminal() {
        print!("{}", crate::terminal::for_terminal(&out.stdout));
    } else {
        print!("{}", out.stdout);
    }
    eprint!("{}", crate::terminal::for_terminal(&out.stderr));
}

/// The store is locked and the admin socket did not help: say both, plainly.
fn held_error(
    open: crate::store::StoreError,
    client: crate::admin::client::ClientError,
) -> anyhow::Error {
    match client {
        crate::admin::client::ClientError::Refused(message) => anyhow::anyhow!("{message}"),
        other => anyhow::anyhow!("{open} It does not answer on its admin socket either ({other})."),
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn check_config(config: &Config) -> anyhow::Result<ExitCode> {
    let env: std::collections::BTreeMap<String, String> = std::env::vars().collect();
    let secrets = crate::secrets::Secrets::from_env(&env)?;
    println!("# Effective configuration (defaults, then the file, then VALUEBRIDGE_* variables)\n");
    println!("{}", config.to_toml());
    println!("# Secrets (from the environment only)");
    for line in secrets.redacted_listing() {
        println!("{line}");
    }
    println!("\n# Adapters");
    for line in secrets.adapter_report() {
        println!("{line}");
    }
    if let Some(key) = secrets.get("DISCORD_PUBLIC_KEY") {
        if let Err(e) = valuebridge_discord::verify::InteractionVerifier::new(key.expose()) {
            eprintln!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn schedule_preview(
    config: &Config,
    expression: &str,
    tz: Option<&str>,
    from: Option<&str>,
    count: usize,
) -> anyhow::Result<ExitCode> {
    let zone: chrono_tz::Tz = match tz {
        Some(z) => match z.parse() {
            Ok(z) => z,
            Err(_) => {
                eprintln!("'{z}' is not a time zone; use an IANA name like Europe/London or America/New_York.");
                return Ok(ExitCode::from(1));
            }
        },
        None => config.timezone()?,
    };
    let from = match from {
        Some(f) => match chrono::DateTime::parse_from_rfc3339(f) {
            Ok(t) => t.with_timezone(&chrono::Utc),
            Err(_) => {
                eprintln!("'{f}' is not an RFC 3339 time; write it like 2027-03-28T00:00:00Z.");
                return Ok(ExitCode::from(1));
            }
        },
        None => chrono::Utc::now(),
    };
    let words: Vec<&str> = expression.split_whitespace().collect();
    let named = words
        .first()
        .is_some_and(|w| ["weekly", "daily", "monthly"].contains(&w.to_lowercase().as_str()));
    let spec = if named {
        crate::schedule::Spec::from_words(&words, zone)
    } else {
        crate::schedule::Spec::from_cron(expression, zone)
    };
    let spec = match spec {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(1));
        }
    };
    for t in spec.fire_times_after(from).take(count) {
        println!(
            "{}  ({})",
            t.with_timezone(&zone).format("%a %Y-%m-%d %H:%M:%S %Z"),
            t.format("%Y-%m-%dT%H:%M:%SZ")
        );
    }
    Ok(ExitCode::SUCCESS)
}
