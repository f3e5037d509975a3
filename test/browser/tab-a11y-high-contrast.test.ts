/** Every page of the tab in the high-contrast theme: a screenshot in test-results/ and no serious axe-core violation (tab-pages.ts). */
import { themeSuite } from './tab-pages.js';

themeSuite('contrast');
