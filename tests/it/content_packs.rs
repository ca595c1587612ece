//! Packs from the user's content folder add to the shipped set; a broken
//! pack is left out whole with its messages.

use crate::common;

use reliefmap::content::{self, load_with_packs, read_packs};

#[test]
fn good_pack_adds_and_broken_pack_is_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a-good/techniques");
    std::fs::create_dir_all(&good).unwrap();
    let technique = common::technique("pack_heel_press", r#""heel_left""#, common::ONE_STEP);
    std::fs::write(good.join("extra.ron"), format!("[\n{technique}]")).unwrap();
    let bad = dir.path().join("b-bad/techniques");
    std::fs::create_dir_all(&bad).unwrap();
    let broken = common::technique("pack_broken", r#""heal_left""#, common::ONE_STEP);
    std::fs::write(bad.join("extra.ron"), format!("[\n{broken}]")).unwrap();

    let packs = read_packs(dir.path());
    assert_eq!(packs.len(), 2);
    let (catalogue, rejected) = load_with_packs(&content::shipped_files(), &packs).unwrap();
    assert!(catalogue.technique("pack_heel_press").is_some());
    assert!(catalogue.technique("pack_broken").is_none());
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].name, "b-bad");
    let message = rejected[0].diagnostics[0].to_string();
    assert!(
        message.contains("b-bad/techniques/extra.ron:7:20:"),
        "{message}"
    );
    assert!(message.contains("did you mean 'heel_left'?"), "{message}");
}

#[test]
fn missing_content_folder_means_no_packs() {
    assert!(read_packs(std::path::Path::new("/no/such/folder")).is_empty());
}
