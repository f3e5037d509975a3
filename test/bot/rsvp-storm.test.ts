import { describe, expect, it } from 'vitest';
import { runRsvpStorm } from '../support/rsvp-storm.js';

describe('200 people click "Aanmelden" at the same moment on a 40-seat session', () => {
  it('books exactly 40, puts the other 160 on the waitlist and answers every click with a card', async () => {
    const result = await runRsvpStorm({ concurrent: 200, capacity: 40 });
    expect(result.statuses.every((s) => s === 200)).toBe(true);
    expect(result.invokeStatuses.every((s) => s === 200)).toBe(true);
    expect(result.booked).toBe(40);
    expect(result.waitlisted).toBe(160);
    expect(result.lost).toBe(0);
  }, 60_000);
});
