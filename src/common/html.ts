import escapeHtml from 'escape-html';

/** Markup that is already safe: written by a template, with every value in it escaped. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Fragment = Html | string | number | boolean | null | undefined | readonly Fragment[];

function render(part: Fragment): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

/**
 * The only way a page is written: every value placed in the template is escaped, unless it is itself
 * an `Html` made by this tag. Attribute values must be quoted in the template (`href="${url}"`).
 */
export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let text = strings[0];
  for (let i = 0; i < values.length; i += 1) text += render(values[i]) + strings[i + 1];
  return new Html(text);
}

/** A link target from data, or null: only http(s) URLs, so a `javascript:` or `data:` URL never becomes a link. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
