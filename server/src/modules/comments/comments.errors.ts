import { NotFoundError } from '../../core/errors/domain-error';

/** Also the answer for a comment on an idea the person may not see, and for a hidden one. */
export class CommentNotFoundError extends NotFoundError {
  constructor() {
    super('COMMENT_NOT_FOUND', 'This comment does not exist.');
  }
}
