//! Keeps the address bar following the plan without slowing the click that changed it.
//!
//! Writing the address (`history.replaceState`) costs Chromium several milliseconds of the main
//! thread each time (a CDP profile of preset switches put it at the top, above layout), so it is
//! not done in the frame a click paints: the newest plan waits until the page has been quiet
//! for [`QUIET_MS`], and a burst of changes is written once. Two things must never go wrong:
//! a fragment the user pasted or typed wins over a write still waiting (the caller cancels it
//! on `hashchange`), and a page being left writes what it waits with at once, so a reload or a
//! bookmark keeps the newest plan.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::link;
use crate::engine::Scenario;
use crate::share::SharedView;

/// How long the address waits after the last change before following it, in ms.
pub const QUIET_MS: u32 = 150;

/// A plan and view waiting to be written into the address, and the timer that will write them.
#[derive(Clone, Copy)]
pub struct AddressWriter {
    next: StoredValue<Option<(Scenario, SharedView)>>,
    timer: StoredValue<Option<SendWrapper<Timeout>>>,
}

impl AddressWriter {
    /// A writer with nothing waiting, owned by the current reactive owner (dropping the owner
    /// drops the timer, which cancels it).
    pub fn new() -> Self {
        Self {
            next: StoredValue::new(None),
            timer: StoredValue::new(None),
        }
    }

    /// Writes `scenario` in `view` once the page has been quiet for [`QUIET_MS`]; a newer call
    /// replaces it and restarts the wait.
    pub fn schedule(self, scenario: Scenario, view: SharedView) {
        self.next.set_value(Some((scenario, view)));
        // Replacing the timer drops the older one, which cancels it.
        let timer = Timeout::new(QUIET_MS, move || self.flush());
        self.timer.set_value(Some(SendWrapper::new(timer)));
    }

    /// Writes what is waiting now, if anything. The timer is left alone: this may run inside
    /// its own callback, and a timer that fires with nothing waiting does nothing.
    pub fn flush(self) {
        if let Some(Some((scenario, view))) = self.next.try_update_value(Option::take) {
            link::write_address(&scenario, &view);
        }
    }

    /// Forgets what is waiting: the address now holds something newer than it (a pasted link).
    pub fn cancel(self) {
        self.next.try_set_value(None);
        self.timer.try_set_value(None);
    }
}
