import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { join } from 'node:path';
import boundaries from './boundaries.cjs';

const ROOT = join(__dirname, '../..');
const at = (file: string) => join(ROOT, file);

const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } });

tester.run('ruche/boundaries', boundaries, {
  valid: [
    // core uses core; modules use core
    { filename: at('server/src/core/realtime/realtime.service.ts'), code: `import { SESSION_RESOLVER } from '../auth/session-resolver';` },
    { filename: at('server/src/modules/users/users.service.ts'), code: `import { authorize } from '../../core/auth/authorize';` },
    // a module uses another through its index, and its own files freely
    { filename: at('server/src/modules/users/users.resolver.ts'), code: `import { OrgService } from '../org';` },
    { filename: at('server/src/modules/users/users.resolver.ts'), code: `import { OrgService } from '../org/index';` },
    { filename: at('server/src/modules/identity/saml/saml.service.ts'), code: `import { UsersService } from '../../users';\nimport { SessionService } from '../session.service';` },
    // app-level files compose modules through their index
    { filename: at('server/src/app.module.ts'), code: `import { OrgModule } from './modules/org';` },
    // …and list their commands through their CLI surface
    { filename: at('server/src/cli.ts'), code: `import { signalsCommands } from './modules/signals/cli';` },
    // web uses shared; shared uses itself
    { filename: at('web/src/lib/graphql/client.ts'), code: `import { ERROR_CODES } from '@ruche/shared';` },
    { filename: at('shared/src/policy.ts'), code: `import { hasRoleAtLeast } from './org';` },
    // tests may reach anything
    { filename: at('test/api/jobs.e2e.ts'), code: `import { IdentityMaintenance } from '../../server/src/modules/identity/identity-maintenance';` },
  ],
  invalid: [
    { filename: at('server/src/core/auth/auth.guard.ts'), code: `import { UsersService } from '../../modules/users';`, errors: [{ messageId: 'coreImportsModule' }] },
    { filename: at('server/src/core/database/prepare-database.ts'), code: `import { seedDemo } from '../../demo-seed';`, errors: [{ messageId: 'coreImportsApp' }] },
    { filename: at('server/src/core/graphql/context.ts'), code: `export { SessionService } from '../../modules/identity/session.service';`, errors: [{ messageId: 'coreImportsModule' }] },
    { filename: at('server/src/modules/users/users.resolver.ts'), code: `import { OrgService } from '../org/org.service';`, errors: [{ messageId: 'moduleInternals' }] },
    { filename: at('server/src/modules/identity/saml/saml.service.ts'), code: `import { UserEntity } from '../../users/user.entity';`, errors: [{ messageId: 'moduleInternals' }] },
    { filename: at('server/src/modules/org/org.service.ts'), code: `const x = require('../users/users.service');`, errors: [{ messageId: 'moduleInternals' }] },
    { filename: at('server/src/modules/org/org.service.ts'), code: `const x = import('../users/users.service');`, errors: [{ messageId: 'moduleInternals' }] },
    { filename: at('server/src/app.module.ts'), code: `import { OrgService } from './modules/org/org.service';`, errors: [{ messageId: 'moduleInternals' }] },
    { filename: at('server/src/cli.ts'), code: `import { previewCommand } from './modules/signals/cli/preview.command';`, errors: [{ messageId: 'moduleInternals' }] },
    { filename: at('server/src/modules/org/org.service.ts'), code: `import { createApp } from '../../app';`, errors: [{ messageId: 'moduleImportsApp' }] },
    { filename: at('web/src/lib/graphql/client.ts'), code: `import type { AppConfig } from '../../../../server/src/config/config';`, errors: [{ messageId: 'webImportsServer' }] },
    { filename: at('web/src/routes/+layout.ts'), code: `import x from '@ruche/server';`, errors: [{ messageId: 'webImportsServer' }] },
    { filename: at('shared/src/org.ts'), code: `import { Injectable } from '@nestjs/common';`, errors: [{ messageId: 'sharedImports' }] },
    { filename: at('shared/src/org.ts'), code: `import { x } from '../../web/src/lib/text';`, errors: [{ messageId: 'sharedImports' }] },
  ],
});
