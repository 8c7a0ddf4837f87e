/**
 * Popup hook: the "check on your phone" block for cards of lines checked by dialling, loaded after the
 * first paint (like the insights), so the first paint and its markup stay as they are.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DialHelp } from '@/components/dial-help';

/** The component once loaded; `wanted` is true when some card has a dial code. */
export function useDialHelp(wanted: boolean): FunctionComponent<Parameters<typeof DialHelp>[0]> | undefined {
  const [View, setView] = useState<typeof DialHelp>();
  useEffect(() => {
    if (!wanted || View) return;
    let alive = true;
    import('@/components/dial-help').then(
      (m) => alive && setView(() => m.DialHelp),
      (error: unknown) => console.error('Balance Badge: could not load the dial help', error),
    );
    return () => {
      alive = false;
    };
  }, [wanted, View]);
  return View;
}
