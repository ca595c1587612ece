//! The map artwork in `assets/maps/` is what `tools/mapgen` writes: edit
//! the generator, run it, and commit both (see its main.rs).

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "../../tools/mapgen/src/lib.rs"]
mod mapgen;

#[test]
fn checked_in_artwork_matches_the_generator() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/maps");
    let generated = mapgen::generate();
    assert_eq!(generated.len(), 5);
    for (name, svg) in generated {
        let on_disk = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            on_disk == svg,
            "assets/maps/{name} differs from what tools/mapgen writes; run \
             `cargo run --manifest-path tools/mapgen/Cargo.toml` and commit the result"
        );
    }
}
