export * from './domain.js';
export * from './api.js';
export * from './card-actions.js';
export * from './card-actions-broadcast.js';
export * from './sop.js';
