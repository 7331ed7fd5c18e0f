import type { EntityManager } from 'typeorm';
import { mentionMarkup } from '@ruche/shared';
import { renderComment } from './comment-markdown';

/**
 * [idea title, author e-mail local part, hours ago, body, replies]. `{@local}` in a body becomes a
 * mention of that person. The first body of a thread written with `edited` has an earlier version.
 */
interface SeedThread {
  idea: string;
  author: string;
  hoursAgo: number;
  body: string;
  edited?: { before: string; hoursAgo: number };
  replies?: { author: string; hoursAgo: number; body: string }[];
}

const THREADS: SeedThread[] = [
  {
    idea: 'Un numéro de suivi unique pour chaque réclamation',
    author: 'karim.haddad',
    hoursAgo: 240,
    body: 'Le support y gagnerait énormément : un quart de nos appels servent à retrouver le bon dossier. {@nathalie.mercier}, on pourrait le tester sur les réclamations livraison ?',
    replies: [
      { author: 'nathalie.mercier', hoursAgo: 230, body: 'Oui, pilote sur les réclamations livraison dès le mois prochain. Je prépare le cahier des charges avec la DSI.' },
      { author: 'amina.diallo', hoursAgo: 220, body: 'Côté SI, le CRM sait déjà générer un identifiant ; il manque l’envoi par SMS. Rien de bloquant.' },
    ],
  },
  {
    idea: 'Answer public complaints within the hour on social media',
    author: 'emily.carter',
    hoursAgo: 180,
    body: 'We measured it last quarter: **median first answer 19 hours**. A rota would need about two people per shift.',
    edited: { before: 'We measured it last quarter: median first answer 20 hours.', hoursAgo: 185 },
    replies: [
      { author: 'daniel.hughes', hoursAgo: 170, body: 'Customer service can take the evening shift if the hub covers weekends. {@camille.laurent} what do you think?' },
      { author: 'camille.laurent', hoursAgo: 160, body: 'D’accord pour les week-ends, à condition d’avoir des réponses types validées par le juridique.' },
    ],
  },
  {
    idea: 'Arrêter les questionnaires de satisfaction à 20 questions',
    author: 'thomas.roux',
    hoursAgo: 100,
    body: 'Une question, c’est peut-être trop peu pour les grands comptes. Deux ou trois ?',
    replies: [
      // The idea's anonymous author answering: stored as anonymous, shown as "the author".
      { author: 'margaux.giraud', hoursAgo: 95, body: 'Pour les grands comptes, un entretien annuel vaut mieux que n’importe quel questionnaire. Gardons une seule question pour tous les autres.' },
    ],
  },
  {
    idea: 'Des salles calmes sans réservation',
    author: 'lucas.girard',
    hoursAgo: 300,
    body: 'Indispensable. Le deuxième étage a une salle de stockage presque vide qui ferait l’affaire.',
    replies: [{ author: 'sophie.garnier', hoursAgo: 290, body: 'Je vois avec les services généraux pour la salle du deuxième étage.' }],
  },
  {
    idea: 'Two remote days a week for every role that allows it',
    author: 'pierre.lemoine',
    hoursAgo: 400,
    body: 'Finance supports it, provided closing weeks stay on site.',
    replies: [
      { author: 'grace.thompson', hoursAgo: 390, body: 'Agreed; closing weeks are in the draft policy. {@sophie.garnier} can you share it here?' },
    ],
  },
  {
    idea: 'Moulded pulp inserts instead of polystyrene',
    author: 'lea.blanc',
    hoursAgo: 100,
    body: 'J’ai des échantillons de deux fournisseurs. Les tests de chute sont prévus la semaine prochaine.',
    replies: [{ author: 'priya.sharma', hoursAgo: 90, body: 'Great, please share the drop-test results here.' }],
  },
];

/** Seeds the demo discussions (after the ideas), with comment counts set from the comments themselves. */
export async function seedDemoComments(tx: EntityManager): Promise<void> {
  const people: { id: string; email: string; display_name: string }[] = await tx.query(`SELECT id, email::text AS email, display_name FROM users`);
  const byLocal = new Map(people.map((p) => [p.email.split('@')[0], p]));
  const person = (local: string) => {
    const p = byLocal.get(local);
    if (!p) throw new Error(`demo commenter ${local} is not a demo person`);
    return p;
  };
  const text = (body: string) => body.replace(/\{@([a-z.]+)\}/g, (_m, local: string) => mentionMarkup(person(local).display_name, person(local).id));
  const ideas: { id: string; title: string; author_id: string; anonymous: boolean }[] = await tx.query(`SELECT id, title, author_id, anonymous FROM ideas`);
  const ideaByTitle = new Map(ideas.map((i) => [i.title, i]));

  const insert = async (ideaTitle: string, parentId: string | null, local: string, hoursAgo: number, body: string) => {
    const idea = ideaByTitle.get(ideaTitle);
    if (!idea) throw new Error(`demo comment on unknown idea ${ideaTitle}`);
    const author = person(local);
    const value = text(body);
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO comments (idea_id, parent_id, author_id, anonymous, body, body_html, created_at) VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(hours => $7)) RETURNING id`,
      [idea.id, parentId, author.id, idea.anonymous && idea.author_id === author.id, value, renderComment(value), hoursAgo],
    );
    return row.id;
  };

  for (const thread of THREADS) {
    const rootId = await insert(thread.idea, null, thread.author, thread.edited?.hoursAgo ?? thread.hoursAgo, thread.body);
    if (thread.edited) {
      const before = text(thread.edited.before);
      await tx.query(
        `INSERT INTO comment_revisions (comment_id, body, body_html, written_at, replaced_at) VALUES ($1, $2, $3, now() - make_interval(hours => $4), now() - make_interval(hours => $5))`,
        [rootId, before, renderComment(before), thread.edited.hoursAgo, thread.hoursAgo],
      );
      await tx.query(`UPDATE comments SET edited_at = now() - make_interval(hours => $2) WHERE id = $1`, [rootId, thread.hoursAgo]);
    }
    for (const reply of thread.replies ?? []) await insert(thread.idea, rootId, reply.author, reply.hoursAgo, reply.body);
  }
  await tx.query(
    `UPDATE idea_tallies t SET comment_count = s.n FROM (SELECT idea_id, count(*)::int AS n FROM comments WHERE deleted_at IS NULL AND hidden_at IS NULL GROUP BY idea_id) s WHERE s.idea_id = t.idea_id`,
  );
}
