// Loaded first by the strict-CSP test pages (a 'self' script): records every policy violation.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
});
// And what the page logs as errors (the library's own explanation among them).
window.__errors = [];
const logError = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  logError(...args);
};
