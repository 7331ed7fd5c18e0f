import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import config from '../../web/codegen';

const webDir = resolve(__dirname, '../../web');
// The codegen CLI is a dependency of the web package, installed under web/node_modules.
const webRequire = createRequire(join(webDir, 'package.json'));
type Generate = (config: object, saveToFile: boolean) => Promise<{ filename: string; content: string }[]>;
const { generate } = webRequire('@graphql-codegen/cli') as { generate: Generate };

describe('web GraphQL types', () => {
  it('src/lib/graphql/generated.ts matches server/schema.gql and the .graphql documents (run `npm run codegen -w @ruche/web`)', async () => {
    const outputs = await generate(
      { ...config, cwd: webDir, silent: true, pluginLoader: (name: string) => webRequire(name) },
      false,
    );
    expect(outputs.map((o) => o.filename)).toEqual(['src/lib/graphql/generated.ts']);
    const committed = readFileSync(join(webDir, 'src/lib/graphql/generated.ts'), 'utf8');
    // toBe on the whole text: jest prints a line diff when they differ.
    expect(outputs[0].content).toBe(committed);
  });
});
