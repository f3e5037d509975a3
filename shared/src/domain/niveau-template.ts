import type { NiveauLevel } from './niveaus.js';
import type { NiveauTemplateLevel, TemplateSector } from './niveau-sectors.js';
import { NIVEAU_TEMPLATES_EN } from './niveau-template-en.js';

export { TEMPLATE_SECTORS, templateSectorOf, type NiveauTemplateLevel, type TemplateSector } from './niveau-sectors.js';

/** Our own starting text for primary schools, in the words ib'ers use; every school rewrites it. */
const PO: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Sterke basis, basisaanbod in de groep',
    whatHappens: [
      'De leerkracht werkt handelingsgericht: waarnemen, begrijpen, plannen en uitvoeren, en dan de cyclus opnieuw.',
      'Instructie en oefentijd passen bij de onderwijsbehoeften in de groep: verkorte, basis- of verlengde instructie.',
      'De leerkracht volgt alle leerlingen met observaties, gesprekjes met de leerling en het leerlingvolgsysteem.',
      'De vraag die steeds terugkomt: wat is nodig voor dit kind in deze klas?',
    ],
    responsible: 'Leerkracht',
    parentCycle: 'De gesprekken die elk jaar voor alle ouders gelden: een startgesprek en de voortgangsgesprekken.',
    programmes: ['Verlengde instructie aan de instructietafel, dagelijks', 'Groepsoverzicht per vakgebied, twee keer per jaar bijgewerkt'],
  },
  {
    level: 2,
    title: 'Sterke basis, extra ondersteuning in de groep (extra uitdaging of extra begeleiding)',
    whatHappens: [
      'De leerkracht merkt dat een leerling meer nodig heeft dan het basisaanbod: extra begeleiding of juist extra uitdaging.',
      'De leerkracht brengt de onderwijsbehoeften van de leerling in kaart en kijkt ook kritisch naar de eigen aanpak.',
      'De extra ondersteuning gebeurt in de groep: voorinstructie, een klein instructiegroepje, verrijkingswerk of een andere werkvorm.',
      'Doelen en aanpak staan in de groepsplanning; na een afgesproken periode bekijkt de leerkracht wat het oplevert.',
      'De leerkracht kan een collega of de ib’er om een korte consultatie vragen.',
    ],
    responsible: 'Leerkracht',
    parentCycle: 'De vaste gesprekken van niveau 1; de leerkracht vertelt daarin wat de leerling extra krijgt.',
    programmes: ['Voorinstructie rekenen, 2 × 15 minuten per week', 'Verrijkingsmap voor leerlingen die meer uitdaging nodig hebben'],
  },
  {
    level: 3,
    title: 'Sterke basis, ondersteuning op schoolniveau',
    whatHappens: [
      'In de groepsbespreking kijken leerkracht en ib’er naar de groep en naar leerlingen bij wie de aanpak te weinig oplevert.',
      'In een leerlingbespreking maken leerkracht en ib’er de ondersteuningsvraag concreet: wat heeft de leerling nodig, en wat de leerkracht?',
      'De ib’er of een specialist van de school (bijvoorbeeld lees- of gedragsspecialist) kijkt mee in de groep en adviseert.',
      'Er komt een handelingsplan met doelen, een intensievere aanpak en een datum om het effect te bekijken.',
      'Is de school handelingsverlegen, dan begint zij een groeidocument en bereidt zij een ondersteuningsteam (OT) voor.',
    ],
    responsible: 'Leerkracht, samen met de ib’er',
    parentCycle: 'Ouders worden uitgenodigd voor een gesprek over het handelingsplan en denken mee over de aanpak en de evaluatie.',
    programmes: ['Leesinterventie in een klein groepje, 3 × 20 minuten per week', 'Training sociale vaardigheden in een groepje, 8 weken'],
  },
  {
    level: 4,
    title: 'Steun waar nodig',
    whatHappens: [
      'De school heeft haar eigen mogelijkheden benut en heeft hulp van buiten nodig.',
      'In het ondersteuningsteam (OT) kijken school, ouders en externe deskundigen samen naar de vraag; het groeidocument is de basis.',
      'Waar dat helpt, schuiven het jeugd- en gezinsteam (JGT), de jeugdarts of de consulent van het samenwerkingsverband aan.',
      'Zo nodig volgt onderzoek of een arrangement, altijd in overleg met ouders.',
      'Een leerling met een arrangement of een eigen leerlijn krijgt een ontwikkelingsperspectiefplan (OPP).',
    ],
    responsible: 'Ib’er, met leerkracht en directeur',
    parentCycle: 'Ouders zijn gesprekspartner in het OT, geven toestemming voor het betrekken van externen en bespreken het OPP.',
    programmes: ['Arrangement van het samenwerkingsverband, 4 uur begeleiding per week', 'Ambulante begeleiding vanuit het speciaal onderwijs'],
  },
  {
    level: 5,
    title: 'Speciaal als het moet',
    whatHappens: [
      'Ook met steun van buiten sluit de school niet genoeg aan bij wat de leerling nodig heeft.',
      'School, ouders en samenwerkingsverband zoeken samen een plek die wel past, zoals het speciaal basisonderwijs of het speciaal onderwijs.',
      'De school vraagt met het groeidocument een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband.',
      'De ib’er begeleidt ouders en leerling bij de overstap en zorgt voor een warme overdracht.',
    ],
    responsible: 'Directeur, met de ib’er',
    parentCycle: 'Ouders zijn bij elke stap betrokken: van het zoeken naar een plek tot en met de overdracht.',
    programmes: ['Tijdelijke observatieplaatsing in het speciaal basisonderwijs'],
  },
];

