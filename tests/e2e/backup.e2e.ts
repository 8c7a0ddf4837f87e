// Backup export and import in Chromium (the scenario itself: scenarios/backup-scenario.ts).
import { launch } from './harness';
import { backupScenario } from './scenarios/backup-scenario';

backupScenario('backup export and import', launch);
