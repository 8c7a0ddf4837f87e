/** The popup's Preact app, loaded after the first paint: it takes over the DOM the first paint drew. */
import { render } from 'preact';
import { App, type Stored } from './App';

/** Renders the app into `root`, starting from what the first paint showed so nothing flickers. */
export function mount(root: HTMLElement, initial?: Stored): void {
  render(<App initial={initial} />, root);
}
