// The paste tool on options.html#/paste, in Chromium and in Firefox: three carrier texts (Indonesian,
// English, Chinese) give the preview hooks, the grace period, unsure amounts offered as choices, edits
// (a refused currency, a quota changed); a saved text shows on the popup and in the badge, a second
// one is made the badge's account; the popup's Paste button and the options home link open the tool.
// Every test starts on a paste tool of its own and sets the account it saves to, so none depends on
// what an earlier one left.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compactNumber } from '@/utils/core/badge';
import { type AnyHarness, browsers } from './browser';
import { waitFor } from './harness';
import { addDays, attr, click, daysBetween, fill, find, localIsoDate, popupCard, tid, waitForBadge } from './pages';
import { makePrimary, openOptionsHome } from './state';

const GB = 1024 ** 3;
const MB = 1024 ** 2;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dmy = (iso: string) => iso.split('-').reverse().join('-');
const english = (iso: string) => {
  const [yy, mm, dd] = iso.split('-').map(Number) as [number, number, number];
  return `${EN_MONTHS[mm - 1]} ${dd}, ${yy}`;
};
const ID_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
// Month names leave no doubt which number is the day, whatever today's date.
const indonesian = (iso: string) => {
  const [yy, mm, dd] = iso.split('-').map(Number) as [number, number, number];
  return `${dd} ${ID_MONTHS[mm - 1]} ${yy}`;
};
const chinese = (iso: string) => {
  const [yy, mm, dd] = iso.split('-').map(Number) as [number, number, number];
  return `${yy}年${mm}月${dd}日`;
};

// Dates relative to today, so the texts never go stale.
const axisUntil = localIsoDate(40);
const quotaUntil = localIsoDate(20);
const esimUntil = localIsoDate(12);
const cnUntil = localIsoDate(60);

const TEXTS = [
  {
    name: 'Indonesian USSD reply',
    text: `Sisa pulsa Anda Rp 25.750. Aktif s.d ${dmy(axisUntil)}. Kuota Utama 2,5GB s.d ${dmy(quotaUntil)}. Info: *888#`,
    credit: ['25750', 'IDR'],
    validUntil: axisUntil,
    quotas: [['data', String(2.5 * GB)]],
  },
  {
    name: 'English eSIM app',
    text: `Your main balance is US$4.50. Data: 750 MB remaining. Valid until ${english(esimUntil)}.`,
    credit: ['4.5', 'USD'],
    validUntil: esimUntil,
    quotas: [['data', String(750 * MB)]],
  },
  {
    name: 'Chinese carrier SMS',
    text: `尊敬的客户，您的话费余额为12.30元，有效期至${chinese(cnUntil)}。剩余流量1.5GB。`,
    credit: ['12.3', 'CNY'],
    validUntil: cnUntil,
    quotas: [['data', String(1.5 * GB)]],
  },
] as const;

async function paste(page: Page, text: string): Promise<void> {
  await fill(page, tid('paste-input'), text);
}

/** Paste, wait for the preview to show `hook`. */
async function pasteAndWait(page: Page, text: string, hook: string): Promise<void> {
  await paste(page, text);
  await waitFor(async () => (await page.$(tid(hook))) !== null, { message: hook });
}

