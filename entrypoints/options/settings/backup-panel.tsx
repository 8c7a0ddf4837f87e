/** Export every setting and account to a file, and import one back (all or nothing). */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/background/messages';
import { exportBackup, importBackup, MAX_BACKUP_BYTES, SECRET_FIELDS } from '@/utils/stores/backup';
import { download } from '@/components/download';
import { optionsStrings } from '@/entrypoints/options/strings';

const s = optionsStrings.backup;

interface Result {
  ok: boolean;
  text: string;
}

/** The backup panel, with the `export`, `export-secrets`, `import-file` and `import-result` hooks. */
export function BackupPanel() {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [includeReadings, setIncludeReadings] = useState(false);
  const [exported, setExported] = useState<Result>();
  const [imported, setImported] = useState<Result>();
  const [importing, setImporting] = useState(false);

  const exportNow = async () => {
    try {
      const file = await exportBackup({ now: Date.now(), includeSecrets, includeReadings });
      if (!file.ok) {
        setExported({ ok: false, text: file.message });
        return;
      }
      download(file.text, file.fileName);
      setExported({ ok: true, text: s.exported(file.fileName) });
    } catch (error) {
      setExported({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImported(undefined);
    try {
      if (file.size > MAX_BACKUP_BYTES) {
        setImported({ ok: false, text: s.refused(s.tooLarge(MAX_BACKUP_BYTES / 1024 / 1024)) });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setImported({ ok: false, text: s.refused(s.unreadable) });
        return;
      }
      const result = await importBackup(text);
      if (!result.ok) {
        setImported({ ok: false, text: s.refused(result.message) });
        return;
      }
      setImported({ ok: true, text: s.imported(result.accounts.length) });
      // The history may be all that changed (IndexedDB has no storage event): read the accounts and redraw now.
      void sendMessage('refresh', {}).catch((error: unknown) => console.error('Balance Badge: refresh after import failed', error));
    } catch (error) {
      setImported({ ok: false, text: s.refused(error instanceof Error ? error.message : String(error)) });
    } finally {
      setImporting(false);
      // Lets the user pick the same file again after fixing it.
      input.value = '';
    }
  };

  return (
    <section class="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{s.heading}</h2>
      <p class="muted">{s.intro}</p>
      <div class="backup-row">
        <button type="button" class="button" data-testid="export" onClick={() => void exportNow()}>
          ⤓ {s.export}
        </button>
        <label class="field-inline">
          <input
            type="checkbox"
            data-testid="export-secrets"
            checked={includeSecrets}
            onChange={(e) => setIncludeSecrets(e.currentTarget.checked)}
          />{' '}
          {s.includeSecrets}
          {SECRET_FIELDS.length === 0 && <span class="muted"> {s.noSecrets}</span>}
        </label>
        <label class="field-inline">
          <input
            type="checkbox"
            data-testid="export-readings"
            checked={includeReadings}
            onChange={(e) => setIncludeReadings(e.currentTarget.checked)}
          />{' '}
          {s.includeReadings}
        </label>
      </div>
      <div class="live" role="status">
        {exported && (
          <p class={`banner ${exported.ok ? 'banner-ok' : 'banner-error'}`} data-testid="export-result" data-ok={String(exported.ok)}>
            {exported.text}
          </p>
        )}
      </div>
      <div class="backup-row">
        <label for="import-file" class="import-label">
          {s.import}
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          aria-describedby="import-warning"
          disabled={importing}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <p id="import-warning" class="muted small">
        {s.importWarning}
      </p>
      <div class="live" role="status">
        {imported && (
          <p class={`banner ${imported.ok ? 'banner-ok' : 'banner-error'}`} data-testid="import-result" data-ok={String(imported.ok)}>
            {imported.ok ? '✓ ' : '✕ '}
            {imported.text}
          </p>
        )}
      </div>
    </section>
  );
}
