import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { HUB_MODELS, isLocale, type HubModel, type Locale } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { byKeys, LoaderKey, type RequestLoaders } from '../../core/graphql/loaders';
import { DepartmentEntity } from './department.entity';
import { OrganisationEntity } from './organisation.entity';
import { DepartmentNotFoundError } from './org.errors';
import { AuditService } from '../audit';

function departmentFromRow(row: Record<string, unknown>): DepartmentEntity {
  return Object.assign(new DepartmentEntity(), {
    id: row.id as string,
    code: row.code as string,
    kind: row.kind as DepartmentEntity['kind'],
    nameFr: row.name_fr as string,
    nameEn: row.name_en as string,
    descriptionFr: row.description_fr as string,
    descriptionEn: row.description_en as string,
    createdAt: row.created_at as Date,
  });
}

export interface OrganisationPatch {
  name?: string;
  hubModel?: HubModel;
  defaultLocale?: Locale;
}

/** The organisation, its departments and the hub. Other modules read them through this service. */
@Injectable()
export class OrgService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Raw SQL rather than findBy(In): this runs for most pages, and building the query cost more than running it.
  readonly departmentById = new LoaderKey<string, DepartmentEntity | null>('org.departmentById', () =>
    new DataLoader(async (ids) => {
      const rows: Record<string, unknown>[] = await this.ds.query(
        `SELECT id, code, kind, name_fr, name_en, description_fr, description_en, created_at FROM departments WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return byKeys(ids, rows.map(departmentFromRow), (d) => d.id);
    }),
  );

  readonly memberCount = new LoaderKey<string, number>('org.memberCount', () =>
    new DataLoader(async (ids) => {
      const rows: { department_id: string; count: string }[] = await this.ds.query(
        `SELECT department_id, count(*) AS count FROM users
          WHERE department_id = ANY($1::uuid[]) AND deactivated_at IS NULL GROUP BY department_id`,
        [[...ids]],
      );
      const counts = new Map(rows.map((r) => [r.department_id, Number(r.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  );

  /** Whether each department is the hub. */
  readonly isHub = new LoaderKey<string, boolean>('org.isHub', () =>
    new DataLoader(async (departmentIds) => {
      const rows: { id: string }[] = await this.ds.query(`SELECT id FROM departments WHERE kind = 'hub' AND id = ANY($1::uuid[])`, [[...departmentIds]]);
      const hubs = new Set(rows.map((r) => r.id));
      return departmentIds.map((id) => hubs.has(id));
    }),
  );

  /** Hands the request's loader a department's hub membership read by another query of the request. */
  primeIsHub(loaders: RequestLoaders, departmentId: string, isHub: boolean): void {
    loaders.get(this.isHub).prime(departmentId, isHub);
  }

  async getOrganisation(): Promise<OrganisationEntity> {
    const org = await this.ds.getRepository(OrganisationEntity).findOneBy({ id: 1 });
    if (!org) throw new Error('organisation row missing: migrations or seed did not run');
    return org;
  }

  async updateOrganisation(actor: AuthUser, patch: OrganisationPatch): Promise<OrganisationEntity> {
    authorize(actor, 'organisation.administer', {}, 'Only an administrator can change organisation settings.');
    const org = await this.getOrganisation();
    if (patch.name !== undefined) {
      const name = patch.name.trim();
      if (name.length < 1 || name.length > 200) throw new BadInputError('The organisation name must have 1 to 200 characters.', { field: 'name' });
      org.name = name;
    }
    if (patch.hubModel !== undefined) {
      if (!HUB_MODELS.includes(patch.hubModel)) throw new BadInputError('Unknown hub model.', { field: 'hubModel' });
      org.hubModel = patch.hubModel;
    }
    if (patch.defaultLocale !== undefined) {
      if (!isLocale(patch.defaultLocale)) throw new BadInputError('Unknown locale.', { field: 'defaultLocale' });
      org.defaultLocale = patch.defaultLocale;
    }
    return this.ds.transaction(async (tx) => {
      const saved = await tx.getRepository(OrganisationEntity).save(org);
      await this.audit.record({ actorId: actor.id, action: 'organisation.update', target: { type: 'organisation', id: '1' }, data: { ...patch } }, tx);
      return saved;
    });
  }

  /** Departments, the hub first, then spokes by French name (stable for both languages' lists). */
  listDepartments(): Promise<DepartmentEntity[]> {
    return this.ds.getRepository(DepartmentEntity).createQueryBuilder('d').orderBy(`d.kind = 'hub'`, 'DESC').addOrderBy('d.nameFr', 'ASC').getMany();
  }

  async getDepartment(id: string): Promise<DepartmentEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DepartmentNotFoundError();
    const dep = await this.ds.getRepository(DepartmentEntity).findOneBy({ id });
    if (!dep) throw new DepartmentNotFoundError();
    return dep;
  }

  /** Finds a department by its code or either of its names, case- and accent-insensitively (SAML attributes). */
  async findDepartmentByLabel(label: string): Promise<DepartmentEntity | null> {
    const value = label.trim().slice(0, 200);
    if (!value) return null;
    return this.ds
      .getRepository(DepartmentEntity)
      .createQueryBuilder('d')
      .where('d.code = lower(:value) OR ruche_fold(d.nameFr) = ruche_fold(:value) OR ruche_fold(d.nameEn) = ruche_fold(:value)', { value })
      .getOne();
  }
}
