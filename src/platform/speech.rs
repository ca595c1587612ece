//! Spoken prompts ("Set 2 of 2, 15 times") said by the desktop's speech
//! engine (`spd-say`, `espeak-ng` or `espeak`), run as a program so the build
//! needs no speech library. A [`Speaker`] says them one after another on its
//! own thread; with no engine, or a failing one, the app stays silent.

use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How often a running prompt checks whether it ended or was stopped.
const POLL: Duration = Duration::from_millis(10);
/// Listing voices may start the speech daemon; never wait longer than this.
const LIST_TIMEOUT: Duration = Duration::from_secs(3);
/// A prompt is one sentence; an engine still busy after this is stuck.
const LONGEST: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("{0} could not run: {1}")]
    Io(&'static str, #[source] std::io::Error),
    #[error("{0} failed ({1})")]
    Failed(&'static str, ExitStatus),
    #[error("{0} was still saying one prompt after 30 seconds")]
    Stuck(&'static str),
    #[error("{0} cannot write speech to a file")]
    Unsupported(&'static str),
}

pub type SpeechResult = Result<(), SpeechError>;

/// How prompts sound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// -100 (slowest) ..= 100 (fastest); 0 is the engine's normal speed.
    pub rate: i32,
    /// 0 ..= 100.
    pub volume: u8,
    /// A name from [`voices`]; `None` is the engine's default voice.
    pub name: Option<String>,
}

impl Default for Voice {
    fn default() -> Self {
        Self {
            rate: 0,
            volume: 100,
            name: None,
        }
    }
}

/// A speech program; it is itself an [`Engine`] that runs the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EngineKind {
    SpdSay,
    EspeakNg,
    Espeak,
}

impl EngineKind {
    pub fn program(self) -> &'static str {
        match self {
            Self::SpdSay => "spd-say",
            Self::EspeakNg => "espeak-ng",
            Self::Espeak => "espeak",
        }
    }

    /// Shown in Settings.
    pub fn label(self) -> &'static str {
        match self {
            Self::SpdSay => "speech-dispatcher",
            Self::EspeakNg => "eSpeak NG",
            Self::Espeak => "eSpeak",
        }
    }
}

/// The first engine found on `PATH`. speech-dispatcher comes first: it
/// speaks with the voice the user chose for the whole desktop.
pub fn detect() -> Option<EngineKind> {
    let paths = std::env::var_os("PATH")?;
    let found = |kind: &EngineKind| {
        std::env::split_paths(&paths).any(|dir| dir.join(kind.program()).is_file())
    };
    [EngineKind::SpdSay, EngineKind::EspeakNg, EngineKind::Espeak]
        .into_iter()
        .find(found)
}

/// A voice the engine offers: its name (what [`Voice::name`] takes) and its
/// language tag ("en-GB").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceInfo {
    pub name: String,
    pub language: String,
}

impl VoiceInfo {
    /// Whether the voice speaks `language` ("en" matches "en-GB").
    pub fn speaks(&self, language: &str) -> bool {
        let base = |tag: &str| {
            tag.split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_lowercase()
        };
        !language.is_empty() && base(&self.language) == base(language)
    }
}

/// The person's language from the environment ("en_GB.UTF-8" → "en-GB").
pub fn user_language() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .map(|v| {
            v.split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-")
        })
        .unwrap_or_default()
}

/// The voices in the order to offer them: the person's language first,
/// then the rest, each part by name.
pub fn language_first(mut voices: Vec<VoiceInfo>, language: &str) -> Vec<VoiceInfo> {
    voices.sort_by(|a, b| {
        (!a.speaks(language), a.name.to_lowercase())
            .cmp(&(!b.speaks(language), b.name.to_lowercase()))
    });
    voices
}

/// The voices for [`Voice::name`]; empty on any failure. Runs the program,
/// which can take seconds (speech-dispatcher lists thousands and may start
/// its daemon): the app asks on a worker thread, never in a frame.
pub fn voices(kind: EngineKind) -> Vec<VoiceInfo> {
    let spd = kind == EngineKind::SpdSay;
    let flag = if spd { "-L" } else { "--voices" };
    output_within(kind.program(), flag, LIST_TIMEOUT)
        .map(|listing| parse_voices(kind, &listing))
        .unwrap_or_default()
}

