/**
 * A report's file name, from the event's title and day: `attack-on-the-airport-in-bamako-2024-09-17.html`.
 * Only ASCII letters, digits and hyphens, so it is safe in a Content-Disposition header and on any disk.
 */
export function reportFileName(event: { title: string; startsAt: string | null; id: string }, extension: string): string {
  const words = event.title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    if ((slug ? slug.length + 1 : 0) + word.length > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  const day = event.startsAt?.slice(0, 10);
  return `${[slug || `event-${event.id.slice(0, 8)}`, day].filter(Boolean).join('-')}.${extension}`;
}
