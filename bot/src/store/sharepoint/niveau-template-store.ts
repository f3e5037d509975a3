/**
 * The partnership's niveau templates on the partnership's site (list `Niveausjablonen`): one item per
 * saved revision, the unique RevisionKey (`sector|000003`) making two saves of the same revision
 * impossible. `Sector eq …` selects a few dozen items at most (a template is saved a few times a year).
 */
import { NiveauTemplateRecordSchema, ok, type NiveauTemplate, type Result, type TemplateSector } from '@samen/shared';
import type { NewNiveauTemplate, NiveauTemplateStore } from '../ports-niveau-templates.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { lit, type ListClient, type ListItem } from './list-client.js';
import { fromJson, json } from './mappers.js';
import { versionOf } from './version.js';

const templateOf = (item: ListItem): NiveauTemplate =>
  NiveauTemplateRecordSchema.parse({
    sector: item.fields.Sector,
    levels: fromJson(item.fields.Levels),
    revision: item.fields.Revision,
    updatedAt: item.fields.UpdatedAt,
    updatedBy: item.fields.UpdatedBy,
    version: versionOf(item),
  });

const revisionKey = (sector: TemplateSector, revision: number): string => `${sector}|${String(revision).padStart(6, '0')}`;

export class SharePointNiveauTemplateStore implements NiveauTemplateStore {
  constructor(private readonly list: ListClient) {}

  get(sector: TemplateSector): Promise<NiveauTemplate | null> {
    return guardRead(async () => (await this.newestFirst(sector))[0] ?? null);
  }

  /** A racing save of the same revision fails on the unique RevisionKey: a conflict, like a stale version. */
  save({ expectedVersion, ...t }: NewNiveauTemplate): Promise<Result<NiveauTemplate>> {
    return guardWrite(async () => {
      const [current] = await this.newestFirst(t.sector);
      if ((current?.version ?? '') !== expectedVersion) throw new Conflict();
      const revision = (current?.revision ?? 0) + 1;
      const item = await this.list.create({
        Title: revisionKey(t.sector, revision),
        RevisionKey: revisionKey(t.sector, revision),
        Sector: t.sector,
        Revision: revision,
        UpdatedAt: t.updatedAt,
        UpdatedBy: t.updatedBy,
        Levels: json(t.levels),
      });
      return ok(templateOf(item));
    });
  }

  revision(sector: TemplateSector, revision: number): Promise<NiveauTemplate | null> {
    return guardRead(async () => {
      const item = await this.list.first(`fields/RevisionKey eq ${lit(revisionKey(sector, revision))}`);
      return item ? templateOf(item) : null;
    });
  }

  history(sector: TemplateSector, limit: number): Promise<readonly NiveauTemplate[]> {
    return guardRead(async () => (await this.newestFirst(sector)).slice(0, limit));
  }

  /** In memory: Graph ignores `$orderby`. */
  private async newestFirst(sector: TemplateSector): Promise<NiveauTemplate[]> {
    const items = await this.list.all({ filter: `fields/Sector eq ${lit(sector)}` });
    return items.map(templateOf).sort((a, b) => b.revision - a.revision);
  }
}
