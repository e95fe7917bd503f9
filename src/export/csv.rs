//! The events as CSV (RFC 4180): a header row, then one row per event of every part, CRLF line
//! ends, and every field that holds a comma, a quote or a line break quoted with its quotes
//! doubled. Times are ISO 8601, in UTC and in the display zone's local time.

use super::{Options, Part, iso_local, iso_utc, system_key};
use crate::present::terms;
use crate::present::text::Text;

/// The columns, in the order they are written. Machine columns first (stable keys, ISO times),
/// then the words people read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// `device` or `server`.
    System,
    /// When, ISO 8601 UTC.
    Utc,
    /// When, ISO 8601 with the display zone's offset.
    Local,
    /// When it ended (sync cycles), UTC; empty for instants.
    EndUtc,
    /// When it ended, local.
    EndLocal,
    /// The lane's stable key (`schedule_3`, `cycle`).
    LaneKey,
    /// The outcome's stable key (`synced`, `caught-up`, `skipped`…).
    Outcome,
    /// The source's stable identifier.
    SourceId,
    /// The lane's name.
    LaneName,
    /// What happened, in words.
    Event,
    /// The rule that produced it, in words.
    Rule,
    /// Why, in a sentence or two.
    Why,
    /// The source's title.
    SourceTitle,
    /// The source's address, when it has one.
    SourceUrl,
}

impl Column {
    /// Every column, in file order.
    pub const ALL: [Column; 14] = [
        Column::System,
        Column::Utc,
        Column::Local,
        Column::EndUtc,
        Column::EndLocal,
        Column::LaneKey,
        Column::Outcome,
        Column::SourceId,
        Column::LaneName,
        Column::Event,
        Column::Rule,
        Column::Why,
        Column::SourceTitle,
        Column::SourceUrl,
    ];
}

/// A CSV column's header: machine columns (keys, ISO times, identifiers) have the same
/// snake_case header in both languages, so scripts read either file; the columns people read
/// are headed in the export's language.
const fn header(column: Column) -> Text {
    match column {
        Column::System => Text::new("system", "system"),
        Column::Utc => Text::new("utc", "utc"),
        Column::Local => Text::new("local", "local"),
        Column::EndUtc => Text::new("end_utc", "end_utc"),
        Column::EndLocal => Text::new("end_local", "end_local"),
        Column::LaneKey => Text::new("lane", "lane"),
        Column::Outcome => Text::new("outcome", "outcome"),
        Column::SourceId => Text::new("source", "source"),
        // Not "Lane": PowerShell's Import-Csv reads headers without regard to case and
        // refuses a file with both "lane" and "Lane".
        Column::LaneName => Text::new("Lane name", "レーン"),
        Column::Event => Text::new("Event", "イベント"),
        Column::Rule => Text::new("Rule", "ルール"),
        Column::Why => Text::new("Why", "理由"),
        Column::SourceTitle => Text::new("Source title", "出典"),
        Column::SourceUrl => Text::new("Source URL", "出典 URL"),
    }
}

/// The events of `parts` as one CSV text, header first.
pub fn events_csv(parts: &[Part<'_>], options: &Options<'_>) -> String {
    let lang = options.lang;
    let mut out = String::new();
    let head: Vec<&str> = Column::ALL.iter().map(|c| header(*c).get(lang)).collect();
    line(&mut out, &head);
    for part in parts {
        let view = part.view;
        for row in &view.rows {
            let offset = |t| (options.offset)(t);
            let lane = view.lanes.get(row.lane);
            let title = terms::source_title(row.source);
            let fields: Vec<String> = Column::ALL
                .iter()
                .map(|c| match c {
                    Column::System => system_key(part.system).to_owned(),
                    Column::Utc => iso_utc(row.at),
                    Column::Local => iso_local(row.at, offset(row.at)),
                    Column::EndUtc => row.end.map(iso_utc).unwrap_or_default(),
                    Column::EndLocal => {
                        row.end.map(|e| iso_local(e, offset(e))).unwrap_or_default()
                    }
                    Column::LaneKey => lane.map(|l| l.key).unwrap_or_default().to_owned(),
                    Column::Outcome => row.tone.key().to_owned(),
                    Column::SourceId => row.source.id.to_owned(),
                    Column::LaneName => lane.map(|l| l.label.clone()).unwrap_or_default(),
                    Column::Event => row.what.clone(),
                    Column::Rule => row.rule.clone(),
                    Column::Why => row.why.clone(),
                    Column::SourceTitle => title.get(lang).to_owned(),
                    Column::SourceUrl => row.source.url.unwrap_or_default().to_owned(),
                })
                .collect();
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            line(&mut out, &fields);
        }
    }
    out
}

/// Appends one record, fields quoted as needed, ended by CRLF.
fn line(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(field));
    }
    out.push_str("\r\n");
}

/// A field as RFC 4180 writes it: bare unless it holds a comma, a quote, a CR or an LF (or
/// starts or ends with a space, which some readers trim), else in quotes with quotes doubled.
/// A field a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// CR: a connector's name is typed by the user) gets a leading `'`, so it stays text.
pub(super) fn quote(field: &str) -> String {
    let guarded;
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{field}");
        guarded.as_str()
    } else {
        field
    };
    let needs =
        field.contains([',', '"', '\r', '\n']) || field.starts_with(' ') || field.ends_with(' ');
    if needs {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}
