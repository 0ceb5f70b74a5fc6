import { DeskUser } from '../../auth/access.decorator';
import { html } from '../../common/html';
import { Assets, layout, notice } from './layout';

const TITLES: Record<number, string> = {
  400: 'This request has a problem',
  401: 'Sign in again',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Someone changed this first',
  413: 'Too large',
  429: 'Too many requests',
  503: 'Busy, try again',
};

export function errorPage(assets: Assets, user: DeskUser | null, status: number, message: string, details: Array<{ path: string; message: string }>, navigation = false): string {
  const title = TITLES[status] ?? 'Something went wrong';
  return layout({ title, user, assets, navigation }, html`
<section class="narrow">
  <h1>${title}</h1>
  ${notice('problem', message, details)}
  <p>${status === 401 ? html`<a href="/desk/sign-in">Sign in</a>` : html`<a href="/desk">Back to the events</a>`}</p>
</section>`);
}
