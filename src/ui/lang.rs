//! The language switch: which language the interface speaks, chosen from the browser's
//! preferences the first time and remembered in local storage afterwards.

use leptos::prelude::*;

use crate::present::labels;
use crate::present::text::Lang;

/// The local-storage key under which the chosen language is remembered.
pub const LANG_STORAGE_KEY: &str = "sync-planner.lang";

fn storage() -> Option<web_sys::Storage> {
    // Storage can be refused (privacy settings, sandboxed frames); the app works without it.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered language, else the browser's preferred one, else English.
pub fn initial_lang() -> Lang {
    if let Some(saved) = storage().and_then(|s| s.get_item(LANG_STORAGE_KEY).ok().flatten())
        && let Some(lang) = Lang::from_tag(&saved)
    {
        return lang;
    }
    let Some(window) = web_sys::window() else {
        return Lang::default();
    };
    let navigator = window.navigator();
    let preferred: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(preferred.iter().map(String::as_str))
}

/// Remembers `lang` and tells the document, so screen readers and `Intl` use it too.
pub fn apply_lang(lang: Lang) {
    if let Some(s) = storage() {
        // Failing to remember is not worth bothering the user about.
        let _ = s.set_item(LANG_STORAGE_KEY, lang.tag());
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Two buttons, 日本語 and English; the current one is pressed.
#[component]
pub fn LangSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <div class="lang-switch" role="group" aria-label=move || labels::LANGUAGE.get(lang.get())>
            {Lang::ALL
                .into_iter()
                .map(|choice| {
                    view! {
                        <button
                            type="button"
                            lang=choice.tag()
                            data-lang=choice.tag()
                            aria-pressed=move || (lang.get() == choice).to_string()
                            on:click=move |_| lang.set(choice)
                        >
                            {labels::LANGUAGE_NAME.get(choice)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
