/** Fixed ids of the sample data, so local mode and tests can name them. */
export const SAMPLE_COORDINATOR_AAD_ID = '00000000-0000-4000-8000-00000000c001';

/** The user the Microsoft 365 Agents Playground chats as (Alex Wilber); a coördinator in local mode. */
export const PLAYGROUND_USER_AAD_ID = '00000000-0000-0000-0000-0000000000020';
