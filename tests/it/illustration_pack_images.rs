//! A pack's step may bring a picture. A good PNG or JPEG is kept with its
//! full path; one outside the pack, missing, not a picture or too large is
//! dropped with a warning at its line and column, and nothing else of the
//! pack is lost.

use crate::common;

use reliefmap::content;

fn step(text: &str, image: &str) -> String {
    format!(r#"Step(text: "{text}", image: Some("{image}"), show: Some(Show(poses: ["chair"])))"#)
}

#[test]
fn bad_pictures_cost_only_their_picture() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("therapist");
    std::fs::create_dir_all(pack.join("techniques")).unwrap();
    std::fs::create_dir_all(pack.join("pictures")).unwrap();
    image::RgbImage::new(64, 48)
        .save(pack.join("pictures/good.png"))
        .unwrap();
    image::RgbImage::new(32, 24)
        .save(pack.join("pictures/also_good.jpg"))
        .unwrap();
    image::GrayImage::new(4097, 1)
        .save(pack.join("pictures/huge.png"))
        .unwrap();
    std::fs::write(pack.join("pictures/broken.png"), b"not a picture at all").unwrap();
    std::fs::write(dir.path().join("outside.png"), b"x").unwrap();
    let steps = [
        step("Good.", "pictures/good.png"),
        step("Also good.", "pictures/also_good.jpg"),
        step("Huge.", "pictures/huge.png"),
        step("Broken.", "pictures/broken.png"),
        step("Missing.", "pictures/missing.png"),
        step("Outside.", "../outside.png"),
        step("Not a picture type.", "pictures/notes.txt"),
    ]
    .join(",\n");
    let text = format!(
        "[\n{}\n]\n",
        common::technique("pack_pictures", r#""lower_back""#, &steps)
    );
    std::fs::write(pack.join("techniques/pictures.ron"), &text).unwrap();

    let base = content::shipped_files();
    let packs = content::read_packs(dir.path());
    let (catalogue, rejected) = content::load_with_packs(&base, &packs).unwrap();
    assert!(rejected.is_empty(), "{rejected:#?}");
    let technique = catalogue
        .technique("pack_pictures")
        .expect("the pack loaded");
    let images: Vec<Option<&str>> = technique.steps.iter().map(|s| s.image.as_deref()).collect();
    assert!(images[0].unwrap().ends_with("pictures/good.png"));
    assert!(images[1].unwrap().ends_with("pictures/also_good.jpg"));
    assert!(images[2..].iter().all(Option::is_none), "{images:?}");
    // Every step keeps its text and drawing.
    assert!(technique.steps.iter().all(|s| s.show.is_some()));

    let warnings: Vec<String> = catalogue.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 5, "{warnings:#?}");
    let file = pack.join("techniques/pictures.ron").display().to_string();
    for (needle, what) in [
        (
            "pictures/huge.png",
            "is 4097 × 1 pixels; at most 4096 × 4096",
        ),
        (
            "pictures/broken.png",
            "is not a PNG or JPEG picture that can be decoded",
        ),
        ("pictures/missing.png", "cannot be found"),
        ("../outside.png", "is outside the pack"),
        ("pictures/notes.txt", "is not a PNG or JPEG file"),
    ] {
        let pos = common::pos_of(&text, &format!("image: Some(\"{needle}"));
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with(&format!("{file}:{pos}:")) && w.contains(what)),
            "no warning {what:?} at {pos}: {warnings:#?}"
        );
    }
}
