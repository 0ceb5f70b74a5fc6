/**
 * What a 409 says when the version a client sent is not the claim's: a version it cannot have read
 * (ahead of the claim) is named as a wrong value, not as someone else's change.
 */
export function versionMismatchMessage(seen: number, current: number, latestVerdict: string | null = null): string {
  if (seen > current) {
    return `The claim is at version ${current}; it has never been at version ${seen}, so that is not a version you read: send the "version" (or ETag) of GET /claims/:id as If-Match`;
  }
  return `Someone changed this claim since you read it: you saw version ${seen}, it is now at version ${current}${latestVerdict ? ` with the verdict ${latestVerdict}` : ''}`;
}
