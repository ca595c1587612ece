//! The integration tests, in one binary: each module is one scenario and
//! queries the app by its labels (egui_kittest), with an injected clock.
//! Tests that must run in a process of their own (they kill it, or load
//! a pack that aborts it) and the pixel snapshots have binaries of their
//! own beside this folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/mod.rs"]
mod common;

mod backup_restore;
mod cli_check;
mod cli_plan;
mod content_errors;
mod content_own_words;
mod content_pack_hand_map;
mod content_packs;
mod content_safety_rules;
mod content_shipped;
mod content_trust;
mod diary_archive;
mod diary_export;
mod diary_history;
mod hostile_files;
mod illustration_coverage;
mod illustration_errors;
mod illustration_pack_images;
mod illustration_player;
mod keyboard_path;
mod layout_walk;
mod map_accessibility;
mod map_artwork_drift;
mod map_hit_testing;
mod map_keyboard;
mod map_keyboard_travel;
mod map_labels;
mod map_lower_back;
mod map_reflex_link;
mod map_sizes;
mod map_svg_errors;
mod mutation_loaders;
mod own_routine_identity;
mod pack_banners;
mod pack_huge_numbers;
mod page_scroll;
mod pages_render;
mod pain_before;
mod player_flow;
mod player_large_controls;
mod routine_build_play;
mod routine_import;
mod routine_keys;
mod routine_session;
mod safety_gate_fits;
mod save_recovery;
mod saving_throttled;
mod screen_reader_focus;
mod search_filters;
mod session_timer;
mod settings_text_size;
mod speech_engine;
mod state_limits;
mod state_persists;
mod store_state;
mod technique_trust_marks;
mod voice_routine;
mod window_size_restarts;
mod your_data;
