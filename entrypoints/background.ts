import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/utils/background/messages';
import {
  messageHandlers,
  onAlarm,
  onInstalled,
  onNotificationClicked,
  onPermissionsAdded,
  onStartup,
  onStorageChanged,
  restrictLocalStorage,
} from '@/utils/background/lifecycle';
import { clearAbandonedRefreshes } from '@/utils/stores/refresh-state';
import { closeRenderTabs } from '@/utils/sources/render';

// Listeners are registered synchronously so that events which wake the worker reach them.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(reason));
  browser.runtime.onStartup.addListener(() => void onStartup());
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.storage.onChanged.addListener((changes, area) => void onStorageChanged(changes, area));
  browser.permissions.onAdded.addListener((granted) => void onPermissionsAdded(granted.origins ?? []));
  handleMessages(messageHandlers);
  // Tokens live in storage.local: no content script may read it where the browser allows the restriction.
  void restrictLocalStorage();
  // Queued before any refresh this worker starts, so it clears only the marks of a stopped worker.
  void clearAbandonedRefreshes();
  // Render tabs a stopped worker left open are closed before this worker renders (the same queue).
  void closeRenderTabs().catch(() => undefined);
  // Nothing reads the worker's resource timings: unbuffered, each fetch no longer holds an entry (up to 250).
  performance.setResourceTimingBufferSize?.(0);
});
