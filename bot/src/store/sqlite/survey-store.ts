import type { Database, Statement } from 'better-sqlite3';
import type { AnswerWrite, Id, Result, Survey, SurveyResponse } from '@samen/shared';
import { ok } from '@samen/shared';
import type { SurveyStore } from '../ports-announcements.js';
import type { Expected, Page, PageRequest } from '../ports.js';
import { conflict, guardRead, guardWrite } from './guard.js';
import { RecordTable } from './record-table.js';
import { responseTable, surveyTable } from './survey-mapper.js';

const SQL = {
  schoolKey: 'UPDATE survey_responses SET school_key = ? WHERE id = ?',
  marker: 'INSERT INTO survey_markers (survey_id, marker) VALUES (?, ?)',
  hasMarker: 'SELECT 1 AS found FROM survey_markers WHERE survey_id = ? AND marker = ?',
} as const;

export class SqliteSurveyStore implements SurveyStore {
  private readonly table: RecordTable<Survey>;
  private readonly answers: RecordTable<SurveyResponse>;
  private readonly sql: { readonly [K in keyof typeof SQL]: Statement };

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, surveyTable);
    this.answers = new RecordTable(db, responseTable);
    this.sql = Object.fromEntries(Object.entries(SQL).map(([k, s]) => [k, db.prepare(s)])) as { [K in keyof typeof SQL]: Statement };
  }

  async list(page?: PageRequest): Promise<Page<Survey>> {
    return this.table.list(page);
  }

  async get(id: Id): Promise<Survey | null> {
    return this.table.get({ id });
  }

  async upsert({ expectedVersion, ...s }: Omit<Survey, 'version'> & Expected): Promise<Result<Survey>> {
    return this.table.upsert(s, expectedVersion);
  }

  async responses(surveyId: Id): Promise<readonly SurveyResponse[]> {
    return this.answers.query('survey_id = @surveyId ORDER BY id', { surveyId });
  }

  async responseOf(surveyId: Id, personId: Id): Promise<SurveyResponse | null> {
    return this.answers.query('survey_id = @surveyId AND person_id = @personId', { surveyId, personId })[0] ?? null;
  }

  async responseOfSchool(surveyId: Id, schoolId: Id): Promise<SurveyResponse | null> {
    return this.answers.query('survey_id = @surveyId AND school_key = @schoolId', { surveyId, schoolId })[0] ?? null;
  }

  async hasMarker(surveyId: Id, marker: string): Promise<boolean> {
    return guardRead(this.db, () => this.sql.hasMarker.get(surveyId, marker) !== undefined);
  }

  /** One IMMEDIATE transaction: the response, its school key and the marker stand or fall together. */
  async saveResponse(write: AnswerWrite, marker: string | null): Promise<Result<SurveyResponse>> {
    const run = this.db.transaction((): Result<SurveyResponse> => {
      const survey = this.table.get({ id: write.response.surveyId });
      if (!survey) conflict();
      const stored = this.answers.write(write.response, write.expectedVersion);
      if (survey?.perSchool && stored.schoolId !== null) this.sql.schoolKey.run(stored.schoolId, stored.id);
      if (marker !== null) this.sql.marker.run(stored.surveyId, marker);
      return ok(stored);
    });
    return guardWrite(this.db, () => run.immediate());
  }
}
