import { DeskUser } from '../../auth/access.decorator';
import { html, Html } from '../../common/html';
import { ROLES, User } from '../../users/user.entity';
import { KeyView } from '../../users/users.service';
import { Assets, layout, notice, tokenField, when } from './layout';

export interface UserRow {
  user: User;
  keys: KeyView[];
}

/** What the users page says after a form went through: a code in the URL, never text from a link. */
const DONE: Record<string, string> = {
  saved: 'The user was changed; a disabled user\'s keys are refused from their next request on.',
  revoked: 'The key was revoked; it is refused from its next request on.',
};

export const usersDone = (code: unknown) => (typeof code === 'string' && Object.hasOwn(DONE, code) ? notice('done', DONE[code]) : null);

function keyRow(user: DeskUser, row: UserRow, key: KeyView): Html {
  return html`<li>
    <span>${key.label}</span> <span class="muted">made ${when(key.createdAt)}</span>
    ${key.revokedAt ? html`<span class="badge">revoked ${when(key.revokedAt)}</span>`
      : html`<form method="post" action="/desk/users/${row.user.id}/api-keys/${key.id}/revoke" class="inline">
      ${tokenField(user)}
      <button type="submit" aria-label="Revoke the key ${key.label} of ${row.user.name}">Revoke</button>
    </form>`}
  </li>`;
}

function userSection(user: DeskUser, row: UserRow): Html {
  const id = `user-${row.user.id}`;
  return html`<section aria-labelledby="${id}">
  <h2 id="${id}">${row.user.name} <span class="role">(${row.user.role}${row.user.disabled ? ', disabled' : ''})</span></h2>
  <form method="post" action="/desk/users/${row.user.id}">
    ${tokenField(user)}
    <label for="${id}-role">Role</label>
    <select id="${id}-role" name="role">${ROLES.map((role) => html`<option value="${role}"${role === row.user.role ? html` selected` : ''}>${role}</option>`)}</select>
    <input type="hidden" name="disabled" value="false">
    <label><input type="checkbox" name="disabled" value="true"${row.user.disabled ? html` checked` : ''}> Disabled: none of the user's keys is accepted</label>
    <button type="submit">Save ${row.user.name}</button>
  </form>
  <h3>Keys</h3>
  ${row.keys.length ? html`<ul>${row.keys.map((key) => keyRow(user, row, key))}</ul>` : html`<p>No keys.</p>`}
</section>`;
}

/** Users and their keys (admins): change a role, disable a user, revoke a key. */
export function usersPage(assets: Assets, user: DeskUser, rows: UserRow[], message: Html | null): string {
  return layout({ title: 'Users and keys', user, assets }, html`<h1>Users and keys</h1>
${message ?? ''}
<p>A revoked key, or any key of a disabled user, is refused from its next request on, in the API and here. Every change is in the audit log.</p>
${rows.map((row) => userSection(user, row))}`);
}
