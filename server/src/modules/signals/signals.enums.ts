import { IMPORT_STATUSES, SENTIMENT_ORIGINS, SIGNAL_SENTIMENTS, SOURCE_HEALTHS, SOURCE_KINDS, SOURCE_LOG_KINDS, type ImportStatus, type SentimentOrigin, type SignalSentiment, type SourceHealth, type SourceKind, type SourceLogKind } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const SourceKindEnum = graphqlEnum(SOURCE_KINDS, 'SignalSourceKind', 'Where a source’s items come from: a polled feed, a webhook, NDJSON imports or manual entries.');
export type SourceKindEnum = SourceKind;

export const SourceHealthEnum = graphqlEnum(SOURCE_HEALTHS, 'SignalSourceHealth', 'ok, failing (retried with backoff) or disabled.');
export type SourceHealthEnum = SourceHealth;

export const SentimentEnum = graphqlEnum(SIGNAL_SENTIMENTS, 'SignalSentiment', 'positive, negative or neutral.');
export type SentimentEnum = SignalSentiment;

export const SentimentOriginEnum = graphqlEnum(SENTIMENT_ORIGINS, 'SignalSentimentOrigin', 'Who set the label: the analyser, a correction rule of the hub, or a person.');
export type SentimentOriginEnum = SentimentOrigin;

export const ImportStatusEnum = graphqlEnum(IMPORT_STATUSES, 'SignalImportStatus', 'running, done, aborted (the upload stopped: send it again) or failed.');
export type ImportStatusEnum = ImportStatus;

export const SourceLogKindEnum = graphqlEnum(SOURCE_LOG_KINDS, 'SignalSourceLogKind', 'What a line of a source’s log is about.');
export type SourceLogKindEnum = SourceLogKind;
