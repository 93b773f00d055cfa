import { escapeXml } from '../../../src/export/graphml';
import { asText, caption, plain, weight, type ExportNode } from '../../../src/export/model';

describe('export helpers', () => {
  it.each([
    ['AT&T <Labs> "R&D"', 'AT&amp;T &lt;Labs&gt; &quot;R&amp;D&quot;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 and form\u000C feed', 'bell and form feed'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['lone \uD800 surrogate, pair 😀', 'lone  surrogate, pair 😀'],
  ])('escapeXml(%j)', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('captions follow the palette: name, event type + date, article title, else the id', () => {
    const node = (labels: string[], props: Record<string, unknown>): ExportNode => ({
      key: 'k',
      id: 'x:1',
      labels,
      props,
    });
    expect(caption(node(['Entity', 'Person'], { name: 'Marco Rubio' }))).toBe('Marco Rubio');
    expect(caption(node(['Event'], { type: 'CALL', date: '2025-01-11', name: 'long' }))).toBe(
      'CALL 2025-01-11',
    );
    expect(caption(node(['Event'], { type: 'CALL', date: null }))).toBe('CALL');
    expect(caption(node(['Article'], { title: null, name: '000_a.txt' }))).toBe('000_a.txt');
    expect(caption(node(['Article'], {}))).toBe('x:1');
  });

  it('plain values and weights', () => {
    expect(asText(plain(['a', 'b']))).toBe('a | b');
    expect(asText(plain(null))).toBe('');
    expect(plain(3)).toBe(3);
    const edge = (props: Record<string, unknown>) => ({
      key: 'r',
      type: 'T',
      source: 'a',
      target: 'b',
      props,
    });
    expect(weight(edge({ articleIds: ['1', '2', '3'] }))).toBe(3);
    expect(weight(edge({ count: 5, aliases: [] }))).toBe(5);
    expect(weight(edge({ articleCount: 25, articleIds: ['1'] }))).toBe(25);
    expect(weight(edge({}))).toBe(1);
  });
});
