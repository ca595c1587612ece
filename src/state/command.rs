//! What the pages and panels ask for, grouped by the part of the app it
//! changes. Commands are applied after the frame, each group by its own
//! function ([`super::ReliefApp::apply`]).

use super::nav::Page;
use crate::content::{RegionId, TechniqueId, ViewChoice};
use crate::logic::keys::ItemKey;
use crate::logic::routines::RoutineRef;
use crate::logic::search::Filter;
use crate::logic::store::Settings;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Nav(NavCommand),
    Map(MapCommand),
    Favourite(FavouriteCommand),
    Run(RunCommand),
    Routine(RoutineCommand),
    Prefs(PrefsCommand),
    Data(DataCommand),
}

/// Moving between pages.
#[derive(Clone, Debug, PartialEq)]
pub enum NavCommand {
    /// Show a map view (leaves other pages).
    SetView(ViewChoice),
    Open(Page),
    OpenTechnique(TechniqueId),
    /// Show a routine on the Routines page.
    OpenRoutine(RoutineRef),
    ShowHelp(bool),
    /// Escape: close the help, stop a run, leave a page, or clear the
    /// selection.
    Back,
}

/// The map's selection and the lists' search and filters.
#[derive(Clone, Debug, PartialEq)]
pub enum MapCommand {
    /// Select a region by index into the catalogue's regions, or clear.
    Select(Option<RegionId>),
    SetFilter(Filter),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FavouriteCommand {
    Toggle(TechniqueId),
    /// Move a favourite within the list (positions in the shown list).
    Move {
        from: usize,
        to: usize,
    },
}

/// Starting and playing a run.
#[derive(Clone, Debug, PartialEq)]
pub enum RunCommand {
    /// Start a technique: through the safety gate the first time.
    Start(TechniqueId),
    /// "I understand, start" on the safety gate.
    AcknowledgeAndStart(TechniqueId),
    /// Start a routine: through the safety gate when one of its techniques
    /// was never started.
    StartRoutine(RoutineRef),
    AcknowledgeAndStartRoutine(RoutineRef),
    Player(PlayerAction),
    /// Chosen seconds for a timed step of the open technique.
    ChooseDuration {
        step: usize,
        secs: u32,
    },
    SetPace(Option<u32>),
    /// Pain 0–10 before and after, for the log of the finished run (the
    /// entry already logged is updated).
    SetPain {
        before: Option<u8>,
        after: Option<u8>,
    },
    /// The answer to "how is your pain now?" before a run (`None`:
    /// skipped); `stop_asking` turns the question off for next time. The
    /// run starts then.
    PainBefore {
        pain: Option<u8>,
        stop_asking: bool,
    },
    /// A digit key while the pain question shows: 0 to 9, or 1 then 0 for
    /// 10.
    PainDigit(u8),
}

/// What the player's buttons and keys ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayerAction {
    TogglePause,
    Next,
    Previous,
    Restart,
    Stop,
    CountRep,
    /// Space: count one on a counted step, else pause or resume, as
    /// people expect of every player.
    CountOrPause,
    AdjustSecs(i32),
}

/// Making, changing and sharing the person's own routines.
#[derive(Clone, Debug, PartialEq)]
pub enum RoutineCommand {
    /// A new routine of the person's own with these techniques (indices).
    New(Vec<TechniqueId>),
    /// Copy any routine into the person's own, to change it.
    Copy(RoutineRef),
    /// Append techniques (indices) to one of the person's routines.
    AddTo {
        routine: ItemKey,
        techniques: Vec<TechniqueId>,
    },
    /// A new name as it is typed; saved with the next write.
    Rename {
        routine: ItemKey,
        name: String,
    },
    /// Move a technique within a routine (positions in its list).
    Move {
        routine: ItemKey,
        from: usize,
        to: usize,
    },
    Remove {
        routine: ItemKey,
        position: usize,
    },
    Delete(ItemKey),
    /// Look for routine files in the sharing folder again.
    Scan,
    /// Read and check a routine file (one picked on the page or dropped on
    /// the window): a good one is added with the favourites it brings, a
    /// bad one adds nothing and its problems show on the Routines page.
    ImportFile(std::path::PathBuf),
    /// Write a routine file to the sharing folder.
    Export(RoutineRef),
}

/// Backups and the diary's exports (Settings, Your data).
#[derive(Clone, Debug, PartialEq)]
pub enum DataCommand {
    BackUp,
    /// Check a backup before asking to restore it.
    CheckRestore(std::path::PathBuf),
    /// Restore the checked backup (the person confirmed).
    Restore,
    CancelRestore,
    ExportDiary,
    ExportSummary,
    /// Restore the copy kept when the app closed with a change unsaved.
    RestoreRecovery,
    /// Delete that copy: the person does not want it.
    DiscardRecovery,
}

impl From<DataCommand> for Command {
    fn from(c: DataCommand) -> Self {
        Self::Data(c)
    }
}

/// Settings and notices.
#[derive(Clone, Debug, PartialEq)]
pub enum PrefsCommand {
    SetSettings(Settings),
    /// Says a sample sentence with the voice settings.
    TestVoice,
    /// Opens the folder holding the saved state in the file manager.
    OpenDataFolder,
    /// Names on the map for every region, or only the ones that matter now.
    ToggleLabels,
    /// Hides a banner (by its key) until the next start.
    DismissNotice(String),
    /// Loads a content pack again at the next start, although it stopped
    /// the app last time.
    RetryPack(String),
}

impl From<NavCommand> for Command {
    fn from(c: NavCommand) -> Self {
        Self::Nav(c)
    }
}

impl From<MapCommand> for Command {
    fn from(c: MapCommand) -> Self {
        Self::Map(c)
    }
}

impl From<FavouriteCommand> for Command {
    fn from(c: FavouriteCommand) -> Self {
        Self::Favourite(c)
    }
}

impl From<RunCommand> for Command {
    fn from(c: RunCommand) -> Self {
        Self::Run(c)
    }
}

impl From<PlayerAction> for Command {
    fn from(a: PlayerAction) -> Self {
        Self::Run(RunCommand::Player(a))
    }
}

impl From<RoutineCommand> for Command {
    fn from(c: RoutineCommand) -> Self {
        Self::Routine(c)
    }
}

impl From<PrefsCommand> for Command {
    fn from(c: PrefsCommand) -> Self {
        Self::Prefs(c)
    }
}

/// Where panels put what they ask for.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    pub fn push(&mut self, command: impl Into<Command>) {
        self.0.push(command.into());
    }

    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Command> {
        self.0.iter()
    }
}
