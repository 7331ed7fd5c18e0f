import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    expect(renderMarkdown('**Bold** and _em_\n\n- one\n- two')).toBe('<p><strong>Bold</strong> and <em>em</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown('  \n ')).toBe('');
  });

  it('strips scripts, event handlers, javascript: links and images', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <a href="https://ok.example" onclick="alert(4)">ok</a>');
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img|alert\(1\)/i);
    expect(html).toContain('<a href="https://ok.example" rel="noopener noreferrer nofollow" target="_blank">ok</a>');
  });

  it('keeps safe links and code, escaping what is inside code', () => {
    expect(renderMarkdown('[site](https://example.com)')).toBe('<p><a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">site</a></p>');
    expect(renderMarkdown('`<b>x</b>`')).toBe('<p><code>&lt;b&gt;x&lt;/b&gt;</code></p>');
  });

  it('keeps task lists as disabled checkboxes', () => {
    expect(renderMarkdown('- [x] done')).toContain('<input type="checkbox" disabled checked />');
  });
});
