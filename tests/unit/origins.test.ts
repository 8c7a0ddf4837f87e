import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestOrigin } from '@/entrypoints/options/accounts/host-permission';
import { originPattern } from '@/utils/core/origins';
import { hasHostAccess } from '@/utils/sources/host-access';

describe('originPattern', () => {
  it.each([
    ['https://my.carrier.test:8443/account?x=1', 'https://my.carrier.test/*'],
    ['http://api.example/usage#top', 'http://api.example/*'],
    ['https://user:pw@portal.example/', 'https://portal.example/*'],
  ])('%s needs %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('one formula for the options page and the background', () => {
  it('the background checks the very origin the options page asked for', async () => {
    const url = 'https://my.carrier.test:8443/account?x=1';
    const request = vi.fn(async () => true);
    const contains = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request, contains });
    await requestOrigin(url);
    await hasHostAccess(url);
    expect(request).toHaveBeenCalledWith({ origins: [originPattern(url)] });
    expect(contains).toHaveBeenCalledWith({ origins: [originPattern(url)] });
  });
});
