// The QR code on the receipt (form 01) opens /tracking#code=...&secret=...: the fragment never reaches
// the server or its logs. Fill the form from it, forget it from the address bar, and look the dossier up.
(function () {
	var hash = window.location.hash;
	if (!hash || hash.length < 2) {
		return;
	}
	var params = new URLSearchParams(hash.substring(1));
	var form = document.getElementById("tracking-form");
	if (!form || !params.get("code")) {
		return;
	}
	form.elements["code"].value = params.get("code");
	if (params.get("secret")) {
		form.elements["secret"].value = params.get("secret");
	}
	history.replaceState(null, "", window.location.pathname);
	if (params.get("secret")) {
		form.requestSubmit();
	}
})();
