package org.thongsuot.identity.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.identity.AccountSummary;
import org.thongsuot.identity.CreatedAccount;
import org.thongsuot.identity.NewOfficial;
import org.thongsuot.identity.Officials;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;

/** Accounts of officials and citizens, for province-wide administrators and their scripts. */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts", description = "Officials' accounts and their roles per agency")
class AccountApiController {

	private final Officials officials;
	private final Agencies agencies;

	AccountApiController(Officials officials, Agencies agencies) {
		this.officials = officials;
		this.agencies = agencies;
	}

	record AccountBody(String username, String displayName, List<GrantBody> grants) {
	}

	record GrantsBody(List<GrantBody> grants, String reason) {
	}

	record PasswordBody(String username, String password) {
	}

	@Operation(summary = "Accounts whose username or name contains q, officials first")
	@GetMapping
	List<AccountSummary> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 500) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "limit").withDetail("identity.problem.limit", limit);
		}
		return officials.accounts(q, limit);
	}

	@Operation(summary = "One account with its grants")
	@GetMapping("/{username}")
	AccountSummary get(@PathVariable String username) {
		return officials.account(username)
			.orElseThrow(() -> ApiException.ofParameter(ErrorCode.ACCOUNT_NOT_FOUND, "username", username));
	}

	@Operation(summary = "Create an official's account; the answer carries its one-time password")
	@PostMapping
	ResponseEntity<CreatedAccount> create(@RequestBody AccountBody body) {
		if (body == null) {
			throw ApiException.of(ErrorCode.INVALID_REQUEST_BODY);
		}
		CreatedAccount created = officials.register(new NewOfficial(body.username(), body.displayName(),
				GrantBody.grants(body.grants())), id -> agencies.find(id).isPresent());
		return ResponseEntity.created(URI.create("/api/accounts/" + created.account().username())).body(created);
	}

	@Operation(summary = "Replace an official's grants (the reason is kept in the audit trail)")
	@PutMapping("/{username}/grants")
	AccountSummary grants(@PathVariable String username, @RequestBody GrantsBody body) {
		if (body == null || body.grants() == null) {
			throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "grants");
		}
		return officials.replaceGrants(username, GrantBody.grants(body.grants()), body.reason(),
				id -> agencies.find(id).isPresent());
	}

	@Operation(summary = "Disable an account: it can no longer log in")
	@PostMapping("/{username}/disable")
	AccountSummary disable(@PathVariable String username) {
		return officials.setEnabled(username, false);
	}

	@Operation(summary = "Enable an account again")
	@PostMapping("/{username}/enable")
	AccountSummary enable(@PathVariable String username) {
		return officials.setEnabled(username, true);
	}

	@Operation(summary = "Give the account a new generated password, returned once")
	@PostMapping("/{username}/password-reset")
	PasswordBody resetPassword(@PathVariable String username) {
		return new PasswordBody(username, officials.resetPassword(username));
	}
}
