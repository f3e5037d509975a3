/** Every page of the tab in the light theme: a screenshot in test-results/ and no serious axe-core violation (tab-pages.ts). */
import { themeSuite } from './tab-pages.js';

themeSuite('default');
