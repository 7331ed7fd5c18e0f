import type { SignalSentiment } from '@ruche/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A named set of watch terms (brands, products, competitors, people), company-wide or for one department. */
@Entity({ name: 'signal_watchlists' })
export class WatchlistEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One term of a watchlist: a label and a query in the analyser's syntax (analysis/watchlist-query.ts). */
@Entity({ name: 'signal_watch_terms' })
export class WatchTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'watchlist_id', type: 'uuid' })
  watchlistId: string;

  @Column('text')
  label: string;

  @Column('text')
  query: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The hub's correction rule: new items matching `query` get `label` instead of the analyser's. */
@Entity({ name: 'signal_sentiment_rules' })
export class SentimentRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  query: string;

  @Column('text')
  label: SignalSentiment;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export function watchlistFromRow(r: Record<string, unknown>): WatchlistEntity {
  return Object.assign(new WatchlistEntity(), {
    id: r.id as string,
    name: r.name as string,
    departmentId: r.department_id as string | null,
    createdBy: r.created_by as string | null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  });
}

export function termFromRow(r: Record<string, unknown>): WatchTermEntity {
  return Object.assign(new WatchTermEntity(), {
    id: r.id as string,
    watchlistId: r.watchlist_id as string,
    label: r.label as string,
    query: r.query as string,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  });
}

export function ruleFromRow(r: Record<string, unknown>): SentimentRuleEntity {
  return Object.assign(new SentimentRuleEntity(), {
    id: r.id as string,
    query: r.query as string,
    label: r.label as SignalSentiment,
    createdBy: r.created_by as string | null,
    createdAt: r.created_at as Date,
  });
}
