package org.thongsuot.platform;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * Every error the platform reports, with a stable code that clients may rely on. The code appears as
 * the {@code code} property of each RFC 9457 problem and in its {@code type} URI; the human title and
 * detail come from the message files ({@code problem.<CODE>.title} / {@code .detail}). Documented in
 * {@code docs/error-codes.md}: add a row there when you add a constant here.
 */
public enum ErrorCode {

	// Generic request errors
	INVALID_PARAMETER(HttpStatus.BAD_REQUEST),
	MISSING_PARAMETER(HttpStatus.BAD_REQUEST),
	INVALID_REQUEST_BODY(HttpStatus.BAD_REQUEST),
	VALIDATION_FAILED(HttpStatus.BAD_REQUEST),
	NOT_FOUND(HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
	ACCESS_DENIED(HttpStatus.FORBIDDEN),
	CONFLICT(HttpStatus.CONFLICT),
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),

	// identity
	ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND),
	ACCOUNT_EXISTS(HttpStatus.CONFLICT),
	ACCOUNT_CHANGE_REFUSED(HttpStatus.CONFLICT),

	// units
	UNIT_NOT_FOUND(HttpStatus.NOT_FOUND),
	AGENCY_NOT_FOUND(HttpStatus.NOT_FOUND),
	INVALID_AGENCY_CODE(HttpStatus.BAD_REQUEST),
	AGENCY_IMPORT_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT),
	AGENCY_EXISTS(HttpStatus.CONFLICT),

	// calendar
	DATE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST),
	ARRANGEMENT_NOT_FOUND(HttpStatus.NOT_FOUND),

	// procedures
	PROCEDURE_NOT_FOUND(HttpStatus.NOT_FOUND),
	PROCEDURE_NOT_IN_FORCE(HttpStatus.NOT_FOUND),
	PROCEDURE_IMPORT_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT),
	PROCEDURE_CONFIGURATION_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
	PROCESS_TIME_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT),
	PROCEDURE_STATE_CONFLICT(HttpStatus.CONFLICT),
	DECENTRALIZATION_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT),

	// portal
	SERVICE_CENTRE_NOT_FOUND(HttpStatus.NOT_FOUND),

	// dossiers
	DOSSIER_NOT_FOUND(HttpStatus.NOT_FOUND),
	PROCEDURE_NOT_OFFERED(HttpStatus.UNPROCESSABLE_CONTENT),
	DOSSIER_WRONG_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT),
	DOSSIER_COMPONENT_MISSING(HttpStatus.UNPROCESSABLE_CONTENT),
	INVALID_CITIZEN_ID(HttpStatus.BAD_REQUEST),
	FILE_TYPE_REFUSED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
	DOSSIER_ACTION_FORBIDDEN(HttpStatus.FORBIDDEN),
	DOSSIER_STATE_CONFLICT(HttpStatus.CONFLICT),
	DOSSIER_VERSION_CONFLICT(HttpStatus.CONFLICT),
	DOSSIER_NUMBERS_EXHAUSTED(HttpStatus.SERVICE_UNAVAILABLE),
	DOSSIER_FORM_NOT_FOUND(HttpStatus.NOT_FOUND),
	DOSSIER_RESULT_NOT_FOUND(HttpStatus.NOT_FOUND),
	RESULT_SIGNATURE_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
	NOTICE_NOT_FOUND(HttpStatus.NOT_FOUND),
	REORG_PLAN_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT),
	REORG_PLAN_NOT_FOUND(HttpStatus.NOT_FOUND),
	REORG_RUN_NOT_FOUND(HttpStatus.NOT_FOUND),
	REORG_RUN_CONFLICT(HttpStatus.CONFLICT);

	private final HttpStatus status;

	ErrorCode(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	/** The problem type URI, stable and resolvable to the code's row in docs/error-codes.md. */
	public String typeUri() {
		return "urn:thongsuot:problem:" + slug();
	}

	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	String titleMessageCode() {
		return "problem." + name() + ".title";
	}

	String detailMessageCode() {
		return "problem." + name() + ".detail";
	}
}
