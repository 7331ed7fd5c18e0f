import { fr } from '../../web/src/lib/i18n/fr';

/**
 * French typography in the French dictionary: a no-break space (U+202F narrow, or U+00A0) before « : ; ! ? »
 * and inside « », and curly apostrophes (’), never straight ones. Functions are called with a few sample
 * arguments (a number, a name) so that every branch's text is checked too.
 */

const NBSP = '\u00a0\u202f';
const SAMPLES: unknown[] = [0, 1, 2, 12, 'Anne Martin', 'Élodie'];

interface Text {
  path: string;
  text: string;
}

function texts(dictionary: object, prefix = ''): Text[] {
  return Object.entries(dictionary).flatMap(([key, value]): Text[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [{ path, text: value }];
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      return SAMPLES.map((sample) => ({ path, text: String(fn(sample, ...Array(Math.max(fn.length - 1, 0)).fill('X'))) }));
    }
    if (value && typeof value === 'object') return texts(value as object, path);
    throw new Error(`${path}: unexpected ${typeof value}`);
  });
}

/** The typography problems of one text, each with a little context; URLs and times (10:30) are not prose. */
function problems(text: string): string[] {
  const prose = text.replace(/\bhttps?:\/\/\S+/g, (url) => '_'.repeat(url.length)).replace(/\b\d{1,2}:\d{2}\b/g, (time) => '_'.repeat(time.length));
  const found: string[] = [];
  const around = (i: number) => JSON.stringify(text.slice(Math.max(0, i - 12), i + 12));
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i];
    const before = prose[i - 1];
    if (ch === "'") found.push(`straight apostrophe in ${around(i)}`);
    if (':;!?'.includes(ch) && !NBSP.includes(before ?? '')) {
      found.push(`${before === ' ' ? 'ordinary space' : 'no space'} before « ${ch} » in ${around(i)}`);
    }
    if (ch === '«' && !NBSP.includes(prose[i + 1] ?? '')) found.push(`no no-break space after « in ${around(i)}`);
    if (ch === '»' && !NBSP.includes(before ?? '')) found.push(`no no-break space before » in ${around(i)}`);
  }
  return found;
}

describe('French typography', () => {
  it('the checker finds what it should, and only that', () => {
    expect(problems('Mon profil : Anne')).toEqual(['ordinary space before « : » in "Mon profil : Anne"']);
    expect(problems('Vraiment?')).toHaveLength(1);
    expect(problems("l'accueil")).toHaveLength(1);
    expect(problems('« Appliquer »')).toHaveLength(2);
    expect(problems('Mon profil\u202f: Anne\u00a0! «\u202fAppliquer\u202f» ; ')).toEqual([expect.stringMatching(/^ordinary space before « ; »/)]);
    expect(problems('Ouvert de 10:30 à 18:00, voir https://example.com/a?b=c')).toEqual([]);
  });

  it('the French dictionary follows it', () => {
    // One line per text and kind of problem (a function's samples would repeat it), with the first context.
    const found = new Map<string, string>();
    for (const { path, text } of texts(fr)) {
      for (const problem of problems(text)) {
        const key = `${path}: ${problem.slice(0, problem.indexOf(' in '))}`;
        if (!found.has(key)) found.set(key, `${path}: ${problem}`);
      }
    }
    expect([...found.values()]).toEqual([]);
  });
});
