//! Folds and deferred parts: what lies below the first screen is not built before the answer
//! and the chart are on screen. A [`Fold`] is a `<details>` (keyboard-usable as it stands)
//! whose contents are built only when it is first opened, and kept afterwards so a half-typed
//! value survives closing it; whether it is open is remembered for the session. [`after_paint`]
//! runs work once the first frame has been painted.

use std::time::Duration;

use leptos::prelude::*;

use super::state::use_planner;
use crate::present::text::Text;

/// The prefix of the session-storage keys under which folds remember being open.
const FOLD_KEY_PREFIX: &str = "sync-planner.fold.";

fn storage() -> Option<web_sys::Storage> {
    // Storage can be refused (privacy settings, sandboxed frames); folds then start closed.
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether the fold `key` was left open earlier in this session.
fn remembered_open(key: &str) -> bool {
    storage()
        .and_then(|s| {
            s.get_item(&format!("{FOLD_KEY_PREFIX}{key}"))
                .ok()
                .flatten()
        })
        .is_some_and(|v| v == "open")
}

/// Remembers whether the fold `key` is open; failing to is not worth a word to the user.
fn remember_open(key: &str, open: bool) {
    if let Some(s) = storage() {
        let _ = s.set_item(
            &format!("{FOLD_KEY_PREFIX}{key}"),
            if open { "open" } else { "closed" },
        );
    }
}

/// A disclosure, closed unless opened earlier in the session, whose children are built the
/// first time it opens. `key` names it in session storage and in `data-fold`.
#[component]
pub fn Fold(key: &'static str, label: Text, children: ChildrenFn) -> impl IntoView {
    let p = use_planner();
    let open = RwSignal::new(remembered_open(key));
    // Built once opened, and kept: closing only hides.
    let built = RwSignal::new(open.get_untracked());
    let on_toggle = move |ev: leptos::ev::Event| {
        let now_open = event_target::<web_sys::Element>(&ev).has_attribute("open");
        if now_open != open.get_untracked() {
            open.set(now_open);
            remember_open(key, now_open);
        }
        if now_open && !built.get_untracked() {
            built.set(true);
        }
    };
    view! {
        <details class="fold" data-fold=key prop:open=move || open.get() on:toggle=on_toggle>
            <summary>{move || p.say(label)}</summary>
            {move || built.get().then(|| children())}
        </details>
    }
}

/// Runs `work` after the next frame has been painted: a requestAnimationFrame callback runs
/// just before a paint, and a zero timeout queued from it runs after that paint.
pub fn after_paint(work: impl FnOnce() + 'static) {
    after_paint_boxed(Box::new(work));
}

/// [`after_paint`]'s body, not generic: the frame and timeout callbacks it hands the browser
/// are compiled once for every caller, rather than once per caller's closure type.
fn after_paint_boxed(work: Box<dyn FnOnce()>) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}
