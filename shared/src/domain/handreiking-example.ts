import type { Framework, FrameworkItem } from './handreiking-types.js';

const uitgangspunt = (n: number, title: string, explanation: string): FrameworkItem => ({
  id: `uitgangspunt-${n}`,
  kind: 'uitgangspunt',
  title,
  explanation,
});

const bouwsteen = (n: number, title: string, explanation: string): FrameworkItem => ({
  id: `bouwsteen-${n}`,
  kind: 'bouwsteen',
  title,
  explanation,
});

/**
 * Our own example of a handreiking, to start the conversation until the partnership writes its
 * own. Item ids stay the same every year, so last year's answers find their item again.
 */
const EXAMPLE_ITEMS: readonly FrameworkItem[] = [
  uitgangspunt(
    1,
    'Iedere leerling hoort erbij',
    'We kijken eerst naar wat een leerling nodig heeft om zich te ontwikkelen, niet naar wat er mis is. Thuisnabij onderwijs is het vertrekpunt.',
  ),
  uitgangspunt(
    2,
    'Samen verantwoordelijk',
    'Leerkrachten, ondersteuners, ouders en partners buiten de school dragen samen zorg voor de leerling. De leerkracht houdt de regie in de klas.',
  ),
  bouwsteen(
    1,
    'Een sterke basis in elke klas',
    'Goed lesgeven voor de hele groep: duidelijke instructie, afstemmen op verschillen en een veilig en voorspelbaar klimaat.',
  ),
  bouwsteen(
    2,
    'Een heldere ondersteuningsstructuur',
    'Per ondersteuningsniveau is beschreven wat er gebeurt en wie waarvoor verantwoordelijk is, zodat iedereen weet bij wie hij terechtkan.',
  ),
  bouwsteen(
    3,
    'Samenwerken met ouders',
    'Ouders zijn vanaf het begin gesprekspartner. Ze weten wat de school doet, denken mee en worden op tijd betrokken als er zorgen zijn.',
  ),
  bouwsteen(
    4,
    'Samenwerken met jeugdhulp en gemeente',
    'De school kent haar contactpersonen bij jeugdhulp en gemeente, en onderwijs en zorg stemmen hun aanpak op elkaar af.',
  ),
  bouwsteen(
    5,
    'Planmatig en handelingsgericht werken',
    'Doelen, aanpak en evaluatie volgen een vaste cyclus. Beslissingen zijn gebaseerd op wat de leerling en de leerkracht nodig hebben.',
  ),
  bouwsteen(
    6,
    'Lezen en dyslexie',
    'Leesproblemen worden vroeg gesignaleerd en aangepakt met bewezen interventies; de route naar dyslexieonderzoek en -zorg is helder.',
  ),
  bouwsteen(
    7,
    'Meer- en hoogbegaafde leerlingen',
    'Leerlingen die meer aankunnen krijgen passende uitdaging, in en naast de groep, en leren ook leren.',
  ),
  bouwsteen(
    8,
    'Leergedrag',
    'Aandacht voor concentratie, motivatie, faalangst en plannen: de school helpt leerlingen om te leren hoe ze leren.',
  ),
  bouwsteen(
    9,
    'Een deskundig team',
    'Het team blijft leren, van scholing en van elkaar, bijvoorbeeld in een professionele leergemeenschap met andere scholen.',
  ),
  bouwsteen(
    10,
    'Goede overgangen',
    'Bij de overstap naar een andere groep, school of sector gaat wat de leerling nodig heeft mee, met instemming van ouders.',
  ),
];

/** The example framework for a school year: 2 uitgangspunten and 10 bouwstenen, not saved yet. */
export const exampleFramework = (schoolYear: string): Framework => ({
  schoolYear,
  items: EXAMPLE_ITEMS.map((i) => ({ ...i })),
  isExample: true,
  revision: 0,
  version: '',
});
