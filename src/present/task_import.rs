//! Words for the Task Scheduler XML import: what it found, what it read but did not use, and
//! what it could not read (by file, line and element), in both languages. The app's import
//! panel and the `simulate import` command line say the same sentences.

use super::grammar;
use super::text::{Lang, Text};
use crate::engine::intune::{
    At, EnrolmentTask, ImportNote as Note, ProblemKind, RuleSet, TaskImport, XmlProblem,
};

/// The import panel's heading.
pub const TITLE: Text = Text::new(
    "Import the enrolment tasks (Task Scheduler XML)",
    "登録タスクを取り込む（タスク スケジューラの XML）",
);

/// What the panel takes, and how.
pub const HINT: Text = Text::new(
    "Drop the tasks exported from Task Scheduler (or schtasks /query /xml output) here, choose files, or paste the XML. Several at once are fine.",
    "タスク スケジューラからエクスポートしたタスク（または schtasks /query /xml の出力）をここにドロップするか、ファイルを選ぶか、XML を貼り付けてください。複数まとめて取り込めます。",
);

/// The file picker's label.
pub const CHOOSE_FILES: Text = Text::new("Choose files…", "ファイルを選ぶ…");

/// The paste button.
pub const IMPORT_PASTED: Text = Text::new("Import pasted XML", "貼り付けた XML を取り込む");

/// The paste button pressed with nothing in the box.
pub const NOTHING_PASTED: Text = Text::new(
    "The box is empty: paste a task's XML (in Task Scheduler, Export… on the task), or choose the files.",
    "ボックスが空です。タスクの XML を貼り付けるか（タスク スケジューラでタスクの [エクスポート]）、ファイルを選んでください。",
);

/// The zone a `StartBoundary` without offset is read in.
pub const LOCAL_ZONE: Text = Text::new(
    "Times without an offset are read in this browser's time zone (now UTC{0}), with its daylight saving time.",
    "オフセットのない時刻は、このブラウザーのタイム ゾーン（現在 UTC{0}、夏時間を含む）で読みます。",
);

/// Heading over the notes.
pub const NOTES: Text = Text::new(
    "Read but not used, and assumed:",
    "読んだが使っていないもの・仮定したこと:",
);

/// Heading over the problems.
pub const PROBLEMS: Text = Text::new("Could not be read:", "読めなかったもの:");

/// How many entries were left out.
pub const OMITTED: Text = Text::new("{0} more not shown.", "ほか {0} 件は省略しました。");

/// Where something is.
pub fn at(lang: Lang, at: At) -> String {
    Text::new("file {0}, line {1}", "ファイル {0}、{1} 行目")
        .fill(lang, &[&at.file.to_string(), &at.line.to_string()])
}

/// The rule set an import made, in a few words.
pub fn rule_set(lang: Lang, rule_set: &RuleSet) -> &'static str {
    match rule_set {
        RuleSet::Learn2025_10 => Text::new(
            "the published Windows schedule",
            "公開されている Windows のスケジュール",
        ),
        RuleSet::LegacyApple15MinFor6H => {
            Text::new("the older Apple schedule", "以前の Apple のスケジュール")
        }
        RuleSet::Custom(_) => Text::new(
            "a custom schedule (the tasks differ from the published one)",
            "カスタム スケジュール（タスクが公開値と異なります）",
        ),
    }
    .get(lang)
}

