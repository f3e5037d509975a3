export { openSqliteStores, SqliteStores, SQLITE_FILE_NAME, type SqliteOptions } from './open.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
