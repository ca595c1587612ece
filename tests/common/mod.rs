//! Helpers shared by the integration tests.
#![allow(dead_code)]

use reliefmap::content::{self, Catalogue, ContentFile};

/// The shipped files with `rel_path` replaced by `text` (or added if new).
pub fn shipped_with(rel_path: &str, text: &str) -> Vec<ContentFile> {
    let mut files = content::shipped_files();
    files.retain(|f| f.rel_path != rel_path);
    files.push(ContentFile {
        rel_path: rel_path.to_owned(),
        display: if rel_path.ends_with(".svg") {
            format!("assets/{rel_path}")
        } else {
            format!("data/{rel_path}")
        },
        text: text.to_owned(),
    });
    files
}

/// Every message of a load that must fail.
pub fn load_errors(files: &[ContentFile]) -> Vec<String> {
    match content::load(files) {
        Ok(_) => panic!("the content loaded but should have failed"),
        Err(diagnostics) => diagnostics.iter().map(ToString::to_string).collect(),
    }
}

/// `line:col` of the first occurrence of `needle` in `text` (1-based, chars).
pub fn pos_of(text: &str, needle: &str) -> String {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{line}:{col}")
}

/// The built-in content, read and checked once per test binary.
pub fn shipped() -> Catalogue {
    static SHIPPED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    SHIPPED
        .get_or_init(|| match Catalogue::shipped() {
            Ok(catalogue) => catalogue,
            Err(diagnostics) => panic!("shipped content is invalid: {diagnostics:#?}"),
        })
        .clone()
}

/// A small, valid technique; `{works_on}` and `{steps}` are filled in.
pub fn technique(id: &str, works_on: &str, steps: &str) -> String {
    format!(
        r#"    Technique(
        id: "{id}",
        name: "Test technique",
        kind: Massage,
        summary: "A technique written for a test.",
        works_on: [{works_on}],
        positions: [Sitting],
        source: "self_massage",
        steps: [{steps}],
    ),
"#
    )
}

pub const ONE_STEP: &str =
    r#"Step(text: "Rub gently.", dose: Timed(min_secs: 60, max_secs: 120), dose_origin: App)"#;

use egui_kittest::Harness;
use reliefmap::app::ReliefApp;

/// The app at a window size, with the shipped content and no saved state.
/// Runs start at once: the pain question before a run is off (its own
/// scenario, `pain_before`, turns it on with [`app_harness_asking`]).
pub fn app_harness(width: f32, height: f32) -> Harness<'static, ReliefApp> {
    let mut harness = app_harness_asking(width, height);
    harness.state_mut().edit_user().settings.ask_pain_before = false;
    harness
}

/// The app as it opens for a new person: the pain question on.
pub fn app_harness_asking(width: f32, height: f32) -> Harness<'static, ReliefApp> {
    app_with(egui::vec2(width, height), shipped(), Vec::new(), || {
        reliefmap::app::Saved::in_memory()
    })
}

/// The app saving into `dir`, as `--state-dir DIR` would (a copy of
/// unsaved changes goes to `dir/cache`, never the machine's cache folder).
pub fn app_harness_in(dir: &std::path::Path) -> Harness<'static, ReliefApp> {
    let dir = dir.to_path_buf();
    let mut harness = app_with(
        egui::vec2(1280.0, 800.0),
        shipped(),
        Vec::new(),
        move || reliefmap::app::Saved::open_with_cache(Some(&dir), Some(&dir.join("cache"))),
    );
    // A state file from before may have turned it on; these scenarios
    // start runs at once.
    harness.state_mut().edit_user().settings.ask_pain_before = false;
    harness
}

/// The one way a scenario builds the app: given content, packs turned away
/// and saved state. The voice list is there at once (empty), so no frame
/// waits on the engine's worker and `run()` settles the same every time.
pub fn app_with(
    size: egui::Vec2,
    catalogue: reliefmap::content::Catalogue,
    rejected: Vec<reliefmap::content::RejectedPack>,
    saved: impl FnOnce() -> reliefmap::app::Saved + 'static,
) -> Harness<'static, ReliefApp> {
    Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| new_app(cc, catalogue, rejected, saved()))
}

/// The app inside a harness built by hand (a step limit, a GPU renderer),
/// with the voice list given at once as in [`app_with`].
pub fn new_app(
    cc: &eframe::CreationContext<'_>,
    catalogue: reliefmap::content::Catalogue,
    rejected: Vec<reliefmap::content::RejectedPack>,
    saved: reliefmap::app::Saved,
) -> ReliefApp {
    let mut app = ReliefApp::new(cc, catalogue, rejected, saved);
    app.set_voices(Vec::new());
    app
}

pub fn region(harness: &Harness<'_, ReliefApp>, id: &str) -> reliefmap::content::RegionId {
    harness
        .state()
        .library()
        .catalogue
        .region_index(id)
        .unwrap_or_else(|| panic!("no region {id}"))
}

/// Body back view with the whole lower back (both sides) selected, through
/// the UI: picked from the List view, as the map selects one side.
pub fn select_lower_back(harness: &mut Harness<'static, ReliefApp>) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label("List").click();
    harness.run();
    harness.get_by_label("Lower back").click();
    harness.run();
    harness.get_by_label("Body back").click();
    harness.run();
}