/// One line saying what the import found: how many tasks, which rule set, the enrolment.
pub fn summary(lang: Lang, import: &TaskImport) -> String {
    let Some(rules) = &import.rule_set else {
        return Text::new("Nothing was imported.", "何も取り込んでいません。")
            .get(lang)
            .to_owned();
    };
    let names: Vec<String> = import
        .tasks
        .iter()
        .map(|t| t.task.name().to_owned())
        .collect();
    // The published schedule's name only for tasks the simulation follows in full and that
    // are as enrolment creates them.
    let changed: Vec<String> = import.changed_settings().map(|n| note(lang, n)).collect();
    let described = match rules {
        RuleSet::Learn2025_10 if import.left_out().next().is_some() => Text::new(
            "the published Windows poll sets, but not everything these tasks do",
            "公開されている Windows のポーリング セット（ただしタスクの内容をすべては反映していません）",
        )
        .get(lang),
        RuleSet::Learn2025_10 if !changed.is_empty() => Text::new(
            "the published Windows poll sets, with settings that differ from what enrolment creates",
            "公開されている Windows のポーリング セット（ただし設定が登録時と異なります）",
        )
        .get(lang),
        rules => rule_set(lang, rules),
    };
    let found = Text::new(
        "Imported {0} task(s) ({1}): {2}",
        "{0} 件のタスク（{1}）を取り込みました: {2}",
    )
    .fill(
        lang,
        &[
            &import.tasks.len().to_string(),
            &names.join(", "),
            described,
        ],
    );
    let mut parts = vec![found];
    if let Some(t) = import.enrolled_at {
        parts.push(
            Text::new("Enrolled at {0}", "登録日時は {0} です")
                .fill(lang, &[&grammar::utc(lang, t)]),
        );
    }
    let mut out = grammar::sentences(lang, &parts);
    let sep = if lang == Lang::Ja { "" } else { " " };
    // Settings followed but not as enrolment creates them, each with what it changes: a
    // reader who stops here must not take the prediction for the published schedule's.
    if !changed.is_empty() {
        let intro = Text::new(
            "These tasks differ from what enrolment creates in {0} setting(s):",
            "これらのタスクは登録時の設定と {0} 点異なります:",
        )
        .fill(lang, &[&changed.len().to_string()]);
        out = format!("{out}{sep}{intro} {}", changed.join(" "));
    }
    // What the simulation leaves out or merges, each with what it changes, in the summary
    // itself: a reader who stops here must not take the prediction for the tasks' own.
    let left_out: Vec<String> = import.left_out().map(|n| note(lang, n)).collect();
    if left_out.is_empty() {
        return out;
    }
    let intro = Text::new(
        "The simulation differs from these tasks in {0} way(s):",
        "シミュレーションはこれらのタスクと {0} 点異なります:",
    )
    .fill(lang, &[&left_out.len().to_string()]);
    format!("{out}{sep}{intro} {}", left_out.join(" "))
}

