import { html } from '../../common/html';
import { Assets, layout, notice } from './layout';

export function signInPage(assets: Assets, next: string, problem: string | null): string {
  return layout({ title: 'Sign in', user: null, assets }, html`
<section class="narrow">
  <h1>Sign in</h1>
  <p>Use the API key your administrator gave you. It is kept in this browser for this session only, where page scripts cannot read it.</p>
  ${problem ? notice('problem', problem) : html`<p class="meta">Followed a link from elsewhere? The browser holds the session back from links on other sites: if you are signed in already, <a href="${next}">go on to the page</a>.</p>`}
  <form method="post" action="/desk/sign-in" class="stack">
    <input type="hidden" name="next" value="${next}">
    <label for="key">API key</label>
    <input id="key" name="key" type="password" autocomplete="off" required spellcheck="false">
    <button type="submit">Sign in</button>
  </form>
</section>`);
}
