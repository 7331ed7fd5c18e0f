import { COMMENT_LIMITS, mentionMarkup, parseMentions } from './comments';

const A = '0b5c1f7e-2f1a-4c3e-9d1a-6f0e2b3c4d5e';
const B = 'aa5c1f7e-2f1a-4c3e-9d1a-6f0e2b3c4d5f';

describe('comment mentions', () => {
  it('finds each person once, by id, in order', () => {
    const body = `Bonjour @[Zoé Martin](user:${A}) et @[Priya](user:${B.toUpperCase()}), cc @[Zoé](user:${A})`;
    expect(parseMentions(body)).toEqual([
      { name: 'Zoé Martin', userId: A },
      { name: 'Priya', userId: B },
    ]);
  });

  it('ignores look-alikes: a plain link, a bad id, a name across lines', () => {
    expect(parseMentions(`[Zoé](user:${A}) @[Zoé](user:not-an-id) @[Zo\né](user:${A}) @Zoé`)).toEqual([]);
  });

  it('writes markup that parses back, whatever the name holds', () => {
    const markup = mentionMarkup('Anne [la] Reine]\n', A);
    expect(markup).toBe(`@[Anne la Reine](user:${A})`);
    expect(parseMentions(markup)).toEqual([{ name: 'Anne la Reine', userId: A }]);
    expect(mentionMarkup('x'.repeat(300), A).length).toBeLessThan(COMMENT_LIMITS.mentionNameMax + 50);
  });
});
