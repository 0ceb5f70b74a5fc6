import { FormBody } from '../common/json-body';
import { field, given } from './respond';
import { ArticleText } from './views/article-fields';

/** The fields every "paste an article" form has (views/article-fields.ts), as typed. */
export function articleText(form: FormBody): ArticleText {
  return { title: field(form, 'title'), url: field(form, 'url'), publishedAt: field(form, 'publishedAt'), text: field(form, 'text') };
}

/**
 * When the article was published, as the document's DTO takes it. The form says the field is UTC: a
 * time typed without a zone ("2024-09-18T10:00") is read as UTC; a day, or a time with its zone, is
 * kept as typed (and anything else left for the DTO to refuse).
 */
export function publishedAtInput(typed: string): string | undefined {
  const published = given(typed);
  if (!published || !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(published)) return published;
  return `${published.length === 16 ? `${published}:00` : published}Z`;
}

/** An article form read into the plain input CreateDocumentDto checks: the same on every page that takes one. */
export function articleInput(article: ArticleText, publisherId?: string): Record<string, unknown> {
  return { title: article.title, text: article.text, url: given(article.url), publisherId: given(publisherId ?? ''), publishedAt: publishedAtInput(article.publishedAt) };
}
