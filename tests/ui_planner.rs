//! Browser tests of the planner, run in headless Chromium by wasm-bindgen-test: the real `App`
//! reacts to what a person does — a power-off gap moves the answer, a disabled push service
//! says that nothing will sync and why, bad input is marked where it was typed, and a pasted
//! `Get-ADSyncScheduler` with a broken line names that line.
#![cfg(target_arch = "wasm32")]

use sync_planner::ui::{App, LANG_STORAGE_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in English into a fresh container, with no scenario in the address.
async fn mount() -> (HtmlElement, impl Sized) {
    mount_at("#").await
}

/// Mounts the app in English into a fresh container, with `hash` as the address's fragment.
async fn mount_at(hash: &str) -> (HtmlElement, impl Sized) {
    fresh_start(hash);
    let document = web_sys::window().unwrap().document().unwrap();
    let div: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&div).unwrap();
    let handle = leptos::mount::mount_to(div.clone(), App);
    settle().await;
    // The event list is built after the first paint.
    painted().await;
    open_settings(&div).await;
    (div, handle)
}

/// Starts a test in English with `hash` as the address's fragment, whatever an earlier test's
/// app wrote there: a link's view names its language and would win over the remembered one.
fn fresh_start(hash: &str) {
    let window = web_sys::window().unwrap();
    window
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(LANG_STORAGE_KEY, "en")
        .unwrap();
    let _ = window.history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(hash),
    );
}

/// Waits until the page has painted and the work queued after the paint has run: 100 ms
/// holds several animation frames in a headless browser.
async fn painted() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    settle().await;
}

/// Opens the settings fold as a click on its summary would. The browser queues the `toggle`
/// event as a task, which `settle` does not wait for, so it is fired here directly.
async fn open_settings(root: &HtmlElement) {
    let fold = find(root, "details[data-fold=settings]");
    fold.set_attribute("open", "").unwrap();
    fire(&fold, "toggle");
    settle().await;
}

/// Lets effects and memos run after an action.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn fire(el: &HtmlElement, kind: &str) {
    el.dispatch_event(&Event::new(kind).unwrap()).unwrap();
}

/// The instant the answer names, as its `datetime` attribute.
fn answer_instant(root: &HtmlElement) -> Option<String> {
    root.query_selector(".answer-text time")
        .unwrap()
        .and_then(|t| t.get_attribute("datetime"))
}

/// Adds an entry of the kind at `index` in the "add what happens" menu.
async fn add(root: &HtmlElement, index: usize) {
    let select: HtmlSelectElement = find(root, "select[data-add-kind]").unchecked_into();
    select.set_value(&index.to_string());
    fire(&select, "change");
    find(root, "button[data-action=add]").click();
    settle().await;
}

/// Waits `ms` milliseconds of real time: timers, frames and the tasks between them run.
async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    settle().await;
}

