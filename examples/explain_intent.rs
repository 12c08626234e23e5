//! Explains how an intent model reads one message: the rules' intent, the model's, and the
//! features that weigh most, with their weight per class.
//!
//! Run: `cargo run --example explain_intent -- MODEL DIRECTORY MESSAGE` (MODEL an intent
//! model file such as `assets/reader/intent.model`, DIRECTORY a corpus `directory.json`).

#[path = "../tests/corpus_scoring/mod.rs"]
mod corpus_scoring;

use valuebridge::reader::model::INTENTS;
use valuebridge::reader::IntentModel;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [model, directory, message] = args.as_slice() else {
        eprintln!("usage: explain_intent MODEL DIRECTORY MESSAGE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(model).unwrap_or_else(|e| panic!("{model}: {e}"));
    let model = IntentModel::from_text(&text).unwrap_or_else(|e| panic!("{model}: {e}"));
    let tenant = corpus_scoring::load_tenant(std::path::Path::new(directory));
    let (features, rule) =
        tenant
            .reader
            .intent_feature_names(message, &tenant.speaker, tenant.today);
    let hashes: Vec<u64> = features.iter().map(|(_, h)| *h).collect();
    let (best, margin) = model.predict(&hashes, rule);
    println!(
        "rules: {rule:?}; model: {best:?} by {margin:.2} over the rules (threshold {}); reads {:?}",
        model.threshold,
        model.decide(&hashes, rule)
    );
    println!(
        "{:<40}{}",
        "feature",
        INTENTS
            .map(|i| format!("{:>11}", format!("{i:?}")))
            .join("")
    );
    for (name, w) in model.explain(&features).iter().take(30) {
        println!("{name:<40}{}", w.map(|x| format!("{x:>11.2}")).join(""));
    }
}
