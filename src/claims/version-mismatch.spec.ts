import { versionMismatchMessage } from './version-mismatch';

describe('the message of a version that is not the claim\'s', () => {
  it.each([
    [1, 3, null, 'Someone changed this claim since you read it: you saw version 1, it is now at version 3'],
    [2, 3, 'disputed', 'Someone changed this claim since you read it: you saw version 2, it is now at version 3 with the verdict disputed'],
    [3, 1, null, 'The claim is at version 1; it has never been at version 3, so that is not a version you read: send the "version" (or ETag) of GET /claims/:id as If-Match'],
  ])('seen %p, current %p, latest verdict %p', (seen, current, verdict, message) => {
    expect(versionMismatchMessage(seen, current, verdict)).toBe(message);
  });
});
