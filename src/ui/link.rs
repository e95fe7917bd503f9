//! The browser side of sharing: the scenario in the address bar's fragment, the clipboard, and
//! files. Nothing here talks to a network; the fragment never leaves the browser.

use wasm_bindgen::{JsCast, JsValue};

use crate::engine::Scenario;
use crate::share::{self, LinkError};

/// The scenario in the page's address, if it carries one.
pub fn scenario_from_address() -> Result<Option<Scenario>, LinkError> {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    share::from_fragment(&hash)
}

/// Puts `scenario` in the address without adding a history entry per edit.
pub fn write_address(scenario: &Scenario) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("#{}", share::to_fragment(scenario));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The full shareable address of `scenario`.
pub fn address_of(scenario: &Scenario) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{base}#{}", share::to_fragment(scenario))
}

/// Copies `text` to the clipboard (the browser may refuse; the caller shows the link anyway).
pub fn copy(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
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
