import { html, safeUrl } from './html';

describe('html', () => {
  it('escapes every value, in text and in quoted attributes', () => {
    const hostile = '<script>alert(1)</script>';
    const attribute = '" onmouseover="alert(1)';
    expect(html`<p title="${attribute}">${hostile}</p>`.text).toBe(
      '<p title="&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('keeps markup made by the tag, and joins lists', () => {
    const items = ['a<b', 'c&d'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.text).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('writes nothing for null, undefined and false', () => {
    expect(html`[${null}${undefined}${false}${0}]`.text).toBe('[0]');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['/relative', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
