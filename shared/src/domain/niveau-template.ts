import type { NiveauLevel } from './niveaus.js';
import { NIVEAU_TEMPLATE_EN } from './niveau-template-en.js';

/** A level as the template describes it; a school fills in its own programmes and (optionally) a count. */
export type NiveauTemplateLevel = Omit<NiveauLevel, 'pupilCount'>;

/** Our own starting text for the five ondersteuningsniveaus; every school rewrites it in its own words. */
export const NIVEAU_TEMPLATE_NL: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Basisaanbod in de groep',
    whatHappens: [
      'De leerkracht geeft instructie die past bij de verschillen in de groep en werkt handelingsgericht.',
      'De leerkracht volgt de ontwikkeling van alle leerlingen met observaties, gesprekjes en toetsen.',
      'In de groepsplanning staat welke leerlingen korte, basis- of verlengde instructie krijgen.',
      'Leerlingen praten mee over wat hen helpt om te leren.',
    ],
    responsible: 'Leerkracht',
    parentCycle: 'De vaste gesprekken van het jaar: een startgesprek en voortgangsgesprekken.',
    programmes: [],
  },
  {
    level: 2,
    title: 'Extra ondersteuning in de groep',
    whatHappens: [
      'De leerkracht ziet dat een leerling meer nodig heeft: extra instructie en oefening, of juist meer uitdaging.',
      'De leerkracht zoekt uit wat de leerling nodig heeft en kijkt ook naar het eigen handelen.',
      'Aanbod en aanpak worden aangepast, bijvoorbeeld met instructie vooraf, in een kleine groep of met een andere werkvorm.',
      'Doelen en afspraken staan in de groepsplanning en worden na een afgesproken periode geëvalueerd.',
      'De leerling komt aan bod in het overleg met collega’s of de groepsbespreking.',
    ],
    responsible: 'Leerkracht',
    parentCycle: 'De vaste gesprekken, met een extra gesprek zodra de aanpak verandert.',
    programmes: [],
  },
  {
    level: 3,
    title: 'Ondersteuning op schoolniveau',
    whatHappens: [
      'De leerkracht bespreekt de leerling met de ib’er; samen maken ze de ondersteuningsvraag concreet.',
      'De ib’er of een specialist van de school kijkt mee in de klas en adviseert de leerkracht.',
      'Er komt een plan met doelen, een intensievere aanpak naast de groep en een moment om het effect te bekijken.',
      'De leerkracht blijft de regie houden over wat er in de groep gebeurt; de specialist houdt de ib’er op de hoogte.',
      'Blijft het effect uit, dan bereidt de school een overleg met externe deskundigen voor.',
    ],
    responsible: 'Leerkracht en ib’er',
    parentCycle:
      'Ouders denken mee over het plan, geven toestemming voor overleg met externen en vullen het groeidocument aan.',
    programmes: [],
  },
  {
    level: 4,
    title: 'Steun waar nodig',
    whatHappens: [
      'De school stelt vast dat zij met haar eigen mogelijkheden niet genoeg kan bieden.',
      'Met instemming van ouders wordt een externe specialist betrokken, vaak in een ondersteuningsteam (OT).',
      'Waar dat helpt, schuiven ook jeugdhulp, de gemeente of de jeugdgezondheidszorg aan.',
      'Zo nodig volgt onderzoek, altijd in overleg met ouders.',
      'Een leerling met een arrangement of een eigen leerlijn krijgt een ontwikkelingsperspectiefplan (OPP).',
    ],
    responsible: 'Ib’er en leerkracht',
    parentCycle: 'Gesprekken op maat; ouders zitten aan tafel in het OT en bespreken het OPP.',
    programmes: [],
  },
  {
    level: 5,
    title: 'Speciaal als het moet',
    whatHappens: [
      'Ondanks alle inzet sluit de school niet meer genoeg aan bij wat de leerling nodig heeft.',
      'School, ouders en samenwerkingsverband zoeken samen naar een plek die wel past, zoals het speciaal (basis)onderwijs.',
      'De ib’er begeleidt ouders bij het zoeken en bij de overstap.',
      'De school vraagt bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan.',
    ],
    responsible: 'Directeur en ib’er',
    parentCycle: 'Gesprekken op maat, met ouders als gesprekspartner bij elke stap.',
    programmes: [],
  },
];

/** A fresh copy of the template in the given language, without pupil counts. */
export const defaultNiveauTemplate = (locale: 'nl' | 'en' = 'nl'): NiveauLevel[] =>
  (locale === 'en' ? NIVEAU_TEMPLATE_EN : NIVEAU_TEMPLATE_NL).map((l) => ({
    ...l,
    whatHappens: [...l.whatHappens],
    programmes: [...l.programmes],
    pupilCount: null,
  }));
