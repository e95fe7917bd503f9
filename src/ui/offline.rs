//! Offline and installable: registers the service worker (`sw.js`, written at build time by
//! `scripts/offline.py`) that keeps the built files, so the app opens with no network after its
//! first visit. Registration happens from the app, not from an inline script, which the page's
//! CSP refuses; the CSP's `worker-src 'self'` allows this same-origin worker only.

use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// Asks the browser to install the service worker, where it can (a secure context: https or
/// the loopback address). Failure costs nothing but offline use, so it is not reported.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `navigator.serviceWorker` is missing outside secure contexts; calling through a missing
    // object would throw.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if present {
        // The worker's file sits next to the page, so its scope is the app's folder.
        let promise = navigator.service_worker().register("sw.js");
        // A refused registration (no sw.js under `trunk serve --no-hooks`, a private window)
        // must not end as an uncaught rejection in the console.
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        // Registered once per page load: keeping the empty handler alive costs a few bytes.
        ignore.forget();
    }
}