/// The address's fragment.
fn address() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn the_address_follows_a_change_once_quiet_and_a_pasted_link_wins() {
    let (root, _handle) = mount().await;
    wait_ms(400).await;
    let opened = address();
    assert!(
        opened.starts_with("#v2="),
        "the plan is in the address: {opened}"
    );
    let opened_answer = answer_instant(&root);
    find(&root, "button[data-preset=debloat]").click();
    settle().await;
    assert_eq!(
        address(),
        opened,
        "the click's own frame leaves the address alone"
    );
    wait_ms(400).await;
    assert_ne!(
        address(),
        opened,
        "once the page is quiet the address follows the click"
    );
    // Another story, then at once a link pasted before the address followed it: the link wins.
    find(&root, "button[data-preset=wizard]").click();
    settle().await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&opened)
        .unwrap();
    wait_ms(400).await;
    assert_eq!(
        address(),
        opened,
        "the waiting write did not overwrite the pasted link"
    );
    assert_eq!(
        answer_instant(&root),
        opened_answer,
        "and the pasted plan is shown"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_power_off_gap_moves_the_answer() {
    let (root, _handle) = mount().await;
    let before = answer_instant(&root).expect("a fresh device has a next sync");
    // "Power off" is the first kind: eight hours from the current hour, covering now.
    add(&root, 0).await;
    assert!(
        root.query_selector("[data-list='device.power_off'] .list-row")
            .unwrap()
            .is_some()
    );
    let after = answer_instant(&root).expect("the device syncs after it is back on");
    assert_ne!(before, after, "the next sync moved");
    assert!(after > before, "it moved later: {before} -> {after}");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_disabled_push_service_says_no_sync_will_happen_and_why() {
    let (root, _handle) = mount().await;
    find(&root, "button[data-preset=debloat]").click();
    settle().await;
    let state = find(&root, ".answer-text").get_attribute("data-state");
    assert_eq!(state.as_deref(), Some("never"));
    let why = text(&root, ".answer-body");
    assert!(
        why.contains("dmwappushservice"),
        "the answer names the service: {why}"
    );
    assert!(
        root.query_selector(".answer-detail.consequence")
            .unwrap()
            .is_some(),
        "and what follows"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn an_end_before_its_start_is_marked_where_it_was_typed() {
    let (root, _handle) = mount().await;
    add(&root, 0).await;
    let before = answer_instant(&root);
    let end: HtmlInputElement = find(
        &root,
        "[data-list='device.power_off'] input[data-path$='.end']",
    )
    .unchecked_into();
    end.set_value("2001-01-01T00:00");
    fire(&end, "change");
    settle().await;
    let row = find(&root, "[data-list='device.power_off'] .list-row");
    let message = row
        .query_selector(".field-error")
        .unwrap()
        .expect("an inline message");
    assert!(
        message
            .text_content()
            .unwrap()
            .contains("end must be after the start")
    );
    assert_eq!(
        answer_instant(&root),
        before,
        "the answer keeps the last valid plan"
    );
    // What was typed stays: the end as typed, the start as it was (it used to be reverted).
    let start: HtmlInputElement = find(
        &root,
        "[data-list='device.power_off'] input[data-path$='.start']",
    )
    .unchecked_into();
    assert_eq!(end.value(), "2001-01-01T00:00");
    assert!(start.value().starts_with("20"), "{}", start.value());
    // Both edges are marked and described by the row's message.
    let id = message.id();
    assert!(!id.is_empty());
    for input in [&start, &end] {
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
        let described = input.get_attribute("aria-describedby").unwrap_or_default();
        assert!(described.split(' ').any(|d| d == id), "{described}");
    }
    // The answer says the plan shown is not the plan typed, naming the field by its label.
    let stale = text(&root, ".answer-stale");
    assert!(stale.contains("not the plan you typed"), "{stale}");
    assert!(stale.contains("Powered off › entry 1"), "{stale}");
    assert!(!stale.contains("power_off"), "{stale}");
    // Typing a later end makes the row whole again, and the answer follows the plan typed.
    end.set_value("2200-01-01T00:00");
    fire(&end, "change");
    settle().await;
    assert!(
        root.query_selector(".answer-stale").unwrap().is_some(),
        "outside the period now"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_date_typed_in_a_row_keeps_the_focus_and_the_row() {
    let (root, _handle) = mount().await;
    add(&root, 0).await;
    let start: HtmlInputElement = find(
        &root,
        "[data-list='device.power_off'] input[data-path$='.start']",
    )
    .unchecked_into();
    start.focus().unwrap();
    let typed = start.value();
    // A date field reports a change at each keystroke that leaves a whole date: typing a
    // year digit by digit changes the list several times while the field has the focus.
    for year in ["0002", "0020", "0202", "2026"] {
        start.set_value(&format!("{year}{}", &typed[4..]));
        fire(&start, "input");
        fire(&start, "change");
        settle().await;
        let active = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .expect("something has the focus");
        assert!(
            active.is_same_node(Some(&start)),
            "the field keeps the focus after {year}"
        );
        assert!(start.is_connected(), "the row was not rebuilt");
    }
    assert_eq!(start.value(), format!("2026{}", &typed[4..]));
    root.remove();
}

#[wasm_bindgen_test]
async fn removing_a_row_moves_the_focus_to_the_next_row_then_the_add_button() {
    let (root, _handle) = mount().await;
    add(&root, 3).await; // a logon
    add(&root, 3).await; // another
    let document = web_sys::window().unwrap().document().unwrap();
    let remove = find(
        &root,
        "[data-list='device.logons'] button[data-action=remove]",
    );
    remove.focus().unwrap();
    remove.click();
    painted().await;
    let active = document.active_element().expect("a focused element");
    assert_eq!(
        active.get_attribute("data-path").as_deref(),
        Some("device.logons[0]"),
        "the next row's field takes the focus"
    );
    find(
        &root,
        "[data-list='device.logons'] button[data-action=remove]",
    )
    .click();
    painted().await;
    let active = document.active_element().expect("a focused element");
    assert_eq!(active.get_attribute("data-action").as_deref(), Some("add"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_interval_changes_the_answer_and_goes_to_its_field() {
    let (root, _handle) = mount().await;
    find(&root, "button[data-system=server]").click();
    settle().await;
    assert!(root.query_selector(".answer-stale").unwrap().is_none());
    let custom: HtmlInputElement = find(
        &root,
        "input[data-path='server.scheduler.customized_sync_cycle_interval']",
    )
    .unchecked_into();
    custom.set_value("soon");
    fire(&custom, "change");
    settle().await;
    let stale = text(&root, ".answer-stale");
    assert!(stale.contains("CustomizedSyncCycleInterval"), "{stale}");
    assert!(!stale.contains("server.scheduler"), "{stale}");
    find(&root, "button[data-action=go-to-field]").click();
    painted().await;
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert!(active.is_some_and(|a| a.is_same_node(Some(&custom))));
    // Typing a good value again clears the notice.
    custom.set_value("01:00:00");
    fire(&custom, "change");
    settle().await;
    assert!(root.query_selector(".answer-stale").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn an_impossible_interval_is_refused_inline() {
    let (root, _handle) = mount().await;
    find(&root, "button[data-system=server]").click();
    settle().await;
    let custom: HtmlInputElement = find(
        &root,
        "input[data-path='server.scheduler.customized_sync_cycle_interval']",
    )
    .unchecked_into();
    custom.set_value("00:00:00");
    fire(&custom, "change");
    settle().await;
    let label = custom.parent_element().unwrap();
    assert_eq!(
        custom.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let message = label
        .query_selector(".field-error")
        .unwrap()
        .expect("an inline message");
    assert!(
        message
            .text_content()
            .unwrap()
            .contains("greater than zero")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_pasted_scheduler_with_a_broken_line_names_the_line() {
    let (root, _handle) = mount().await;
    find(&root, "button[data-system=server]").click();
    settle().await;
    let area: HtmlTextAreaElement =
        find(&root, "textarea[data-input=get-adsyncscheduler]").unchecked_into();
    area.set_value(
        "AllowedSyncCycleInterval            : 00:30:00\r\n\
         CustomizedSyncCycleInterval         : 03:00:00\r\n\
         SyncCycleEnabled                    : Perhaps\r\n\
         SomethingNew                        : 42\r\n",
    );
    fire(&area, "input");
    find(&root, "button[data-action=import]").click();
    settle().await;
    let report = text(&root, ".import-report");
    assert!(report.contains("CustomizedSyncCycleInterval"), "{report}");
    assert!(
        report.contains("line 3"),
        "the broken line is named: {report}"
    );
    assert!(
        report.contains("SomethingNew"),
        "unknown fields are listed: {report}"
    );
    let custom: HtmlInputElement = find(
        &root,
        "input[data-path='server.scheduler.customized_sync_cycle_interval']",
    )
    .unchecked_into();
    assert_eq!(
        custom.value(),
        "3 h",
        "the imported interval fills the field, written as people write it"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_server_says_when_an_on_premises_change_reaches_entra_id() {
    let (root, _handle) = mount().await;
    find(&root, "button[data-system=server]").click();
    settle().await;
    let line = text(&root, ".export-time");
    assert!(line.contains("reaches Entra ID"), "{line}");
    let printed = text(&root, ".powershell pre");
    assert!(printed.contains("NextSyncCycleStartTimeInUTC"), "{printed}");
    assert!(
        printed.contains("CurrentlyEffectiveSyncCycleInterval : 00:30:00"),
        "{printed}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_custom_poll_schedule_can_be_edited() {
    let (root, _handle) = mount().await;
    let select: HtmlSelectElement =
        find(&root, "select[data-path='device.rule_set']").unchecked_into();
    select.set_value("custom");
    fire(&select, "change");
    settle().await;
    // It starts as the Windows schedule in DMClient CSP terms: the answer keeps a next sync.
    assert!(
        root.query_selector("[data-list='device.rule_set.custom']")
            .unwrap()
            .is_some()
    );
    assert_eq!(
        find(&root, ".answer-text")
            .get_attribute("data-state")
            .as_deref(),
        Some("next")
    );
    // A set that runs for ever followed by another set is refused, at the field.
    let count: HtmlInputElement = find(
        &root,
        "input[data-path='device.rule_set.custom.first.count']",
    )
    .unchecked_into();
    count.set_value("0");
    fire(&count, "change");
    settle().await;
    // The answer names the field by its label, never by its path.
    let summary = text(&root, ".answer-stale");
    assert!(summary.contains("Poll schedule"), "{summary}");
    assert!(!summary.contains("device.rule_set"), "{summary}");
    root.remove();
}

#[wasm_bindgen_test]
async fn connectors_and_durations_change_the_server_plan() {
    let (root, _handle) = mount().await;
    find(&root, "button[data-system=server]").click();
    settle().await;
    let before = text(&root, ".export-time");

    // Cycles that take 10 minutes export a change later than the default few seconds.
    let mode: HtmlSelectElement =
        find(&root, "select[data-path='server.durations']").unchecked_into();
    mode.set_value("per_cycle");
    fire(&mode, "change");
    settle().await;
    let delta: HtmlInputElement =
        find(&root, "input[data-path='server.durations.per_cycle.delta']").unchecked_into();
    delta.set_value("00:10:00");
    fire(&delta, "change");
    settle().await;
    let after = text(&root, ".export-time");
    assert_ne!(before, after, "the export time moved");

    // A connector needs a name: an empty one is refused at its row.
    let name: HtmlInputElement =
        find(&root, "input[data-path='server.connectors[0].name']").unchecked_into();
    name.set_value("   ");
    fire(&name, "change");
    settle().await;
    let row = find(&root, "[data-row='server.connectors[0]']");
    assert!(
        row.query_selector(".field-error").unwrap().is_some(),
        "the row says what is wrong"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_settings_wait_folded_until_opened_and_the_choice_is_remembered() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.remove_item("sync-planner.fold.settings").unwrap();
    fresh_start("#");
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    // The answer is there at once; the controls are built after it has been painted.
    assert!(root.query_selector(".answer-text").unwrap().is_some());
    assert!(
        root.query_selector("button[data-preset=fresh]")
            .unwrap()
            .is_none()
    );
    painted().await;
    // Then the stories are at hand, and the scenario's fields are not built yet.
    assert!(
        root.query_selector("button[data-preset=fresh]")
            .unwrap()
            .is_some()
    );
    let fold = find(&root, "details[data-fold=settings]");
    assert!(!fold.has_attribute("open"));
    assert!(
        root.query_selector("input[data-path='device.enrolled_at']")
            .unwrap()
            .is_none()
    );
    open_settings(&root).await;
    assert!(
        root.query_selector("input[data-path='device.enrolled_at']")
            .unwrap()
            .is_some()
    );
    assert_eq!(
        storage
            .get_item("sync-planner.fold.settings")
            .unwrap()
            .as_deref(),
        Some("open")
    );
    // Closing hides what was built but keeps it, and is remembered too.
    fold.remove_attribute("open").unwrap();
    fire(&fold, "toggle");
    settle().await;
    assert!(
        root.query_selector("input[data-path='device.enrolled_at']")
            .unwrap()
            .is_some()
    );
    assert_eq!(
        storage
            .get_item("sync-planner.fold.settings")
            .unwrap()
            .as_deref(),
        Some("closed")
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_year_of_cycles_keeps_few_rows_in_the_page_and_a_folded_run_expands() {
    use sync_planner::engine::{Instant, Period, Window};
    use sync_planner::presets::Preset;
    // A server cycling every 30 minutes for 400 days: about 19,000 events.
    let now: Instant = "2026-11-27T10:00:00Z".parse().unwrap();
    let mut scenario = Preset::WizardOpenOvernight.scenario(now);
    scenario.horizon = Window::starting(scenario.horizon.start(), Period::days(400));
    let hash = format!("#{}", sync_planner::share::to_fragment(&scenario));
    let (root, _handle) = mount_at(&hash).await;
    // The table's rendered lines, read by walking the body (spacers left out).
    let lines = |root: &HtmlElement| {
        let mut out = Vec::new();
        let mut next = find(root, "table.events tbody").first_element_child();
        while let Some(el) = next {
            next = el.next_element_sibling();
            if el.class_list().contains("line") {
                out.push(el);
            }
        }
        out
    };
    let rows = |root: &HtmlElement| lines(root).len();
    assert!(rows(&root) > 0, "the list shows events");
    assert!(rows(&root) <= 80, "folded: {} rows", rows(&root));

    // Expand the longest folded run: the table then counts thousands of lines, but only
    // those near the scroll position are in the page.
    let count = |b: &HtmlElement| {
        b.text_content()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse::<u32>()
            .unwrap_or(0)
    };
    let longest = lines(&root)
        .into_iter()
        .filter_map(|l| l.query_selector("button.expand").unwrap())
        .map(|n| n.unchecked_into::<HtmlElement>())
        .max_by_key(count)
        .expect("a run of cycles is folded");
    assert!(
        count(&longest) > 1_000,
        "the cycles fold: {}",
        count(&longest)
    );
    longest.click();
    settle().await;
    assert_eq!(
        longest.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let members = lines(&root)
        .iter()
        .filter(|l| l.class_list().contains("member"))
        .count();
    assert!(members > 0, "the run's events are shown");
    let total: u32 = find(&root, "table.events")
        .get_attribute("aria-rowcount")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(total > 1_000, "the table counts every line: {total}");
    assert!(
        rows(&root) <= 80,
        "expanded: {} rows in the page",
        rows(&root)
    );

    // Scrolling halfway renders the lines there, still only a few.
    let scroller = find(&root, ".event-scroll");
    scroller.set_scroll_top(scroller.scroll_height() / 2);
    fire(&scroller, "scroll");
    settle().await;
    let first: u32 = lines(&root)
        .first()
        .and_then(|l| l.get_attribute("aria-rowindex"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(
        first > 500,
        "the rows near the middle are shown: first is {first}"
    );
    assert!(
        rows(&root) <= 80,
        "scrolled: {} rows in the page",
        rows(&root)
    );

    // Selecting a row marks it.
    let row = find(&root, "table.events tbody tr.line[data-row]");
    find(&row, "button").click();
    settle().await;
    assert_eq!(row.get_attribute("aria-selected").as_deref(), Some("true"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_manual_sync_made_while_off_is_marked_on_its_own_row() {
    use sync_planner::engine::intune::{ManualSync, ManualVia};
    use sync_planner::engine::{Instant, Span};
    use sync_planner::presets::Preset;
    let now: Instant = "2026-11-27T10:00:00Z".parse().unwrap();
    let mut scenario = Preset::FreshlyEnrolled.scenario(now);
    let device = scenario.device.as_mut().unwrap();
    let hours = |h: i64| device.enrolled_at + chrono::TimeDelta::hours(h);
    // Settings at +1 h and +3 h, Company Portal at +2 h: the engine's list interleaves them.
    device.manual_syncs = vec![
        ManualSync {
            at: hours(1),
            via: ManualVia::Settings,
        },
        ManualSync {
            at: hours(2),
            via: ManualVia::CompanyPortal,
        },
        ManualSync {
            at: hours(3),
            via: ManualVia::Settings,
        },
    ];
    device.power_off = vec![Span::new(hours(5), Some(hours(9))).unwrap()];
    let hash = format!("#{}", sync_planner::share::to_fragment(&scenario));
    let (root, _handle) = mount_at(&hash).await;

    // Move the Company Portal sync into the power-off: the engine then complains about its
    // third manual sync, which is the portal list's first row.
    let off_start: HtmlInputElement =
        find(&root, "input[data-path='device.power_off[0].start']").unchecked_into();
    let portal: HtmlInputElement = find(
        &root,
        "input[data-path='device.manual_syncs.company_portal[0]']",
    )
    .unchecked_into();
    // An hour into the four-hour power-off, whatever zone the page shows times in.
    portal.set_value_as_number(off_start.value_as_number() + 3_600_000.0);
    let inside = portal.value();
    fire(&portal, "input");
    fire(&portal, "change");
    settle().await;

    let message = |row: &str| {
        root.query_selector(&format!("[data-row='{row}'] .field-error"))
            .unwrap()
            .and_then(|m| m.text_content())
    };
    assert!(
        message("device.manual_syncs.company_portal[0]").is_some(),
        "the portal row holding the sync says what is wrong (typed {inside})"
    );
    for other in [
        "device.manual_syncs.settings[0]",
        "device.manual_syncs.settings[1]",
    ] {
        assert_eq!(message(other), None, "{other} is not marked");
    }
    assert_eq!(
        portal.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "the field itself is marked"
    );
    let stale = find(&root, ".answer-stale");
    assert_eq!(
        stale.get_attribute("data-stale-path").as_deref(),
        Some("device.manual_syncs.company_portal[0].at")
    );
    let mismatch = stale.text_content().unwrap_or_default();
    assert!(
        mismatch.contains("Manual sync: Company Portal › entry 1"),
        "the answer names the row as the page shows it: {mismatch}"
    );
    root.remove();
}
