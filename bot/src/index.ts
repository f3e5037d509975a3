/** Entry point of `npm run serve`: reads config once, starts, stops cleanly on SIGINT/SIGTERM. */
import { ConfigError, loadConfig } from './config.js';
import { start } from './main.js';

const run = async (): Promise<void> => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const running = await start(config);
  process.stdout.write(`Samen Verder draait op ${running.url} (modus: ${config.mode}, opslag: ${config.store})\n`);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
};

void run();
