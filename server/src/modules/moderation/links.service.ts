import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { can, CURATION_LIMITS, IDEA_LINK_KINDS, type IdeaLinkKind } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError, ForbiddenError } from '../../core/errors/domain-error';
import { AuditService } from '../audit';
import { CampaignsService, campaignVisibleSql, paramList, UUID } from '../campaigns';
import { IdeasService, readIdeas, type IdeaView } from '../ideas';
import { LinkNotFoundError, MergeNotAllowedError } from './moderation.errors';
import { ModerationService } from './moderation.service';

export interface IdeaLink {
  id: string;
  kind: IdeaLinkKind;
  /** `outgoing`: this idea links to the other one ("this duplicates that"); `incoming`: the other one links here. */
  direction: 'outgoing' | 'incoming';
  idea: IdeaView;
  createdAt: Date;
}

/**
 * Typed links between ideas (duplicates, builds on, answers). Added and removed by the linking idea's
 * author or its campaign's moderators (a moderator's change is audited); shown on both ideas, each
 * person seeing only the links whose other idea they may see (audience rules, hidden ideas only for
 * moderators). The target is typed (target_type) so signals can be linked later; today, ideas.
 */
@Injectable()
export class LinksService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly ideas: IdeasService,
    private readonly moderation: ModerationService,
    private readonly audit: AuditService,
  ) {}

  /** Links (both directions) of one idea, for a person who sees it. */
  async list(actor: AuthUser, ideaId: string): Promise<IdeaLink[]> {
    const rows: { id: string; kind: IdeaLinkKind; from_idea_id: string; target_id: string; created_at: Date }[] = await this.ds.query(
      `SELECT id, kind, from_idea_id, target_id, created_at FROM idea_links WHERE from_idea_id = ANY($1::uuid[]) OR (target_type = 'idea' AND target_id = ANY($1::uuid[])) ORDER BY created_at, id`,
      [[ideaId]],
    );
    const visible = await this.visibleIdeas(actor, rows.map((r) => (r.from_idea_id === ideaId ? r.target_id : r.from_idea_id)));
    return rows.flatMap((r) => {
      const outgoing = r.from_idea_id === ideaId;
      const other = visible.get(outgoing ? r.target_id : r.from_idea_id);
      return other ? [{ id: r.id, kind: r.kind, direction: outgoing ? ('outgoing' as const) : ('incoming' as const), idea: other, createdAt: r.created_at }] : [];
    });
  }

  /** Adds a link from an idea to another (the same link twice is one link). */
  async link(actor: AuthUser, fromIdeaId: string, toIdeaId: string, kind: IdeaLinkKind): Promise<IdeaLink> {
    if (!IDEA_LINK_KINDS.includes(kind)) throw new BadInputError('Unknown kind of link.', { field: 'kind' });
    const from = await this.ideas.get(actor, fromIdeaId);
    const to = await this.ideas.get(actor, toIdeaId);
    if (from.id === to.id) throw new BadInputError('An idea cannot be linked to itself.', { field: 'toIdeaId' });
    if (from.mergedIntoId) throw new MergeNotAllowedError('This idea has been merged; link the idea it was merged into.');
    const moderator = await this.mayModerate(actor, from);
    if (!moderator && from.authorId !== actor.id) throw new ForbiddenError('Only the idea’s author and its moderators may link it.');
    const id = await this.ds.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM ideas WHERE id = $1 FOR UPDATE`, [from.id]);
      const [{ n }]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM idea_links WHERE from_idea_id = $1`, [from.id]);
      const existing: { id: string }[] = await tx.query(`SELECT id FROM idea_links WHERE from_idea_id = $1 AND target_type = 'idea' AND target_id = $2 AND kind = $3`, [from.id, to.id, kind]);
      if (existing[0]) return existing[0].id;
      if (n >= CURATION_LIMITS.linksPerIdeaMax) throw new BadInputError(`An idea has at most ${CURATION_LIMITS.linksPerIdeaMax} links.`, { field: 'toIdeaId' });
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO idea_links (from_idea_id, target_type, target_id, kind, created_by) VALUES ($1, 'idea', $2, $3, $4) RETURNING id`,
        [from.id, to.id, kind, actor.id],
      );
      if (from.authorId !== actor.id) await this.audit.record({ actorId: actor.id, action: 'idea.link', target: { type: 'idea', id: from.id }, data: { to: to.id, kind } }, tx);
      return row.id;
    });
    const [created]: { created_at: Date }[] = await this.ds.query(`SELECT created_at FROM idea_links WHERE id = $1`, [id]);
    return { id, kind, direction: 'outgoing', idea: to, createdAt: created.created_at };
  }

  /** Removes a link: the linking idea's author or its moderators. */
  async unlink(actor: AuthUser, linkId: string): Promise<boolean> {
    if (typeof linkId !== 'string' || !UUID.test(linkId)) throw new LinkNotFoundError();
    const [row]: { from_idea_id: string; target_id: string; kind: string }[] = await this.ds.query(`SELECT from_idea_id, target_id, kind FROM idea_links WHERE id = $1`, [linkId]);
    if (!row) throw new LinkNotFoundError();
    // A link one of whose ideas the person may not see does not exist for them.
    let from: IdeaView;
    try {
      from = await this.ideas.get(actor, row.from_idea_id);
      await this.ideas.get(actor, row.target_id);
    } catch {
      throw new LinkNotFoundError();
    }
    const moderator = await this.mayModerate(actor, from);
    if (!moderator && from.authorId !== actor.id) throw new ForbiddenError('Only the idea’s author and its moderators may remove its links.');
    await this.ds.transaction(async (tx) => {
      const [deleted]: [unknown[], number] = await tx.query(`DELETE FROM idea_links WHERE id = $1 RETURNING 1`, [linkId]);
      if (deleted.length > 0 && from.authorId !== actor.id) {
        await this.audit.record({ actorId: actor.id, action: 'idea.unlink', target: { type: 'idea', id: from.id }, data: { to: row.target_id, kind: row.kind } }, tx);
      }
    });
    return true;
  }

  private async mayModerate(actor: AuthUser, idea: IdeaView): Promise<boolean> {
    const campaign = await this.campaigns.get(actor, idea.campaignId);
    return this.moderation.canModerate(actor, campaign);
  }

  /**
   * Of these ideas, those `viewer` may see, as they see them: their campaign visible to them, not
   * hidden — unless they may moderate everything ('content.moderate').
   */
  private async visibleIdeas(viewer: AuthUser, ids: string[]): Promise<Map<string, IdeaView>> {
    if (ids.length === 0) return new Map();
    const ideas = await readIdeas(this.ds.manager, [...new Set(ids)], viewer.id);
    const { params, param } = paramList();
    const idsParam = param([...ideas.keys()]);
    const visibleCampaigns: { id: string }[] = await this.ds.query(
      `SELECT i.id FROM ideas i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = ANY(${idsParam}::uuid[]) AND ${campaignVisibleSql(viewer, 'c', param)}`,
      params,
    );
    const ok = new Set(visibleCampaigns.map((r) => r.id));
    const moderatesAll = can(viewer, 'content.moderate');
    return new Map([...ideas].filter(([id, idea]) => ok.has(id) && (!idea.hiddenAt || moderatesAll)));
  }
}
