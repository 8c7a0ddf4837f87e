// A manual account whose active period ended yesterday shows the critical state on the popup and badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, waitFor } from './harness';
import { addDays, addManualAccount, attr, localIsoDate, optionRowIds, PALETTE, popupCard, popupCardIds, tid, waitForBadge } from './pages';

describe('an expired manual account', () => {
  let h: Harness;
  let id: string;
  const yesterday = localIsoDate(-1);

  beforeAll(async () => {
    h = await launch();
    const options = await h.openOptions();
    await waitFor(async () => (await optionRowIds(options)).length === 1, { message: 'the demo account row' });
    id = await addManualAccount(options, {
      name: 'AXIS expired',
      preset: 'axis',
      credit: '25750',
      validUntil: yesterday,
      primary: true,
    });
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a critical card with -1 days left, in its grace period', async () => {
    const popup = await h.openPopup();
    const card = await popupCard(popup, id);
    expect((await popupCardIds(popup))[0]).toBe(id);
    expect(await card.evaluate((c) => c.getAttribute('data-level'))).toBe('critical');
    expect(await attr(card, tid('days-left'), 'data-days')).toBe('-1');
    expect(await attr(card, `time${tid('valid-until')}`, 'datetime')).toBe(yesterday);
    expect(await attr(card, `time${tid('grace-until')}`, 'datetime')).toBe(addDays(yesterday, 30));
    await popup.close();
  });

  it('paints the badge in the critical colour, with text that is not the credit alone', async () => {
    const badge = await waitForBadge(
      h,
      (b) => b.title.includes('AXIS expired') && b.color.join() === PALETTE.critical.join(),
      'a critical badge',
    );
    expect(badge.color).toEqual([198, 40, 40, 255]);
    // Colour is never the only signal: the badge does not read like a healthy credit.
    expect(badge.text).not.toBe('');
    expect(badge.text).not.toBe('25k');
  });
});
