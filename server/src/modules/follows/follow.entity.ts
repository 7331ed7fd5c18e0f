import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FollowSubject } from '@ruche/shared';

/** A person following an idea or a campaign (the service reads and writes these rows with its own SQL). */
@Entity({ name: 'follows' })
export class FollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'subject_type', type: 'text' })
  subjectType: FollowSubject;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
