/** Fixed ids of the sample data, so local mode and tests can name them. */
export const SAMPLE_COORDINATOR_AAD_ID = '00000000-0000-4000-8000-00000000c001';
