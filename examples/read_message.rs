//! Prints every record the reader reads in one message, against a corpus organisation's
//! directory: a quick look at a miss without running the whole corpus test.
//!
//! Run: `cargo run --example read_message -- DIRECTORY MESSAGE` (DIRECTORY a corpus
//! `directory.json`; the message is read as that organisation's speaker on its `today`).

#[path = "../tests/corpus_scoring/mod.rs"]
mod corpus_scoring;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [directory, message] = args.as_slice() else {
        eprintln!("usage: read_message DIRECTORY MESSAGE");
        std::process::exit(2);
    };
    let tenant = corpus_scoring::load_tenant(std::path::Path::new(directory));
    let mut first = tenant
        .reader
        .read(message, &tenant.speaker, tenant.today)
        .unwrap_or_else(|e| panic!("{e}"));
    let also = std::mem::take(&mut first.also);
    for (n, reading) in std::iter::once(&first).chain(&also).enumerate() {
        println!("record {}: {reading:?}", n + 1);
    }
}
