export * from './domain.js';
export * from './api.js';
export * from './card-actions.js';
export * from './card-actions-broadcast.js';
export * from './card-actions-programme.js';
export * from './api-attendance.js';
export * from './card-actions-selection.js';
export * from './api-selection.js';
