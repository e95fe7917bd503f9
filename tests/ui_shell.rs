//! Browser tests of the app shell, run in headless Chromium by wasm-bindgen-test: the real
//! `App` mounts, shows its title, and speaks the language the user picks.
#![cfg(target_arch = "wasm32")]

use sync_planner::ui::{App, LANG_STORAGE_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container on the page, so tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Starts a test as a first visit that remembers `tag` as its language. The address loses any
/// fragment an earlier test's app wrote there: a link's view names its language, and it would
/// win over the remembered one, making each test's answer depend on which ran before it.
fn fresh_start(tag: &str) {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.set_item(LANG_STORAGE_KEY, tag).unwrap();
    let location = window.location();
    let bare = format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    );
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&bare))
        .unwrap();
    assert_eq!(
        location.hash().unwrap(),
        "",
        "the address still has a fragment"
    );
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    el.click();
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_its_title() {
    fresh_start("en");
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1"), "Sync Planner");
    assert_eq!(text(&root, "#answer-heading"), "Next sync");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_changes_the_visible_labels() {
    fresh_start("en");
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;
    assert_eq!(text(&root, "#timeline-heading"), "Timeline");

    click(&root, "button[data-lang=ja]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#timeline-heading"), "タイムライン");
    assert_eq!(text(&root, "#answer-heading"), "次の同期");
    let pressed = root
        .query_selector("button[data-lang=ja]")
        .unwrap()
        .unwrap();
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    // The choice is remembered and announced to the document.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        storage.get_item(LANG_STORAGE_KEY).unwrap().as_deref(),
        Some("ja")
    );
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ja"));

    click(&root, "button[data-lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#timeline-heading"), "Timeline");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_remembered_language_is_used_at_start() {
    fresh_start("ja");
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;
    assert_eq!(text(&root, "#controls-heading"), "設定");
    drop(handle);
    root.remove();
}
