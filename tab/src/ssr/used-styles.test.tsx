/**
 * The server's first screen sends only the Griffel rules its HTML can use: a button rendered as
 * `primary` does not bring the `subtle` appearance's rules, yet everything the rendered elements need
 * (their classes, hover and focus states, media queries, keyframes) is there.
 */
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button, createDOMRenderer, FluentProvider, makeStyles, renderToStyleElements, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { classesOf, ruleIsUsed, usedBy } from './used-styles';

const useStyles = makeStyles({
  shown: { color: 'red', ':hover': { color: 'blue' }, '@media (forced-colors: active)': { color: 'CanvasText' } },
  notShown: { backgroundColor: 'green' },
});

const Screen = () => {
  const styles = useStyles();
  return (
    <Button appearance="primary" className={styles.shown}>
      Opslaan
    </Button>
  );
};

const render = () => {
  const renderer = createDOMRenderer();
  const html = renderToString(
    <RendererProvider renderer={renderer}>
      <FluentProvider theme={webLightTheme}>
        <Screen />
      </FluentProvider>
    </RendererProvider>,
  );
  const css = (r: typeof renderer) => renderToStaticMarkup(<>{renderToStyleElements(r)}</>);
  return { html, all: css(renderer), used: css(usedBy(renderer, html)) };
};

describe('the first screen’s styles', () => {
  it('keep every rule for a class the HTML carries and leave out those for classes it does not', () => {
    const { html, all, used } = render();
    expect(used.length).toBeLessThan(all.length);
    const classes = classesOf(html);
    // Every atomic class on the page has its rules (also :hover and the forced-colors media bucket).
    const ruleClasses = new Set([...used.matchAll(/\.([fr][a-z0-9]{5,8})[{:[ ,]/g)].map((m) => m[1]!));
    for (const name of classes) if (/^[fr][a-z0-9]{5,8}$/.test(name) && all.includes(`.${name}`)) expect(ruleClasses, name).toContain(name);
    expect(used).toMatch(/:hover\{color:blue;?\}/);
    expect(used).toContain('forced-colors: active');
    // The unused makeStyles slot's rule is not sent; it was in the renderer.
    expect(all).toContain('background-color:green');
    expect(used).not.toContain('background-color:green');
  });

  it('decides per selector: one needed class missing drops it, classes inside :not()/:is() do not count, rules without a class stay', () => {
    const classes = new Set(['a', 'b']);
    expect(ruleIsUsed('.a{color:red}', classes)).toBe(true);
    expect(ruleIsUsed('.c{color:red}', classes)).toBe(false);
    expect(ruleIsUsed('.a .c{color:red}', classes)).toBe(false);
    expect(ruleIsUsed('.c,.b:hover{color:red}', classes)).toBe(true);
    expect(ruleIsUsed('.a:not(.c){color:red}', classes)).toBe(true);
    expect(ruleIsUsed('.a:is(.c, .d){color:red}', classes)).toBe(true);
    expect(ruleIsUsed('.a[href$=".pdf"]{color:red}', classes)).toBe(true);
    expect(ruleIsUsed('@supports (display:grid){.c{display:grid}}', classes)).toBe(false);
    expect(ruleIsUsed('@supports (display:grid){.a{display:grid}}', classes)).toBe(true);
    expect(ruleIsUsed('@keyframes f1{from{opacity:0}to{opacity:1}}', classes)).toBe(true);
    expect(ruleIsUsed('body{margin:0}', classes)).toBe(true);
  });
});
