package org.thongsuot.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.identity.AccountSummary;
import org.thongsuot.identity.CreatedAccount;
import org.thongsuot.identity.Grant;
import org.thongsuot.identity.NewOfficial;
import org.thongsuot.identity.Officials;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Agency;

/**
 * The administrator's pages for accounts: find an account, create an official with a first grant, add
 * and remove grants, disable or enable, reset the password. A refused change is shown on the same page
 * with the reason, and nothing is changed.
 */
@Controller
class AccountPages {

	private final Officials officials;
	private final Agencies agencies;
	private final MessageSource messages;

	AccountPages(Officials officials, Agencies agencies, MessageSource messages) {
		this.officials = officials;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) String q, Model model) {
		List<AccountSummary> accounts = officials.accounts(q, 200);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("accounts", accounts);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencyNames", agencyNames(accounts));
		return "identity/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
			@RequestParam(required = false) String agency, Model model) {
		try {
			Grant grant = grant(role, agency);
			CreatedAccount created = officials.register(new NewOfficial(username, displayName, List.of(grant)),
					id -> agencies.find(id).isPresent());
			model.addAttribute("password", created.password());
			return account(created.account().username(), model);
		}
		catch (ApiException e) {
			model.addAttribute("error", message(e));
			model.addAttribute("form", Map.of("username", username, "displayName", displayName, "role", role,
					"agency", agency == null ? "" : agency));
			return list(null, model);
		}
	}

	@GetMapping("/admin/accounts/{username}")
	String account(@PathVariable String username, Model model) {
		AccountSummary account = officials.account(username)
			.orElseThrow(() -> ApiException.ofParameter(ErrorCode.ACCOUNT_NOT_FOUND, "username", username));
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencyNames", agencyNames(List.of(account)));
		return "identity/account";
	}

	@PostMapping("/admin/accounts/{username}/grants")
	String addGrant(@PathVariable String username, @RequestParam String role, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String reason, Model model) {
		return change(username, model, () -> {
			List<Grant> grants = new ArrayList<>(current(username).grants());
			grants.add(grant(role, agency));
			officials.replaceGrants(username, grants, reason, id -> agencies.find(id).isPresent());
		}, "identity.saved.grants");
	}

	@PostMapping("/admin/accounts/{username}/grants/remove")
	String removeGrant(@PathVariable String username, @RequestParam String role, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) String reason, Model model) {
		return change(username, model, () -> {
			List<Grant> grants = new ArrayList<>(current(username).grants());
			grants.removeIf(g -> g.role().name().equals(role) && java.util.Objects.equals(g.agencyId(), agencyId));
			officials.replaceGrants(username, grants, reason, id -> agencies.find(id).isPresent());
		}, "identity.saved.grants");
	}

	@PostMapping("/admin/accounts/{username}/status")
	String status(@PathVariable String username, @RequestParam boolean enabled, Model model) {
		return change(username, model, () -> officials.setEnabled(username, enabled),
				enabled ? "identity.saved.enabled" : "identity.saved.disabled");
	}

	@PostMapping("/admin/accounts/{username}/password-reset")
	String resetPassword(@PathVariable String username, Model model) {
		return change(username, model, () -> model.addAttribute("password", officials.resetPassword(username)),
				"identity.saved.password");
	}

	private String change(String username, Model model, Runnable change, String savedMessage) {
		try {
			change.run();
			model.addAttribute("saved", savedMessage);
		}
		catch (ApiException e) {
			if (e.code() == ErrorCode.ACCOUNT_NOT_FOUND) {
				throw e;
			}
			model.addAttribute("error", message(e));
		}
		return account(username, model);
	}

	private AccountSummary current(String username) {
		return officials.account(username)
			.orElseThrow(() -> ApiException.ofParameter(ErrorCode.ACCOUNT_NOT_FOUND, "username", username));
	}

	/** The grant the form describes; the agency may be given by its registry id or its electronic code. */
	private Grant grant(String roleName, String agency) {
		Role role = GrantBody.role(roleName, "role");
		if (agency == null || agency.isBlank()) {
			if (role != Role.ADMIN) {
				throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "agency");
			}
			return Grant.provinceAdmin();
		}
		return new Grant(role, agencies.get(agency.strip(), "agency", null).id());
	}

	private Map<Long, String> agencyNames(List<AccountSummary> accounts) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (AccountSummary account : accounts) {
			for (Grant grant : account.grants()) {
				if (grant.agencyId() != null && !names.containsKey(grant.agencyId())) {
					names.put(grant.agencyId(), agencies.find(grant.agencyId()).map(Agency::name).orElse("#" + grant.agencyId()));
				}
			}
		}
		return names;
	}

	private String message(ApiException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String detail = e.getDetailMessageCode() == null ? null
				: messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(), null, locale);
		return detail != null ? detail : messages.getMessage(e.getTitleMessageCode(), null, e.code().name(), locale);
	}
}
