//! The Export menu: the predicted syncs as a calendar, the events as CSV and JSON, and the
//! timeline as SVG and PNG, all made in the browser and offered as downloads.
//!
//! The files come from [`crate::export`] (the same functions the `simulate` command line
//! calls), fed with the view on screen, so a file says what the page says. The SVG is the
//! timeline's own SVG text, taken from the page; the PNG is that SVG drawn onto a canvas by
//! the browser (an `Image` loading a same-origin `blob:` URL, which the page's CSP allows for
//! images only), so no image crate ships in the bundle.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::chart;
use crate::engine::Instant;
use crate::export::{self, Options, Part};
use crate::present::labels::export as words;
use crate::present::{Mark, Tone, terms};

use super::state::{Planner, System, use_planner};
use super::timefmt;

/// How many PNG pixels per SVG unit (one SVG unit is one CSS pixel): twice, so the picture
/// stays sharp on high-density screens and in documents.
pub const PNG_SCALE: u32 = 2;

/// A file kind the menu offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ics,
    Csv,
    Json,
    Svg,
    Png,
}

impl Kind {
    const ALL: [Kind; 5] = [Kind::Ics, Kind::Csv, Kind::Json, Kind::Svg, Kind::Png];

    /// A stable key, for `data-file` and the file's extension.
    const fn key(self) -> &'static str {
        match self {
            Kind::Ics => "ics",
            Kind::Csv => "csv",
            Kind::Json => "json",
            Kind::Svg => "svg",
            Kind::Png => "png",
        }
    }

    /// The button's label.
    const fn label(self) -> crate::present::text::Text {
        match self {
            Kind::Ics => words::EXPORT_ICS,
            Kind::Csv => words::EXPORT_CSV,
            Kind::Json => words::EXPORT_JSON,
            Kind::Svg => words::EXPORT_SVG,
            Kind::Png => words::EXPORT_PNG,
        }
    }

    /// The file's media type.
    const fn mime(self) -> &'static str {
        match self {
            Kind::Ics => "text/calendar;charset=utf-8",
            Kind::Csv => "text/csv;charset=utf-8",
            Kind::Json => "application/json",
            Kind::Svg => "image/svg+xml",
            Kind::Png => "image/png",
        }
    }
}

/// The file name: `sync-planner-device-events.csv`, `sync-planner-server-chart.png`…
fn file_name(system: System, kind: Kind) -> String {
    let what = match kind {
        Kind::Ics => "syncs",
        Kind::Csv | Kind::Json => "events",
        Kind::Svg | Kind::Png => "chart",
    };
    format!(
        "sync-planner-{}-{what}.{}",
        export::system_key(system),
        kind.key()
    )
}

/// The menu, placed with the sharing buttons.
#[component]
pub fn ExportMenu() -> impl IntoView {
    let p = use_planner();
    let failed = RwSignal::new(false);
    let run = move |kind: Kind| {
        let system = p.system.get_untracked();
        let ok = match kind {
            Kind::Ics | Kind::Csv | Kind::Json => text_file(p, kind)
                .map(|text| offer_text(&file_name(system, kind), kind.mime(), &text))
                .is_some(),
            Kind::Svg => chart_svg(p)
                .map(|svg| offer_text(&file_name(system, kind), kind.mime(), &svg))
                .is_some(),
            Kind::Png => chart_svg(p)
                .and_then(|svg| offer_png(&file_name(system, kind), &svg).ok())
                .is_some(),
        };
        failed.set(!ok);
    };
    view! {
        <details class="exports">
            <summary>{move || p.say(words::EXPORT)}</summary>
            <p class="hint">{move || p.say(words::EXPORT_HINT)}</p>
            <div class="export-buttons">
                {Kind::ALL
                    .into_iter()
                    .map(|kind| view! {
                        <button type="button" data-file=kind.key() on:click=move |_| run(kind)>
                            {move || p.say(kind.label())}
                        </button>
                    })
                    .collect_view()}
            </div>
            {move || failed.get().then(|| view! {
                <p class="field-error" role="alert">{p.say(words::EXPORT_FAILED)}</p>
            })}
        </details>
    }
}

/// The calendar, CSV or JSON of the view on screen; `None` before the first result.
fn text_file(p: Planner, kind: Kind) -> Option<String> {
    let lang = p.lang.get_untracked();
    let system = p.system.get_untracked();
    let view = p.view.get_untracked()?;
    let (scenario, _) = p.computed.with_untracked(|c| c.good.clone())?;
    let zone = scenario.display_zone.clone();
    let offset = |t: Instant| timefmt::offset_secs(t, &zone);
    let seed = scenario.to_json();
    let options = Options {
        lang,
        zone: &scenario.display_zone,
        offset: &offset,
        // The file is made now, whatever "now" the answers are about.
        stamp: timefmt::now(),
        uid_seed: &seed,
    };
    let parts = [Part {
        system,
        view: &view,
    }];
    Some(match kind {
        Kind::Ics => export::calendar(&parts, &options),
        // A byte-order mark first: without it, Excel reads UTF-8 CSV as the local code page
        // and the Japanese turns to mojibake. (The command line prints plain UTF-8.)
        Kind::Csv => format!("\u{feff}{}", export::events_csv(&parts, &options)),
        Kind::Json | Kind::Svg | Kind::Png => export::events_json(&parts, &options),
    })
}

