//! The browser interface (wasm32 only). It wires Leptos signals to the engine and owns
//! nothing the engine could compute: state here is what the user chose, everything shown is
//! derived from it.

mod address;
mod answer;
mod app;
mod controls;
mod events;
mod export;
mod focus;
mod fold;
mod lang;
mod link;
mod offline;
mod state;
pub mod timefmt;
mod timeline;

pub use app::App;
pub use lang::{LANG_STORAGE_KEY, LangSwitch};

/// Mounts the app on the page. Called once by the binary's `main`.
pub fn start() {
    // A panic should never happen (inputs are validated), but if one does, say where in the
    // console rather than dying silently.
    console_error_panic_hook::set_once();
    // The page's own placeholder (index.html), shown while the wasm downloaded, gives way to
    // the app.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
    // Installing the worker fetches every built file again and starts a worker thread: not
    // before the first answer is on screen, which the worker has nothing to add to.
    fold::after_paint(offline::register_service_worker);
}
