import { ALERT_FEEDBACKS, ALERT_KINDS, ALERT_MEASURES, ALERT_PRESETS, ALERT_STATUSES, type AlertFeedback, type AlertKind, type AlertMeasure, type AlertPreset, type AlertStatus } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const AlertKindEnum = graphqlEnum(ALERT_KINDS, 'AlertKind', 'burst (distinct authors well above the expected), drop, ramp (a slow climb) or sentiment (the mean shifted).');
export type AlertKindEnum = AlertKind;

export const AlertPresetEnum = graphqlEnum(ALERT_PRESETS, 'AlertPreset', 'Sensitivity: low only speaks for large events; high for earlier, smaller ones.');
export type AlertPresetEnum = AlertPreset;

export const AlertStatusEnum = graphqlEnum(ALERT_STATUSES, 'AlertStatus', 'open, acknowledged (someone is on it) or closed.');
export type AlertStatusEnum = AlertStatus;

export const AlertFeedbackEnum = graphqlEnum(ALERT_FEEDBACKS, 'AlertFeedback', 'useful lowers the rule’s thresholds a little; noise raises them.');
export type AlertFeedbackEnum = AlertFeedback;

export const AlertMeasureEnum = graphqlEnum(ALERT_MEASURES, 'AlertMeasure', 'What observed and expected count: distinct authors, items, or the mean sentiment (-1…1).');
export type AlertMeasureEnum = AlertMeasure;
