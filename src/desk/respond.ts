import { Readable } from 'node:stream';
import { FastifyReply } from 'fastify';
import { AppError, ErrorDetail } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { createValidationPipe } from '../common/validation';

/**
 * The desk's pages run no script at all and load only their own stylesheet: hostile text in a claim
 * can at worst be shown, never run. Forms post only to this site, and no other site may frame a page.
 */
export const DESK_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function secure(reply: FastifyReply): FastifyReply {
  return reply
    .header('Content-Security-Policy', DESK_CSP)
    .header('X-Content-Type-Options', 'nosniff')
    .header('X-Frame-Options', 'DENY')
    .header('Referrer-Policy', 'same-origin')
    // Pages show what the signed-in user may see: never kept by a shared cache or the back button of another user.
    .header('Cache-Control', 'no-store');
}

export function sendPage(reply: FastifyReply, status: number, page: string): void {
  void secure(reply).code(status).type('text/html; charset=utf-8').send(page);
}

/** After a form post: 303, so a reload repeats the GET and never the post. */
export function seeOther(reply: FastifyReply, location: string): void {
  void secure(reply).code(303).header('Location', location).send();
}

/** A report: HTML (and Markdown) open in the browser under the report's own policy; the other formats download. */
export function sendReport(reply: FastifyReply, rendered: { body: string | Readable; contentType: string; fileName: string; inline: boolean; contentSecurityPolicy: string | null }): void {
  void secure(reply).header('Content-Security-Policy', rendered.contentSecurityPolicy ?? DESK_CSP).code(200).type(rendered.contentType)
    .header('Content-Disposition', `${rendered.inline ? 'inline' : 'attachment'}; filename="${rendered.fileName}"`).send(rendered.body);
}

export function sendDownload(reply: FastifyReply, body: string, contentType: string, fileName: string): void {
  void secure(reply).code(200).type(contentType).header('Content-Disposition', `attachment; filename="${fileName}"`).send(body);
}

/** One field of a form: its text, the first when the name repeats, empty when absent. */
export function field(form: FormBody | undefined, name: string): string {
  return fields(form, name)[0] ?? '';
}

/** A field as typed, or undefined when left empty: an empty field is not a value. */
export const given = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

export function fields(form: FormBody | undefined, name: string): string[] {
  const value: unknown = form && Object.hasOwn(form, name) ? form[name] : undefined;
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

const validation = createValidationPipe();

/** A GET form sends its empty fields too (`?type=&has=`): an empty field is no filter. */
export function filled(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}

/** A DTO built from a form, checked exactly as the API checks its JSON; an AppError names each field at fault. */
export async function checked<T extends object>(dto: new () => T, plain: Record<string, unknown>): Promise<T> {
  return (await validation.transform(plain, { type: 'body', metatype: dto })) as T;
}

export const isValidation = (error: unknown): error is AppError => error instanceof AppError && error.status === 400;

/**
 * A DTO checked as `checked` does, with the problems already found in the form (facet lines) reported
 * with its own in one answer: every mistake in one pass, not one round per kind of check.
 */
export async function checkedAll<T extends object>(dto: new () => T, plain: Record<string, unknown>, earlier: ErrorDetail[]): Promise<T> {
  const details = [...earlier];
  let result: T | undefined;
  try {
    result = await checked(dto, plain);
  } catch (error) {
    if (!isValidation(error)) throw error;
    details.push(...error.details);
  }
  if (details.length || !result) throw AppError.validation(details);
  return result;
}
