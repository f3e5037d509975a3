/**
 * The channel tab's configuration page: choose a school (or the coördinator view); Teams stores the
 * choice as the tab's contentUrl when the user presses Save.
 */
import { useEffect, useState } from 'react';
import type { SchoolDto } from '@samen/shared';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { hrefOf, type Route } from '../../router';
import { inFrame, loadTeams } from '../../teams';

export const COORDINATOR_CHOICE = 'swv';

const routeOf = (choice: string): Route =>
  choice === COORDINATOR_CHOICE ? { page: 'dashboard' } : { page: 'school', schoolId: choice, section: 'niveaus' };

const configOf = (choice: string, name: string) => {
  const url = `${window.location.origin}/index.html${hrefOf(routeOf(choice))}`;
  return { contentUrl: url, websiteUrl: url, entityId: `samen-${choice}`, suggestedDisplayName: name };
};

export const useTabConfig = () => {
  const { value } = useLoad(() => api.get<SchoolDto[]>('/schools'), 'schools');
  const [choice, setChoice] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    if (!choice || !inFrame()) return;
    void loadTeams().then(({ app, pages }) => {
      if (!app.isInitialized()) return;
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config
          .setConfig(configOf(choice.id, choice.name))
          .then(() => saveEvent.notifySuccess())
          .catch((err: unknown) => saveEvent.notifyFailure(String(err)));
      });
      pages.config.setValidityState(true);
    });
  }, [choice]);

  return { schools: value, choice, choose: (id: string, name: string) => setChoice({ id, name }) };
};
