package org.thongsuot.portal.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thongsuot.platform.ApiException;
import org.thongsuot.portal.ServiceCentre;
import org.thongsuot.portal.ServiceCentres;

/** The Public Administration Centres: the public list, its JSON, and the administrator's editor. */
@Controller
class CentrePages {

	private final ServiceCentres centres;
	private final MessageSource messages;
	private final org.thongsuot.procedures.Procedures procedures;

	CentrePages(ServiceCentres centres, MessageSource messages, org.thongsuot.procedures.Procedures procedures) {
		this.centres = centres;
		this.messages = messages;
		this.procedures = procedures;
	}

	@GetMapping("/centres")
	String list(Model model) {
		model.addAttribute("centres", centres.list());
		return "portal/centres";
	}

	@GetMapping("/api/centres")
	@ResponseBody
	List<ServiceCentre> json() {
		return centres.list();
	}

	@GetMapping("/admin/centres")
	String admin(@RequestParam(required = false) Long edit, Model model) {
		model.addAttribute("centres", centres.list());
		ServiceCentre editing = edit == null ? null : centres.get(edit);
		model.addAttribute("editing", editing);
		model.addAttribute("form", editing == null
				? new ServiceCentres.Entry("", "PROVINCE", procedures.provinceCode(), "", "", "", "", 0)
				: new ServiceCentres.Entry(editing.name(), editing.level(), editing.unitCode(), editing.address(), editing.hotline(),
						editing.email(), editing.openingHours(), editing.position()));
		return "portal/centres-admin";
	}

	@PostMapping("/admin/centres")
	String save(@RequestParam(required = false) Long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String level, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String address,
			@RequestParam(required = false) String hotline, @RequestParam(required = false) String email,
			@RequestParam(required = false) String openingHours, @RequestParam(required = false) Integer position,
			Principal who, Model model, RedirectAttributes redirect, Locale locale) {
		ServiceCentres.Entry entry = new ServiceCentres.Entry(name, level, unitCode, address, hotline, email, openingHours, position);
		try {
			centres.save(id, entry, who.getName());
		}
		catch (ApiException e) {
			model.addAttribute("centres", centres.list());
			model.addAttribute("editing", id == null ? null : centres.get(id));
			model.addAttribute("form", entry);
			model.addAttribute("error", e.updateAndGetBody(messages, locale).getDetail());
			return "portal/centres-admin";
		}
		redirect.addFlashAttribute("notice", "portal.centres.saved");
		return "redirect:/admin/centres";
	}

	@PostMapping("/admin/centres/{id}/delete")
	String delete(@PathVariable long id, Principal who, RedirectAttributes redirect) {
		centres.remove(id, who.getName());
		redirect.addFlashAttribute("notice", "portal.centres.deleted");
		return "redirect:/admin/centres";
	}
}
