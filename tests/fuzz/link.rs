//! Shared links: the address fragment, in the current format and the first (`#s=`), as the
//! app opens them from `location.hash`.

use sync_planner::chart::Zoom;
use sync_planner::present::text::Lang;
use sync_planner::present::{System, Tone};
use sync_planner::presets::Preset;
use sync_planner::share::{self, SharedView, v1, words};

use super::{Target, text};

/// The link decoder's target.
pub fn target() -> Target {
    let now = "2026-11-21T10:30:27Z".parse().unwrap();
    let mut seeds = Vec::new();
    for preset in Preset::ALL {
        let scenario = preset.scenario(now);
        let view = SharedView {
            system: Some(System::Server),
            zoom: Some(Zoom::Week),
            pan: Some(now),
            now: Some(now),
            lang: Some(Lang::Ja),
            lane: Some("s2".to_owned()),
            outcome: Some(Tone::Blocked),
        };
        seeds.push(format!("#{}", share::link(&scenario, &view)));
        seeds.push(format!("#{}", share::to_fragment(&scenario)));
        seeds.push(format!("#{}", v1::encode(&scenario)));
    }
    // Over the size limit, in both formats.
    seeds.push(format!(
        "#v2={}&c=00000",
        "(".repeat(share::MAX_FRAGMENT_CHARS)
    ));
    seeds.push(format!("#s={}", "A".repeat(share::MAX_FRAGMENT_CHARS)));
    let mut tokens: Vec<String> = [
        "v2=",
        "s=",
        "v3=",
        "&c=",
        "&t=",
        "&y=",
        "&z=",
        "&p=",
        "&n=",
        "&l=",
        "&fl=",
        "&fo=",
        "(",
        ")",
        "!(",
        "!t",
        "!f",
        "!n",
        ",",
        ":",
        "@",
        "@-",
        ".",
        "~",
        "~%E6%97%A5~",
        "%28",
        "%29",
        "%3A",
        "%",
        "=",
        "&",
        "#",
        "-",
        "9999999999999",
        "1e999",
        "zzzzzzzzzzzz",
    ]
    .map(str::to_owned)
    .to_vec();
    tokens.extend(
        words::KEYS
            .iter()
            .chain(words::VALUES)
            .map(|(_, code)| (*code).to_owned()),
    );
    Target {
        name: "link",
        seeds: seeds.into_iter().map(String::into_bytes).collect(),
        tokens,
        inputs: 400_000,
        run: |bytes| {
            let _ = share::open(&text(bytes));
        },
    }
}
