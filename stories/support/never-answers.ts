/**
 * A URL whose fetch never settles, so a loading story stays loading. Only this one URL is
 * intercepted; every other request goes to the real `fetch`. Aborting the request rejects it.
 */
export function neverAnswers(): string {
  const url = 'https://example.invalid/oob-charts/never-answers.json';
  const w = window as Window & { __oobNeverAnswers?: boolean };
  if (!w.__oobNeverAnswers) {
    w.__oobNeverAnswers = true;
    const real = window.fetch.bind(window);
    window.fetch = (input, init) =>
      String(input) === url
        ? new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          )
        : real(input, init);
  }
  return url;
}
