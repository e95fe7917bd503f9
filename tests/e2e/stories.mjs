// The stories' evenings and weekends are the reader's own: opened in Tokyo and in New York,
// "left open overnight" begins at 18:00 and ends at 09:00 on the browser's clock, and "off over
// the weekend" begins on a Friday at 18:00, as the fields that hold them show.

const ZONES = [
  { locale: "ja-JP", timezoneId: "Asia/Tokyo" },
  { locale: "en-US", timezoneId: "America/New_York" },
];

/** The value of the datetime field at `path`, once the settings fold shows it. */
async function fieldValue(page, path) {
  const selector = `input[data-path="${path}"]`;
  await page.waitForSelector(selector, { timeout: 5000 }).catch(() => {});
  return page.$eval(selector, (el) => el.value).catch(() => "");
}

export async function run({ open, finish, check }) {
  for (const { locale, timezoneId } of ZONES) {
    const label = `stories ${timezoneId}`;
    const session = await open({ locale, timezoneId, viewport: { width: 1366, height: 900 } });
    const { page } = session;
    await page.click('details[data-fold="settings"] > summary');

    await page.click("button[data-preset=wizard]");
    const start = await fieldValue(page, "server.suspended_spans[0].start");
    const end = await fieldValue(page, "server.suspended_spans[0].end");
    check(
      start.endsWith("T18:00") && end.endsWith("T09:00"),
      `${label}: the wizard is left open from 18:00 to 09:00 on the reader's clock`,
      `${start} to ${end}`,
    );

    await page.click("button[data-preset=weekend]");
    const off = await fieldValue(page, "device.power_off[0].start");
    // The field's value is a wall-clock time; read as UTC it keeps its own weekday.
    const weekday = off ? new Date(`${off}:00Z`).getUTCDay() : -1;
    check(
      off.endsWith("T18:00") && weekday === 5,
      `${label}: the weekend begins on Friday at 18:00 on the reader's clock`,
      off,
    );
    await finish(label, session);
  }
}
