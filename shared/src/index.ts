export * from './domain/index.js';
export * from './i18n/index.js';
export * from './schemas/index.js';
export * from './cards/index.js';
export * from './calendar/index.js';
