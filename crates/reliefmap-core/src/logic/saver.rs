//! Saving without ever making the window wait for the disk.
//!
//! Changes only mark the state dirty. At most every [`SAVE_INTERVAL`] the
//! UI thread hands a snapshot to a background thread, which writes it with
//! the store's guarantees (temp file, fsync, rename, fsync of the folder).
//! A burst of changes (a dragged slider) becomes one write per interval,
//! and the last one is never lost: it is written when the interval ends, or
//! at once when the app closes. A failed write is reported back and tried
//! again after [`RETRY_AFTER`] (one the disk cannot help, a state too large
//! to write, only with the next change), and once more when the app closes:
//! [`Saver::close`] says whether that last one succeeded.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use super::store::{StateWriter, StoreError, UserState};

/// Shortest time between two writes of the state file.
pub const SAVE_INTERVAL: Duration = Duration::from_millis(500);
/// When to try again after a failed write.
pub const RETRY_AFTER: Duration = Duration::from_secs(5);

enum Message {
    Write(Box<UserState>),
    /// Write this one now, then end the thread.
    Close(Box<UserState>),
}

/// The saved state, with a mark for "changed since the saver last looked".
/// Reading goes through `Deref`; the one way to change it is
/// [`Tracked::edit`], which sets the mark, so no change can miss a save.
#[derive(Debug, Default)]
pub struct Tracked<T> {
    value: T,
    changed: bool,
}

impl<T> Tracked<T> {
    /// As read from disk: nothing to save yet.
    pub fn new(value: T) -> Self {
        Self {
            value,
            changed: false,
        }
    }

    /// To change: saved within [`SAVE_INTERVAL`].
    pub fn edit(&mut self) -> &mut T {
        self.changed = true;
        &mut self.value
    }

    /// Runs `change`, which says whether it changed anything: marked only
    /// then (a pass that finds nothing to do costs no write).
    pub fn edit_if(&mut self, change: impl FnOnce(&mut T) -> bool) -> bool {
        let changed = change(&mut self.value);
        self.changed |= changed;
        changed
    }

    /// Whether it changed since the last call (the saver asks every frame).
    pub fn take_changed(&mut self) -> bool {
        std::mem::take(&mut self.changed)
    }
}

impl<T> std::ops::Deref for Tracked<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// The result of the last write, for the banner.
pub type SaveResult = Result<(), String>;

/// The UI thread's handle on the background writer.
pub struct Saver {
    sender: Option<Sender<Message>>,
    results: Option<Receiver<SaveResult>>,
    thread: Option<JoinHandle<()>>,
    dirty: bool,
    /// Clock time of the last snapshot handed over.
    last_sent: Option<Duration>,
    /// The last write failed: the message for the banner.
    error: Option<String>,
}

impl Saver {
    /// A saver that keeps nothing (no data folder, tests, benchmarks).
    pub fn none() -> Self {
        Self {
            sender: None,
            results: None,
            thread: None,
            dirty: false,
            last_sent: None,
            error: None,
        }
    }

    /// Starts the writer thread. `wake` is called when saving starts or
    /// stops failing, so the UI can show or hide its banner (it asks for a
    /// repaint).
    pub fn spawn(writer: impl StateWriter, wake: impl Fn() + Send + 'static) -> Self {
        let (sender, inbox) = mpsc::channel();
        let (outbox, results) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("reliefmap-saver".to_owned())
            .spawn(move || write_loop(writer, &inbox, &outbox, &wake));
        let mut saver = Self::none();
        match thread {
            Ok(thread) => {
                saver.sender = Some(sender);
                saver.results = Some(results);
                saver.thread = Some(thread);
            }
            Err(err) => saver.error = Some(format!("the saving thread could not start: {err}")),
        }
        saver
    }

    /// Something saved changed; it is written within [`SAVE_INTERVAL`].
    pub fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Hands a snapshot to the writer if one is due; returns how long until
    /// the next is due when changes are waiting (ask for a frame then).
    pub fn poll(&mut self, now: Duration, state: &UserState) -> Option<Duration> {
        self.collect_results();
        if !self.dirty {
            return None;
        }
        let Some(sender) = &self.sender else {
            // Nowhere to save: nothing is waiting.
            self.dirty = false;
            return None;
        };
        let due = self
            .last_sent
            .map_or(Duration::ZERO, |at| at + SAVE_INTERVAL);
        if now < due {
            return Some(due - now);
        }
        if sender
            .send(Message::Write(Box::new(state.clone())))
            .is_err()
        {
            self.error = Some("the saving thread stopped".to_owned());
        }
        self.dirty = false;
        self.last_sent = Some(now);
        None
    }

