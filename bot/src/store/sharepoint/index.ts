export { openSharePointStores, SharePointStores, SharePointSetupError, type SharePointOptions } from './open.js';
