import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A comment on an idea (the service reads and writes these rows with its own SQL). */
@Entity({ name: 'comments' })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId: string;

  /** The thread root it answers; null for a root. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** Kept for moderation; never shown when `anonymous`. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column('boolean')
  anonymous: boolean;

  @Column('text')
  body: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;
}

/** A previous version of a comment, kept when it was edited. */
@Entity({ name: 'comment_revisions' })
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @Column('text')
  body: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @Column({ name: 'replaced_at', type: 'timestamptz' })
  replacedAt: Date;
}

/**
 * A comment as one reader sees it: a deleted comment keeps its place (and its replies) without its
 * text or author; `isIdeaAuthor` marks the idea's author, who stays anonymous on an anonymous idea.
 */
export interface CommentView {
  id: string;
  ideaId: string;
  parentId: string | null;
  /** Null when anonymous or deleted. */
  authorId: string | null;
  anonymous: boolean;
  isIdeaAuthor: boolean;
  isMine: boolean;
  body: string | null;
  bodyHtml: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  hidden: boolean;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  /** Hide or restore it: the campaign's moderators. */
  viewerCanModerate: boolean;
  replies: CommentView[];
}
