#!/usr/bin/env node
// `npm start`: build what changed, quietly when nothing did, then run the server in this terminal.
// Nx replays the output of cached builds (the vite tables, tsc banners) at every start; people want to
// know whether something was built and, if a build fails, why — so its output is kept and shown only
// then. The server's own output goes straight to the terminal; Ctrl-C and SIGTERM reach it and its
// exit code is ours.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nx = join(root, 'node_modules', '.bin', 'nx');
const say = (line) => process.stdout.write(`${line}\n`);

function build() {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(nx, ['run-many', '-t', 'build', '--output-style=stream'], {
      cwd: root,
      env: { ...process.env, NX_TUI: 'false', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const announced = new Set();
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      // A task that really runs prints "> nx run <project>:build"; say so once per project, as progress.
      for (const [, project] of text.matchAll(/> nx run (\S+):build/g)) {
        if (announced.has(project)) continue;
        announced.add(project);
        say(`ruche: building ${project}…`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      if (code !== 0) {
        process.stderr.write(output);
        process.stderr.write(`\nruche: the build failed (output above); fix it and run npm start again.\n`);
        return resolve(false);
      }
      const cached = /read the output from the cache instead of running the command for (\d+) out of (\d+) tasks/.exec(output);
      if (cached && cached[1] === cached[2]) say('ruche: build is up to date');
      else say(`ruche: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(true);
    });
  });
}

if (!(await build())) process.exit(1);

const server = spawn(process.execPath, [join(root, 'server/dist/server/src/main.js')], { cwd: root, stdio: 'inherit' });
// Ctrl-C reaches the whole process group: the server gets it too and shuts down cleanly; we wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (signal === 'SIGTERM') server.kill('SIGTERM');
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