describe.each(browsers())('$name: the paste tool', ({ launch }) => {
  let h: AnyHarness;
  /** The paste tool this test works on, opened fresh. */
  let options: Page;

  /** Saves the paste once the button allows it, then opens the popup and finds the card of the account named `name`. */
  async function saveAndOpenCard(name: string) {
    await waitFor(async () => (await options.$(`${tid('paste-save')}:not([disabled])`)) !== null, { message: 'save enabled' });
    await click(options, tid('paste-save'));
    await waitFor(async () => (await options.$(tid('paste-result', '[data-ok="true"]'))) !== null, { message: 'saved' });
    const popup = await h.openPopup();
    const id = await waitFor(
      () =>
        popup.$$eval(tid('account'), (cards, n) => cards.find((c) => c.textContent?.includes(n))?.getAttribute('data-account-id'), name),
      { message: `the card of ${name}` },
    );
    return { popup, id, card: await popupCard(popup, id) };
  }

  beforeAll(async () => {
    h = await launch();
    // The demo account a fresh profile starts with is there before the first paste.
    const home = await openOptionsHome(h);
    await waitFor(async () => (await home.$$(tid('account-row'))).length > 0, { message: 'the demo account row' });
    await home.close();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    options = await h.openOptions('/paste');
    await find(options, `textarea${tid('paste-input')}`);
  });
  afterEach(async () => {
    await options?.close().catch(() => undefined);
  });
  it.each(TEXTS)('previews the $name', async (t) => {
    await paste(options, t.text);
    await waitFor(async () => (await options.$(tid('preview-credit'))) !== null, { message: 'preview-credit' });
    expect(await attr(options, tid('preview-credit'), 'data-amount')).toBe(t.credit[0]);
    expect(await attr(options, tid('preview-credit'), 'data-currency')).toBe(t.credit[1]);
    expect(await attr(options, `time${tid('preview-valid-until')}`, 'datetime')).toBe(t.validUntil);
    expect(await options.$(tid('preview-grace-until'))).toBeNull();
    const quotas = await options.$$eval(tid('preview-quota'), (els) =>
      els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-remaining-bytes')]),
    );
    expect(quotas).toEqual(t.quotas);
  });

  it('shows nothing for text with no balance in it', async () => {
    await paste(options, 'Beli paket 10GB hanya Rp50.000! Kode OTP Anda 482913.');
    await waitFor(async () => (await options.$(tid('paste-nothing'))) !== null, { message: 'paste-nothing' });
    expect(await options.$(tid('preview-credit'))).toBeNull();
    expect(await options.$(tid('preview-valid-until'))).toBeNull();
  });

  it('saves the Indonesian reply to a new AXIS account, shown on the popup and in the badge', async () => {
    const t = TEXTS[0];
    // A new account (the tool picks the first typed account when there is one), with the AXIS preset.
    await fill(options, tid('paste-account'), '');
    await fill(options, tid('paste-preset'), 'axis');
    await paste(options, t.text);
    await fill(options, tid('paste-name'), 'AXIS pasted');
    const { popup, card } = await saveAndOpenCard('AXIS pasted');
    expect(await attr(card, tid('credit'), 'data-amount')).toBe('25750');
    expect(await attr(card, tid('days-left'), 'data-days')).toBe(String(daysBetween(localIsoDate(0), axisUntil)));
    // The AXIS preset's 30-day grace period fills the grace-until date the text did not give.
    expect(await attr(card, `time${tid('grace-until')}`, 'datetime')).toBe(addDays(axisUntil, 30));
    expect(await attr(card, tid('quota', '[data-kind="data"]'), 'data-remaining-bytes')).toBe(String(2.5 * GB));
    await popup.close();

    // The badge shows the primary (demo) account; its tooltip lists every account in full.
    const badge = await waitForBadge(h, (b) => b.title.includes('AXIS pasted'), 'the pasted account in the badge title');
    expect(badge.title).toMatch(/AXIS pasted: .*25[.,]750/);
  });

  it('reads the grace period, written with Indonesian month names', async () => {
    const validUntil = localIsoDate(9);
    const graceUntil = localIsoDate(39);
    await pasteAndWait(
      options,
      `Pulsa Rp 8.000. Masa aktif s.d ${indonesian(validUntil)}. Masa tenggang s.d ${indonesian(graceUntil)}.`,
      'preview-grace-until',
    );
    expect(await attr(options, `time${tid('preview-valid-until')}`, 'datetime')).toBe(validUntil);
    expect(await attr(options, `time${tid('preview-grace-until')}`, 'datetime')).toBe(graceUntil);
    expect(await attr(options, tid('preview-credit'), 'data-amount')).toBe('8000');
  });

  it('offers two amounts it cannot tell apart as choices, and takes the one clicked', async () => {
    await pasteAndWait(options, 'Saldo Rp 25.750 dan pulsa Rp 10.000', 'credit-candidate');
    expect(await options.$(tid('preview-credit'))).toBeNull();
    const choices = await options.$$(tid('credit-candidate'));
    expect(choices).toHaveLength(2);
    await click(options, `${tid('credit-candidate')}:nth-of-type(2)`);
    await waitFor(async () => (await options.$(tid('preview-credit'))) !== null, { message: 'the chosen credit' });
    expect(await attr(options, tid('preview-credit'), 'data-amount')).toBe('10000');
    expect(await attr(options, tid('preview-credit'), 'data-currency')).toBe('IDR');
    expect(await options.$(tid('credit-candidate'))).toBeNull();
  });

  it('saves an edited English text to a new account: a bad currency is refused, the edited quota reaches the popup', async () => {
    const t = TEXTS[1];
    await fill(options, tid('paste-account'), '');
    await fill(options, tid('paste-preset'), 'generic');
    await fill(options, tid('paste-name'), 'eSIM pasted');
    await pasteAndWait(options, t.text, 'preview-quota');

    // A currency that is not ISO 4217: said inline, nothing changes, nothing can be saved.
    await fill(options, tid('edit-currency'), 'US');
    await find(options, tid('field-error', '[data-field="currency"]'));
    expect(await attr(options, tid('preview-credit'), 'data-currency')).toBe('USD');
    expect(await options.$(`${tid('paste-save')}[disabled]`)).not.toBeNull();
    await fill(options, tid('edit-currency'), 'USD');
    await waitFor(async () => (await options.$(tid('field-error'))) === null, { message: 'the currency error to go' });

    // 750 MB corrected to 2 GB.
    const quota = tid('preview-quota');
    await fill(options, `${quota} ${tid('edit-quota-unit')}`, 'GB');
    await fill(options, `${quota} ${tid('edit-quota-remaining')}`, '2');
    await waitFor(async () => (await attr(options, quota, 'data-remaining-bytes')) === String(2 * GB), {
      message: 'the edited quota in the preview',
    });

    const { popup, id, card } = await saveAndOpenCard('eSIM pasted');
    expect(await attr(card, tid('credit'), 'data-amount')).toBe(t.credit[0]);
    expect(await attr(card, tid('credit'), 'data-currency')).toBe(t.credit[1]);
    expect(await attr(card, `time${tid('valid-until')}`, 'datetime')).toBe(t.validUntil);
    // The generic preset has no grace length, so none is made up.
    expect(await card.$(tid('grace-until'))).toBeNull();
    expect(
      await card.$$eval(tid('quota'), (els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-remaining-bytes')])),
    ).toEqual([['data', String(2 * GB)]]);
    await popup.close();

    // On the badge once it is the badge's account: its credit, compacted (12 days left is over the 7 warning days).
    const home = await openOptionsHome(h);
    await makePrimary(h, home, id);
    await waitForBadge(h, (b) => b.text === compactNumber(4.5), `badge text ${compactNumber(4.5)}`);
    await home.close();
  });

  it("opens the paste tool from the popup's Paste button", async () => {
    const popup = await h.openPopup();
    // A new tab: the one this test already has open on the paste tool does not count.
    const before = await h.browser.pages();
    await click(popup, tid('open-paste'));
    const tab = await h.waitForPage((href) => href.endsWith('/options.html#/paste'), {
      message: 'a new options.html#/paste tab',
      exclude: before,
    });
    await find(tab, `textarea${tid('paste-input')}`);
    await tab.close();
    await popup.close();
  });

  it('is linked from the options home', async () => {
    const home = await h.openOptions();
    expect(await attr(home, `a${tid('open-paste-tool')}`, 'href')).toBe('#/paste');
    await click(home, tid('open-paste-tool'));
    await find(home, `textarea${tid('paste-input')}`);
    expect(await home.evaluate(() => location.hash)).toBe('#/paste');
    await home.close();
  });
});
