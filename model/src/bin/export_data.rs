//! Writes the open data: `careers.json` and its JSON Schema, into the folder given.
//! Usage: export-data OUT_DIR

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist/data".into()));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let file = std::env::var("CAREER_EXPLORER_DATA").unwrap_or_else(|_| "data/careers.toml".to_string());
    let text = std::fs::read_to_string(root.join(&file)).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
    let (ds, _) = career_model::data_file::load_toml(&file, &text).unwrap_or_else(|e| fail(&e));
    std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
    let json = career_model::data_file::to_json(&ds);
    std::fs::write(out.join("careers.json"), json).unwrap_or_else(|e| fail(&e.to_string()));
    std::fs::copy(root.join("data/careers.schema.json"), out.join("careers.schema.json"))
        .unwrap_or_else(|e| fail(&format!("data/careers.schema.json: {e}")));
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}
