/** What the SOP on one A4 says, in the reader's language: one model for the PDF and the .docx. */
import { formatDate, t, type Locale, type School, type Sop } from '@samen/shared';

export interface SopDocument {
  readonly heading: string;
  readonly subheading: string;
  readonly statusLine: string;
  /** The three texts, each a title and its paragraphs (one per line the school wrote). */
  readonly sections: readonly { readonly title: string; readonly paragraphs: readonly string[] }[];
  /** The two lists, each a title and the ticked options as one line. */
  readonly lists: readonly { readonly title: string; readonly items: readonly string[] }[];
}

const paragraphsOf = (text: string, empty: string): string[] => {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 0 ? lines : [empty];
};

export const sopDocument = (school: School, sop: Sop, locale: Locale): SopDocument => {
  const empty = t('sop:document.empty', locale);
  const steps = sop.steps
    .map((s) => t('sop:stepOn', locale, { status: t(`sop:status.${s.status}`, locale), date: formatDate(s.date, locale) }))
    .join(' · ');
  return {
    heading: t('sop:document.heading', locale),
    subheading: t('sop:document.subheading', locale, {
      name: school.name,
      sector: t(`sectors.${school.sector}`, locale),
      region: t(`regions.${school.region}`, locale),
      year: sop.schoolYear,
    }),
    statusLine: t('sop:document.statusLine', locale, { status: steps }),
    sections: [
      { title: t('sop:fields.visie', locale), paragraphs: paragraphsOf(sop.visie, empty) },
      { title: t('sop:fields.ambitie', locale), paragraphs: paragraphsOf(sop.ambitie, empty) },
      { title: t('sop:fields.aanvullendeOndersteuning', locale), paragraphs: paragraphsOf(sop.aanvullendeOndersteuning, empty) },
    ],
    lists: [
      { title: t('sop:interneExpertise', locale), items: sop.interneExpertise.map((e) => t(`sop:expertise.${e}`, locale)) },
      { title: t('sop:externeDeskundigheid', locale), items: sop.externeDeskundigheid.map((e) => t(`sop:deskundigheid.${e}`, locale)) },
    ],
  };
};

/** File name without extension: "sop-<school>-<year>", letters and digits only. */
export const sopFileName = (school: School, year: string): string =>
  `sop-${school.name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}-${year}`;
