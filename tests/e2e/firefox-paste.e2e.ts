// The paste tool in Firefox (the scenario itself: scenarios/paste-scenario.ts).
import { launchFirefox } from './firefox-harness';
import { pasteScenario } from './scenarios/paste-scenario';

pasteScenario('Firefox: the paste tool', launchFirefox);
