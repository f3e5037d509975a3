/**
 * Only the styles the server's first screen uses. Fluent's style hooks put every class they might need
 * into the renderer (all of a button's appearances and states, a tab list's vertical variant, …): of the
 * niveau-overzicht's ~52 KB of Griffel rules ~21 KB can match an element of its HTML. The rest would be
 * sent, parsed and matched against the screen for nothing. A rule goes only when none of its selectors
 * can match: each needs a class no element of the HTML carries (Griffel's atomic rules all name their
 * class); rules without a class (keyframes, font faces, global rules) stay. In the browser Griffel reads the sent rules as already in place
 * (data-make-styles-rehydration) and inserts any other a component asks for once React has the screen.
 */
import type { GriffelRenderer } from '@fluentui/react-components';

/** Every class an element of `html` carries. */
export const classesOf = (html: string): Set<string> => {
  const classes = new Set<string>();
  for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of list!.split(/\s+/)) if (name) classes.add(name);
  return classes;
};

/** `text` split at commas outside parentheses. */
const splitTopLevel = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
};

/** The selectors of a rule (inside at-rules too), without at-rule preludes. */
const selectorsOf = (rule: string): string[] => {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < rule.length; i++) {
    const c = rule[i];
    if (c === '{') {
      const prelude = rule.slice(start, i).trim();
      if (prelude && !prelude.startsWith('@')) out.push(...splitTopLevel(prelude));
      start = i + 1;
    } else if (c === '}' || c === ';') start = i + 1;
  }
  return out;
};

/** The selector without the arguments of its functional pseudo-classes (:not(), :is(), :has(), …) and attribute selectors. */
const outsideFunctions = (selector: string): string => {
  let out = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) out += c;
  }
  return out;
};

/** Per rule, per selector, the classes it needs: rules are the same strings render after render (~700 for a screen). */
const neededByRule = new Map<string, readonly (readonly string[])[]>();

const neededOf = (rule: string): readonly (readonly string[])[] => {
  let needed = neededByRule.get(rule);
  if (!needed) {
    needed = selectorsOf(rule).map((selector) => [...outsideFunctions(selector).matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
    neededByRule.set(rule, needed);
  }
  return needed;
};

/**
 * Whether a CSS rule can style an element of a document whose elements carry `classes`: a selector that
 * needs a class no element has cannot match. Classes inside a functional pseudo-class (:not(.a),
 * :is(.a, .b)) are not counted as needed, so such a rule stays.
 */
export const ruleIsUsed = (rule: string, classes: ReadonlySet<string>): boolean => {
  const needed = neededOf(rule);
  return needed.length === 0 || needed.some((names) => names.every((name) => classes.has(name)));
};

/** The renderer as renderToStyleElements reads it, with only the rules `html` uses. */
export const usedBy = (renderer: GriffelRenderer, html: string): GriffelRenderer => {
  const classes = classesOf(html);
  const stylesheets = Object.fromEntries(
    Object.entries(renderer.stylesheets).map(([key, sheet]) => [key, sheet && { ...sheet, cssRules: () => sheet.cssRules().filter((rule) => ruleIsUsed(rule, classes)) }]),
  );
  return { ...renderer, stylesheets };
};
