import { SessionEntity } from '../auth/session.entity';
import { DepartmentEntity } from '../../modules/org/department.entity';
import { OrganisationEntity } from '../../modules/org/organisation.entity';
import { UserEntity } from '../../modules/users/user.entity';

/** Every TypeORM entity. Feature modules add theirs here. */
export const entities = [OrganisationEntity, DepartmentEntity, UserEntity, SessionEntity];
