//! Cue sounds: a distinct short tone pattern per [`Cue`], generated as WAV
//! (with `hound`) and played by the desktop's own audio player (`pw-play`,
//! `paplay` or `aplay`). This keeps the build free of system audio
//! libraries; with no player or no audio device the app stays silent and
//! logs one line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::logic::session::Cue;

const SAMPLE_RATE: u32 = 22_050;

/// Notes of a cue: (frequency Hz, milliseconds), played one after another.
pub fn pattern(cue: Cue) -> &'static [(f32, u32)] {
    match cue {
        Cue::StepEnd => &[(660.0, 120), (880.0, 160)],
        Cue::OtherDirection => &[(880.0, 120), (660.0, 160)],
        Cue::SideSwitch => &[(880.0, 90), (0.0, 60), (880.0, 90), (0.0, 60), (880.0, 90)],
        Cue::SetEnd => &[(440.0, 320)],
        Cue::RestEnd => &[(523.0, 110), (659.0, 110), (784.0, 200)],
        Cue::Release => &[(392.0, 220)],
        Cue::Finish => &[(523.0, 140), (659.0, 140), (784.0, 140), (1047.0, 380)],
        Cue::TechniqueEnd => &[(784.0, 140), (659.0, 140), (784.0, 260)],
        Cue::Tick => &[(1200.0, 25)],
    }
}

/// 16-bit mono samples of a cue at `volume` (0.0..=1.0), with short fades so
/// notes do not click.
pub fn samples(cue: Cue, volume: f32) -> Vec<i16> {
    let amplitude =
        f32::from(i16::MAX) * volume.clamp(0.0, 1.0) * if cue == Cue::Tick { 0.35 } else { 0.6 };
    let mut out = Vec::new();
    for &(freq, ms) in pattern(cue) {
        let count = (SAMPLE_RATE * ms / 1000) as usize;
        let fade = (SAMPLE_RATE as usize / 200).min(count / 2).max(1);
        for i in 0..count {
            let envelope = (i.min(count - 1 - i) as f32 / fade as f32).min(1.0);
            let t = i as f32 / SAMPLE_RATE as f32;
            let value = (t * freq * std::f32::consts::TAU).sin() * amplitude * envelope;
            out.push(value as i16);
        }
    }
    out
}

fn write_wav(path: &Path, samples: &[i16]) -> Result<(), hound::Error> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(path, spec)?;
    for &s in samples {
        writer.write_sample(s)?;
    }
    writer.finalize()
}

/// Plays cues through the system's audio player, if there is one.
pub struct CuePlayer {
    player: Option<PathBuf>,
    folder: PathBuf,
    written: HashMap<(Cue, u8), PathBuf>,
    children: Vec<Child>,
    /// Set after the first failure so the log says it once.
    failed: bool,
}

impl CuePlayer {
    /// Finds a player on `PATH`; sounds are written to `folder` when first played.
    pub fn new(folder: PathBuf) -> Self {
        let player = ["pw-play", "paplay", "aplay"]
            .into_iter()
            .find_map(find_on_path);
        if player.is_none() {
            log::info!(
                "no audio player (pw-play, paplay or aplay) found; cues are shown but not heard"
            );
        }
        Self {
            player,
            folder,
            written: HashMap::new(),
            children: Vec::new(),
            failed: false,
        }
    }

    /// A player that never makes a sound (tests, or sound turned off).
    pub fn silent() -> Self {
        Self {
            player: None,
            folder: PathBuf::new(),
            written: HashMap::new(),
            children: Vec::new(),
            failed: true,
        }
    }

    pub fn play(&mut self, cue: Cue, volume: f32) {
        self.reap();
        let Some(player) = self.player.clone() else {
            return;
        };
        if self.failed {
            return;
        }
        let level = (volume.clamp(0.0, 1.0) * 20.0).round() as u8;
        let path = match self.written.get(&(cue, level)) {
            Some(path) => path.clone(),
            None => {
                let path = self
                    .folder
                    .join(format!("cue-{cue:?}-{level}.wav").to_lowercase());
                let written = std::fs::create_dir_all(&self.folder)
                    .map_err(hound::Error::from)
                    .and_then(|()| write_wav(&path, &samples(cue, f32::from(level) / 20.0)));
                if let Err(err) = written {
                    log::warn!(
                        "cue sounds are off: could not write {}: {err}",
                        path.display()
                    );
                    self.failed = true;
                    return;
                }
                self.written.insert((cue, level), path.clone());
                path
            }
        };
        match Command::new(&player)
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(child) => self.children.push(child),
            Err(err) => {
                log::warn!(
                    "cue sounds are off: {} could not start: {err}",
                    player.display()
                );
                self.failed = true;
            }
        }
    }
}

impl CuePlayer {
    /// Collects finished players; a failed one (no audio device) turns sound
    /// off with one log line instead of failing on every cue.
    fn reap(&mut self) {
        let mut failed = false;
        self.children.retain_mut(|child| match child.try_wait() {
            Ok(None) => true,
            Ok(Some(status)) => {
                failed |= !status.success();
                false
            }
            Err(_) => false,
        });
        if failed && !self.failed {
            let player = self
                .player
                .as_ref()
                .map_or_else(String::new, |p| p.display().to_string());
            log::info!(
                "{player} could not play a cue (no audio device?); cues are shown but not heard"
            );
            self.failed = true;
        }
    }
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .find(|path| path.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cue_sounds_different_and_volume_scales() {
        let cues = [
            Cue::StepEnd,
            Cue::OtherDirection,
            Cue::SideSwitch,
            Cue::SetEnd,
            Cue::RestEnd,
            Cue::Release,
            Cue::Finish,
            Cue::TechniqueEnd,
            Cue::Tick,
        ];
        for (i, a) in cues.iter().enumerate() {
            for b in &cues[i + 1..] {
                assert_ne!(pattern(*a), pattern(*b), "{a:?} and {b:?} sound the same");
            }
        }
        let loud = samples(Cue::SetEnd, 1.0);
        let quiet = samples(Cue::SetEnd, 0.25);
        let peak = |s: &[i16]| s.iter().map(|v| v.unsigned_abs()).max().unwrap_or(0);
        assert!(peak(&loud) > 3 * peak(&quiet));
        assert!(samples(Cue::Finish, 0.0).iter().all(|&v| v == 0));
    }

    #[test]
    fn writes_a_readable_wav() {
        let dir = std::env::temp_dir().join(format!("reliefmap-cue-test-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("step.wav");
        assert!(write_wav(&path, &samples(Cue::StepEnd, 0.5)).is_ok());
        let reader = hound::WavReader::open(&path).map(|r| r.duration());
        assert_eq!(reader.ok(), Some(SAMPLE_RATE * 280 / 1000));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
