/** One ondersteuningsniveau, read-only. */
import { Badge, Card, CardHeader, Text } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';
import type { NiveauLevel } from '@samen/shared';
import { useT } from '../../i18n';
import { stepClass, useNiveauStyles } from './NiveauOverzicht.styles';

const Lines = ({ items, className }: { items: readonly string[]; className: string }) =>
  items.length === 0 ? <Text>–</Text> : (
    <ul className={className}>
      {items.map((item, i) => (
        <li key={i}>
          <Text>{item}</Text>
        </li>
      ))}
    </ul>
  );

export const LevelCard = ({ level }: { level: NiveauLevel }) => {
  const t = useT();
  const styles = useNiveauStyles();
  return (
    <Card className={mergeClasses(styles.level, stepClass(styles, level.level))} data-testid={`level-${level.level}`}>
      <CardHeader
        header={<Text weight="semibold" size={400}>{`${t('tab:niveau.level', { level: level.level })} · ${level.title}`}</Text>}
        action={level.pupilCount !== null ? <Badge appearance="tint">{t('tab:niveau.pupils', { count: level.pupilCount })}</Badge> : undefined}
      />
      <div className={styles.columns}>
        <div>
          <Text className={styles.label} size={200}>{t('tab:niveau.whatHappens')}</Text>
          <Lines items={level.whatHappens} className={styles.list} />
        </div>
        <div>
          <Text className={styles.label} size={200}>{t('tab:niveau.responsible')}</Text>
          <Text>{level.responsible || '–'}</Text>
          <Text className={styles.label} size={200}>{t('tab:niveau.parentCycle')}</Text>
          <Text>{level.parentCycle || '–'}</Text>
        </div>
        <div>
          <Text className={styles.label} size={200}>{t('tab:niveau.programmes')}</Text>
          <Lines items={level.programmes} className={styles.list} />
        </div>
      </div>
    </Card>
  );
};
