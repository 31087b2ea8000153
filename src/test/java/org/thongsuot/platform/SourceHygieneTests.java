package org.thongsuot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Text the build does not parse can still ship broken: a merge's conflict markers survived in a style
 * sheet once (browsers skip what they cannot read, so nobody saw it). This walks the sources and docs.
 */
class SourceHygieneTests {

	static final Set<String> TEXT = Set.of("java", "html", "css", "js", "properties", "sql", "md", "xml", "sh", "yml",
			"csv", "json", "txt");

	@Test
	void noFileCarriesMergeConflictMarkers() throws IOException {
		List<String> found = new ArrayList<>();
		for (String root : List.of("src", "docs", "bench", ".ci")) {
			Path dir = Path.of(root);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(Files::isRegularFile).filter(SourceHygieneTests::isText).toList()) {
					List<String> lines;
					try {
						lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					}
					catch (MalformedInputException e) {
						continue;
					}
					for (int i = 0; i < lines.size(); i++) {
						String line = lines.get(i);
						if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ")) {
							found.add(file + ":" + (i + 1));
						}
					}
				}
			}
		}
		assertThat(found).as("merge conflict markers").isEmpty();
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && TEXT.contains(name.substring(dot + 1)) && !file.toString().contains("target");
	}
}
