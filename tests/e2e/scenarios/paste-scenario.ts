// The paste tool on options.html#/paste, for any browser: three carrier texts (Indonesian, English,
// Chinese) give the preview hooks, and a saved one shows on the popup and in the badge.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, waitFor } from '../harness';
import { addDays, attr, click, daysBetween, demoAccountId, fill, localIsoDate, popupCard, tid, waitForBadge } from '../pages';

const GB = 1024 ** 3;
const MB = 1024 ** 2;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dmy = (iso: string) => iso.split('-').reverse().join('-');
const english = (iso: string) => {
  const [yy, mm, dd] = iso.split('-').map(Number) as [number, number, number];
  return `${EN_MONTHS[mm - 1]} ${dd}, ${yy}`;
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

/** What the scenario needs of a browser harness: Chromium's and Firefox's both have it. */
export type PasteHarness = Pick<Harness, 'openOptions' | 'openPopup' | 'badge' | 'close'>;

/** The paste scenario, run in whichever browser `start` launches. */
export function pasteScenario(title: string, start: () => Promise<PasteHarness>): void {
  describe(title, () => {
    let h: PasteHarness;
    let options: Page;

    beforeAll(async () => {
      h = await start();
      const home = await h.openOptions();
      await demoAccountId(home);
      await home.close();
      options = await h.openOptions('/paste');
    });
    afterAll(async () => {
      await h?.close();
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
      await paste(options, t.text);
      await fill(options, tid('paste-name'), 'AXIS pasted');
      await waitFor(async () => (await options.$(`${tid('paste-save')}:not([disabled])`)) !== null, { message: 'save enabled' });
      await click(options, tid('paste-save'));
      await waitFor(async () => (await options.$(tid('paste-result', '[data-ok="true"]'))) !== null, { message: 'saved' });

      const popup = await h.openPopup();
      const id = await waitFor(
        () =>
          popup.$$eval(tid('account'), (cards) =>
            cards.find((c) => c.textContent?.includes('AXIS pasted'))?.getAttribute('data-account-id'),
          ),
        { message: 'the pasted account card' },
      );
      const card = await popupCard(popup, id);
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
  });
}
