import { render } from 'preact';
import '@/components/base.css';
import '@/entrypoints/history/style.css';
import { App } from '@/entrypoints/history/App';

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  // After the first paint: follow the language setting, which may have changed since (an import, a sync).
  void import('@/utils/stores/language').then(({ followLanguageSetting }) => followLanguageSetting(() => render(<App />, root)));
}
