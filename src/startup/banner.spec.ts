import { listeningLine, localUrl } from './banner';

describe('the start-up banner', () => {
  it.each([
    ['0.0.0.0', 3000, 'http://localhost:3000', /^Listening on 0\.0\.0\.0 port 3000, every interface/],
    ['127.0.0.1', 3104, 'http://127.0.0.1:3104', /^Listening on http:\/\/127\.0\.0\.1:3104 \(HOST=127\.0\.0\.1\)$/],
    ['::1', 8080, 'http://[::1]:8080', /^Listening on http:\/\/\[::1\]:8080/],
  ])('names the address bound: %s', (host, port, url, line) => {
    expect(localUrl(host, port)).toBe(url);
    expect(listeningLine(host, port)).toMatch(line);
  });
});