/// The timeline's SVG as a file that stands on its own: the chart's SVG from the page, framed
/// by [`chart::framed`] with a title, the span shown, the zone its times are in and the legend.
fn chart_svg(p: Planner) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let element = document.query_selector(".chart > svg").ok()??;
    let size = |name: &str| element.get_attribute(name)?.parse::<u32>().ok();
    let (width, height) = (size("width")?, size("height")?);
    let svg = element.outer_html();
    let lang = p.lang.get_untracked();
    let view = p.view.get_untracked()?;
    let window = p.window.get_untracked()?;
    let (scenario, _) = p.computed.with_untracked(|c| c.good.clone())?;
    let zone = &scenario.display_zone;
    let at = |t: Instant| timefmt::format(t, zone, lang, timefmt::Style::DateTime);
    let range = words::PICTURE_RANGE.fill(lang, &[&at(window.start()), &at(window.end())]);
    let zone_name = match zone {
        crate::engine::DisplayZone::Browser => timefmt::browser_zone_name(),
        other => other.to_string(),
    };
    let zone_words = words::PICTURE_ZONE.fill(lang, &[&zone_name]);
    let title = match p.system.get_untracked() {
        System::Device => words::PICTURE_TITLE_DEVICE,
        System::Server => words::PICTURE_TITLE_SERVER,
    };
    let mut legend: Vec<(chart::Swatch, String)> = Tone::ALL
        .iter()
        .map(|&tone| {
            (
                chart::Swatch::Tone(tone),
                terms::tone(tone).get(lang).to_owned(),
            )
        })
        .collect();
    let mut shades: Vec<_> = view
        .shades
        .iter()
        .map(|s| (s.kind, s.label.clone()))
        .collect();
    shades.sort_by_key(|(k, _)| k.key());
    shades.dedup_by_key(|(k, _)| *k);
    legend.extend(
        shades
            .into_iter()
            .map(|(k, l)| (chart::Swatch::Shade(k), l)),
    );
    if view.rows.iter().any(|r| r.mark == Mark::FullSteps) {
        legend.push((
            chart::Swatch::FullSteps,
            words::LEGEND_FULL_STEPS.get(lang).to_owned(),
        ));
    }
    if view.rows.iter().any(|r| r.mark == Mark::Deadline) {
        legend.push((
            chart::Swatch::Deadline,
            words::LEGEND_DEADLINE.get(lang).to_owned(),
        ));
    }
    let frame = chart::Frame {
        title: title.get(lang),
        range: &range,
        zone: &zone_words,
        legend: &legend,
        palette: if super::timeline::prefers_dark() {
            chart::DARK
        } else {
            chart::LIGHT
        },
    };
    Some(chart::framed(&svg, width, height, &frame))
}

/// A same-origin `blob:` URL holding `text` as `mime`.
fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Clicks a temporary link that downloads `url` as `name`.
fn click_download(name: &str, url: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.click();
    Some(())
}

/// Offers `text` as a download.
fn offer_text(name: &str, mime: &str, text: &str) -> Option<()> {
    let url = blob_url(text, mime)?;
    let done = click_download(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Draws `svg` onto a canvas at [`PNG_SCALE`] and offers it as a PNG download, once the
/// browser has loaded the picture (asynchronously; a failure then shows no file).
fn offer_png(name: &str, svg: &str) -> Result<(), JsValue> {
    let url = blob_url(svg, Kind::Svg.mime()).ok_or(JsValue::NULL)?;
    let image = web_sys::HtmlImageElement::new()?;
    let name = name.to_owned();
    let on_load = {
        let image = image.clone();
        let url = url.clone();
        Closure::once(move || {
            let _ = draw_png(&image, &name);
            let _ = web_sys::Url::revoke_object_url(&url);
        })
    };
    let on_error = {
        let url = url.clone();
        Closure::once(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
    };
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    image.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Each closure runs at most once and the image lives until then; leaking the pair (a few
    // bytes per click) is simpler than keeping them alive by hand.
    on_load.forget();
    on_error.forget();
    image.set_src(&url);
    Ok(())
}

/// Paints a loaded image onto a canvas at [`PNG_SCALE`] and downloads the canvas as PNG.
fn draw_png(image: &web_sys::HtmlImageElement, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    let (w, h) = (image.natural_width(), image.natural_height());
    canvas.set_width(w * PNG_SCALE);
    canvas.set_height(h * PNG_SCALE);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or(JsValue::NULL)?
        .unchecked_into();
    context.draw_image_with_html_image_element_and_dw_and_dh(
        image,
        0.0,
        0.0,
        f64::from(w * PNG_SCALE),
        f64::from(h * PNG_SCALE),
    )?;
    let data = canvas.to_data_url_with_type("image/png")?;
    click_download(name, &data).ok_or(JsValue::NULL)
}
