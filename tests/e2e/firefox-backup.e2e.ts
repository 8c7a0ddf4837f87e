// Backup export and import in Firefox (the scenario itself: scenarios/backup-scenario.ts).
import { launchFirefox } from './firefox-harness';
import { backupScenario } from './scenarios/backup-scenario';

backupScenario('Firefox: backup export and import', launchFirefox);
