//! Validates `data/careers.toml` and embeds it in its compact form (`career_model::pack`),
//! which the widget reads without the JSON reader a reader's dataset needs. A bad edit
//! stops the build with the file, entry and field.

use std::path::PathBuf;

fn main() {
    // Another data file can be built in (the tests build a second release this way).
    println!("cargo:rerun-if-env-changed=CAREER_EXPLORER_DATA");
    let file = std::env::var("CAREER_EXPLORER_DATA").unwrap_or_else(|_| "data/careers.toml".to_string());
    let file = file.as_str();
    println!("cargo:rerun-if-changed={file}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
    let (ds, _warnings) = career_model::data_file::load_toml(file, &text).unwrap_or_else(|e| fail(&e));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&out, career_model::pack::pack(&ds)).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

fn fail(msg: &str) -> ! {
    eprintln!("\nThe dataset has problems:\n{msg}\n");
    for line in msg.lines() {
        println!("cargo:warning={line}");
    }
    std::process::exit(1);
}
