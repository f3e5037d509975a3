/**
 * At scale: 500 registrations through the list Formulierantwoorden book 500 people in a handful of
 * Graph requests (the goal: at most 30), so a scheduled import every 15 minutes stays far
 * inside SharePoint's 1,250 resource units a minute.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { measureFormsImport, RESPONSES } from '../bench/forms-import-requests.js';

const fake = await startGraphFake({ seed: 8 });
afterAll(() => fake.close());

describe('the Forms import at scale', () => {
  it(`imports ${RESPONSES} responses in at most 30 Graph requests and 100 resource units`, async () => {
    const measured = await measureFormsImport(fake);
    expect(measured.booked).toBe(RESPONSES);
    expect(measured.requests).toBeLessThanOrEqual(30);
    expect(measured.units).toBeLessThanOrEqual(100);
  }, 60_000);
});
