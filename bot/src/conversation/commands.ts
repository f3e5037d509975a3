/** Chat commands: Dutch names with English aliases. Matching ignores case, accents and punctuation. */
export const COMMAND_NAMES = [
  'help',
  'mijn-bijeenkomsten',
  'profiel',
  'nieuwe-bijeenkomst',
  'overzicht',
  'herinner',
  'export',
  'mededeling',
  'enquete',
  'importeer',
  'aanwezigheid',
  'programma',
  'selectie',
  'uitzondering',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const ALIASES: Record<CommandName, readonly string[]> = {
  help: ['help', 'hulp', 'menu', '?', 'commandos', 'commands'],
  'mijn-bijeenkomsten': ['mijn bijeenkomsten', 'bijeenkomsten', 'my meetings', 'meetings', 'agenda'],
  profiel: ['profiel', 'profile', 'mijn profiel', 'my profile'],
  'nieuwe-bijeenkomst': ['nieuwe bijeenkomst', 'nieuw', 'new meeting', 'new', 'bijeenkomst maken', 'create meeting'],
  overzicht: ['overzicht', 'overview', 'status'],
  herinner: ['herinner', 'herinnering', 'remind', 'reminder'],
  export: ['export', 'exporteer', 'csv'],
  mededeling: ['mededeling', 'mededelingen', 'announcement', 'announcements'],
  enquete: ['enquete', 'enquetes', 'vragenlijst', 'survey', 'surveys'],
  importeer: ['importeer', 'import', 'forms importeren', 'import forms'],
  aanwezigheid: ['aanwezigheid', 'aanwezig', 'attendance'],
  programma: ['programma', 'programme', 'program'],
  selectie: ['selectie', 'selecteer', 'selection', 'select'],
  uitzondering: ['uitzondering', 'sector exception', 'exception'],
};

export interface ParsedCommand {
  readonly name: CommandName;
  /** Whatever followed the command, e.g. a meeting id after "herinner". */
  readonly argument: string;
}

/** Normalises Teams text: strips <at>mentions</at>, HTML tags, accents and surrounding punctuation. */
export const normalise = (text: string): string =>
  text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[!.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const ENTRIES = Object.entries(ALIASES)
  .flatMap(([name, aliases]) => aliases.map((alias) => ({ name: name as CommandName, alias })))
  .sort((a, b) => b.alias.length - a.alias.length);

export const parseCommand = (text: string): ParsedCommand | null => {
  const clean = normalise(text);
  for (const { name, alias } of ENTRIES) {
    if (clean === alias || clean.startsWith(`${alias} `)) return { name, argument: clean.slice(alias.length).trim() };
  }
  return null;
};
