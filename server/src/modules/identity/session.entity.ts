import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser. `id` is the SHA-256 of the cookie token, so a database leak yields no usable cookie. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('text')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ name: 'saml_name_id', type: 'text', nullable: true })
  samlNameId: string | null;

  @Column({ name: 'saml_session_index', type: 'text', nullable: true })
  samlSessionIndex: string | null;
}
