// @vitest-environment jsdom
/** Closing the bot's Teams dialog after "Versturen": only inside that dialog, never in a tab or a plain browser. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const teams = vi.hoisted(() => ({
  initialized: true,
  frameContext: 'task',
  submit: vi.fn(),
}));

vi.mock('@microsoft/teams-js', () => ({
  FrameContexts: { task: 'task', content: 'content' },
  app: {
    isInitialized: () => teams.initialized,
    getContext: async () => ({ page: { frameContext: teams.frameContext } }),
  },
  dialog: { url: { submit: teams.submit } },
}));

const { submitDialog } = await import('./teams');

describe('submitDialog', () => {
  beforeEach(() => {
    teams.initialized = true;
    teams.frameContext = 'task';
    teams.submit.mockReset();
    // inside Teams the app runs in a frame
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
  });
  afterEach(() => vi.restoreAllMocks());

  it('hands the result to the bot and closes the dialog the bot opened', async () => {
    expect(await submitDialog({ workspace: 'meeting-sent', meetingId: 'meeting-1' })).toBe(true);
    expect(teams.submit).toHaveBeenCalledWith({ workspace: 'meeting-sent', meetingId: 'meeting-1' });
  });

  it('does nothing in a channel tab, before Teams is initialised, or outside a frame', async () => {
    teams.frameContext = 'content';
    expect(await submitDialog({ workspace: 'meeting-sent', meetingId: 'meeting-1' })).toBe(false);
    teams.frameContext = 'task';
    teams.initialized = false;
    expect(await submitDialog({ workspace: 'meeting-sent', meetingId: 'meeting-1' })).toBe(false);
    teams.initialized = true;
    vi.spyOn(window, 'top', 'get').mockReturnValue(window as unknown as Window);
    expect(await submitDialog({ workspace: 'meeting-sent', meetingId: 'meeting-1' })).toBe(false);
    expect(teams.submit).not.toHaveBeenCalled();
  });
});
