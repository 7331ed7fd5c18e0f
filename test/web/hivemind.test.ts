import { excerpt } from '../../web/src/lib/components/ideas/excerpt';
import { fromLocalInput, timeLeft, toLocalInput } from '../../web/src/lib/components/campaigns/campaign-time';
import { budgetDelta, nextVote, optimisticVote } from '../../web/src/lib/state/hivemind-votes';

/** The web's Hivemind arithmetic: what a vote press means, its optimistic counts and budget, card excerpts, time left. */

describe('votes', () => {
  it('the same button again takes the vote back; the other one changes it', () => {
    expect(nextVote(null, 'up')).toBe('up');
    expect(nextVote('up', 'up')).toBeNull();
    expect(nextVote('up', 'down')).toBe('down');
    expect(nextVote(undefined, 'down')).toBe('down');
  });

  it('optimistic counts move a vote from one side to the other, and never show hidden counts', () => {
    const idea = { countsHidden: false, upVotes: 5, downVotes: 2, myVote: null };
    expect(optimisticVote(idea, 'up')).toEqual({ countsHidden: false, upVotes: 6, downVotes: 2, myVote: 'up' });
    expect(optimisticVote({ ...idea, myVote: 'up' as const }, 'down')).toEqual({ countsHidden: false, upVotes: 4, downVotes: 3, myVote: 'down' });
    expect(optimisticVote({ ...idea, myVote: 'down' as const }, null)).toEqual({ countsHidden: false, upVotes: 5, downVotes: 1, myVote: null });
    const hidden = { countsHidden: true, upVotes: null, downVotes: null, myVote: null };
    expect(optimisticVote(hidden, 'up')).toEqual({ ...hidden, myVote: 'up' });
  });

  it('a budget counts every vote cast: a new one uses one, a change none, taking back returns one', () => {
    expect(budgetDelta(null, 'up')).toBe(1);
    expect(budgetDelta('up', 'down')).toBe(0);
    expect(budgetDelta('down', null)).toBe(-1);
    expect(budgetDelta(undefined, null)).toBe(0);
  });
});

describe('excerpt', () => {
  it('keeps the words of markdown, not its marks, link targets or code', () => {
    expect(excerpt('# Titre\n\nUn **texte** avec un [lien](https://example.com) et `code`.\n\n```js\nalert(1)\n```\n- point')).toBe(
      'Titre Un texte avec un lien et code. point',
    );
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const long = 'mot '.repeat(100);
    const cut = excerpt(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('mot…')).toBe(true);
    expect(excerpt('court', 50)).toBe('court');
  });
});

describe('campaign time', () => {
  const day = 86_400_000;
  const now = Date.parse('2027-03-10T12:00:00Z');

  it('says what is left of an open campaign and how much has gone', () => {
    const left = timeLeft('open', new Date(now - 10 * day).toISOString(), new Date(now + 30 * day).toISOString(), now);
    expect(left).toEqual({ kind: 'open', days: 30, hours: 720, elapsed: 0.25 });
    const lastHours = timeLeft('open', new Date(now - day).toISOString(), new Date(now + 2.5 * 3_600_000).toISOString(), now);
    expect(lastHours).toMatchObject({ days: 1, hours: 3 });
  });

  it('counts the days before an upcoming campaign opens; a closed one has none left', () => {
    expect(timeLeft('upcoming', new Date(now + 2.2 * day).toISOString(), new Date(now + 9 * day).toISOString(), now)).toEqual({ kind: 'upcoming', days: 3 });
    expect(timeLeft('closed', new Date(now - 9 * day).toISOString(), new Date(now - day).toISOString(), now)).toEqual({ kind: 'closed' });
  });

  it('reads and writes datetime-local values in the browser’s time zone, to the minute', () => {
    const iso = new Date(2027, 2, 10, 9, 5).toISOString();
    expect(toLocalInput(iso)).toBe('2027-03-10T09:05');
    expect(fromLocalInput('2027-03-10T09:05')).toBe(iso);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
    expect(toLocalInput('not a date')).toBe('');
  });
});
