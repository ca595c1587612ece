//! Writes the map artwork into `assets/maps/` (run from the repository root:
//! `cargo run --manifest-path tools/mapgen/Cargo.toml`). A test in the app
//! fails when the checked-in files differ from what this writes.

use std::path::Path;

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/maps");
    std::fs::create_dir_all(&dir)?;
    for (name, svg) in reliefmap_mapgen::generate() {
        std::fs::write(dir.join(name), svg)?;
        println!("wrote assets/maps/{name}");
    }
    Ok(())
}
