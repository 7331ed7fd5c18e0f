/** The comments module's public surface (Hivemind discussion). */
export { CommentsModule } from './comments.module';
export { CommentsService } from './comments.service';
export { CommentType } from './comments.types';
export type { CommentView } from './comment.entity';
export { CommentNotFoundError } from './comments.errors';
export { seedDemoComments } from './comments.demo';