/// The voices the engine offers, as far as they are known.
#[derive(Debug, Default)]
pub enum VoiceList {
    /// Not asked yet: asked when Settings first opens.
    #[default]
    Unread,
    /// A worker is asking the engine (it may take seconds).
    Reading(mpsc::Receiver<Vec<VoiceInfo>>),
    Read(Vec<VoiceInfo>),
}

impl VoiceList {
    /// Starts reading on a worker thread, once; `wake` is called when the
    /// list is there (a repaint request).
    pub fn start(&mut self, wake: impl FnOnce() + Send + 'static) {
        if !matches!(self, Self::Unread) {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let read = move || {
            let list = detect().map(voices).unwrap_or_default();
            let _ = tx.send(language_first(list, &user_language()));
            wake();
        };
        match thread::Builder::new().name("voice list".into()).spawn(read) {
            Ok(_) => *self = Self::Reading(rx),
            Err(err) => {
                log::warn!("could not start the voice list thread: {err}");
                *self = Self::Read(Vec::new());
            }
        }
    }

    /// Takes the worker's answer if it came.
    pub fn poll(&mut self) {
        if let Self::Reading(rx) = self {
            match rx.try_recv() {
                Ok(list) => *self = Self::Read(list),
                Err(mpsc::TryRecvError::Disconnected) => *self = Self::Read(Vec::new()),
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
    }

    /// The list, or `None` while it is being read.
    pub fn voices(&self) -> Option<&[VoiceInfo]> {
        match self {
            Self::Read(list) => Some(list),
            Self::Unread | Self::Reading(_) => None,
        }
    }
}

/// Writes `text` to a WAV file instead of playing it (no audio device
/// needed), so a check can prove the engine really makes sound. Blocks.
pub fn write_wav(kind: EngineKind, text: &str, voice: &Voice, path: &Path) -> SpeechResult {
    if kind == EngineKind::SpdSay {
        return Err(SpeechError::Unsupported(kind.label()));
    }
    let program = kind.program();
    // Its error output stays visible: this runs in checks, not in the app.
    let status = Command::new(program)
        .arg("-w")
        .arg(path)
        .args(arguments(kind, text, voice))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .map_err(|err| SpeechError::Io(program, err))?;
    let failed = SpeechError::Failed(program, status);
    status.success().then_some(()).ok_or(failed)
}

/// Something that says prompts; a [`Speaker`]'s worker thread owns it.
pub trait Engine: Send {
    /// Says `text` and returns once it has been said, or soon after
    /// `stop()` turns true, having cut it off.
    fn speak(&mut self, text: &str, voice: &Voice, stop: &dyn Fn() -> bool) -> SpeechResult;
    /// Shown in Settings ("eSpeak NG").
    fn name(&self) -> &str;
}

impl Engine for EngineKind {
    fn speak(&mut self, text: &str, voice: &Voice, stop: &dyn Fn() -> bool) -> SpeechResult {
        let program = self.program();
        // Its messages (no sound card...) would clutter the terminal.
        let mut child = Command::new(program)
            .args(arguments(*self, text, voice))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|err| SpeechError::Io(program, err))?;
        let started = Instant::now();
        loop {
            // A stuck engine must not hold back every later prompt.
            let late = started.elapsed() > LONGEST;
            if stop() || late {
                let _ = child.kill();
                let _ = child.wait();
                if *self == Self::SpdSay {
                    // speechd would finish without spd-say: stop it (ours or not).
                    let _ = output_within(program, "-S", LIST_TIMEOUT);
                }
                return late
                    .then_some(SpeechError::Stuck(program))
                    .map_or(Ok(()), Err);
            }
            let status = child.try_wait();
            match status.map_err(|err| SpeechError::Io(program, err))? {
                None => thread::sleep(POLL),
                Some(status) if status.success() => return Ok(()),
                Some(status) => return Err(SpeechError::Failed(program, status)),
            }
        }
    }

    fn name(&self) -> &str {
        self.label()
    }
}

/// The program's arguments (public for tests). The text is one argument,
/// never through a shell, after `--` so a leading '-' is not an option.
pub fn arguments(kind: EngineKind, text: &str, voice: &Voice) -> Vec<String> {
    let spd = kind == EngineKind::SpdSay;
    let rate = voice.rate.clamp(-100, 100);
    let volume = i32::from(voice.volume.min(100)) * 2;
    let options = if spd {
        format!("--wait -r {rate} -i {}", volume - 100)
    } else {
        // 175 words a minute is eSpeak's normal speed; 80 and 350 the ends.
        let wpm = 175 + rate * if rate < 0 { 95 } else { 175 } / 100;
        format!("-s {wpm} -a {volume}")
    };
    let mut out: Vec<String> = options.split(' ').map(String::from).collect();
    let name = voice.name.as_deref().unwrap_or_default().trim();
    if !name.is_empty() {
        out.extend([if spd { "-y" } else { "-v" }.into(), name.into()]);
    }
    let mut text = text.trim().replace(char::is_control, " ");
    if spd {
        // spd-say reads its text as a printf format: "50%" must be "50%%".
        text = text.replace('%', "%%");
    }
    out.extend(["--".into(), text]);
    out
}

/// Voices in the output of `spd-say -L` or `espeak-ng --voices` (public so
/// checks can test it without the engine).
pub fn parse_voices(kind: EngineKind, listing: &str) -> Vec<VoiceInfo> {
    let mut lines = listing.lines();
    let mut out: Vec<VoiceInfo> = Vec::new();
    let mut add = |name: &str, language: &str| {
        if !name.is_empty() && !out.iter().any(|known| known.name == name) {
            out.push(VoiceInfo {
                name: name.to_owned(),
                language: language.to_owned(),
            });
        }
    };
    if kind == EngineKind::SpdSay {
        // Right-aligned NAME, LANGUAGE and VARIANT; only names hold spaces.
        if lines.any(|l| l.split_whitespace().eq(["NAME", "LANGUAGE", "VARIANT"])) {
            for line in lines {
                let words: Vec<&str> = line.split_whitespace().collect();
                let language = words.len().checked_sub(2).map_or("", |i| words[i]);
                add(&words[..words.len().saturating_sub(2)].join(" "), language);
            }
        }
    } else if lines.any(|l| l.trim_start().starts_with("Pty")) {
        // "Pty Language Age/Gender VoiceName ...": `-v` takes the language.
        for line in lines {
            if let Some(language) = line.split_whitespace().nth(1).filter(|l| *l != "variant") {
                add(language, language);
            }
        }
    }
    out
}

/// The program's output, or `None` if it cannot run or takes longer than
/// `limit` (then it is killed).
fn output_within(program: &str, arg: &str, limit: Duration) -> Option<String> {
    let mut child = Command::new(program)
        .arg(arg)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let (tx, rx) = mpsc::channel();
    // Read on a helper thread: a daemon it starts may hold the pipe open.
    let reader = child.stdout.take().and_then(|mut stdout| {
        let read = move || {
            let mut bytes = Vec::new();
            let _ = stdout.read_to_end(&mut bytes);
            let _ = tx.send(String::from_utf8_lossy(&bytes).into_owned());
        };
        thread::Builder::new().spawn(read).ok()
    });
    let text = reader.and_then(|_| rx.recv_timeout(limit).ok());
    let _ = child.kill();
    let _ = child.wait();
    text
}

/// A queued prompt and the [`Shared::generation`] it was queued in.
type Job = (u64, String, Voice);

#[derive(Default)]
struct Shared {
    /// Bumped by `stop`: jobs of older generations are dropped or cut off.
    generation: AtomicU64,
    /// Prompts queued or being said.
    pending: AtomicUsize,
}

/// Says prompts in order on its own thread, each to its end unless stopped.
/// No method blocks, so all are fine to call from the UI thread.
#[derive(Default)]
pub struct Speaker {
    jobs: Option<Sender<Job>>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
    label: Option<String>,
}

impl Speaker {
    pub fn new(engine: Box<dyn Engine>) -> Self {
        let label = engine.name().to_owned();
        let shared = Arc::new(Shared::default());
        let (tx, rx) = mpsc::channel();
        let state = Arc::clone(&shared);
        let worker = move || run(engine, &rx, &state);
        match thread::Builder::new().name("speech".into()).spawn(worker) {
            Ok(thread) => Self {
                jobs: Some(tx),
                shared,
                thread: Some(thread),
                label: Some(label),
            },
            Err(err) => {
                log::warn!("spoken prompts are off: could not start their thread: {err}");
                Self::none()
            }
        }
    }

    /// The desktop's engine ([`detect`]), or silence if there is none.
    pub fn detect() -> Self {
        if let Some(kind) = detect() {
            return Self::new(Box::new(kind));
        }
        log::info!("no speech engine (spd-say, espeak-ng or espeak) found; prompts are not spoken");
        Self::none()
    }

    /// Says nothing (no engine, or tests).
    pub fn none() -> Self {
        Self::default()
    }

    /// Queues a prompt; it starts once those before it have ended.
    pub fn say(&self, text: impl Into<String>, voice: Voice) {
        let text = text.into();
        let Some(jobs) = self.jobs.as_ref().filter(|_| !text.trim().is_empty()) else {
            return;
        };
        self.shared.pending.fetch_add(1, SeqCst);
        let generation = self.shared.generation.load(SeqCst);
        if jobs.send((generation, text, voice)).is_err() {
            self.shared.pending.fetch_sub(1, SeqCst);
        }
    }

    /// Drops every queued prompt and cuts off the one being said (when the
    /// user pauses). Prompts queued after this are said as usual.
    pub fn stop(&self) {
        self.shared.generation.fetch_add(1, SeqCst);
    }

    /// The engine's name, or `None` when prompts are not spoken.
    pub fn engine_label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// True while a prompt is being said or waits to be.
    pub fn is_speaking(&self) -> bool {
        self.shared.pending.load(SeqCst) > 0
    }
}

impl Drop for Speaker {
    /// Cuts off the prompt being said and drops the rest (waiting for the kill).
    fn drop(&mut self) {
        self.stop();
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(mut engine: Box<dyn Engine>, jobs: &Receiver<Job>, shared: &Shared) {
    let mut logged = false;
    while let Ok((generation, text, voice)) = jobs.recv() {
        let stopped = || shared.generation.load(SeqCst) != generation;
        if !stopped()
            && let Err(err) = engine.speak(&text, &voice, &stopped)
            && !std::mem::replace(&mut logged, true)
        {
            log::warn!("a prompt could not be spoken (later failures are not logged): {err}");
        }
        shared.pending.fetch_sub(1, SeqCst);
    }
}

#[cfg(any(test, feature = "test-support"))]
mod recording {
    //! A speech engine for tests, which records what it was asked to say.
    use super::{Engine, SpeechResult, Voice};
    use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
    use std::thread;
    use std::time::{Duration, Instant};

    /// For tests: records each prompt and pretends saying it takes `duration`.
    /// Clone its records before handing it to a [`Speaker`].
    #[derive(Debug, Clone, Default)]
    pub struct RecordingEngine {
        pub duration: Duration,
        /// Every text it was asked to say, in order, added as each starts.
        pub texts: Arc<Mutex<Vec<String>>>,
        /// When each was being said (cut short if stopped), added as each ends.
        pub timeline: Arc<Mutex<Vec<std::ops::Range<Instant>>>>,
    }

    impl Engine for RecordingEngine {
        fn speak(&mut self, text: &str, _: &Voice, stop: &dyn Fn() -> bool) -> SpeechResult {
            lock(&self.texts).push(text.to_owned());
            let started = Instant::now();
            while !stop() && started.elapsed() < self.duration {
                thread::sleep(Duration::from_millis(2));
            }
            lock(&self.timeline).push(started..Instant::now());
            Ok(())
        }

        fn name(&self) -> &str {
            "recording"
        }
    }

    /// A poisoned lock only means a test failed elsewhere; the data is fine.
    fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
        mutex.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
#[cfg(any(test, feature = "test-support"))]
pub use recording::RecordingEngine;
