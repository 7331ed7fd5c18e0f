/** Lower case without accents, for matching "elodie" with "Élodie" (as the server's ruche_fold does). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('fr')
    .trim();
}

/** The first name of a display name, for greetings. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}

/** The text with its first letter in upper case ("distribué" → "Distribué"), for names used mid-sentence elsewhere. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
