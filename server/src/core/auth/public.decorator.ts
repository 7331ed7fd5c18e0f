import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ruche:public';
/** Marks a resolver or route as reachable without a session. Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
