/**
 * Dynamic Signal's CLI surface (`npm run cli`): commands that need no database of their own (signals:import
 * is a client of a running server's API), so this file imports only pure code (no Nest, no TypeORM) and is,
 * with index.ts, what app-level files may import.
 */
import type { CliCommand } from '../../core/cli/cli-command';
import { analyzeCommand } from './cli/analyze.command';
import { backtestCommand } from './cli/backtest.command';
import { importCommand } from './cli/import.command';
import { previewCommand } from './cli/preview.command';

export const signalsCommands: readonly CliCommand[] = [previewCommand, analyzeCommand, backtestCommand, importCommand];