/// A note in words.
pub fn note(lang: Lang, note: &Note) -> String {
    let task = |t: &EnrolmentTask| t.name();
    match note {
        Note::Unused {
            element,
            value,
            at: place,
            count,
        } => Text::new(
            "{0} = “{1}” ({2}; in {3} task(s)): not used by the simulation.",
            "{0} = “{1}”（{2}、{3} 件のタスク）: シミュレーションでは使いません。",
        )
        .fill(lang, &[element, value, &at(lang, *place), &count.to_string()]),
        Note::LocalTimeAssumed { offset } => Text::new(
            "StartBoundary has no offset: it was read as local time at UTC{0}.",
            "StartBoundary にオフセットがないため、UTC{0} の現地時刻として読みました。",
        )
        .fill(lang, &[offset]),
        Note::OtherTask { name, at: place } => Text::new(
            "“{0}” ({1}) is not one of the enrolment poll tasks: not used.",
            "“{0}”（{1}）は登録時のポーリング タスクではないため、使いません。",
        )
        .fill(lang, &[name, &at(lang, *place)]),
        Note::DuplicateTask { task: t, at: place } => Text::new(
            "{0} appears again ({1}): the first one is used.",
            "{0} が再び現れました（{1}）: 最初のものを使います。",
        )
        .fill(lang, &[task(t), &at(lang, *place)]),
        Note::MissingTask { task: t } => Text::new(
            "{0} was not in the import: its published values are kept.",
            "{0} は取り込みに含まれていないため、公開値のままです。",
        )
        .fill(lang, &[task(t)]),
        Note::DisabledTask { task: t } => Text::new(
            "{0} is disabled: it does not run.",
            "{0} は無効のため実行されません。",
        )
        .fill(lang, &[task(t)]),
        Note::NoRepetition { task: t } => Text::new(
            "{0} has no repetition: it runs once, which a poll set cannot say, so it is left out.",
            "{0} には繰り返しがなく 1 回だけ実行されます。ポーリング セットでは表せないため、除外しました。",
        )
        .fill(lang, &[task(t)]),
        Note::CountRounded { task: t, count } => Text::new(
            "{0}: Duration is not a whole number of Intervals; {1} repetitions are used.",
            "{0}: Duration が Interval の整数倍ではないため、繰り返しを {1} 回としました。",
        )
        .fill(lang, &[task(t), &count.to_string()]),
        Note::AfterIndefinite { task: t } => Text::new(
            "{0} never runs: a set before it repeats indefinitely.",
            "{0} は実行されません: その前のセットが無期限に繰り返すためです。",
        )
        .fill(lang, &[task(t)]),
        Note::StartMoved {
            task: t,
            imported,
            used,
        } => Text::new(
            "{0} starts at {1} in the task, before enrolment, which the simulation cannot say: it starts at {2}, so its runs are placed differently.",
            "{0} のタスク上の開始は {1} で登録より前のため、シミュレーションでは表せません。{2} から開始するので、実行時刻がずれます。",
        )
        .fill(lang, &[task(t), &grammar::utc(lang, *imported), &grammar::utc(lang, *used)]),
        Note::StartBeyondReach { task: t, start } => Text::new(
            "{0} starts at {1} in the task, more than {2} after enrolment, which is past the longest period the app simulates: it does not run in the simulation, so any runs it would make from then on are missing from the prediction.",
            "{0} のタスク上の開始は {1} で、登録から {2} より後です。これはアプリがシミュレーションできる最長の期間を超えるため、シミュレーションでは実行されません。その時刻以降の実行は予測に含まれません。",
        )
        .fill(
            lang,
            &[
                task(t),
                &grammar::utc(lang, *start),
                &grammar::days(lang, crate::engine::Period::MAX.secs() / 86_400),
            ],
        ),
        Note::OwnStart { task: t, start } => Text::new(
            "{0} starts at its own StartBoundary, {1}, not where the set before it ends: the simulation starts it there too.",
            "{0} は前のセットの終了時ではなく、自身の StartBoundary（{1}）に開始します。シミュレーションもそこから開始します。",
        )
        .fill(lang, &[task(t), &grammar::utc(lang, *start)]),
        Note::EndBoundary { task: t, end } => Text::new(
            "{0} has an EndBoundary, {1}: the trigger starts no run after it.",
            "{0} には EndBoundary（{1}）があり、それ以降トリガーは実行を開始しません。",
        )
        .fill(lang, &[task(t), &grammar::utc(lang, *end)]),
        Note::ExtraTrigger {
            task: t,
            at: place,
            runs: true,
        } => Text::new(
            "{0} has another time trigger ({1}): it fires too, from its own start, in the same lane.",
            "{0} には別の時刻トリガーがあります（{1}）。これも自身の開始時刻から同じレーンで実行します。",
        )
        .fill(lang, &[task(t), &at(lang, *place)]),
        Note::ExtraTrigger {
            task: t,
            at: place,
            runs: false,
        } => Text::new(
            "{0} has another time trigger ({1}), disabled: it does not run.",
            "{0} には別の時刻トリガーがありますが（{1}）、無効のため実行されません。",
        )
        .fill(lang, &[task(t), &at(lang, *place)]),
        Note::LogonTriggerOn { task: t } => Text::new(
            "{0} also has a logon trigger: simulated as a poll at every logon.",
            "{0} にはログオン トリガーもあります。ログオンごとのポーリングとしてシミュレーションします。",
        )
        .fill(lang, &[task(t)]),
        Note::OwnRandomDelays => Text::new(
            "The tasks' RandomDelay differ: each set keeps its own task's.",
            "RandomDelay がタスクごとに異なるため、各セットはそれぞれのタスクの値を使います。",
        )
        .get(lang)
        .to_owned(),
        Note::RandomDelaySet { delay } => Text::new(
            "The schedule tasks have RandomDelay {0}, which enrolment does not set: each of their runs is predicted up to {0} late.",
            "スケジュール タスクに RandomDelay {0} が設定されています（登録時には設定されません）。各実行は最大 {0} 遅れるものとして予測します。",
        )
        .fill(lang, &[&grammar::span(lang, i64::from(delay.secs()))]),
        Note::StartWhenAvailableOff => Text::new(
            "StartWhenAvailable is false, where enrolment sets it true: a run missed while the device is off or asleep is not caught up, so the prediction shows it missed.",
            "StartWhenAvailable が false です（登録時は true）。電源オフやスリープ中に逃した実行は後から実行されないため、予測でも逃したままになります。",
        )
        .get(lang)
        .to_owned(),
        Note::TriggerNotModelled {
            task: t,
            trigger,
            at: place,
        } => Text::new(
            "{0}'s {1} ({2}) is left out: the simulation cannot model it, so the runs it starts are missing from the prediction.",
            "{0} の {1}（{2}）は除外しました。シミュレーションで表せないため、これが開始する実行は予測に含まれません。",
        )
        .fill(lang, &[task(t), trigger, &at(lang, *place)]),
        Note::EnrolmentFrom { task: t } => Text::new(
            "No Schedule #1: the enrolment time was worked back from {0}'s StartBoundary.",
            "Schedule #1 がないため、登録日時を {0} の StartBoundary から逆算しました。",
        )
        .fill(lang, &[task(t)]),
        Note::SettingsDiffer {
            element,
            taken_from,
        } => Text::new(
            "The tasks disagree on {0}; the value of {1} is used for all, so the other tasks' runs are predicted as if they had it too.",
            "{0} がタスクごとに異なります。すべてに {1} の値を使うため、他のタスクの実行もその値で予測しています。",
        )
        .fill(lang, &[element, task(taken_from)]),
        Note::WakeToRunNotModelled => Text::new(
            "WakeToRun is set, but the simulation never wakes the device: a start while it is off or asleep is still missed.",
            "WakeToRun が設定されていますが、シミュレーションはデバイスを起動しません: 電源オフやスリープ中の開始は見逃されたままです。",
        )
        .get(lang)
        .to_owned(),
        Note::NetworkConditionOff { task: t } => Text::new(
            "{0} runs without waiting for a network, but a sync needs one: an offline run still does not sync.",
            "{0} はネットワークを待たずに実行されますが、同期にはネットワークが必要です: オフライン中の実行は同期しません。",
        )
        .fill(lang, &[task(t)]),
        Note::ExecutionTimeLimitNotModelled { limit } => Text::new(
            "ExecutionTimeLimit {0}: runs take no time in the simulation, so the limit changes nothing.",
            "ExecutionTimeLimit {0}: シミュレーションでは実行に時間がかからないため、制限は影響しません。",
        )
        .fill(lang, &[&limit.to_string()]),
        Note::LogonOfOneUser => Text::new(
            "The logon trigger names one user; the simulation counts every logon.",
            "ログオン トリガーは 1 人のユーザーを指定していますが、シミュレーションはすべてのログオンを数えます。",
        )
        .get(lang)
        .to_owned(),
        Note::TooManyTasks => Text::new(
            "Too many tasks: only the first ones were read.",
            "タスクが多すぎるため、先頭のものだけを読みました。",
        )
        .get(lang)
        .to_owned(),
        Note::NothingRecognized => Text::new(
            "No enrolment task (Schedule #1/#2/#3, Login Schedule created by enrollment client) was found.",
            "登録タスク（Schedule #1/#2/#3、Login Schedule created by enrollment client）が見つかりません。",
        )
        .get(lang)
        .to_owned(),
    }
}

