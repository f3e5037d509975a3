/**
 * The invitation as an invitee will see it: the card JSON of `invitationCard` (shared), rendered with
 * Microsoft's `adaptivecards` renderer (loaded only when a preview is shown). Read-only: a click on a
 * button does nothing here.
 */
import { useEffect, useRef, useState } from 'react';
import { Text } from '@fluentui/react-components';
import { invitationCard, type Meeting } from '@samen/shared';
import { useLocale, useT } from '../../i18n';
import { useWerkplekStyles } from './Werkplek.styles';

/** Close to Teams' own look; interactivity stays on so the buttons are drawn as invitees see them. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 12 },
  actions: { maxActions: 6, buttonSpacing: 8, showCard: { actionMode: 'inline' }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
};

/** Someone invited, who has not answered: what most people see first. */
const PREVIEW_VIEWER = { personId: 'voorbeeld', isOrganiser: false } as const;

/** `now`: the server's clock. A draft is shown as it will look once sent (a draft takes no registrations). */
export const InvitationPreview = ({ meeting, now }: { meeting: Meeting; now: string }) => {
  const t = useT();
  const locale = useLocale();
  const styles = useWerkplekStyles();
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const asSent: Meeting = meeting.status === 'concept' ? { ...meeting, status: 'verstuurd' } : meeting;
    const json = invitationCard({ meeting: asSent, rsvps: [], viewer: PREVIEW_VIEWER, now: new Date(now), locale });
    import('adaptivecards')
      .then((AC) => {
        if (!live || !host.current) return;
        const card = new AC.AdaptiveCard();
        card.hostConfig = new AC.HostConfig(HOST_CONFIG);
        card.onExecuteAction = () => undefined;
        card.parse(json);
        const element = card.render();
        host.current.replaceChildren(...(element ? [element] : []));
        setFailed(!element);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [meeting, now, locale]);
  return (
    <>
      <Text size={200} className={styles.hint}>{t('workspace:previewHint')}</Text>
      {failed && <Text>{t('workspace:previewFailed')}</Text>}
      <div ref={host} className={styles.card} data-testid="invitation-preview" aria-label={t('workspace:preview')} role="region" />
    </>
  );
};
