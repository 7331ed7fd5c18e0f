import { LOCALES, type Locale } from '@ruche/shared';
import { graphqlEnum } from './enum';

/** The interface languages. Infrastructure: every module may carry text in both. */
export const LocaleEnum = graphqlEnum(LOCALES, 'Locale', 'An interface language.');
export type LocaleEnum = Locale;
