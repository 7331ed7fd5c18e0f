import { Global, Module } from '@nestjs/common';
import { DatabaseStatus } from './database-status';

/** Whether PostgreSQL is reachable, for everything that must pause or answer differently when it is not. */
@Global()
@Module({ providers: [DatabaseStatus], exports: [DatabaseStatus] })
export class DatabaseModule {}
