//! Sharing routines: export one (with the favourites) to a folder, import it
//! in another person's app, and import bad files: nothing changes and the
//! problems are shown with line and column.

use crate::common;

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use reliefmap::app::ReliefApp;
use reliefmap::state::command::FavouriteCommand;

/// An app saving into `state`, sharing routines through `folder`.
fn app_sharing(state: &Path, folder: &Path) -> Harness<'static, ReliefApp> {
    let mut harness = common::app_harness_in(state);
    harness.state_mut().forms_mut().routines.folder = folder.display().to_string();
    common::click(&mut harness, "Routines");
    harness
}

#[test]
fn a_therapist_exports_and_a_client_imports() {
    let folder = tempfile::tempdir().unwrap();
    let therapist_dir = tempfile::tempdir().unwrap();
    let mut therapist = app_sharing(therapist_dir.path(), folder.path());
    let ctx = therapist.ctx.clone();
    let calf = therapist
        .state()
        .library()
        .catalogue
        .technique_index("calf_massage")
        .unwrap();
    therapist
        .state_mut()
        .apply(FavouriteCommand::Toggle(calf), &ctx);
    common::click(&mut therapist, "Ankle routine");
    common::click(&mut therapist, "Export");
    therapist.get_by_label_contains("Saved to ");
    let file = folder.path().join("ankle-routine.reliefmap-routine.ron");
    assert!(file.is_file());

    let client_dir = tempfile::tempdir().unwrap();
    let mut client = app_sharing(client_dir.path(), folder.path());
    client.get_by_label("ankle-routine.reliefmap-routine.ron");
    client
        .get_by_label("Import ankle-routine.reliefmap-routine.ron")
        .click();
    client.run();
    client.get_by_label("Imported 'Ankle routine' with 4 techniques and 1 new favourite.");
    let user = &client.state().user();
    assert_eq!(user.routines.len(), 1);
    assert_eq!(user.routines[0].id, "ankle_routine_2");
    assert_eq!(
        user.routines[0].techniques,
        [
            "ankle_circles",
            "ankle_thumb_pressure",
            "ankle_rotations",
            "calf_massage"
        ]
    );
    assert_eq!(user.favourites, ["calf_massage"]);
    // Saved at once: a new app on the same folder has it.
    drop(client);
    let again = common::app_harness_in(client_dir.path());
    assert_eq!(again.state().user().routines.len(), 1);
}

const BAD: &str = r#"// From the clinic
RoutineFile(
    format: 1,
    routine: Routine(
        id: "evening",
        name: "Evening",
        techniques: ["arch_rolls", "heel_raise"],
    ),
    favourites: ["ankle_circle"],
)
"#;

#[test]
fn a_bad_routine_file_imports_nothing_and_says_where() {
    let folder = tempfile::tempdir().unwrap();
    let state = tempfile::tempdir().unwrap();
    let bad = folder.path().join("evening.reliefmap-routine.ron");
    std::fs::write(&bad, BAD).unwrap();
    let cut = folder.path().join("cut.reliefmap-routine.ron");
    std::fs::write(&cut, &BAD[..BAD.len() / 2]).unwrap();
    let mut harness = app_sharing(state.path(), folder.path());
    let before = harness.state().user().clone();

    harness
        .get_by_label("Import evening.reliefmap-routine.ron")
        .click();
    harness.run();
    harness.get_by_label("Nothing was imported: the file has 2 problems to fix first.");
    let shown = bad.display();
    harness.get_by_label(&format!(
        "{shown}:{}: routine 'evening' names unknown technique 'heel_raise' — did you mean 'heel_raises'?",
        common::pos_of(BAD, "\"heel_raise\"")
    ));
    harness.get_by_label(&format!(
        "{shown}:{}: favourites names unknown technique 'ankle_circle' — did you mean 'ankle_circles'?",
        common::pos_of(BAD, "\"ankle_circle\"")
    ));
    assert_eq!(*harness.state().user(), before);

    harness
        .get_by_label("Import cut.reliefmap-routine.ron")
        .click();
    harness.run();
    harness.get_by_label("Nothing was imported: the file has 1 problem to fix first.");
    let prefix = format!("{}:", cut.display());
    let node = harness.get_by_label_contains(&prefix);
    let message = node
        .accesskit_node()
        .label()
        .or_else(|| node.value())
        .unwrap_or_default();
    let place = message
        .strip_prefix(&format!("{}:", cut.display()))
        .unwrap();
    let mut numbers = place.split(':').take(2).map(|n| n.parse::<usize>());
    assert!(
        numbers.all(|n| n.is_ok_and(|n| n > 0)),
        "no line:column in {message}"
    );
    assert_eq!(*harness.state().user(), before);
}

#[test]
fn files_that_are_not_routines_are_refused_with_a_reason() {
    let folder = tempfile::tempdir().unwrap();
    let state = tempfile::tempdir().unwrap();
    let mut harness = app_sharing(state.path(), folder.path());
    let ctx = harness.ctx.clone();
    let binary = folder.path().join("photo.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0xff, 0xfe]).unwrap();
    harness.state_mut().import_routine_file(&binary, &ctx);
    harness.run();
    harness.get_by_label("Nothing was imported.");
    harness.get_by_label_contains("is not a text file");
    let missing = folder.path().join("gone.reliefmap-routine.ron");
    harness.state_mut().import_routine_file(&missing, &ctx);
    harness.run();
    harness.get_by_label_contains("cannot be opened");
    assert!(harness.state().user().routines.is_empty());
}
