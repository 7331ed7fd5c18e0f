/** Spike detection's public surface (pure: no Nest, no database): the alert job and the alert rules use these. */
export { SpikeDetector, createSpikeState, restoreSpikeState, minuteCountError, MAX_GAP_MINUTES } from './detector';
export type { SpikeAlertDetail, SpikeSeriesState } from './detector';
export { backtest, type BacktestOptions } from './backtest';
export { applyFeedback, resolveSpikeRule, DEFAULT_TUNING, SENSITIVITY, SPIKE_KINDS, SPIKE_PRESETS, TUNING_BOUNDS } from './spike-rule';
export type { ResolvedSpikeRule, SpikeFeedback, SpikePreset, SpikeRule, SpikeSensitivity, SpikeTuning } from './spike-rule';
