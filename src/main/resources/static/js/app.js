// Sends the CSRF token with every htmx request (the token is in the page's <meta> tags), so that
// htmx forms are protected like ordinary ones.
document.addEventListener("htmx:configRequest", function (event) {
	var token = document.querySelector("meta[name='_csrf']");
	var header = document.querySelector("meta[name='_csrf_header']");
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});

// Elements marked data-autosubmit submit their form when changed (cascading selects without htmx).
document.addEventListener("change", function (event) {
	var target = event.target;
	if (target.matches && target.matches("[data-autosubmit]") && target.form) {
		target.form.requestSubmit();
	}
});
