// A web page account with capture on visit whose page is drawn by JavaScript (#12 part 1): its refresh is no
// failure (the visit brings the values) but records that the page is drawn by script, so the account's form
// offers rendering beside the ticked capture on visit, and the offer ticks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/server';
import { type AnyHarness, browsers } from './browser';
import { importText } from './fault-helpers';
import { waitFor } from './harness';
import { backupAccount, backupText, click, find, tid } from './pages';
import { storedAccounts } from './state';

const ID = 'capture-drawn';

describe.each(browsers())('$name: a capture-on account whose page is drawn by JavaScript is offered rendering', ({ launch }) => {
  let h: AnyHarness;
  let server: TestServer;

  const refreshState = async () =>
    ((await h.storage.get('refreshState')).refreshState as Record<string, { error?: unknown; drawnByScript?: boolean }> | undefined)?.[ID];

  beforeAll(async () => {
    server = await startTestServer();
    h = await launch();
    await importText(
      h,
      backupText({
        accounts: [
          backupAccount({
            id: ID,
            name: 'Drawn page',
            primary: true,
            source: { kind: 'web-page', url: server.url('/js/account'), capture: true },
          }),
        ],
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('a refresh records drawnByScript without a failure; the form offers rendering beside capture, and the offer ticks it', async () => {
    const before = server.requests('/js/account').length;
    const popup = await h.openPopup();
    await click(popup, tid('refresh'));
    await waitFor(() => server.requests('/js/account').length > before, { message: 'the page fetched', timeout: 30_000 });
    const state = await waitFor(async () => ((await refreshState())?.drawnByScript ? await refreshState() : null), {
      message: 'the refresh recorded a page drawn by script',
      timeout: 30_000,
    });
    // A success: no error, and the card is not an error card.
    expect(state?.error).toBeUndefined();
    const card = await find(popup, tid('account', `[data-account-id="${ID}"]`));
    expect(await card.evaluate((c) => c.getAttribute('data-status'))).not.toBe('error');
    await popup.close();

    const options = await h.openOptions(`/edit/${ID}`);
    await find(options, tid('refresh-render-offer'), 30_000);
    expect(await options.$eval(tid('field-capture'), (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval(tid('field-render'), (e) => (e as HTMLInputElement).checked)).toBe(false);
    await click(options, tid('enable-render'));
    await waitFor(async () => options.$eval(tid('field-render'), (e) => (e as HTMLInputElement).checked), { message: 'render ticked' });
    // Capture on visit stays beside it.
    expect(await options.$eval(tid('field-capture'), (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await options.$(tid('refresh-render-offer'))).toBeNull();
    await click(options, tid('save-account'));
    await find(options, tid('save-result', '[data-ok="true"]'), 30_000);
    const source = (await storedAccounts(h)).find((a) => a.id === ID)?.source as { render?: boolean; capture?: boolean };
    expect(source).toMatchObject({ render: true, capture: true });
    await options.close();
  }, 120_000);
});