/// Why something could not be read.
pub fn problem_kind(kind: ProblemKind) -> Text {
    match kind {
        ProblemKind::TooLarge => Text::new("the file is too large", "ファイルが大きすぎます"),
        ProblemKind::NotText => Text::new(
            "not text in UTF-8 or UTF-16",
            "UTF-8 または UTF-16 のテキストではありません",
        ),
        ProblemKind::NotXml => Text::new("not well-formed XML", "XML として正しくありません"),
        ProblemKind::TooManyNodes => Text::new("too many XML elements", "XML の要素が多すぎます"),
        ProblemKind::NoTask => Text::new("no <Task> in the document", "<Task> がありません"),
        ProblemKind::BadDateTime => Text::new(
            "not a date and time such as 2026-11-21T09:00:00",
            "2026-11-21T09:00:00 のような日時ではありません",
        ),
        ProblemKind::DateOutOfRange => Text::new(
            "a date outside 2000–2200",
            "2000～2200 年の範囲外の日付です",
        ),
        ProblemKind::BadDuration => Text::new(
            "not a duration such as PT15M or P1D",
            "PT15M や P1D のような期間ではありません",
        ),
        ProblemKind::IntervalOutOfRange => Text::new(
            "an interval outside PT1M..P31D",
            "PT1M～P31D の範囲外の間隔です",
        ),
        ProblemKind::BadBoolean => {
            Text::new("neither true nor false", "true でも false でもありません")
        }
        ProblemKind::MissingElement => Text::new("missing", "ありません"),
        ProblemKind::NoTrigger => Text::new(
            "the task has no time or logon trigger",
            "タスクに時刻トリガーもログオン トリガーもありません",
        ),
    }
}

