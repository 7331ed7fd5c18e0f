import type { EntityManager } from 'typeorm';
import { renderMarkdown, type DemoCampaigns } from '../campaigns';

/** [campaign key, author e-mail local part, anonymous, stage key, hours ago, title, body, tags] */
type SeedIdea = [string, string, boolean, string, number, string, string, string[]];

const IDEAS: SeedIdea[] = [
  // « Mieux servir nos clients en 2027 » — everyone, no budget
  ['clients', 'chloe.bonnet', false, 'selected', 270, 'Un numéro de suivi unique pour chaque réclamation', 'Aujourd’hui un client qui rappelle doit tout réexpliquer. Un numéro de dossier envoyé par SMS dès le premier contact permettrait à n’importe quel conseiller de reprendre l’historique.', ['service client', 'réclamations']],
  ['clients', 'karim.haddad', false, 'in_progress', 250, 'Rappel automatique quand l’attente dépasse 10 minutes', 'Proposer au client de raccrocher et d’être rappelé à sa place dans la file. Les opérateurs téléphoniques le proposent déjà, et cela réduit les abandons d’appel.', ['téléphone']],
  ['clients', 'daniel.hughes', false, 'review', 200, 'Answer public complaints within the hour on social media', 'Most complaints on social media get no public answer for a day. A rota between the hub and customer service would let us reply within the hour, then move to private messages.', ['social media', 'hub']],
  ['clients', 'manon.fournier', false, 'submitted', 150, 'Des fiches produit imprimables pour les vendeurs en magasin', 'Les vendeurs de nos revendeurs n’ont pas nos arguments sous la main. Une fiche d’une page par produit, à jour, téléchargeable depuis l’extranet.', ['ventes', 'revendeurs']],
  ['clients', 'margaux.giraud', true, 'submitted', 120, 'Arrêter les questionnaires de satisfaction à 20 questions', 'Personne ne répond à nos enquêtes de 20 questions. Une seule question (recommanderiez-vous…) et un champ libre suffiraient, et nous aurions dix fois plus de réponses.', ['satisfaction']],
  ['clients', 'james.walker', false, 'submitted', 96, 'A shared calendar of customer visits', 'Sales, support and R&D visit the same key accounts without knowing it. One shared calendar would let us coordinate and stop asking customers the same questions.', ['key accounts']],
  ['clients', 'hugo.moreau', false, 'review', 72, 'Une FAQ nourrie par les vraies questions des réseaux', 'Le hub voit passer chaque semaine les mêmes questions sur les réseaux. Publions-les avec leurs réponses dans la FAQ du site, mises à jour chaque mois.', ['FAQ', 'hub']],
  ['clients', 'noah.wilson', false, 'declined', 60, 'Weekend phone support', 'Many of our customers can only call on Saturdays. A small weekend team, even half a day, would cover them.', ['support']],
  ['clients', 'lucas.girard', false, 'submitted', 30, 'Des tutoriels vidéo de deux minutes pour les produits phares', 'La moitié des appels au support portent sur la mise en route. De courtes vidéos sous-titrées en français et en anglais en éviteraient beaucoup.', ['vidéo', 'support']],
  ['clients', 'sarah.lefevre', false, 'submitted', 6, 'Un interlocuteur unique pour les grands comptes', 'Nos grands comptes parlent à cinq services différents. Un référent unique, qui coordonne, simplifierait leur vie et la nôtre.', ['grands comptes']],
  // "Sustainable packaging lab" — R&D only, counts hidden until people vote
  ['packaging', 'priya.sharma', false, 'review', 110, 'Moulded pulp inserts instead of polystyrene', 'Moulded pulp from recycled cardboard protects as well as polystyrene for our lighter products, and customers can recycle it with paper.', ['materials']],
  ['packaging', 'lea.blanc', false, 'submitted', 100, 'Une encre végétale pour toutes les impressions', 'Les encres à base d’huiles végétales sont désormais au même prix. Elles facilitent le recyclage du carton imprimé.', ['matériaux', 'impression']],
  ['packaging', 'maxime.rousseau', false, 'submitted', 80, 'Right-size boxes: five sizes instead of twenty-two', 'We ship a lot of air. Five standard sizes, chosen from last year’s orders, would cut filling material and transport volume.', ['logistics']],
  ['packaging', 'louis.bertrand', true, 'submitted', 50, 'Mesurer l’empreinte carbone de chaque emballage', 'Avant de choisir, mesurons : une analyse de cycle de vie simplifiée pour chaque emballage actuel nous donnerait une référence.', ['données', 'carbone']],
  ['packaging', 'antoine.faure', false, 'selected', 40, 'A returnable box for B2B deliveries', 'Our professional customers receive weekly deliveries. A sturdy returnable box, collected at the next delivery, would remove most single-use cartons.', ['B2B', 'reuse']],
  ['packaging', 'elodie.lambert', false, 'submitted', 20, 'Supprimer le film plastique autour des coffrets', 'Le film n’a qu’un rôle esthétique. Une étiquette de scellé en papier garantit aussi l’intégrité du coffret.', ['plastique']],
  ['packaging', 'priya.sharma', false, 'submitted', 8, 'Mushroom-based foam for fragile items', 'Mycelium foam grows into any shape in a few days and is home-compostable. Worth a pilot on our glass products.', ['materials', 'pilot']],
  ['packaging', 'maxime.rousseau', false, 'submitted', 2, 'Des instructions imprimées à l’intérieur de la boîte', 'Imprimer la notice à l’intérieur du carton supprime un livret et surprend agréablement à l’ouverture.', ['design']],
  // « Qualité de vie au travail » — everyone, 5 votes each
  ['qvt', 'grace.thompson', false, 'selected', 460, 'Two remote days a week for every role that allows it', 'Several teams already work remotely informally. A clear rule, the same for everyone, would be fairer and help hiring.', ['remote work']],
  ['qvt', 'romain.chevalier', false, 'in_progress', 430, 'Un parcours d’accueil pour les nouveaux arrivants', 'Un parrain, un programme de la première semaine et un déjeuner avec chaque service : les nouveaux se sentiraient attendus.', ['intégration']],
  ['qvt', 'zoe.martin', false, 'review', 380, 'Des salles calmes sans réservation', 'Les open spaces sont bruyants. Deux petites salles « silence », sans réservation et sans téléphone, pour se concentrer.', ['bureaux']],
  ['qvt', 'michael.obrien', false, 'submitted', 300, 'Publish salary bands internally', 'Knowing the band of one’s own role, and of the next one, makes careers and pay discussions easier and fairer.', ['pay', 'transparency']],
  ['qvt', 'yann.legall', true, 'submitted', 250, 'Limiter les réunions après 17 h', 'Les réunions tardives pèsent sur ceux qui ont des enfants. Une règle simple : pas de réunion qui commence après 17 h.', ['réunions']],
  ['qvt', 'hannah.schmidt', false, 'submitted', 200, 'Bike parking and showers at headquarters', 'More of us would cycle to work with a secure bike shed and two showers. The car park has room for both.', ['mobility']],
  ['qvt', 'ines.benali', false, 'done', 180, 'Un budget formation choisi par chacun', 'Cent euros par an que chacun dépense en formation de son choix, sans validation : un signal de confiance fort.', ['formation']],
  ['qvt', 'valerie.colin', false, 'declined', 150, 'Une conciergerie d’entreprise', 'Pressing, cordonnerie, colis : une conciergerie sur place ferait gagner du temps à tous.', ['services']],
  ['qvt', 'sebastien.renard', false, 'submitted', 90, 'Des écrans et sièges ergonomiques à la demande', 'Un second écran et un siège réglable devraient être accordés sur simple demande, sans justificatif médical.', ['équipement']],
  ['qvt', 'olivia.bennett', false, 'submitted', 12, 'A quarterly "no meeting week"', 'One week per quarter without internal meetings, to get deep work done. Teams that tried it loved it.', ['meetings']],
];

