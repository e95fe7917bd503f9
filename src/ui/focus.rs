//! Where the keyboard focus goes when the page changes under it: to a field named by an
//! engine path (from the answer's "go to the field"), to the "what happens" menu (from the
//! skip link), to the new row after an addition, and to the next row after a removal. Fields
//! may sit in a closed fold that is built only when opened, so each move opens what hides the
//! target and waits for it to exist.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The fold holding the scenario's fields.
const SETTINGS_FOLD: &str = "details[data-fold=\"settings\"]";
/// The first control of the "what happens" menu.
const ADD_MENU: &str = "[data-add-kind]";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The first element matching `selector`, as an HTML element.
fn find(selector: &str) -> Option<web_sys::HtmlElement> {
    document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Opens every closed `<details>` around `el` (and the settings fold), so it can be seen.
fn reveal(el: &web_sys::Element) {
    let mut at = el.parent_element();
    while let Some(node) = at {
        if node.tag_name().eq_ignore_ascii_case("details") && !node.has_attribute("open") {
            let _ = node.set_attribute("open", "");
        }
        at = node.parent_element();
    }
}

/// Focuses `el` and brings it into view.
fn land(el: &web_sys::HtmlElement) {
    reveal(el);
    el.scroll_into_view();
    let _ = el.focus();
}

/// Opens the settings fold, then focuses the first element any of `selectors` finds, trying
/// again while the fold builds its contents (a toggle event, then a render).
fn open_and_focus(selectors: Vec<String>) {
    if let Some(fold) = find(SETTINGS_FOLD)
        && !fold.has_attribute("open")
    {
        let _ = fold.set_attribute("open", "");
    }
    try_focus(selectors, 0);
}

fn try_focus(selectors: Vec<String>, attempt: u32) {
    if let Some(el) = selectors.iter().find_map(|s| find(s)) {
        land(&el);
        return;
    }
    if attempt < 40 {
        set_timeout(
            move || try_focus(selectors, attempt + 1),
            Duration::from_millis(30),
        );
    }
}

/// The selectors that find the field at `path`, then its row, then its list, then the same
/// for each parent path: an error on a whole row lands on the row's first field.
fn selectors_for(path: &str) -> Vec<String> {
    // Paths come from the engine's validators; anything that could break a selector is refused.
    if path.contains(['"', '\\']) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = path;
    loop {
        out.push(format!("[data-path=\"{at}\"]"));
        out.push(format!("[data-row=\"{at}\"] input"));
        out.push(format!("[data-list=\"{at}\"] input"));
        match at.rfind(['.', '[']) {
            Some(i) if i > 0 => at = &at[..i],
            _ => break,
        }
    }
    out
}

/// Moves the focus to the field at `path`, opening what hides it.
pub fn go_to_field(path: &str) {
    open_and_focus(selectors_for(path));
}

/// Moves the focus to the "what happens" menu, opening the settings if needed.
pub fn go_to_add_menu() {
    open_and_focus(vec![ADD_MENU.to_owned()]);
}

/// After row `index` of the list in `frame` was removed: focus the first field of the row now
/// at that place, or the list's own add button, or the add menu's when none is (the list may
/// even be gone).
pub fn after_removal(frame: Option<web_sys::Element>, index: usize) {
    request_animation_frame(move || {
        let frame = frame.filter(|f| f.is_connected());
        let own_add = frame
            .as_ref()
            .and_then(|f| f.query_selector(":scope > button.add").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        let row = frame
            .and_then(|f| {
                f.query_selector(&format!(
                    ":scope > div.list-row:nth-of-type({}) input, :scope > div.list-row:nth-of-type({}) button",
                    index + 1,
                    index + 1
                ))
                .ok()
                .flatten()
            })
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = row
            .or(own_add)
            .or_else(|| find("button[data-action=\"add\"]"))
        {
            let _ = el.focus();
        }
    });
}

/// Each entry list on the page, by its path, with each row's first field (its start or its
/// instant), in page order.
fn lists() -> Vec<(String, Vec<web_sys::HtmlInputElement>)> {
    let Some(found) = document().and_then(|d| d.query_selector_all("fieldset[data-list]").ok())
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|list| {
            let path = list.get_attribute("data-list")?;
            let rows = list.query_selector_all(":scope > div.list-row").ok()?;
            let fields = (0..rows.length())
                .filter_map(|k| {
                    let row: web_sys::Element = rows.item(k)?.dyn_into().ok()?;
                    row.query_selector("input").ok()??.dyn_into().ok()
                })
                .collect();
            Some((path, fields))
        })
        .collect()
}

/// What each entry list holds, by its path: its rows' first values. Taken before an addition,
/// so that [`after_adding`] can tell the new row from the others.
pub fn list_values() -> Vec<(String, Vec<String>)> {
    lists()
        .into_iter()
        .map(|(path, fields)| (path, fields.iter().map(|f| f.value()).collect()))
        .collect()
}

/// After an entry was added: focus the first field of the new row, once it is rendered. The
/// new row is in the list that has more rows than `before` says (a list hidden while empty
/// appears), and it is the first whose value was not there before, wherever the list's order
/// put it (manual syncs and commands are kept in time order). The focus stays on the add
/// button if no list grew (nothing was added).
pub fn after_adding(before: Vec<(String, Vec<String>)>) {
    try_after_adding(before, 0);
}

fn try_after_adding(before: Vec<(String, Vec<String>)>, attempt: u32) {
    let new_row = lists().into_iter().find_map(|(path, fields)| {
        let mut was = before
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, values)| values.clone())
            .unwrap_or_default();
        if fields.len() <= was.len() {
            return None;
        }
        fields.into_iter().find(|field| {
            let value = field.value();
            match was.iter().position(|w| *w == value) {
                Some(i) => {
                    was.swap_remove(i);
                    false
                }
                None => true,
            }
        })
    });
    match new_row {
        Some(el) => {
            let _ = el.focus();
        }
        None if attempt < 10 => {
            request_animation_frame(move || try_after_adding(before, attempt + 1))
        }
        None => {}
    }
}