/// Starts a technique by id as the Start button does; returns its index.
pub fn start(
    harness: &mut Harness<'static, ReliefApp>,
    id: &str,
) -> reliefmap::content::TechniqueId {
    let index = harness
        .state()
        .library()
        .catalogue
        .technique_index(id)
        .unwrap_or_else(|| panic!("no technique {id}"));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(reliefmap::state::command::RunCommand::Start(index), &ctx);
    harness.run();
    index
}

/// Clicks the widget with this label and lets the app react.
pub fn click(harness: &mut Harness<'static, ReliefApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).click();
    harness.run();
}

/// A content pack `name` in `content_dir` with one technique on the left
/// heel; returns its folder.
pub fn write_technique_pack(
    content_dir: &std::path::Path,
    name: &str,
    id: &str,
) -> std::path::PathBuf {
    let pack = content_dir.join(name);
    std::fs::create_dir_all(pack.join("techniques")).unwrap_or_else(|e| panic!("{e}"));
    let text = format!("[\n{}]", technique(id, r#""heel_left""#, ONE_STEP));
    std::fs::write(pack.join("techniques/extra.ron"), text).unwrap_or_else(|e| panic!("{e}"));
    pack
}

/// A content pack `name` in `content_dir` bringing a hand chart drawn by
/// `svg` (one region, `hand_palm`, and a technique on it).
pub fn write_hand_pack(content_dir: &std::path::Path, name: &str, svg: &str) -> std::path::PathBuf {
    let pack = content_dir.join(name);
    for sub in ["maps", "techniques"] {
        std::fs::create_dir_all(pack.join(sub)).unwrap_or_else(|e| panic!("{e}"));
    }
    let files = [
        (
            "maps.ron",
            r#"Maps(
    views: [View(id: "hands", name: "Hands", caption: "The right palm.", maps: ["right_palm"])],
    maps: [Map(id: "right_palm", name: "Right palm", svg: "maps/right_palm.svg", kind: ReflexChart)],
)"#
            .to_owned(),
        ),
        ("maps/right_palm.svg", svg.to_owned()),
        (
            "regions.ron",
            r#"[Region(id: "hand_palm", name: "Palm (right hand)", map: "right_palm", side: Right)]"#
                .to_owned(),
        ),
        (
            "techniques/palm.ron",
            format!("[\n{}]", technique("palm_press", r#""hand_palm""#, ONE_STEP)),
        ),
    ];
    for (rel_path, text) in files {
        std::fs::write(pack.join(rel_path), text).unwrap_or_else(|e| panic!("{e}"));
    }
    pack
}

/// A hand drawing whose palm is `palm` (a path's `d`).
pub fn hand_svg(palm: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 300">
  <g id="silhouette"><path d="M 40 290 L 30 40 L 150 40 L 150 290 Z"/></g>
  <g id="regions">
    <path id="hand_palm" d="{palm}"/>
  </g>
</svg>
"#
    )
}

/// Runs frames until the content packs are in (or 60 s have passed).
pub fn wait_for_packs(harness: &mut Harness<'static, ReliefApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while harness.state().library().packs_pending() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
    harness.run();
}

/// Where text containing `text` is shown. Text a screen reader reaches by
/// keys is exposed twice (the words and the focusable block around them),
/// so this is the union of every node that holds it; panics if none does.
pub fn text_rect(harness: &Harness<'static, ReliefApp>, text: &str) -> egui::Rect {
    use egui_kittest::kittest::Queryable;
    harness
        .query_all_by_label_contains(text)
        .map(|node| node.rect())
        .reduce(|a, b| a.union(b))
        .unwrap_or_else(|| panic!("no text containing {text:?} is shown"))
}

/// Whether text containing `text` is shown (once or more).
pub fn shows(harness: &Harness<'static, ReliefApp>, text: &str) -> bool {
    use egui_kittest::kittest::Queryable;
    harness.query_all_by_label_contains(text).next().is_some()
}

/// A test that cannot run here says why. In CI (`CI=true`) that is a
/// failure, so a missing tool never passes silently there.
pub fn skip(why: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "cannot run in CI: {why}"
    );
    eprintln!("skipped: {why}");
}

/// Applies a command as a page or key would, then lets two frames pass.
pub fn apply(
    harness: &mut Harness<'static, ReliefApp>,
    command: impl Into<reliefmap::state::command::Command>,
) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(command, &ctx);
    harness.run_steps(2);
}

/// Starts a technique by id past its safety page ("I understand, start");
/// returns its index.
pub fn start_past_gate(
    harness: &mut Harness<'static, ReliefApp>,
    id: &str,
) -> reliefmap::content::TechniqueId {
    let index = start(harness, id);
    apply(
        harness,
        reliefmap::state::command::RunCommand::AcknowledgeAndStart(index),
    );
    index
}

/// The map region with the keyboard focus, if one has it.
pub fn focused_region(harness: &Harness<'_, ReliefApp>) -> Option<reliefmap::content::RegionId> {
    let focused = harness.ctx.memory(|m| m.focused())?;
    harness
        .state()
        .catalogue()
        .regions
        .keys()
        .find(|&r| reliefmap::ui::pages::map::region_id(r) == focused)
}

/// The id ("lower_back_left") of the map region with the keyboard focus.
pub fn focused_region_id(harness: &Harness<'_, ReliefApp>) -> Option<String> {
    let region = focused_region(harness)?;
    Some(harness.state().catalogue().regions[region].id.clone())
}
