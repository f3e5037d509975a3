/** Renders a Loaded value: a spinner, an error bar with retry, or the children with the data. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Loaded as LoadedValue } from '../hooks/useLoad';
import { useT } from '../i18n';

interface Props<T> {
  readonly value: LoadedValue<T>;
  readonly onRetry?: () => void;
  readonly children: (data: T) => ReactNode;
}

export const Loaded = <T,>({ value, onRetry, children }: Props<T>) => {
  const t = useT();
  if (value.state === 'loading') return <Spinner label={t('tab:common.loading')} />;
  if (value.state === 'error')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{value.message}</MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button onClick={onRetry}>{t('tab:common.retry')}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  return <>{children(value.data)}</>;
};

/** A one-line error or notice under a toolbar. */
export const Notice = ({ intent, text }: { intent: 'error' | 'success' | 'info' | 'warning'; text: string | null }) =>
  text ? (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  ) : null;
