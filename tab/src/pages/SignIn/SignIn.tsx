/** Local mode only: choose one of the sample people. */
import { Badge, Button, Card, CardHeader, Text, Title2 } from '@fluentui/react-components';
import { rolesForSectors, type LocalUserDto } from '@samen/shared';
import { useT } from '../../i18n';
import { useSignInStyles } from './SignIn.styles';
import { useSignIn } from './useSignIn';

interface Props {
  readonly users: readonly LocalUserDto[];
  readonly onChoose: (id: string) => void;
}

export const SignIn = ({ users, onChoose }: Props) => {
  const t = useT();
  const styles = useSignInStyles();
  const sorted = useSignIn(users);
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t('tab:signIn.title')}</Title2>
      <Text>{t('tab:signIn.intro')}</Text>
      <div className={styles.grid}>
        {sorted.map((u) => (
          <Card key={u.id} className={styles.card}>
            <CardHeader
              header={<Text weight="semibold">{u.name}</Text>}
              description={<Text size={200}>{rolesForSectors(u.roles, u.sectors ?? []).map((r) => t(`common:roles.${r}`)).join(', ')}</Text>}
            />
            {u.isCoordinator && <Badge appearance="tint" className={styles.badge}>{t('tab:signIn.coordinator')}</Badge>}
            <Button appearance="primary" onClick={() => onChoose(u.id)}>
              {u.name}
            </Button>
          </Card>
        ))}
      </div>
    </main>
  );
};