/** Secondary schools: docent, mentor, klas and leerjaar, the zorgcoördinator and the ondersteuningsteam. */
const VO: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Sterke basis, basisaanbod in de klas',
    whatHappens: [
      'Docenten werken handelingsgericht: zij kijken wat de klas nodig heeft en stemmen hun lessen daarop af.',
      'Elke leerling heeft een mentor die de voortgang volgt en het eerste aanspreekpunt is voor leerling en ouders.',
      'In de leerjaarvergadering bespreken docenten en mentoren hoe het met elke klas gaat.',
      'Mentorlessen en studievaardigheden horen bij het aanbod voor iedereen.',
    ],
    responsible: 'Docent en mentor',
    parentCycle: 'De vaste momenten van het jaar: kennismaking met de mentor en de oudergesprekken bij de rapporten.',
    programmes: ['Mentorles, 1 uur per week', 'Huiswerkbegeleiding na schooltijd, 2 middagen per week'],
  },
  {
    level: 2,
    title: 'Sterke basis, extra ondersteuning in de klas (extra uitdaging of extra begeleiding)',
    whatHappens: [
      'De docent of mentor ziet dat een leerling meer nodig heeft: extra uitleg en oefening, of juist verdieping.',
      'De mentor zoekt met de leerling uit wat helpt; de docenten passen hun aanpak in de les daarop aan.',
      'Afspraken zoals extra tijd, een rustige werkplek of verrijkingsstof gaan naar alle docenten van de klas.',
      'Na een afgesproken periode bekijkt de mentor met de leerling of de afspraken werken.',
    ],
    responsible: 'Mentor',
    parentCycle: 'De vaste gesprekken van niveau 1; de mentor vertelt daarin welke afspraken voor de leerling gelden.',
    programmes: ['Steunles Nederlands of wiskunde, 1 uur per week', 'Plusprogramma voor leerlingen die meer uitdaging nodig hebben'],
  },
  {
    level: 3,
    title: 'Sterke basis, ondersteuning op schoolniveau',
    whatHappens: [
      'In de groeps- of leerjaarbespreking bespreken mentoren en de zorgcoördinator leerlingen bij wie de aanpak te weinig oplevert.',
      'De zorg-/ondersteuningscoördinator maakt met mentor en leerling de ondersteuningsvraag concreet.',
      'Specialisten van de school, zoals de remedial teacher (RT) of de begeleider passend onderwijs, begeleiden de leerling.',
      'Er komt een handelingsplan met doelen en een evaluatiemoment; is de school handelingsverlegen, dan begint zij een groeidocument.',
      'Lukt het niet met de school alleen, dan bereidt de zorgcoördinator het ondersteuningsteam (OT) voor.',
    ],
    responsible: 'Zorg-/ondersteuningscoördinator, met de mentor',
    parentCycle: 'De mentor of de zorgcoördinator bespreekt het handelingsplan met ouders en leerling.',
    programmes: ['RT-begeleiding bij dyslexie, 2 × 30 minuten per week', 'Faalangsttraining in een klein groepje, 6 bijeenkomsten'],
  },
  {
    level: 4,
    title: 'Steun waar nodig',
    whatHappens: [
      'De school heeft haar eigen mogelijkheden benut en betrekt hulp van buiten.',
      'In het ondersteuningsteam (OT) zoeken leerling, ouders, mentor, zorgcoördinator en externen samen wat nodig is; het groeidocument is de basis.',
      'Het jeugd- en gezinsteam (JGT), de jeugdarts, leerplicht of de consulent van het samenwerkingsverband sluiten aan waar dat helpt.',
      'Mogelijk zijn een arrangement, een plek in de trajectvoorziening of tijdelijk een aangepast rooster.',
      'Een leerling met een arrangement krijgt een ontwikkelingsperspectiefplan (OPP).',
    ],
    responsible: 'Zorg-/ondersteuningscoördinator',
    parentCycle: 'Leerling en ouders zitten aan tafel in het OT en bespreken het OPP.',
    programmes: ['Trajectvoorziening op school, 2 dagdelen per week', 'Ambulante begeleiding vanuit het voortgezet speciaal onderwijs'],
  },
  {
    level: 5,
    title: 'Speciaal als het moet',
    whatHappens: [
      'Ook met steun van buiten sluit de school niet genoeg aan bij wat de leerling nodig heeft.',
      'School, leerling, ouders en samenwerkingsverband zoeken samen een plek die wel past, zoals het voortgezet speciaal onderwijs (VSO).',
      'De school vraagt met het groeidocument een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband.',
      'De zorgcoördinator regelt met de nieuwe school een warme overdracht.',
    ],
    responsible: 'Directeur, met de zorg-/ondersteuningscoördinator',
    parentCycle: 'Leerling en ouders zijn bij elke stap betrokken, tot en met de overdracht.',
    programmes: ['Tijdelijke plaatsing in het VSO, met terugkeer als doel'],
  },
];

