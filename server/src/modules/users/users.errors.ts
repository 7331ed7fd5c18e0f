import { NotFoundError } from '../../core/errors/domain-error';

export class UserNotFoundError extends NotFoundError {
  constructor() {
    super('USER_NOT_FOUND', 'This person does not exist.');
  }
}
