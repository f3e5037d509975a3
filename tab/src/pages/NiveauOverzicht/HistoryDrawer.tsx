/** Earlier versions: view one, restore it (as a new version; the history keeps every step). */
import { useState } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Text,
} from '@fluentui/react-components';
import { formatDateTime, type NiveauRevisionDto } from '@samen/shared';
import { useLocale, useT } from '../../i18n';
import { LevelCard } from './LevelCard';
import { useNiveauStyles } from './NiveauOverzicht.styles';

interface Props {
  readonly revisions: readonly NiveauRevisionDto[] | null;
  readonly canRestore: boolean;
  readonly busy: boolean;
  readonly onRestore: (revision: number) => void;
  readonly onClose: () => void;
}

export const HistoryDrawer = ({ revisions, canRestore, busy, onRestore, onClose }: Props) => {
  const t = useT();
  const locale = useLocale();
  const styles = useNiveauStyles();
  const [shown, setShown] = useState<number | null>(null);
  const viewed = revisions?.find((r) => r.revision === shown) ?? null;
  return (
    <OverlayDrawer position="end" size="large" open={revisions !== null} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" onClick={onClose}>{t('tab:common.close')}</Button>}>
          {t('tab:niveau.history')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.drawerList}>
        {revisions?.length === 0 && <Text>{t('tab:niveau.noHistory')}</Text>}
        {revisions?.map((r) => (
          <div key={r.revision} className={styles.revision}>
            <Text weight="semibold">{t('tab:niveau.revision', { revision: r.revision })}</Text>
            <Text size={200}>
              {t('tab:niveau.updated', { date: formatDateTime(r.updatedAt, locale), name: r.updatedByName ?? '–' })}
            </Text>
            <div className={styles.revisionActions}>
              <Button size="small" onClick={() => setShown(shown === r.revision ? null : r.revision)}>
                {t('tab:niveau.view')}
              </Button>
              {canRestore && (
                <Button size="small" disabled={busy} onClick={() => onRestore(r.revision)}>
                  {t('tab:niveau.restore')}
                </Button>
              )}
            </div>
            {viewed?.revision === r.revision && (
              <div className={styles.levels}>
                {[...viewed.levels].reverse().map((l) => <LevelCard key={l.level} level={l} />)}
              </div>
            )}
          </div>
        ))}
      </DrawerBody>
    </OverlayDrawer>
  );
};
