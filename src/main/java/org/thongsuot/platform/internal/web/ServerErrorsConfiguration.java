package org.thongsuot.platform.internal.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.thongsuot.platform.ApiException;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link ProblemReportValve} in place of Tomcat's error page writer. */
@Configuration(proxyBeanMethods = false)
class ServerErrorsConfiguration {

	/** Last, so that it replaces the valve Boot's own customizer adds. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(MessageSource messages, JsonMapper json) {
		Map<Integer, String> cache = new ConcurrentHashMap<>();
		ProblemReportValve valve = new ProblemReportValve(status -> cache.computeIfAbsent(status, s -> {
			HttpStatus known = HttpStatus.resolve(s);
			ProblemDetail problem = ApiException
					.of(ProblemDetailsAdvice.codeFor(known == null ? HttpStatus.BAD_REQUEST : known), "", "")
					.updateAndGetBody(messages, Locale.forLanguageTag("vi"));
			problem.setStatus(s);
			return json.writeValueAsString(problem);
		}));
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve existing : host.getPipeline().getValves()) {
					if (existing instanceof ErrorReportValve) {
						host.getPipeline().removeValve(existing);
					}
				}
				host.getPipeline().addValve(valve);
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}
}
