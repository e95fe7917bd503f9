//! Import the Windows enrolment tasks exported from Task Scheduler: drop the files, choose
//! them, or paste the XML — several at once. The engine's importer reads them; the device's
//! rule set, enrolment time and scheduler settings follow, and the panel says what was read,
//! what was not used and what could not be read, in the interface language.

use chrono::Offset;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::engine::intune::{LocalClock, MAX_TASK_XML_BYTES, TaskImport, import_task_xml_files};
use crate::engine::{DisplayZone, Instant};
use crate::present::task_import as words;
use crate::presets;

use super::super::state::use_planner;
use super::super::timefmt;

/// The browser's clock, for `StartBoundary` values written without an offset: the offset its
/// zone has at each instant, so a time on the other side of a daylight saving change keeps its
/// hour.
struct BrowserClock;

impl LocalClock for BrowserClock {
    fn offset_at(&self, at: Instant) -> chrono::FixedOffset {
        let east = timefmt::offset_secs(at, &DisplayZone::Browser);
        chrono::FixedOffset::east_opt(east).unwrap_or_else(|| chrono::Utc.fix())
    }
}

/// The browser's offset from UTC now, shown in the panel's hint.
fn local_offset() -> chrono::FixedOffset {
    BrowserClock.offset_at(timefmt::now())
}

/// The panel: a drop zone with a file picker, a paste box, and the report.
#[component]
pub fn TaskImportPanel() -> impl IntoView {
    let p = use_planner();
    let text = RwSignal::new(String::new());
    // The last import and its number: the report carries the number, so a reader (or a test)
    // can tell a new report from the last one even when they say the same.
    let result = RwSignal::new(None::<(u32, TaskImport)>);
    let dragging = RwSignal::new(false);
    // The paste button pressed with nothing pasted: said so, rather than an empty report.
    let blank = RwSignal::new(false);

    let apply = move |files: Vec<Vec<u8>>| {
        blank.set(false);
        let refs: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
        let import = import_task_xml_files(&refs, &BrowserClock);
        if import.found_any() {
            p.draft.update(|s| {
                let start = s.horizon.start();
                let device = s.device.get_or_insert_with(|| presets::device(start));
                import.apply_to(device);
            });
            p.selected.set(None);
        }
        result.update(|r| {
            let n = r.as_ref().map_or(1, |(n, _)| n + 1);
            *r = Some((n, import));
        });
    };
    let read = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if files.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut out = Vec::with_capacity(files.len());
            for file in files {
                // Never more than the importer reads (one byte over, so it can say "too
                // large"): a huge file dropped by mistake is not loaded whole.
                let head = file
                    .slice_with_f64_and_f64(0.0, (MAX_TASK_XML_BYTES + 1) as f64)
                    .unwrap_or_else(|_| file.clone().into());
                if let Ok(buffer) = JsFuture::from(head.array_buffer()).await {
                    out.push(js_sys::Uint8Array::new(&buffer).to_vec());
                }
            }
            apply(out);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            read(input.files());
            // The same file chosen again must fire change again.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read(ev.data_transfer().and_then(|d| d.files()));
    };
    let on_paste = move |_| {
        let pasted = text.get_untracked();
        if pasted.trim().is_empty() {
            blank.set(true);
        } else {
            apply(vec![pasted.into_bytes()]);
        }
    };
    let offset = local_offset().to_string();

    view! {
        <details class="import" data-import="tasks">
            <summary>{move || p.say(words::TITLE)}</summary>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p>{move || p.say(words::HINT)}</p>
                <label class="file-pick">
                    {move || p.say(words::CHOOSE_FILES)}
                    <input type="file" multiple accept=".xml,text/xml,application/xml,.txt" data-input="task-files" on:change=on_pick />
                </label>
            </div>
            <textarea
                rows="6"
                spellcheck="false"
                data-input="task-xml"
                aria-label=move || p.say(words::TITLE)
                placeholder="<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<Task …>"
                prop:value=move || text.get()
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    blank.set(false);
                }
            ></textarea>
            <button type="button" data-action="import-tasks" on:click=on_paste>
                {move || p.say(words::IMPORT_PASTED)}
            </button>
            {move || blank.get().then(|| view! {
                <p class="field-error" role="alert" data-import-blank="">{p.say(words::NOTHING_PASTED)}</p>
            })}
            <p class="hint">{move || words::LOCAL_ZONE.fill(p.lang.get(), &[&offset])}</p>
            {move || result.get().map(|(seq, r)| view! { <TaskImportReport result=r seq=seq /> })}
        </details>
    }
}

/// What an import found, did not use, and could not read.
#[component]
fn TaskImportReport(result: TaskImport, seq: u32) -> impl IntoView {
    let p = use_planner();
    let r = StoredValue::new(result);
    let lines = move |f: fn(lang: crate::present::text::Lang, &TaskImport) -> Vec<String>| {
        let lang = p.lang.get();
        r.with_value(|r| f(lang, r))
    };
    view! {
        <div class="import-report" role="status" data-report="tasks" data-seq=seq.to_string()>
            <p data-summary="tasks">{move || r.with_value(|r| words::summary(p.lang.get(), r))}</p>
            {move || {
                let problems = lines(|lang, r| r.problems.iter().map(|x| words::problem(lang, x)).collect());
                (!problems.is_empty()).then(|| view! {
                    <p class="field-error">{p.say(words::PROBLEMS)}</p>
                    <ul data-list="problems">
                        {problems.into_iter().map(|m| view! { <li class="field-error">{m}</li> }).collect_view()}
                    </ul>
                })
            }}
            {move || {
                let notes = lines(|lang, r| r.notes.iter().map(|n| words::note(lang, n)).collect());
                (!notes.is_empty()).then(|| view! {
                    <p>{p.say(words::NOTES)}</p>
                    <ul data-list="notes">
                        {notes.into_iter().map(|m| view! { <li class="note">{m}</li> }).collect_view()}
                    </ul>
                })
            }}
            {move || {
                let omitted = r.with_value(|r| r.omitted);
                (omitted > 0).then(|| words::OMITTED.fill(p.lang.get(), &[&omitted.to_string()]))
            }}
        </div>
    }
}
