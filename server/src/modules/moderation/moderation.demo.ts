import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../campaigns';

const EMAIL = (local: string) => `${local}@maison-lumiere.example`;

/**
 * Demo curation, so that a newcomer's moderation queue is not empty: open flags on two ideas, a spam
 * idea hidden by the hub coordinator, a duplicate merged into the idea it repeats, and typed links —
 * each moderator action with its audit entry. Only ideas off the boards are added, so boards and
 * counts stay those of the ideas demo.
 */
export async function seedDemoCuration(tx: EntityManager): Promise<void> {
  const people: { id: string; email: string }[] = await tx.query(`SELECT id, email::text AS email FROM users`);
  const person = (local: string) => {
    const found = people.find((p) => p.email === EMAIL(local));
    if (!found) throw new Error(`demo person ${local} is missing`);
    return found.id;
  };
  const idea = async (title: string) => {
    const [row]: { id: string; campaign_id: string }[] = await tx.query(`SELECT id, campaign_id FROM ideas WHERE title = $1`, [title]);
    if (!row) throw new Error(`demo idea "${title}" is missing`);
    return row;
  };
  const post = async (campaignId: string, author: string, title: string, body: string, hoursAgo: number) => {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO ideas (campaign_id, author_id, title, body, body_html, stage_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY kind <> 'submitted', position LIMIT 1),
               now() - make_interval(hours => $6), now() - make_interval(hours => $6))
       RETURNING id`,
      [campaignId, person(author), title, body, renderMarkdown(body), hoursAgo],
    );
    return row.id;
  };
  const flag = (ideaId: string, who: string, reason: string, note = '', hoursAgo = 1) =>
    tx.query(`INSERT INTO idea_flags (idea_id, user_id, reason, note, created_at) VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5))`, [ideaId, person(who), reason, note, hoursAgo]);
  const audit = (actor: string, action: string, ideaId: string, data: Record<string, unknown>) =>
    tx.query(`INSERT INTO audit_log (actor_id, action, target_type, target_id, data) VALUES ($1, $2, 'idea', $3, $4)`, [person(actor), action, ideaId, JSON.stringify(data)]);

  // Open flags, waiting in the queue.
  const meetings = await idea('Limiter les réunions après 17 h');
  await flag(meetings.id, 'olivia.bennett', 'duplicate', 'Close to the quarterly "no meeting week" idea.', 20);
  await flag(meetings.id, 'hannah.schmidt', 'duplicate', '', 8);
  const screens = await idea('Des écrans et sièges ergonomiques à la demande');
  await flag(screens.id, 'romain.chevalier', 'other', 'La médecine du travail le propose déjà : à vérifier.', 3);

  // A spam idea, flagged by three people, hidden by the hub coordinator.
  const clients = await idea('Un numéro de suivi unique pour chaque réclamation');
  const spam = await post(clients.campaign_id, 'noah.wilson', 'Gagnez un bon d’achat : cliquez ici', 'Offre limitée, inscrivez-vous sur un site externe.', 40);
  await flag(spam, 'chloe.bonnet', 'spam', '', 39);
  await flag(spam, 'karim.haddad', 'spam', 'Lien externe douteux.', 38);
  await flag(spam, 'sarah.lefevre', 'spam', '', 37);
  await tx.query(`UPDATE ideas SET hidden_at = now() - interval '36 hours' WHERE id = $1`, [spam]);
  await audit('camille.laurent', 'idea.hide', spam, { reason: 'Spam : lien externe sans rapport avec la campagne.', openFlags: 3, refundedVotes: 0 });

  // A duplicate merged into the idea it repeats (no votes of its own yet, so nothing moved).
  const remote = await idea('Two remote days a week for every role that allows it');
  const duplicate = await post(remote.campaign_id, 'lucas.girard', 'Deux jours de télétravail par semaine', 'Pour tous les postes qui le permettent, avec une règle claire et commune.', 300);
  await tx.query(`UPDATE ideas SET merged_into_id = $2 WHERE id = $1`, [duplicate, remote.id]);
  await tx.query(`INSERT INTO idea_links (from_idea_id, target_type, target_id, kind, created_by) VALUES ($1, 'idea', $2, 'duplicates', $3)`, [duplicate, remote.id, person('camille.laurent')]);
  await audit('camille.laurent', 'idea.merge', duplicate, { into: remote.id, movedVotes: 0, mergedVotes: 0, refundedVotes: 0, moved: [] });

  // Typed links between ideas on the boards.
  const videos = await idea('Des tutoriels vidéo de deux minutes pour les produits phares');
  const faq = await idea('Une FAQ nourrie par les vraies questions des réseaux');
  await tx.query(`INSERT INTO idea_links (from_idea_id, target_type, target_id, kind, created_by) VALUES ($1, 'idea', $2, 'builds_on', $3)`, [videos.id, faq.id, person('lucas.girard')]);
  const week = await idea('A quarterly "no meeting week"');
  await tx.query(`INSERT INTO idea_links (from_idea_id, target_type, target_id, kind, created_by) VALUES ($1, 'idea', $2, 'answers', $3)`, [week.id, meetings.id, person('olivia.bennett')]);
}
