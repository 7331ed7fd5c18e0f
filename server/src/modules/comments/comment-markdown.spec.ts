import { renderComment } from './comment-markdown';

const A = '0b5c1f7e-2f1a-4c3e-9d1a-6f0e2b3c4d5e';

describe('renderComment', () => {
  it('turns a mention into an in-app link to the person', () => {
    expect(renderComment(`Merci @[Zoé Martin](user:${A}) !`)).toBe(`<p>Merci <a href="/people/${A}" class="mention">@Zoé Martin</a> !</p>`);
  });

  it('keeps markdown and drops scripts, handlers and javascript links', () => {
    const html = renderComment('**gras** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).toContain('<strong>gras</strong>');
    expect(html).not.toMatch(/script|onerror|javascript|<img/i);
  });

  it('does not let a name inject markup or another link', () => {
    const html = renderComment(`@[<b>x</b>*y*](user:${A})`);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<em>');
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it('leaves other links opening outside, with rel set', () => {
    expect(renderComment('[site](https://example.com)')).toContain('rel="noopener noreferrer nofollow"');
  });
});
