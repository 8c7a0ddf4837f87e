/** The accounts and settings the options page shows, loaded once and kept in step with storage. */
import { useEffect, useState } from 'preact/hooks';
import type { Account, Settings } from '@/utils/model';
import { getAccounts, getSettings, watchAccounts, watchSettings } from '@/utils/stores/settings';

/** Accounts and settings (undefined until loaded), and a setter to show saved settings before storage echoes them. */
export function useStoredState(): {
  accounts: Account[] | undefined;
  settings: Settings | undefined;
  setSettings: (settings: Settings) => void;
} {
  const [accounts, setAccounts] = useState<Account[]>();
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void Promise.all([getAccounts(), getSettings()]).then(([a, s]) => {
      setAccounts(a);
      setSettings(s);
    });
    const stopAccounts = watchAccounts(setAccounts);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopAccounts();
      stopSettings();
    };
  }, []);
  return { accounts, settings, setSettings };
}
