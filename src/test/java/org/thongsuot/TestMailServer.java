package org.thongsuot;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server (GreenMail) inside the test JVM, on a free port, and the application's mail sender
 * pointed at it. Picked up by component scanning, so it is part of the one shared test context; no
 * property changes (the application sends mail whenever a {@link JavaMailSender} exists, which
 * {@code spring.mail.host} provides in production).
 */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	@Bean
	JavaMailSender testMailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}
}
