// The paste tool in Chromium (the scenario itself: scenarios/paste-scenario.ts).
import { launch } from './harness';
import { pasteScenario } from './scenarios/paste-scenario';

pasteScenario('the paste tool', launch, (h) => h.browser);
