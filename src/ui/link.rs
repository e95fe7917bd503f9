//! The browser side of sharing: the plan and its view in the address bar's fragment (the
//! format is `crate::share`), the clipboard, and files. Nothing here talks to a network; the
//! fragment never leaves the browser.

use wasm_bindgen::{JsCast, JsValue};

use crate::engine::Scenario;
use crate::share::{self, Opened, SharedView};

/// The link in the page's address, opened; `None` if the address carries none.
pub fn opened_from_address() -> Option<Opened> {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    share::open(&hash)
}

/// Puts `scenario` in `view` in the address without adding a history entry: the address
/// follows every edit, and Back still leaves the app instead of undoing keystrokes.
pub fn write_address(scenario: &Scenario, view: &SharedView) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("#{}", share::link(scenario, view));
    if window.location().hash().ok().as_deref() == Some(url.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The full shareable address of `scenario` in `view`.
pub fn address_of(scenario: &Scenario, view: &SharedView) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{base}#{}", share::link(scenario, view))
}

/// Copies `text` to the clipboard; whether the browser allowed it (it may refuse: no
/// permission, an insecure context), so the caller can say so and show the link anyway.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `text` as a file download named `name`, through a same-origin blob URL.
pub fn download(name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
