//! Validates `data/careers.toml` and embeds it as a compact binary blob, so the widget
//! parses no text at start-up. A bad edit stops the build with the file, entry and field.

use std::path::PathBuf;

fn main() {
    let file = "data/careers.toml";
    println!("cargo:rerun-if-changed={file}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
    let (ds, _warnings) = career_model::loader::load_toml(file, &text).unwrap_or_else(|e| fail(&e));
    let bytes = postcard::to_allocvec(&ds).unwrap_or_else(|e| fail(&format!("{file}: cannot encode: {e}")));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

fn fail(msg: &str) -> ! {
    eprintln!("\nThe dataset has problems:\n{msg}\n");
    for line in msg.lines() {
        println!("cargo:warning={line}");
    }
    std::process::exit(1);
}
