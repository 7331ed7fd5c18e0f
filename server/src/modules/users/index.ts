/** The users module's public surface: other modules use these, never its files directly. */
export { UsersModule } from './users.module';
export { UsersService, type ExternalProfile } from './users.service';
export { UserType } from './users.types';
export { RoleEnum } from './users.enums';
export type { UserEntity } from './user.entity';
export { ExternalAccountConflictError } from './users.errors';
export { seedDemoPeople } from './users.demo';
