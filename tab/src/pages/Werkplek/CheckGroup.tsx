/**
 * A labelled group of checkboxes. Not a Fluent `Field`: a Field hands its one id to every control
 * inside it, so each label would tick the first box.
 */
import { Checkbox, Text } from '@fluentui/react-components';
import { useWerkplekStyles } from './Werkplek.styles';

interface Props<T extends string> {
  readonly label: string;
  readonly options: readonly T[];
  readonly labelOf: (option: T) => string;
  readonly checked: readonly T[];
  readonly onChange: (next: T[]) => void;
  readonly error?: string | undefined;
}

export const CheckGroup = <T extends string>({ label, options, labelOf, checked, onChange, error }: Props<T>) => {
  const styles = useWerkplekStyles();
  return (
    <fieldset className={styles.checkGroup}>
      <legend className={styles.checkLegend}>{label}</legend>
      <div className={styles.checks}>
        {options.map((o) => (
          <Checkbox
            key={o}
            label={labelOf(o)}
            checked={checked.includes(o)}
            onChange={(_e, d) => onChange(d.checked === true ? [...checked, o] : checked.filter((x) => x !== o))}
          />
        ))}
      </div>
      {error && <Text size={200} className={styles.error}>{error}</Text>}
    </fieldset>
  );
};
