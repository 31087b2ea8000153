package org.thongsuot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The one application: a modular monolith, one Spring Modulith module per top-level package. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Thông Suốt", sharedModules = "platform")
public class ThongSuotApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThongSuotApplication.class, args);
	}
}
