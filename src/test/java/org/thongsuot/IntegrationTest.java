package org.thongsuot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the whole application on a real (embedded) PostgreSQL in a throw-away directory. Every
 * integration test uses exactly this configuration, so Spring starts the application and its database
 * once for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"thongsuot.database.embedded.data-directory=",
		"thongsuot.identity.initial-admin.password=admin-test-password",
		"thongsuot.dossiers.blob-directory=target/test-blobs",
		"thongsuot.dossiers.demo.enabled=false" })
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
