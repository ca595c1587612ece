//! Spoken prompts: they play in order without cutting each other off,
//! pausing silences them at once, no engine means silence, the engine's
//! command line is safe, and the real engine (when installed) makes sound.

use std::sync::Arc;

use crate::common;
use std::time::{Duration, Instant};

use reliefmap::platform::speech::{self, EngineKind, RecordingEngine, Speaker, Voice};

/// Waits until `done` holds, failing the test after a few seconds.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn recording(duration: Duration) -> RecordingEngine {
    RecordingEngine {
        duration,
        ..RecordingEngine::default()
    }
}

#[test]
fn prompts_play_in_order_and_never_overlap() {
    let length = Duration::from_millis(150);
    let engine = recording(length);
    let (texts, timeline) = (Arc::clone(&engine.texts), Arc::clone(&engine.timeline));
    let speaker = Speaker::new(Box::new(engine));
    assert_eq!(speaker.engine_label(), Some("recording"));

    let prompts = ["Set 1 of 2", "Rest 30 seconds", "Set 2 of 2, 15 times"];
    for text in prompts {
        speaker.say(text, Voice::default());
    }
    assert!(speaker.is_speaking());
    wait_for("all prompts", || !speaker.is_speaking());

    assert_eq!(*texts.lock().unwrap(), prompts);
    let timeline = timeline.lock().unwrap();
    assert_eq!(timeline.len(), 3);
    for (said, text) in timeline.iter().zip(prompts) {
        assert!(said.end - said.start >= length, "{text:?} was cut short");
    }
    for (pair, text) in timeline.windows(2).zip(&prompts[1..]) {
        assert!(pair[1].start >= pair[0].end, "{text:?} started too soon");
    }
}

#[test]
fn stop_cuts_off_the_prompt_and_drops_the_queue() {
    let length = Duration::from_secs(5);
    let engine = recording(length);
    let (texts, timeline) = (Arc::clone(&engine.texts), Arc::clone(&engine.timeline));
    let speaker = Speaker::new(Box::new(engine));

    for text in ["one", "two", "three"] {
        speaker.say(text, Voice::default());
    }
    wait_for("the first prompt", || texts.lock().unwrap().len() == 1);
    let stopped_at = Instant::now();
    speaker.stop();
    wait_for("the queue to empty", || !speaker.is_speaking());
    assert!(
        stopped_at.elapsed() < Duration::from_secs(1),
        "stop was slow"
    );
    std::thread::sleep(Duration::from_millis(100));

    assert_eq!(*texts.lock().unwrap(), ["one"]);
    let first = timeline.lock().unwrap()[0].clone();
    assert!(
        first.end - first.start < length,
        "the prompt was not cut off"
    );

    // Prompts after a stop are said again; dropping the speaker cuts off
    // the one being said instead of waiting for it.
    speaker.say("four", Voice::default());
    wait_for("the prompt after stop", || texts.lock().unwrap().len() == 2);
    let dropped_at = Instant::now();
    drop(speaker);
    assert!(dropped_at.elapsed() < Duration::from_secs(1), "drop waited");
    assert_eq!(texts.lock().unwrap()[1], "four");
    assert_eq!(timeline.lock().unwrap().len(), 2);
}

#[test]
fn no_engine_is_silent() {
    let speaker = Speaker::none();
    speaker.say("Set 1 of 2", Voice::default());
    speaker.stop();
    speaker.say(
        "Rest",
        Voice {
            rate: 50,
            volume: 20,
            name: Some("en".into()),
        },
    );
    assert_eq!(speaker.engine_label(), None);
    assert!(!speaker.is_speaking());
}

#[test]
fn command_line_keeps_the_text_whole_and_maps_the_voice() {
    let fast = Voice {
        rate: 100,
        volume: 50,
        name: Some("en-gb".into()),
    };
    assert_eq!(
        speech::arguments(EngineKind::EspeakNg, "-5 left\n", &fast),
        ["-s", "350", "-a", "100", "-v", "en-gb", "--", "-5 left"]
    );
    let slow = Voice {
        rate: -100,
        volume: 0,
        name: Some(" ".into()),
    };
    assert_eq!(
        speech::arguments(EngineKind::Espeak, "a; rm -rf ~", &slow),
        ["-s", "80", "-a", "0", "--", "a; rm -rf ~"]
    );
    // spd-say takes its text as a printf format.
    assert_eq!(
        speech::arguments(EngineKind::SpdSay, "50% done", &Voice::default()),
        ["--wait", "-r", "0", "-i", "100", "--", "50%% done"]
    );
    let named = Voice {
        rate: -50,
        volume: 0,
        name: Some("English (America)".into()),
    };
    assert_eq!(
        speech::arguments(EngineKind::SpdSay, "Rest", &named),
        [
            "--wait",
            "-r",
            "-50",
            "-i",
            "-100",
            "-y",
            "English (America)",
            "--",
            "Rest"
        ]
    );
}

#[test]
fn voice_lists_are_read() {
    let spd = "Invalid language C!\n                     NAME                 LANGUAGE                  VARIANT\n        English (America)                    en-US                     none\n                Afrikaans                       af                     none\n";
    let names = |voices: Vec<speech::VoiceInfo>| -> Vec<String> {
        voices.into_iter().map(|v| v.name).collect()
    };
    let parsed = speech::parse_voices(EngineKind::SpdSay, spd);
    assert_eq!(parsed[0].language, "en-US");
    assert_eq!(names(parsed.clone()), ["English (America)", "Afrikaans"]);
    // The person's language first, whatever the engine's order.
    let ordered = speech::language_first(parsed.into_iter().rev().collect(), "en-GB");
    assert_eq!(names(ordered), ["English (America)", "Afrikaans"]);
    let failed = "Failed to get voice list.\n";
    assert!(speech::parse_voices(EngineKind::SpdSay, failed).is_empty());
    let espeak = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n 5  af              --/M      Afrikaans          gmw/af\n 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)\n 5  en-gb           --/M      other              x/y\n 5  variant         --/M      Storm              !v/Storm             (en-us 5)\n";
    assert_eq!(
        names(speech::parse_voices(EngineKind::EspeakNg, espeak)),
        ["af", "en-gb"]
    );
    assert!(speech::parse_voices(EngineKind::Espeak, "").is_empty());
}

#[test]
fn real_engine_makes_sound() {
    let installed = |kind: &EngineKind| {
        std::process::Command::new(kind.program())
            .arg("--version")
            .output()
            .is_ok()
    };
    let Some(kind) = [EngineKind::EspeakNg, EngineKind::Espeak]
        .into_iter()
        .find(installed)
    else {
        assert!(
            std::env::var("REQUIRE_SPEECH").as_deref() != Ok("1"),
            "REQUIRE_SPEECH=1 but neither espeak-ng nor espeak is installed"
        );
        common::skip("espeak-ng is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prompt.wav");
    let text = "Set 2 of 2, 15 times";
    speech::write_wav(kind, text, &Voice::default(), &path).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size > 10_000, "{} wrote only {size} bytes", kind.program());
    assert!(!speech::voices(kind).is_empty(), "no voices listed");
    assert!(matches!(
        speech::write_wav(EngineKind::SpdSay, text, &Voice::default(), &path),
        Err(speech::SpeechError::Unsupported(_))
    ));
}
