import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HubModel, Locale } from '@ruche/shared';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column('text')
  name: string;

  @Column({ name: 'hub_model', type: 'text' })
  hubModel: HubModel;

  @Column({ name: 'default_locale', type: 'text' })
  defaultLocale: Locale;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
