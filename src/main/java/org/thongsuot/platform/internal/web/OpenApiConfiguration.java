package org.thongsuot.platform.internal.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description: what it is, its licence and how machines authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI thongSuotOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "0.1.0-SNAPSHOT" : build.getIfAvailable().getVersion();
		return new OpenAPI()
				.info(new Info()
						.title("Thông Suốt API")
						.version(version)
						.description("""
								The JSON API of Thông Suốt, the platform a Vietnamese province runs its public \
								administration on. Reading public reference data (administrative units, the \
								working calendar) needs no account; changes need an official's account over \
								HTTP basic. Errors are RFC 9457 problem details with a stable `code` \
								(see docs/error-codes.md); `Accept-Language: en` gives English messages.""")
						.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
				.components(new Components().addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}
}
