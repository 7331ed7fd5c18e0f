import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { isLocale, isRole, type Locale, type Role } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { ROOT_LOGGER } from '../../core/logging/logging.module';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AuditService } from '../audit';
import { OrgService } from '../org';
import { byKeys, LoaderKey, type RequestLoaders } from '../../core/graphql/loaders';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { UserEntity } from './user.entity';
import { ExternalAccountConflictError, UserNotFoundError } from './users.errors';
import { preparedQuery } from '../../core/database/prepared-query';

export const MAX_PAGE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UserQuery {
  search?: string;
  departmentId?: string;
  role?: Role;
  first?: number;
  after?: string;
}

export interface UserPage {
  nodes: UserEntity[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What an identity provider says about a person at sign-in. */
export interface ExternalProfile {
  externalId: string;
  email: string;
  displayName: string;
  departmentId: string | null;
  role: Role;
  locale?: Locale;
}

export interface ExternalSignIn {
  /** The account, as it is after this sign-in. */
  user: UserEntity;
  created: boolean;
  /** An existing account was linked to the IdP's id by its email (it had never been linked). */
  linkedByEmail: boolean;
}

@Injectable()
export class UsersService {
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly realtime: RealtimeService,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'users' });
  }

  // Raw SQL and fromRow: a board's fifty authors went through TypeORM's query builder and hydration,
  // which cost more than the query (bench/hivemind.mjs).
  readonly byId = new LoaderKey<string, UserEntity | null>('users.byId', () =>
    new DataLoader(async (ids) => {
      const rows = await preparedQuery(this.ds, `SELECT * FROM users WHERE id = ANY($1::uuid[])`, [[...ids]]);
      return byKeys(ids, rows.map((row) => this.fromRow(row)), (u) => u.id);
    }),
  );

  /**
   * Hands a users row (all its columns) read by another query of this request — the session lookup joins
   * users — to the request's loaders, with the hub membership of its department when known: loading that
   * user later in the request (`me`) then costs no query.
   */
  prime(loaders: RequestLoaders, row: Record<string, unknown>, isHubMember?: boolean): void {
    const user = this.fromRow(row);
    loaders.get(this.byId).prime(user.id, user);
    if (user.departmentId && isHubMember !== undefined) this.org.primeIsHub(loaders, user.departmentId, isHubMember);
  }

  /** A user through the request's loader: batched with the request's other loads, free when primed. */
  async loadById(loaders: RequestLoaders, id: string): Promise<UserEntity> {
    if (!UUID.test(id)) throw new UserNotFoundError();
    const user = await loaders.get(this.byId).load(id);
    if (!user) throw new UserNotFoundError();
    return user;
  }

  async getById(id: string): Promise<UserEntity> {
    if (!UUID.test(id)) throw new UserNotFoundError();
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new UserNotFoundError();
    return user;
  }

  /** Directory listing: keyset-paged by folded name, filterable by text, department and role. */
  async list(query: UserQuery): Promise<UserPage> {
    const first = query.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError(`"first" must be between 1 and ${MAX_PAGE}.`, { field: 'first' });
    const search = query.search?.trim() ?? '';
    if (search.length > 100) throw new BadInputError('The search text is limited to 100 characters.', { field: 'search' });
    if (query.departmentId !== undefined && !UUID.test(query.departmentId)) throw new BadInputError('Unknown department.', { field: 'departmentId' });
    if (query.role !== undefined && !isRole(query.role)) throw new BadInputError('Unknown role.', { field: 'role' });

    const where: string[] = ['u.deactivated_at IS NULL'];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const p = param(pattern);
      // Name, email and job title, or the department's name in either language.
      where.push(
        `(ruche_fold(u.display_name || ' ' || u.email::text || ' ' || u.job_title) LIKE ruche_fold(${p})
          OR u.department_id IN (SELECT d.id FROM departments d WHERE ruche_fold(d.name_fr || ' ' || d.name_en) LIKE ruche_fold(${p})))`,
      );
    }
    if (query.departmentId) where.push(`u.department_id = ${param(query.departmentId)}`);
    if (query.role) where.push(`u.role = ${param(query.role)}`);
    const filter = where.join(' AND ');
    const filterParams = [...params];

    let keyset = '';
    if (query.after) {
      const cursor = decodeCursor(query.after, 2);
      if (!cursor || !UUID.test(cursor[1])) throw new BadInputError('Invalid cursor.', { field: 'after' });
      keyset = ` AND (ruche_fold(u.display_name), u.id) > (${param(cursor[0])}, ${param(cursor[1])}::uuid)`;
    }
    const limit = param(first + 1);
    const rows: (Record<string, unknown> & { sort_key: string })[] = await this.ds.query(
      `SELECT u.*, ruche_fold(u.display_name) AS sort_key FROM users u
        WHERE ${filter}${keyset}
        ORDER BY ruche_fold(u.display_name), u.id
        LIMIT ${limit}`,
      params,
    );
    const [{ count }] = await this.ds.query(`SELECT count(*)::int AS count FROM users u WHERE ${filter}`, filterParams);
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    const nodes = page.map((row) => this.fromRow(row));
    const last = page[page.length - 1];
    return { nodes, totalCount: count, pageInfo: { hasNextPage, endCursor: last ? encodeCursor([last.sort_key, String(last.id)]) : null } };
  }

  /** A users row as an entity (plainly: repository.create() costs more than the query for a page). */
  private fromRow(row: Record<string, unknown>): UserEntity {
    return Object.assign(new UserEntity(), {
      id: row.id as string,
      email: row.email as string,
      displayName: row.display_name as string,
      jobTitle: row.job_title as string,
      departmentId: row.department_id as string | null,
      role: row.role as Role,
      locale: row.locale as Locale,
      authSource: row.auth_source as 'local' | 'saml',
      externalId: row.external_id as string | null,
      lastLoginAt: row.last_login_at as Date | null,
      roleSetByAdminAt: row.role_set_by_admin_at as Date | null,
      deactivatedAt: row.deactivated_at as Date | null,
      createdAt: row.created_at as Date,
      updatedAt: row.updated_at as Date,
    });
  }

  async updatePreferences(actor: AuthUser, patch: { locale?: Locale }): Promise<UserEntity> {
    if (patch.locale !== undefined && !isLocale(patch.locale)) throw new BadInputError('Unknown locale.', { field: 'locale' });
    if (patch.locale) {
      await this.ds.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1`, [actor.id, patch.locale]);
      this.realtime.accountChanged(actor.id);
    }
    return this.getById(actor.id);
  }

  /**
   * An administrator sets a person's role. The choice is kept as an override: later IdP sign-ins
   * refresh name, email and department but leave this role alone.
   */
  async setRole(actor: AuthUser, userId: string, role: Role): Promise<UserEntity> {
    authorize(actor, 'users.setRole', {}, 'Only an administrator can change roles.');
    if (!isRole(role)) throw new BadInputError('Unknown role.', { field: 'role' });
    const target = await this.getById(userId);
    if (target.id === actor.id && role !== 'admin') throw new BadInputError('You cannot remove your own administrator role.', { field: 'role' });
    await this.ds.transaction(async (tx) => {
      await tx.query(`UPDATE users SET role = $2, role_set_by_admin_at = now(), updated_at = now() WHERE id = $1`, [userId, role]);
      await this.audit.record({ actorId: actor.id, action: 'user.role', target: { type: 'user', id: userId }, data: { from: target.role, to: role } }, tx);
    });
    this.realtime.accountChanged(userId);
    return this.getById(userId);
  }

  /** Notes a successful sign-in on the account. */
  async recordSignIn(userId: string): Promise<void> {
    await this.ds.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [userId]);
  }

  /** People offered by the demo sign-in: everyone active, by department then name. */
  async listForDemoSignIn(): Promise<(UserEntity & { departmentNameFr: string | null; departmentNameEn: string | null })[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT u.*, d.name_fr AS department_name_fr, d.name_en AS department_name_en FROM users u
         LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.deactivated_at IS NULL
        ORDER BY d.kind = 'hub' DESC, d.name_fr, ruche_fold(u.display_name) LIMIT 500`,
    );
    return rows.map((row) =>
      Object.assign(this.fromRow(row), {
        departmentNameFr: row.department_name_fr as string | null,
        departmentNameEn: row.department_name_en as string | null,
      }),
    );
  }

  /** The account linked to an identity provider's subject (NameID), if any. */
  async findByExternalId(externalId: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ externalId });
  }

  async getActiveForSignIn(id: string): Promise<UserEntity> {
    const user = await this.getById(id);
    if (user.deactivatedAt) throw new UserNotFoundError();
    return user;
  }

  /**
   * Just-in-time provisioning from an identity provider. The IdP's stable subject (NameID) is the
   * link: an account linked before is found by it and nothing else. An account never linked (seeded,
   * or created before SSO) is adopted by its email once, and that is logged; an account already
   * linked to another subject is never taken over by email. Then:
   * - a deactivated account is returned untouched (the caller refuses the sign-in): nothing the IdP
   *   says is written to it;
   * - otherwise the IdP's email, name and department are refreshed, and its role too unless an
   *   administrator set the role in Ruche (role_set_by_admin_at).
   */
  async upsertExternal(profile: ExternalProfile): Promise<ExternalSignIn> {
    const signIn = await this.ds.transaction(async (tx): Promise<ExternalSignIn> => {
      const linked: { id: string; deactivated: boolean }[] = await tx.query(
        `SELECT id, deactivated_at IS NOT NULL AS deactivated FROM users WHERE external_id = $1 FOR UPDATE`,
        [profile.externalId],
      );
      let row = linked[0];
      let linkedByEmail = false;
      if (!row) {
        const byEmail: { id: string; deactivated: boolean }[] = await tx.query(
          `SELECT id, deactivated_at IS NOT NULL AS deactivated FROM users WHERE external_id IS NULL AND email = $1 FOR UPDATE`,
          [profile.email],
        );
        row = byEmail[0];
        linkedByEmail = Boolean(row);
      }
      const repo = tx.getRepository(UserEntity);
      if (row?.deactivated) return { user: await repo.findOneByOrFail({ id: row.id }), created: false, linkedByEmail: false };

      let id: string;
      let created = false;
      if (row) {
        id = row.id;
        await tx.query(
          `UPDATE users SET external_id = $2, email = $3, display_name = $4, department_id = $5,
                  role = CASE WHEN role_set_by_admin_at IS NULL THEN $6 ELSE role END, auth_source = 'saml',
                  locale = coalesce($7, locale), updated_at = now()
            WHERE id = $1`,
          [id, profile.externalId, profile.email, profile.displayName, profile.departmentId, profile.role, profile.locale ?? null],
        );
        if (linkedByEmail) {
          this.logger.info({ userId: id }, 'existing account linked to its identity-provider id by email (first SSO sign-in)');
          await this.audit.record({ actorId: id, action: 'user.link_external', target: { type: 'user', id }, data: { by: 'email' } }, tx);
        }
      } else {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO users (external_id, email, display_name, department_id, role, locale, auth_source)
           VALUES ($1, $2, $3, $4, $5, coalesce($6, (SELECT default_locale FROM organisation WHERE id = 1), 'fr'), 'saml')
           ON CONFLICT DO NOTHING RETURNING id`,
          [profile.externalId, profile.email, profile.displayName, profile.departmentId, profile.role, profile.locale ?? null],
        );
        if (!rows[0]) {
          // A concurrent first sign-in of the same person created it (we waited on its key), or the
          // email belongs to an account linked to another IdP subject, which email must not take over.
          const again: { id: string }[] = await tx.query(`SELECT id FROM users WHERE external_id = $1`, [profile.externalId]);
          if (!again[0]) throw new ExternalAccountConflictError();
          return { user: await repo.findOneByOrFail({ id: again[0].id }), created: false, linkedByEmail: false };
        }
        id = rows[0].id;
        created = true;
      }
      const user = await repo.findOneByOrFail({ id });
      return { user, created, linkedByEmail };
    });
    // The IdP may have moved the person (department, role, name): their other sessions follow.
    if (!signIn.created) this.realtime.accountChanged(signIn.user.id);
    return signIn;
  }
}
