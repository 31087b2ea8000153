package org.thongsuot.units.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The contents of the reference CSV files, read from one location (the class path by default, or a
 * directory an installation configures), and their checksum.
 */
record ReferenceFiles(String location, Map<String, byte[]> contents) {

	static final String PROVINCES_PRE2025 = "provinces_pre2025.csv";
	static final String DISTRICTS_PRE2025 = "districts_pre2025.csv";
	static final String WARDS_PRE2025 = "wards_pre2025.csv";
	static final String PROVINCES_2025 = "provinces_2025-07-01.csv";
	static final String WARDS_2025 = "wards_2025-07-01.csv";
	static final String CHANGES = "changes_after_2025-07-01.csv";
	static final String PROVINCES_CURRENT = "provinces_current.csv";
	static final String WARDS_CURRENT = "wards_current.csv";
	static final String PROVINCE_MAPPING = "province_old_to_new.csv";
	static final String DISTRICT_MAPPING = "district_old_to_new.csv";
	static final String WARD_MAPPING = "ward_old_to_new.csv";
	static final String WARD_SUPPLEMENT = "ward_old_to_new_supplement.csv";

	static final List<String> NAMES = List.of(PROVINCES_PRE2025, DISTRICTS_PRE2025, WARDS_PRE2025, PROVINCES_2025,
			WARDS_2025, CHANGES, PROVINCES_CURRENT, WARDS_CURRENT, PROVINCE_MAPPING, DISTRICT_MAPPING, WARD_MAPPING,
			WARD_SUPPLEMENT);

	/**
	 * Bumped when the loader's interpretation of the files changes, so that installations re-load the same
	 * files under the new rules.
	 */
	static final int INTERPRETATION_VERSION = 1;

	static ReferenceFiles read(ResourceLoader loader, String location) {
		String base = location.endsWith("/") ? location : location + "/";
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (String name : NAMES) {
			Resource resource = loader.getResource(base + name);
			if (!resource.exists()) {
				throw new ReferenceDataException("Units reference data: " + base + name + " is missing");
			}
			try (InputStream in = resource.getInputStream()) {
				contents.put(name, in.readAllBytes());
			}
			catch (IOException e) {
				throw new ReferenceDataException("Units reference data: cannot read " + base + name, e);
			}
		}
		return new ReferenceFiles(base, contents);
	}

	/** A copy with one file's content replaced (an installation's corrected file, or a test's broken one). */
	ReferenceFiles with(String name, byte[] content) {
		Map<String, byte[]> changed = new LinkedHashMap<>(contents);
		changed.put(name, content);
		return new ReferenceFiles(location, changed);
	}

	byte[] get(String name) {
		byte[] content = contents.get(name);
		if (content == null) {
			throw new ReferenceDataException("Units reference data: " + location + name + " is missing");
		}
		return content;
	}

	/** SHA-256 over the interpretation version and every file's name and bytes, in a fixed order. */
	String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("units-reference-data/" + INTERPRETATION_VERSION).getBytes(StandardCharsets.UTF_8));
			for (String name : NAMES) {
				byte[] content = get(name);
				digest.update(("\n" + name + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
				digest.update(content);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
