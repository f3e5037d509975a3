import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs in local mode with sample data and the default port when the environment is empty', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'local', port: 3978, dataDir: '.data', store: 'sqlite', loadSampleData: true });
    expect(config.coordinatorAadIds.length).toBeGreaterThan(0);
  });

  it('switches to tenant mode when a bot id is configured, with no sample data and no default coördinatoren', () => {
    const config = loadConfig({ BOT_ID: 'app-id', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' });
    expect(config.mode).toBe('tenant');
    expect(config.loadSampleData).toBe(false);
    expect(config.coordinatorAadIds).toEqual([]);
  });

  it('reads coördinatoren as a comma-separated list', () => {
    expect(loadConfig({ COORDINATOR_IDS: 'a, b,,c' }).coordinatorAadIds).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORE: 'mongo' }, 'STORE'],
    [{ NODE_ENV: 'production' }, 'Lokale modus'],
  ])('refuses %j with a message naming %s', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('reads the partnership’s contact person, phone optional, or none', () => {
    expect(loadConfig({}).contact).toBeNull();
    expect(loadConfig({ CONTACT_NAME: ' Bureau SWV ', CONTACT_EMAIL: 'info@swv-voorbeeld.nl' }).contact).toEqual({ name: 'Bureau SWV', email: 'info@swv-voorbeeld.nl', phone: null });
    expect(loadConfig({ CONTACT_NAME: 'Bureau SWV', CONTACT_EMAIL: 'info@swv-voorbeeld.nl', CONTACT_PHONE: '030 123 45 67' }).contact?.phone).toBe('030 123 45 67');
  });

  it.each([
    [{ CONTACT_NAME: 'Bureau SWV' }, 'CONTACT_NAME en CONTACT_EMAIL'],
    [{ CONTACT_EMAIL: 'info@swv-voorbeeld.nl' }, 'CONTACT_NAME en CONTACT_EMAIL'],
    [{ CONTACT_NAME: 'Bureau SWV', CONTACT_EMAIL: 'geen-adres' }, 'CONTACT_EMAIL'],
  ])('refuses the contact %j with a message naming %s', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('keeps data by the retention defaults (8 weeks, 2 school years, 90 days, at 03:00) unless RETENTION_* says otherwise', () => {
    expect(loadConfig({}).retention).toEqual({ registrantWeeks: 8, pseudonymiseAfterSchoolYears: 2, deliveryDays: 90, runHour: 3 });
    const env = { RETENTION_REGISTRANT_WEEKS: '4', RETENTION_SCHOOL_YEARS: '3', RETENTION_DELIVERY_DAYS: '30', RETENTION_HOUR: '2' };
    expect(loadConfig(env).retention).toEqual({ registrantWeeks: 4, pseudonymiseAfterSchoolYears: 3, deliveryDays: 30, runHour: 2 });
  });

  it.each([{ RETENTION_REGISTRANT_WEEKS: '0' }, { RETENTION_SCHOOL_YEARS: 'twee' }, { RETENTION_HOUR: '24' }])('refuses %j and names it', (env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(Object.keys(env)[0]);
  });
});
