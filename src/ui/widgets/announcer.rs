//! What screen readers hear the app say by itself (a new step, "halfway",
//! "paused", the view just shown), and keeping the keyboard focus from
//! falling off the page.
//!
//! Orca 43 speaks neither live regions nor announcements from an AccessKit
//! window, but it does speak a change to the focused node's description.
//! So each prompt is written as the description of whatever has the focus,
//! at the end of the frame, and stays there while that node keeps the
//! focus and for a moment after it loses it (Orca reads the description
//! after it has handled the focus change). A prompt equal to the last one
//! on the same node is cleared for one frame first, so it is heard again.
//! The live region stays for screen readers that read those.

use egui::{Context, Id};

/// How long a prompt stays on a node after the focus left it, so a screen
/// reader that reads it after the focus event still finds it.
const LINGER_SECS: f64 = 0.6;

/// How long a prompt stays on the node that keeps the focus. Long enough
/// for a screen reader to read it; short enough that it is not read again,
/// stale, when the focus comes back to that node later.
const PROMPT_SECS: f64 = 2.0;

#[derive(Debug, Default)]
pub struct Announcer {
    /// The prompt to say, the node it was put on (`None`: not yet) and
    /// until when it stays there (egui time, set with the node).
    current: Option<(String, Option<Id>, f64)>,
    /// Earlier prompts still on their nodes, until when (egui time).
    lingering: Vec<(Id, String, f64)>,
    /// A prompt that repeats the last one on the same node waits a frame.
    waiting: Option<String>,
    /// The focused node last frame, to notice when it disappears.
    last_focus: Option<Id>,
}

impl Announcer {
    /// Says `text` (once) through the focused node.
    pub fn say(&mut self, text: impl Into<String>) {
        let text = text.into();
        if let Some((old, Some(id), _)) = self.current.take() {
            if old == text {
                // The same words again on the same node: clear, then say.
                self.waiting = Some(text);
                return;
            }
            self.lingering.push((id, old, f64::NEG_INFINITY));
        }
        self.current = Some((text, None, f64::INFINITY));
    }

    /// A new page: prompts lingering on the last page's nodes are dropped,
    /// so one cannot land on a new node that reuses an id (the page
    /// heading) and be read again there.
    pub fn page_changed(&mut self) {
        self.lingering.clear();
    }

    /// At the end of a frame: keeps the focus on the page when the focused
    /// widget went away (it would fall to the window and a screen reader
    /// would say "Relief Map frame"), then writes the prompts.
    pub fn end_frame(&mut self, ctx: &Context, fallback: Option<Id>) {
        let now = ctx.input(|i| i.time);
        let window_has_focus = ctx.input(|i| i.focused);
        let focused = ctx.memory(|m| m.focused());
        match focused {
            Some(id) if !ctx.has_accesskit_node(id) => {
                if let (Some(fallback), true) = (fallback, window_has_focus) {
                    ctx.memory_mut(|m| m.request_focus(fallback));
                }
            }
            None if self.last_focus.is_some() && window_has_focus => {
                if let Some(fallback) = fallback {
                    ctx.memory_mut(|m| m.request_focus(fallback));
                }
            }
            _ => {}
        }
        self.last_focus = ctx.memory(|m| m.focused());
        let target = focused
            .filter(|id| ctx.has_accesskit_node(*id))
            .unwrap_or_else(egui::accesskit_root_id);
        if let Some(text) = self.waiting.take() {
            self.current = Some((text, None, f64::INFINITY));
            ctx.request_repaint();
            return;
        }
        if let Some((text, node, until)) = &mut self.current {
            let id = *node.get_or_insert(target);
            if !until.is_finite() {
                *until = now + PROMPT_SECS;
            }
            if now >= *until {
                // Heard by now: gone, so it is not read again later.
                self.current = None;
            } else if id == target {
                let text = text.clone();
                ctx.accesskit_node_builder(id, |n| n.set_description(text));
                ctx.request_repaint_after_secs((*until - now) as f32);
            } else {
                // The focus moved on: the prompt lingers where it was said.
                let text = std::mem::take(text);
                self.current = None;
                self.lingering.push((id, text, now + LINGER_SECS));
            }
        }
        let current = self.current.as_ref().and_then(|(_, id, _)| *id);
        self.lingering.retain_mut(|(id, text, until)| {
            if Some(*id) == current {
                return false;
            }
            if !until.is_finite() {
                *until = now + LINGER_SECS;
            }
            let keep = now < *until;
            if keep {
                let text = text.clone();
                ctx.accesskit_node_builder(*id, |n| n.set_description(text));
            }
            keep
        });
        if !self.lingering.is_empty() {
            ctx.request_repaint_after(std::time::Duration::from_millis(150));
        }
    }

    /// The prompt being said now, if any (for tests and the live region).
    pub fn current(&self) -> Option<&str> {
        self.current.as_ref().map(|(text, _, _)| text.as_str())
    }
}
