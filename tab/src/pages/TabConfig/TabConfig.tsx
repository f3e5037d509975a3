import { Dropdown, Field, Option, Text, Title3 } from '@fluentui/react-components';
import type { MeDto } from '@samen/shared';
import { Loaded } from '../../components/Loaded';
import { useT } from '../../i18n';
import { useTabConfigStyles } from './TabConfig.styles';
import { COORDINATOR_CHOICE, useTabConfig } from './useTabConfig';

export const TabConfig = ({ me }: { me: MeDto }) => {
  const t = useT();
  const styles = useTabConfigStyles();
  const c = useTabConfig();
  return (
    <section className={styles.root}>
      <Title3 as="h3">{t('tab:config.title')}</Title3>
      <Text>{t('tab:config.intro')}</Text>
      <Loaded value={c.schools}>
        {(schools) => (
          <Field label={t('tab:config.choose')}>
            <Dropdown
              placeholder={t('tab:config.choose')}
              onOptionSelect={(_e, d) => d.optionValue && c.choose(d.optionValue, d.optionText ?? '')}
            >
              {me.isCoordinator && <Option value={COORDINATOR_CHOICE}>{t('tab:config.coordinatorView')}</Option>}
              {schools.map((s) => (
                <Option key={s.id} value={s.id}>{s.name}</Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </Loaded>
    </section>
  );
};
