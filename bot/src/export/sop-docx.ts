/** The SOP as a Word document (docx 9) for the schoolgids: the same model as the PDF, editable. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { SopDocument } from './sop-document.js';

export const sopDocx = (doc: SopDocument, meta: { readonly title: string; readonly author: string }): Promise<Buffer> => {
  const children: Paragraph[] = [
    new Paragraph({ text: doc.heading, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: doc.subheading, color: '4D4D4D' })] }),
    new Paragraph({ children: [new TextRun({ text: doc.statusLine, color: '4D4D4D', size: 18 })] }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_2 }));
    for (const p of section.paragraphs) children.push(new Paragraph({ text: p }));
  }
  for (const list of doc.lists) {
    children.push(new Paragraph({ text: list.title, heading: HeadingLevel.HEADING_2 }));
    if (list.items.length === 0) children.push(new Paragraph({ text: '-' }));
    for (const item of list.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
  }
  const document = new Document({
    title: meta.title,
    creator: meta.author,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
};
