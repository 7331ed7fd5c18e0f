import { MENTION_PATTERN } from '@ruche/shared';
import { renderMarkdown } from '../campaigns';

const PEOPLE_LINK = /<a href="\/people\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"[^>]*>/g;

/**
 * A comment's safe HTML: mentions (`@[Name](user:<id>)`) become links to the person's page, then the
 * usual markdown rendering and sanitising (renderMarkdown). Links to a person's page stay in the app
 * (no new tab) and carry the `mention` class; the pattern only matches what the sanitiser let through,
 * with an id for href, so nothing else can be smuggled in this way.
 */
export function renderComment(body: string): string {
  const withLinks = body.replace(MENTION_PATTERN, (_m, name: string, id: string) => `[@${escapeLinkText(name)}](/people/${id.toLowerCase()})`);
  return renderMarkdown(withLinks).replace(PEOPLE_LINK, (_m, id: string) => `<a href="/people/${id}" class="mention">`);
}

/** Markdown link text: brackets and backslashes escaped so a name cannot end the link early. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
}
