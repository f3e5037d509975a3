import { t, type Locale } from '@samen/shared';
import { COMMAND_NAMES, COORDINATOR_COMMANDS } from './commands.js';

/** The help text: everyone's commands, and the coördinator's only for coördinatoren. */
export const helpText = (locale: Locale, isCoordinator: boolean): string => {
  const everyone = COMMAND_NAMES.filter((c) => !COORDINATOR_COMMANDS.has(c)).map((c) => `- ${t(`bot:help.everyone.${c}`, locale)}`);
  const lines = [t('bot:help.intro', locale), '', ...everyone];
  if (isCoordinator) {
    const coordinator = [...COORDINATOR_COMMANDS].map((c) => `- ${t(`bot:help.coordinator.${c}`, locale)}`);
    lines.push('', t('bot:help.coordinatorHeading', locale), '', ...coordinator);
  }
  return lines.join('\n');
};