/** Deterministic pseudo-random numbers (mulberry32), so the demo looks the same on every first start. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds the demo ideas and votes from the demo's people: each person of a campaign's audience votes on
 * some of its ideas (within its budget), earlier and better-placed ideas getting more support. Counters
 * and budgets are then set from the votes themselves, so they agree exactly.
 */
export async function seedDemoIdeas(tx: EntityManager, campaigns: DemoCampaigns, departmentIds: Map<string, string>): Promise<void> {
  const people: { id: string; email: string; department_id: string }[] = await tx.query(`SELECT id, email::text AS email, department_id FROM users WHERE deactivated_at IS NULL ORDER BY email`);
  const byLocal = new Map(people.map((p) => [p.email.split('@')[0], p.id]));
  const ideasByCampaign = new Map<string, { id: string; appeal: number }[]>();
  for (const [index, [campaignKey, author, anonymous, stageKey, hoursAgo, title, body, tags]] of IDEAS.entries()) {
    const campaign = campaigns.get(campaignKey)!;
    const authorId = byLocal.get(author);
    if (!authorId) throw new Error(`demo idea author ${author} is not a demo person`);
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO ideas (campaign_id, author_id, anonymous, title, body, body_html, tags, stage_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(hours => $9), now() - make_interval(hours => $9))
       RETURNING id`,
      [campaign.id, authorId, anonymous, title, body, renderMarkdown(body), tags, campaign.stages.get(stageKey), hoursAgo],
    );
    // Selected and running ideas were popular; declined ones divisive; the rest in between.
    const appeal = stageKey === 'declined' ? 0.35 : ['selected', 'in_progress', 'done'].includes(stageKey) ? 0.85 : 0.55 + ((index * 7) % 10) / 40;
    ideasByCampaign.set(campaignKey, [...(ideasByCampaign.get(campaignKey) ?? []), { id: row.id, appeal }]);
  }

  const next = random(2027);
  const votes: { ideaId: string; userId: string; campaignId: string; value: number }[] = [];
  for (const [key, campaign] of campaigns) {
    const audience = campaign.audience?.map((code) => departmentIds.get(code));
    const voters = people.filter((p) => !audience || audience.includes(p.department_id));
    for (const voter of voters) {
      let cast = 0;
      for (const idea of ideasByCampaign.get(key) ?? []) {
        if (campaign.budget !== null && cast >= campaign.budget) break;
        if (next() > 0.6) continue;
        votes.push({ ideaId: idea.id, userId: voter.id, campaignId: campaign.id, value: next() < idea.appeal ? 1 : -1 });
        cast++;
      }
    }
  }
  await tx.query(
    `INSERT INTO idea_votes (idea_id, user_id, campaign_id, value) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[])`,
    [votes.map((v) => v.ideaId), votes.map((v) => v.userId), votes.map((v) => v.campaignId), votes.map((v) => v.value)],
  );
  const campaignIds = [...campaigns.values()].map((c) => c.id);
  await tx.query(
    `UPDATE idea_tallies t SET up_votes = s.up, down_votes = s.down
       FROM (SELECT idea_id, count(*) FILTER (WHERE value = 1)::int AS up, count(*) FILTER (WHERE value = -1)::int AS down FROM idea_votes GROUP BY idea_id) s
      WHERE s.idea_id = t.idea_id AND t.campaign_id = ANY($1::uuid[])`,
    [campaignIds],
  );
  await tx.query(
    `INSERT INTO campaign_vote_budgets (campaign_id, user_id, used)
     SELECT campaign_id, user_id, count(*)::int FROM idea_votes WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id, user_id`,
    [campaignIds],
  );
}