    /// Writes what is not saved yet (a change, or one whose write failed),
    /// now, and waits for it (closing the window); then ends the thread.
    /// False when the state is not on disk as it is in memory.
    pub fn close(&mut self, state: &UserState) -> bool {
        let Some(sender) = self.sender.take() else {
            return self.error.is_none();
        };
        self.collect_results();
        if (self.dirty || self.error.is_some())
            && sender
                .send(Message::Close(Box::new(state.clone())))
                .is_err()
        {
            log::warn!("the saving thread had stopped; the last changes were not saved");
        }
        drop(sender);
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            log::warn!("the saving thread failed while closing");
        }
        self.collect_results();
        if let Some(error) = &self.error {
            log::warn!("the last save failed: {error}");
        }
        self.dirty = false;
        self.error.is_none()
    }

    /// Writes what is waiting now and waits until it is on disk (tests
    /// that read the file, and nothing on the UI thread's normal path).
    pub fn flush(&mut self, state: &UserState) {
        let (Some(sender), Some(results)) = (&self.sender, &self.results) else {
            return;
        };
        if !self.dirty {
            return;
        }
        // Earlier results first, so the wait below is for this write.
        while let Ok(result) = results.try_recv() {
            self.error = result.err();
        }
        if sender
            .send(Message::Write(Box::new(state.clone())))
            .is_err()
        {
            return;
        }
        self.dirty = false;
        match results.recv_timeout(Duration::from_secs(10)) {
            Ok(result) => self.error = result.err(),
            Err(err) => self.error = Some(format!("the saving thread did not answer: {err}")),
        }
    }

    /// The last write failed: why (shown until a write succeeds).
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    fn collect_results(&mut self) {
        let Some(results) = &self.results else {
            return;
        };
        while let Ok(result) = results.try_recv() {
            self.error = result.err();
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        // Ends the thread; an unsaved change was already handed over by
        // `close`, or there was none.
        self.sender = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            log::warn!("the saving thread failed");
        }
    }
}

/// The writer thread: takes the newest snapshot, writes it, reports.
fn write_loop(
    mut writer: impl StateWriter,
    inbox: &Receiver<Message>,
    outbox: &Sender<SaveResult>,
    wake: &dyn Fn(),
) {
    let mut failed: Option<Box<UserState>> = None;
    let mut was_ok = true;
    loop {
        let message = if failed.is_some() {
            match inbox.recv_timeout(RETRY_AFTER) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => match failed.take() {
                    Some(state) => Message::Write(state),
                    None => continue,
                },
                Err(RecvTimeoutError::Disconnected) => return,
            }
        } else {
            match inbox.recv() {
                Ok(message) => message,
                Err(_) => return,
            }
        };
        // Only the newest snapshot matters.
        let mut message = message;
        while let Ok(newer) = inbox.try_recv() {
            message = newer;
        }
        let (state, closing) = match message {
            Message::Write(state) => (state, false),
            Message::Close(state) => (state, true),
        };
        let written = writer.write(&state);
        // Tried again after a while only when waiting can help (a full
        // disk can be cleared; a state too large stays too large).
        let retry = matches!(&written, Err(err) if !err.is_lasting());
        let result = written.map_err(|err: StoreError| err.to_string());
        let ok = result.is_ok();
        failed = retry.then_some(state);
        if outbox.send(result).is_err() || closing {
            return;
        }
        // The banner changes only when saving starts or stops failing.
        if ok != was_ok {
            wake();
        }
        was_ok = ok;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Counting(Arc<Mutex<Vec<(usize, std::thread::ThreadId)>>>);

    impl StateWriter for Counting {
        fn write(&mut self, state: &UserState) -> Result<(), StoreError> {
            if let Ok(mut writes) = self.0.lock() {
                writes.push((state.favourites.len(), std::thread::current().id()));
            }
            Ok(())
        }
    }

    #[test]
    fn a_burst_becomes_a_few_writes_and_the_last_is_kept() {
        let writes = Counting::default();
        let mut saver = Saver::spawn(writes.clone(), || {});
        let mut state = UserState::default();
        // 2 s of changes, one per 16 ms frame.
        for frame in 0..125u64 {
            state.favourites.push(format!("t{frame}"));
            saver.mark_dirty();
            saver.poll(Duration::from_millis(frame * 16), &state);
        }
        saver.close(&state);
        let writes = writes.0.lock().map(|w| w.clone()).unwrap_or_default();
        assert!(writes.len() <= 6, "{} writes", writes.len());
        assert_eq!(
            writes.last().map(|w| w.0),
            Some(125),
            "the last change is saved"
        );
        let ui = std::thread::current().id();
        assert!(writes.iter().all(|(_, thread)| *thread != ui));
    }

    #[test]
    fn nothing_is_written_without_a_change() {
        let writes = Counting::default();
        let mut saver = Saver::spawn(writes.clone(), || {});
        let state = UserState::default();
        assert_eq!(saver.poll(Duration::from_secs(1), &state), None);
        drop(saver);
        assert!(writes.0.lock().map(|w| w.is_empty()).unwrap_or(false));
    }
}
