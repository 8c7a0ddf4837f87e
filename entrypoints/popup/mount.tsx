/** The popup's Preact app, loaded after the first paint: it takes over the DOM the first paint drew. */
import { render } from 'preact';
import { decodeSnapshot, snapshotData, snapshotInsights } from '@/utils/core/popup-snapshot';
import { App } from '@/entrypoints/popup/App';

/**
 * Renders the app into `root`. When the first paint drew the snapshot there, the app starts from the
 * same snapshot, so its first render matches the DOM and nothing flickers; it then reads storage.
 */
export function mount(root: HTMLElement): void {
  const snapshot = root.firstChild ? decodeSnapshot(location.hash) : undefined;
  const draw = () =>
    render(<App initial={snapshot && snapshotData(snapshot)} initialInsights={snapshot && snapshotInsights(snapshot)} />, root);
  draw();
  // Then follow the language setting, which may have changed since (an import, a sync, another tab).
  void import('@/utils/stores/language').then(({ followLanguageSetting }) => followLanguageSetting(draw));
}
