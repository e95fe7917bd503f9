// End-to-end check of the Task Scheduler XML import: the enrolment tasks exported from Task
// Scheduler (UTF-16 LE with BOM and CRLF), a task saved as UTF-8, schtasks /query /xml output
// holding several tasks, pasted XML, a dropped file and a broken file, each imported through
// the app and checked in the scenario it downloads and in the words it shows.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const fixtures = fileURLToPath(new URL("../fixtures/tasks/", import.meta.url));
const fixture = (name) => join(fixtures, name);

/** Opens the settings fold and the import panel. */
async function openPanel(page) {
  await page.click('details[data-fold="settings"] > summary');
  await page.waitForSelector('details[data-import="tasks"]', { timeout: 20000 });
  await page.click('details[data-import="tasks"] > summary');
}

/** The scenario as the app downloads it. */
async function scenario(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 10000 }),
    page.click('button[data-action="download"]'),
  ]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

/** Waits for the next import report (each carries its number) and returns its summary. */
async function summaryAfter(page, act) {
  const before = Number((await page.getAttribute('[data-report="tasks"]', "data-seq", { timeout: 100 }).catch(() => null)) ?? 0);
  await act();
  const report = `[data-report="tasks"][data-seq="${before + 1}"]`;
  await page.waitForSelector(report, { timeout: 10000 }).catch(() => {});
  return (await page.textContent(`${report} [data-summary="tasks"]`, { timeout: 1000 }).catch(() => "")) ?? "";
}

const listText = (page, list) =>
  page.evaluate((l) => document.querySelector(`ul[data-list="${l}"]`)?.textContent ?? "", list);

export async function run({ open, finish, check, artifacts }) {
  const session = await open({ locale: "en-US", colorScheme: "light", viewport: { width: 1280, height: 900 } });
  const { page } = session;
  if (session.rendered) {
    await openPanel(page);
    const input = 'input[data-input="task-files"]';

    // The four exports, UTF-16 LE with BOM and CRLF, chosen together.
    let summary = await summaryAfter(page, () =>
      page.setInputFiles(input, ["schedule1.xml", "schedule2.xml", "schedule3.xml", "login.xml"].map(fixture)),
    );
    check(/^Imported 4 task\(s\).*the published Windows schedule/.test(summary), "import: four UTF-16 task exports read as the published schedule", summary);
    let s = await scenario(page);
    check(s.device?.rule_set === "learn_2025_10" && s.device?.enrolled_at === "2026-11-20T00:00:00Z",
      "import: the scenario has the published rule set and Schedule #1's start as enrolment", JSON.stringify({ r: s.device?.rule_set, e: s.device?.enrolled_at }));
    const notes = await listText(page, "notes");
    check(notes.includes("Settings/Priority") && notes.includes("ExecutionTimeLimit"), "import: elements not used are listed", notes.slice(0, 200));
    await page.screenshot({ path: join(artifacts, "import-tasks.png"), fullPage: false });
    await page.locator('details[data-import="tasks"]').screenshot({ path: join(artifacts, "import-tasks-panel.png") }).catch(() => {});

    // A changed maintenance task saved as UTF-8: a custom rule set.
    summary = await summaryAfter(page, () => page.setInputFiles(input, [fixture("schedule3-every-4h-utf8.xml")]));
    s = await scenario(page);
    const remaining = s.device?.rule_set?.custom?.remaining?.interval;
    check(/custom schedule/.test(summary) && remaining === "PT4H", "import: a UTF-8 task that differs makes a custom rule set", `${summary} ${remaining}`);
    check((await listText(page, "notes")).includes("read as local time"), "import: a StartBoundary without offset is said to be read in the local zone");

    // schtasks /query /xml over the folder: several tasks in one file.
    summary = await summaryAfter(page, () => page.setInputFiles(input, [fixture("schtasks-folder.xml")]));
    s = await scenario(page);
    check(/^Imported 4 task\(s\)/.test(summary) && s.device?.rule_set === "learn_2025_10", "import: schtasks folder output with several tasks", summary);
    check((await listText(page, "notes")).includes("Schedule to run OMADMClient by client"), "import: a task that is not a poll schedule is named as not used");

    // Pasted XML.
    const pasted = `<?xml version="1.0"?>
<Task><RegistrationInfo><URI>\\Microsoft\\Windows\\EnterpriseMgmt\\{X}\\Schedule #3 created by enrollment client</URI></RegistrationInfo>
<Triggers><TimeTrigger><StartBoundary>2026-11-20T02:15:00Z</StartBoundary><Repetition><Interval>PT2H</Interval></Repetition></TimeTrigger></Triggers>
<Settings><StartWhenAvailable>true</StartWhenAvailable><RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable></Settings></Task>`;
    await page.fill('textarea[data-input="task-xml"]', pasted);
    summary = await summaryAfter(page, () => page.click('button[data-action="import-tasks"]'));
    s = await scenario(page);
    check(s.device?.rule_set?.custom?.remaining?.interval === "PT2H" && s.device?.enrolled_at === "2026-11-20T00:00:00Z",
      "import: pasted XML sets the poll set and the enrolment worked back from Schedule #3", JSON.stringify(s.device?.rule_set));

    // A file dropped on the panel.
    const bytes = [...(await readFile(fixture("schedule1.xml")))];
    summary = await summaryAfter(page, () =>
      page.evaluate((data) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], "Schedule #1.xml", { type: "text/xml" }));
        document.querySelector(".drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, bytes),
    );
    check(/^Imported 1 task\(s\) \(Schedule #1/.test(summary), "import: a dropped file is read", summary);

    // A broken file: the problem names the element and the line.
    summary = await summaryAfter(page, () => page.setInputFiles(input, [fixture("broken-values.xml")]));
    const problems = await listText(page, "problems");
    check(problems.includes("line 10") && problems.includes("Triggers/TimeTrigger/Repetition/Interval") && /Nothing was imported/.test(summary),
      "import: an unreadable value is reported by element and line", problems.slice(0, 200));
  }
  await finish("import", session);

  // The same words in Japanese.
  const ja = await open({ locale: "ja-JP", colorScheme: "dark", viewport: { width: 390, height: 844 } });
  if (ja.rendered) {
    await openPanel(ja.page);
    const summary = await summaryAfter(ja.page, () =>
      ja.page.setInputFiles('input[data-input="task-files"]', [fixture("login.xml"), fixture("broken-bytes.xml")]),
    );
    const problems = await listText(ja.page, "problems");
    check(summary.includes("取り込みました") && problems.includes("3 行目"), "import: the report is in Japanese", `${summary} | ${problems}`);
    await ja.page.screenshot({ path: join(artifacts, "import-tasks-ja-phone.png"), fullPage: false });
  }
  await finish("import ja", ja);
}
