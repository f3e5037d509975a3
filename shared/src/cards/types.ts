/**
 * A minimal, typed subset of Adaptive Cards 1.5 — only what our builders use. Plain data, no
 * runtime dependency, so cards can be built in the browser as well as on the server.
 */
export type JsonValue = string | number | boolean | null;
/** Hidden data an action sends; always carries the verb so Execute and Submit look alike to the bot. */
export type ActionData = Readonly<Record<string, JsonValue>>;
/** Action.Submit data that opens a Teams dialog: Teams sends a `task/fetch` invoke with this data. */
export interface TaskFetchData {
  readonly msteams: { readonly type: 'task/fetch' };
  readonly [key: string]: JsonValue | { readonly type: 'task/fetch' };
}

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type ActionStyle = 'default' | 'positive' | 'destructive';
export type AssociatedInputs = 'auto' | 'none';

interface ElementBase {
  readonly id?: string;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
  readonly isVisible?: boolean;
}

export interface TextBlock extends ElementBase {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap?: boolean;
  readonly weight?: 'default' | 'lighter' | 'bolder';
  readonly size?: 'default' | 'small' | 'medium' | 'large' | 'extraLarge';
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly style?: 'default' | 'heading';
}

export interface FactSet extends ElementBase {
  readonly type: 'FactSet';
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export interface Container extends ElementBase {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

export interface ActionSet extends ElementBase {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
}

interface InputBase extends ElementBase {
  readonly id: string;
  readonly label?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
}

export interface InputText extends InputBase {
  readonly type: 'Input.Text';
  readonly value?: string;
  readonly placeholder?: string;
  readonly isMultiline?: boolean;
  readonly maxLength?: number;
  readonly style?: 'text' | 'tel' | 'url' | 'email' | 'password';
}

export interface InputDate extends InputBase {
  readonly type: 'Input.Date';
  readonly value?: string;
  readonly min?: string;
  readonly max?: string;
}

export interface InputTime extends InputBase {
  readonly type: 'Input.Time';
  readonly value?: string;
}

export interface InputNumber extends InputBase {
  readonly type: 'Input.Number';
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly placeholder?: string;
}

export interface Choice {
  readonly title: string;
  readonly value: string;
}

export interface InputChoiceSet extends InputBase {
  readonly type: 'Input.ChoiceSet';
  readonly choices: readonly Choice[];
  readonly isMultiSelect?: boolean;
  readonly style?: 'compact' | 'expanded' | 'filtered';
  /** Multi-select: comma-separated values. */
  readonly value?: string;
  readonly placeholder?: string;
  readonly wrap?: boolean;
}

export type CardElement =
  | TextBlock
  | FactSet
  | Container
  | ActionSet
  | InputText
  | InputDate
  | InputTime
  | InputNumber
  | InputChoiceSet;

interface ActionBase {
  readonly title: string;
  readonly id?: string;
  readonly style?: ActionStyle;
  readonly mode?: 'primary' | 'secondary';
  readonly tooltip?: string;
  readonly isEnabled?: boolean;
}

export interface SubmitAction extends ActionBase {
  readonly type: 'Action.Submit';
  readonly data: ActionData | TaskFetchData;
  readonly associatedInputs?: AssociatedInputs;
}

export interface ExecuteAction extends ActionBase {
  readonly type: 'Action.Execute';
  readonly verb: string;
  readonly data: ActionData;
  readonly associatedInputs?: AssociatedInputs;
  readonly fallback?: SubmitAction | 'drop';
}

export interface OpenUrlAction extends ActionBase {
  readonly type: 'Action.OpenUrl';
  readonly url: string;
}

export interface ShowCardAction extends ActionBase {
  readonly type: 'Action.ShowCard';
  readonly card: SubCard;
}

export type CardAction = ExecuteAction | SubmitAction | OpenUrlAction | ShowCardAction;

export interface Refresh {
  readonly action: Omit<ExecuteAction, 'title' | 'fallback'> & { readonly title?: string };
  /** Who gets the automatic refresh (Teams: at most 60). */
  readonly userIds?: readonly string[];
}

/** A card inside Action.ShowCard: no version, no refresh. */
export interface SubCard {
  readonly type: 'AdaptiveCard';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
}

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly lang?: string;
  readonly fallbackText?: string;
  readonly refresh?: Refresh;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
}