/// A problem in words: where, which element, why, and the text that could not be read.
pub fn problem(lang: Lang, p: &XmlProblem) -> String {
    let mut head = at(lang, p.at);
    if let Some(element) = &p.element {
        head = Text::new("{0}, {1}", "{0}、{1}").fill(lang, &[&head, element]);
    }
    let why = problem_kind(p.kind).get(lang);
    if p.text.is_empty() {
        format!("{head}: {why}")
    } else {
        format!("{head}: {why} — {}", p.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::intune::import_task_xml;
    use chrono::FixedOffset;

    #[test]
    fn every_note_and_problem_has_words_in_both_languages() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let text = "<Tasks><Task><RegistrationInfo><URI>\\Schedule #2 created by enrollment client</URI></RegistrationInfo><Triggers><TimeTrigger><StartBoundary>2026-11-20T09:15:00</StartBoundary><Repetition><Interval>PT15M</Interval><Duration>PT2H</Duration></Repetition></TimeTrigger></Triggers><Settings><Priority>7</Priority><WakeToRun>yes</WakeToRun></Settings></Task><Task/></Tasks>";
        let r = import_task_xml(text.as_bytes(), &utc);
        assert!(r.notes.len() >= 5, "{:?}", r.notes);
        for n in &r.notes {
            let (en, ja) = (note(Lang::En, n), note(Lang::Ja, n));
            assert!(!en.contains('{') && !ja.contains('{'), "{en} / {ja}");
            assert_ne!(en, ja);
        }
        assert_eq!(
            note(Lang::En, &r.notes[r.notes.len() - 1]),
            "Settings/Priority = “7” (file 1, line 1; in 1 task(s)): not used by the simulation."
        );
        assert_eq!(
            problem(Lang::Ja, &r.problems[0]),
            "ファイル 1、1 行目、Settings/WakeToRun: true でも false でもありません — yes"
        );
        // No StartWhenAvailable is false (the schema's default), which enrolment sets true.
        assert!(summary(Lang::En, &r).starts_with("Imported 1 task(s) (Schedule #2 created by enrollment client): the published Windows poll sets, with settings that differ from what enrolment creates. Enrolled at 2026-11-20 09:00 UTC. These tasks differ from what enrolment creates in 1 setting(s): StartWhenAvailable is false"), "{}", summary(Lang::En, &r));
    }

    #[test]
    fn a_summary_never_calls_tasks_it_does_not_follow_in_full_the_published_schedule() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let task = |name: &str, triggers: &str| {
            format!(
                "<Task><RegistrationInfo><URI>\\{name} created by enrollment client</URI></RegistrationInfo><Triggers>{triggers}</Triggers><Settings><StartWhenAvailable>true</StartWhenAvailable><RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable></Settings></Task>"
            )
        };
        let s3 = task(
            "Schedule #3",
            "<TimeTrigger><StartBoundary>2026-11-20T11:15:00Z</StartBoundary><Repetition><Interval>PT8H</Interval></Repetition></TimeTrigger><BootTrigger/>",
        );
        let r = import_task_xml(s3.as_bytes(), &utc);
        assert_eq!(r.rule_set, Some(RuleSet::Learn2025_10));
        assert_eq!(r.left_out().count(), 1, "{:?}", r.notes);
        let (en, ja) = (summary(Lang::En, &r), summary(Lang::Ja, &r));
        assert!(!en.contains("the published Windows schedule"), "{en}");
        assert!(
            !ja.contains("公開されている Windows のスケジュール"),
            "{ja}"
        );
        assert!(
            en.contains("differs from these tasks in 1 way(s)") && en.contains("BootTrigger"),
            "{en}"
        );
        assert!(
            ja.contains("1 点異なります") && ja.contains("BootTrigger"),
            "{ja}"
        );
    }
}