/** Special education (SO and VSO): every pupil already has an OPP; the commissie van begeleiding advises. */
const SO_VSO: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Sterke basis, basisaanbod in de groep',
    whatHappens: [
      'Elke leerling heeft een ontwikkelingsperspectiefplan (OPP) met een uitstroomprofiel; de groepen zijn klein.',
      'De leerkracht werkt handelingsgericht, met structuur, voorspelbaarheid en aandacht voor de sociaal-emotionele ontwikkeling.',
      'De leerkracht volgt de ontwikkeling aan de hand van de doelen in het OPP.',
      'De vraag die steeds terugkomt: wat is nodig voor deze leerling in deze groep?',
    ],
    responsible: 'Leerkracht (in het VSO: mentor)',
    parentCycle: 'Elk jaar bespreken ouders, en waar het kan de leerling, het OPP; daarnaast zijn er voortgangsgesprekken.',
    programmes: ['Les in sociale vaardigheden, 1 × per week in de groep', 'Oriëntatie op stage en werk (VSO)'],
  },
  {
    level: 2,
    title: 'Sterke basis, extra ondersteuning in de groep (extra uitdaging of extra begeleiding)',
    whatHappens: [
      'De leerkracht ziet dat het aanbod niet genoeg past: de leerling heeft extra begeleiding of juist meer uitdaging nodig.',
      'De aanpak in de groep verandert, bijvoorbeeld met een eigen werkplek, een dagschema met pictogrammen of een hoger niveau bij één vak.',
      'Doelen en aanpak staan in de groepsplanning; na een afgesproken periode bekijkt de leerkracht wat het oplevert.',
      'De leerkracht overlegt met collega’s of de intern begeleider.',
    ],
    responsible: 'Leerkracht',
    parentCycle: 'De vaste gesprekken van niveau 1; ouders horen daarin welke aanpassing er is.',
    programmes: ['Individuele leesbegeleiding, 2 × 20 minuten per week'],
  },
  {
    level: 3,
    title: 'Sterke basis, ondersteuning op schoolniveau',
    whatHappens: [
      'In de groepsbespreking bespreken leerkracht en intern begeleider leerlingen bij wie de aanpak te weinig oplevert.',
      'De commissie van begeleiding (CvB) bekijkt de vraag; een gedragsdeskundige, orthopedagoog of logopedist observeert en adviseert.',
      'Het OPP wordt bijgesteld, met een handelingsplan voor de intensievere aanpak.',
      'Is de school handelingsverlegen, dan vult zij het groeidocument aan en bereidt zij een ondersteuningsteam (OT) voor.',
    ],
    responsible: 'Commissie van begeleiding, met de leerkracht',
    parentCycle: 'Ouders bespreken het bijgestelde OPP en geven toestemming wanneer een specialist meekijkt.',
    programmes: ['Weerbaarheidstraining, 8 bijeenkomsten van 45 minuten', 'Logopedie op school, 1 × per week'],
  },
  {
    level: 4,
    title: 'Steun waar nodig',
    whatHappens: [
      'De school heeft haar eigen deskundigheid benut en betrekt hulp van buiten.',
      'In het ondersteuningsteam (OT) zoeken ouders, school, het jeugd- en gezinsteam (JGT) of een zorgaanbieder samen wat nodig is.',
      'Een combinatie van onderwijs en zorg op school is mogelijk, of tijdelijk een aangepast rooster met een plan om op te bouwen.',
      'Het OPP wordt bijgesteld; de school overlegt met het samenwerkingsverband.',
    ],
    responsible: 'Commissie van begeleiding en directeur',
    parentCycle: 'Ouders zitten aan tafel in het OT en beslissen mee over de combinatie van onderwijs en zorg.',
    programmes: ['Onderwijs-zorgarrangement, 3 ochtenden per week op school'],
  },
  {
    level: 5,
    title: 'Speciaal als het moet',
    whatHappens: [
      'Ook met onderwijs en zorg samen past deze school niet meer bij wat de leerling nodig heeft.',
      'School, ouders, samenwerkingsverband en gemeente zoeken samen een plek die wel past, bijvoorbeeld een andere school of een zorg-onderwijsvoorziening.',
      'Zo nodig vraagt de school een nieuwe toelaatbaarheidsverklaring (TLV) aan.',
      'De school zorgt voor een warme overdracht.',
    ],
    responsible: 'Directeur, met de commissie van begeleiding',
    parentCycle: 'Ouders, en waar het kan de leerling, zijn bij elke stap betrokken, tot en met de overdracht.',
    programmes: ['Tijdelijke plaatsing in een zorg-onderwijsvoorziening'],
  },
];

export const NIVEAU_TEMPLATES_NL: Readonly<Record<TemplateSector, readonly NiveauTemplateLevel[]>> = { PO, VO, 'SO-VSO': SO_VSO };

/** The primary-school template, kept under its old name. */
export const NIVEAU_TEMPLATE_NL = PO;

/** A fresh copy of the shipped template of a sector in the given language, without pupil counts. */
export const defaultNiveauTemplate = (locale: 'nl' | 'en' = 'nl', sector: TemplateSector = 'PO'): NiveauLevel[] =>
  (locale === 'en' ? NIVEAU_TEMPLATES_EN : NIVEAU_TEMPLATES_NL)[sector].map((l) => ({
    ...l,
    whatHappens: [...l.whatHappens],
    programmes: [...l.programmes],
    pupilCount: null,
  }));
