//! The Intune Management Extension's own check-ins: at its service's start (enrollment, boot),
//! at a user's logon, at Company Portal's Sync and on its own timer (8 h, or 1 h in some
//! tenants). They share the device's power and network states with the MDM sessions but not
//! the Task Scheduler tasks, so they live apart from the poll sets.

use super::{Engine, JobKind, Run, delayed};
use crate::engine::intune::report::{Outcome, Timing};
use crate::engine::intune::rules::{Lane, Rule};
use crate::engine::intune::scenario::{ImeCadence, ImePowerOn};
use crate::engine::intune::timeline::{Down, instant as inst};
use crate::engine::time::Period;

/// Why the IME checks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ImeCause {
    /// Its service started: at enrollment or at boot.
    ServiceStart,
    /// A user signed in.
    SignIn,
    /// Company Portal's Sync.
    CompanyPortal,
    /// Its own timer.
    Periodic,
}

impl ImeCause {
    /// Check-ins the service itself starts wait for the device to wake; those a user starts
    /// cannot happen while it sleeps.
    pub(super) fn waits_for_wake(self) -> bool {
        matches!(self, Self::ServiceStart | Self::Periodic)
    }
}

impl Engine<'_> {
    /// Whether the end of a power-off span starts the service anew (a full boot) rather than
    /// resuming it (`ime.power_on`).
    fn restarts_at_power_on(&self) -> bool {
        self.device.ime.power_on == ImePowerOn::ServiceStart
    }

    pub(super) fn ime_cadence(&self) -> Period {
        self.device.ime.cadence.period()
    }

    fn ime_rule(&self, cause: ImeCause) -> Rule {
        match cause {
            ImeCause::ServiceStart => Rule::ImeServiceStart,
            ImeCause::SignIn => Rule::ImeSignIn,
            ImeCause::CompanyPortal => Rule::ImeCompanyPortal,
            ImeCause::Periodic => match self.device.ime.cadence {
                ImeCadence::Every8h => Rule::ImeInterval8H,
                ImeCadence::Every1h => Rule::ImeInterval1H,
            },
        }
    }

    pub(super) fn ime_due(&mut self, due: i64, cause: ImeCause, epoch: u32) {
        match cause {
            ImeCause::ServiceStart => {
                // A new service start: the timer restarts from here, older timer jobs lapse.
                self.ime_epoch = self.ime_epoch.wrapping_add(1);
            }
            ImeCause::Periodic if epoch != self.ime_epoch => return,
            // After a full boot the service is not running while the device is off; the boot
            // restarts it. On resume the timer goes on (handled at the run, like sleep).
            ImeCause::Periodic
                if self.restarts_at_power_on()
                    && self.down.at(due).is_some_and(|s| s.kind == Down::Off) =>
            {
                return;
            }
            _ => {}
        }
        let epoch = self.ime_epoch;
        if matches!(cause, ImeCause::ServiceStart | ImeCause::Periodic) {
            let next = due.saturating_add(i64::from(self.ime_cadence().secs()));
            self.push(
                next,
                Lane::Ime,
                JobKind::ImeDue {
                    cause: ImeCause::Periodic,
                    epoch,
                },
            );
        }
        let max = self.device.ime.random_delay.secs();
        let delay = if max > 0 { self.ime_rng.up_to(max) } else { 0 };
        if delay == 0 {
            self.ime_run(due, cause, due, epoch, false);
        } else {
            self.push(
                due + i64::from(delay),
                Lane::Ime,
                JobKind::ImeRun {
                    cause,
                    due,
                    epoch,
                    woke: false,
                },
            );
        }
    }

    pub(super) fn ime_run(&mut self, t: i64, cause: ImeCause, due: i64, epoch: u32, woke: bool) {
        if woke {
            self.ime_wake_pending = None;
        }
        if cause.waits_for_wake() && epoch != self.ime_epoch {
            return; // a later service start superseded it
        }
        let timing = if woke {
            Timing::AfterWake { due: inst(due) }
        } else {
            delayed(t, due)
        };
        let run = Run {
            lane: Lane::Ime,
            rule: self.ime_rule(cause),
            timing,
            maintenance: false,
        };
        let resumes = !self.restarts_at_power_on();
        match self.down.at(t).map(|s| s.kind) {
            // The service is down with the device; the boot's service start covers it.
            Some(Down::Off) if cause.waits_for_wake() && !resumes => {}
            // Frozen with the device (sleep, or a resume from power-off): it runs when the
            // device is back.
            Some(Down::Asleep | Down::Off) if cause.waits_for_wake() => {
                // Several check-ins due during one sleep make one at wake.
                let wake = self.down.free_from(t);
                if self.ime_wake_pending != Some(wake) {
                    self.ime_wake_pending = Some(wake);
                    self.push(
                        wake,
                        Lane::Ime,
                        JobKind::ImeRun {
                            cause,
                            due,
                            epoch,
                            woke: true,
                        },
                    );
                }
            }
            Some(Down::Off) => {
                self.emit(t, run, Outcome::SkippedOff, None);
            }
            Some(Down::Asleep) => {
                self.emit(t, run, Outcome::SkippedAsleep, None);
            }
            None if self.offline.at(t).is_some() => {
                self.emit(t, run, Outcome::SkippedOffline { retried_at: None }, None);
            }
            None => {
                self.emit(t, run, Outcome::Synced, None);
            }
        }
    }
}
