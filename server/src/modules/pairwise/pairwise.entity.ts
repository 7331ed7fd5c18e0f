import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PairwiseOutcome } from '@ruche/shared';

/**
 * One person's answer to one pair of ideas. The pair is in canonical order (ideaA < ideaB) and the
 * outcome refers to that order, whichever side each idea was shown on; a person answers a pair once.
 */
@Entity({ name: 'pairwise_answers' })
export class PairwiseAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'idea_a', type: 'uuid' })
  ideaA: string;

  @Column({ name: 'idea_b', type: 'uuid' })
  ideaB: string;

  /** 'a' / 'b': that idea (canonical order) preferred; 'none': no preference; 'skip': not compared. */
  @Column('text')
  outcome: PairwiseOutcome;

  /** The token of the issued pair this answers: a replay finds it. */
  @Column('uuid')
  token: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The one pair a person has been shown in a campaign and not yet answered. */
@Entity({ name: 'pairwise_issued' })
export class PairwiseIssuedEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column('uuid')
  token: string;

  @Column({ name: 'idea_a', type: 'uuid' })
  ideaA: string;

  @Column({ name: 'idea_b', type: 'uuid' })
  ideaB: string;

  /** The idea shown as "a" (left, or top on a narrow screen). */
  @Column({ name: 'shown_first', type: 'uuid' })
  shownFirst: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
