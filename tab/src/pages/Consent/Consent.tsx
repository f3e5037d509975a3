/** Inside Teams, when Entra first needs the user's consent for the SSO token. */
import { Button, MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px', margin: '10vh auto', padding: tokens.spacingHorizontalXL },
  action: { alignSelf: 'flex-start' },
});

export const Consent = ({ failed, onConsent }: { failed: boolean; onConsent: () => void }) => {
  const t = useT();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t('tab:auth.consentTitle')}</Title2>
      <Text>{t('tab:auth.consentBody')}</Text>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t('tab:auth.consentFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" className={styles.action} onClick={onConsent}>
        {t('tab:auth.consentButton')}
      </Button>
    </main>
  );
};
