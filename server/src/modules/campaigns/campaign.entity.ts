import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CampaignAudience, CampaignStatus, StageKind } from '@ruche/shared';

/** A campaign (challenge): owned by a department or the hub, open between two dates, for an audience. */
@Entity({ name: 'campaigns' })
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The owning department (a spoke or the hub). */
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column('text')
  title: string;

  /** Markdown as written. */
  @Column('text')
  description: string;

  /** The description rendered and sanitised on the server. */
  @Column({ name: 'description_html', type: 'text' })
  descriptionHtml: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column('text')
  audience: CampaignAudience;

  /** Votes each person may cast in the campaign (up and down alike); null: unlimited. */
  @Column({ name: 'vote_budget', type: 'integer', nullable: true })
  voteBudget: number | null;

  @Column({ name: 'hide_counts_until_voted', type: 'boolean' })
  hideCountsUntilVoted: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Read with the row, not stored: campaign_departments (empty when the audience is everyone). */
  audienceDepartmentIds: string[];

  /** Read with the row from the database's clock, not stored. */
  status: CampaignStatus;
}

/** The departments a restricted campaign is for. */
@Entity({ name: 'campaign_departments' })
export class CampaignDepartmentEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId: string;
}

/** One stage of a campaign's pipeline. */
@Entity({ name: 'campaign_stages' })
export class CampaignStageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column('smallint')
  position: number;

  @Column('text')
  key: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column('text')
  kind: StageKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
