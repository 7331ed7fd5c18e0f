import type { WatchTermDefinition } from '../pipeline/contracts';

/**
 * The demo organisation Maison Lumière's watchlist: its products Lumi Home and Solaris, and its
 * competitors Clairvoy and Orange. "Orange" is the telecom operator: the exclusions keep out the fruit
 * and the juice (a hub that wants stricter context can add e.g. Orange NEAR/6 (réseau OR forfait)).
 * Used by `npm run cli -- analyze` when no --terms file is given, and by the demo seed.
 */
export const DEMO_WATCH_TERMS: readonly WatchTermDefinition[] = [
  { id: 'maison-lumiere', label: 'Maison Lumière', query: '"Maison Lumière" OR "Maison Lumiere" OR @lumi-home OR @solaris' },
  { id: 'lumi-home', label: 'Lumi Home', query: '"Lumi Home" OR LumiHome OR "Lumi-Home" OR "Lumi Home Pro"' },
  { id: 'solaris', label: 'Solaris', query: 'Solaris NOT (Tarkovski OR Tarkovsky OR Lem OR Oracle OR "Sun Microsystems")' },
  { id: 'clairvoy', label: 'Clairvoy', query: 'Clairvoy OR "Clair Voy"' },
  {
    id: 'orange',
    label: 'Orange',
    query:
      '(Orange OR "Orange Business" OR "Orange Bank" OR Livebox) ' +
      'NOT (jus OR fruit OR fruits OR agrume OR agrumes OR juice OR zeste OR pressée OR marmalade OR confiture OR orangeraie)',
  },
];
