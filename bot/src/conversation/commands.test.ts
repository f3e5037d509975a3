import { HELP_COMMANDS } from '@samen/shared';
import { describe, expect, it } from 'vitest';
import { parseCommand } from './commands.js';

describe('parseCommand', () => {
  it.each([
    ['help', 'help', ''],
    ['Help!', 'help', ''],
    ['mijn bijeenkomsten', 'mijn-bijeenkomsten', ''],
    ['my meetings', 'mijn-bijeenkomsten', ''],
    ['<at>Samen Verder</at> profiel', 'profiel', ''],
    ['Nieuwe bijeenkomst', 'nieuwe-bijeenkomst', ''],
    ['herinner 2', 'herinner', '2'],
    ['remind 3', 'herinner', '3'],
    ['Overzicht.', 'overzicht', ''],
    ['export 1', 'export', '1'],
  ])('reads %j as %s (argument %j)', (text, name, argument) => {
    expect(parseCommand(text)).toEqual({ name, argument });
  });

  it.each(['wat is het weer', 'helpdesk bellen', '', '   '])('does not mistake %j for a command', (text) => {
    expect(parseCommand(text)).toBeNull();
  });

  it('understands every command the help card tells people to type', () => {
    for (const { command } of [...HELP_COMMANDS.everyone, ...HELP_COMMANDS.coordinator]) {
      expect(parseCommand(command), command).not.toBeNull();
    }
  });
});
