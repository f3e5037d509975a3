/** What a Power Automate flow does for each Forms response: "Create item" in Formulierantwoorden. */
import { LISTS } from '../../infra/sharepoint/lists.js';
import type { GraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient } from './fake-stores.js';

/** The columns a flow maps (docs/sharepoint.md); Answer1…Answer10 for survey questions. */
export type FlowFields = Readonly<Record<string, string | number | undefined>>;

/** Creates the items; their list item ids. */
export const flowCreates = async (fake: GraphFake, siteId: string, formId: string, responses: readonly FlowFields[]): Promise<number[]> => {
  const client = fakeClient(fake);
  const path = `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(LISTS.formResponses.name)}/items`;
  const ids: number[] = [];
  for (const fields of responses) {
    const created = (await client.api(path).post({ fields: { Title: `${formId} ${String(fields.ResponseId ?? '')}`, FormId: formId, ...fields } })) as { id: string };
    ids.push(Number(created.id));
  }
  return ids;
};
