import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { CampaignsService, campaignVisibleSql, paramList, UUID } from '../campaigns';
import type { IdeaView } from './idea.entity';
import { IDEA_SELECT, ideaFromRow, ON_BOARD } from './ideas.service';

/**
 * Bounds of a similar-ideas request. The page calls it on every debounced keystroke, so what it sends
 * is cut to a size whose query stays a few index reads: the title whole (ideas' titles are at most 200
 * characters anyway), the first characters of the body, and a handful of its words.
 */
export const SIMILAR_LIMITS = {
  titleMax: 200,
  /** Below this (after trimming) there is nothing to compare yet: an empty answer, no query. */
  titleMin: 3,
  bodyMax: 10_000,
  /** Only the start of the body is read for words; a draft's first lines say what it is about. */
  bodyScanned: 1_000,
  /** Words of the full-text query, title words first. */
  wordsMax: 16,
  firstMax: 10,
  firstDefault: 5,
} as const;

/**
 * `word_similarity` threshold for the `<%` operator: the share of the typed title's trigrams found in
 * one stretch of an existing title. 0.45 finds "numero de suivi" in « Un numéro de suivi unique pour
 * chaque réclamation » while a title sharing one short word stays out. Set per transaction (SET LOCAL)
 * so no other query of the pooled connection is affected.
 */
export const TITLE_WORD_SIMILARITY = 0.45;

/**
 * Ranking blend, each part in [0, 1]:
 *   score = 0.6 · word_similarity(typed title, idea title)   — close wording of the titles
 *         + 0.4 · r / (r + 1), r = ts_rank(search, words)    — shared stemmed words, title words weigh more
 * Titles say what an idea is, so they weigh more; the full-text part catches the same idea worded
 * differently ("vélo" / "vélos", "meeting" / "meetings") and words of the body.
 */
const SCORE_SQL = (title: string, words: string) =>
  `(0.6 * word_similarity(${title}, ruche_fold(i.title)) + 0.4 * (ts_rank(i.search, ${words}) / (ts_rank(i.search, ${words}) + 1)))`;

export interface SimilarQuery {
  campaignId?: string | null;
  title: string;
  body?: string | null;
  excludeIdeaId?: string | null;
  first?: number | null;
}

export interface SimilarIdea {
  idea: IdeaView;
  score: number;
}

/** Words for the full-text query: letters and digits only (nothing tsquery could read as syntax), 3+ characters, de-duplicated. */
export function similarWords(title: string, body: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  const text = `${title} ${body.slice(0, SIMILAR_LIMITS.bodyScanned)}`;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLocaleLowerCase('fr');
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
    if (words.length >= SIMILAR_LIMITS.wordsMax) break;
  }
  return words;
}

/**
 * Similar ideas while someone types: ideas they may see (their campaign's audience rules), on a board
 * (not hidden, not merged), whose title is close to the typed one (trigram word similarity, `<%` served
 * by the GIN gin_trgm_ops index on the folded title) or that share stemmed words with the draft (the
 * `search` tsvector, French and English, unaccented, its GIN index). There is no draft row, so the
 * draft is never among them; `excludeIdeaId` leaves out the idea being edited.
 */
@Injectable()
export class SimilarIdeasService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  async find(actor: AuthUser, query: SimilarQuery): Promise<SimilarIdea[]> {
    const first = query.first ?? SIMILAR_LIMITS.firstDefault;
    if (!Number.isInteger(first) || first < 1 || first > SIMILAR_LIMITS.firstMax) throw new BadInputError(`"first" must be between 1 and ${SIMILAR_LIMITS.firstMax}.`, { field: 'first' });
    if (typeof query.title !== 'string' || query.title.length > SIMILAR_LIMITS.titleMax) throw new BadInputError(`The title is limited to ${SIMILAR_LIMITS.titleMax} characters.`, { field: 'title' });
    const body = query.body ?? '';
    if (typeof body !== 'string' || body.length > SIMILAR_LIMITS.bodyMax) throw new BadInputError(`The text is limited to ${SIMILAR_LIMITS.bodyMax} characters.`, { field: 'body' });
    const exclude = query.excludeIdeaId ?? null;
    if (exclude !== null && (typeof exclude !== 'string' || !UUID.test(exclude))) throw new BadInputError('Invalid idea id.', { field: 'excludeIdeaId' });
    // A campaign the person may not see answers as if it did not exist (CAMPAIGN_NOT_FOUND).
    const campaign = query.campaignId ? await this.campaigns.get(actor, query.campaignId) : null;

    const title = query.title.trim().replace(/\s+/g, ' ');
    if (title.length < SIMILAR_LIMITS.titleMin) return [];
    const words = similarWords(title, body);

    const { params, param } = paramList();
    const viewer = param(actor.id);
    const typed = `ruche_fold(${param(title)})`;
    // OR of the words, in both languages' stemming, unaccented like the stored vector.
    const tsq = words.length
      ? `(to_tsquery('french', ruche_fold(${param(words.join(' | '))})) || to_tsquery('english', ruche_fold(${param(words.join(' | '))})))`
      : `''::tsquery`;
    const where = [
      `(${typed} <% ruche_fold(i.title) OR i.search @@ ${tsq})`,
      ON_BOARD,
      campaignVisibleSql(actor, 'c', param),
    ];
    if (campaign) where.push(`i.campaign_id = ${param(campaign.id)}::uuid`);
    if (exclude) where.push(`i.id <> ${param(exclude)}::uuid`);
    const sql = `${IDEA_SELECT(viewer, `, ${SCORE_SQL(typed, tsq)} AS similarity_score`)}
       WHERE ${where.join(' AND ')}
       ORDER BY similarity_score DESC, i.id DESC
       LIMIT ${param(first)}`;
    const rows: Record<string, unknown>[] = await this.ds.transaction(async (tx) => {
      await tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(TITLE_WORD_SIMILARITY)]);
      return tx.query(sql, params);
    });
    return rows.map((row) => ({ idea: ideaFromRow(row, actor.id), score: Number(row.similarity_score) }));
  }
}
