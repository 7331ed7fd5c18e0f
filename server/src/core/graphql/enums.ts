import { registerEnumType } from '@nestjs/graphql';

/** The interface languages. Infrastructure: every module may carry text in both. */
export enum LocaleEnum {
  FR = 'fr',
  EN = 'en',
}
registerEnumType(LocaleEnum, { name: 'Locale' });
