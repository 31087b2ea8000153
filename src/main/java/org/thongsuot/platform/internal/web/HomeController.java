package org.thongsuot.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page, the data sources and the login page; what each module offers is linked from the layout. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/about/data")
	String dataSources() {
		return "about-data";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
