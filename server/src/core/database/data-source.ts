import { DataSource } from 'typeorm';
import { migrations } from '../../../../migrations';

/** A bare connection for migrations and the start-up seed (which write SQL, not entities). */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [],
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000, application_name: 'ruche' },
  });
}

/** Runs pending migrations; two instances starting together are serialised by TypeORM's own lock. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = createDataSource(url, 1);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
