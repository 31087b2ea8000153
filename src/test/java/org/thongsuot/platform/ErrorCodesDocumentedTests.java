package org.thongsuot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ErrorCodesDocumentedTests {

	@Test
	void everyErrorCodeHasARowInTheDocumentation() throws IOException {
		String documentation = Files.readString(Path.of("docs", "error-codes.md"));
		assertThat(Arrays.stream(ErrorCode.values()).map(code -> "| `" + code.name() + "` | " + code.status().value() + " |"))
				.allSatisfy(row -> assertThat(documentation).contains(row));
	}
}
