// Small enhancements only: every page works without this script.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const script = document.querySelector('script[data-govuk-frontend]');
if (script) {
  import(script.dataset.govukFrontend)
    .then((govuk) => govuk.initAll())
    .catch(() => { /* the pages work without the design system's scripts */ });
}

// htmx requests carry the CSRF token that Spring Security expects on every state-changing request.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
