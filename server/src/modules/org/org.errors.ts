import { NotFoundError } from '../../core/errors/domain-error';

export class DepartmentNotFoundError extends NotFoundError {
  constructor() {
    super('DEPARTMENT_NOT_FOUND', 'This department does not exist.');
  }
}
