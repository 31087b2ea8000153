package org.thongsuot.procedures;

import java.io.IOException;
import java.io.InputStream;

/**
 * The three files of the national catalogue, as uploaded or shipped: {@code procedures.csv},
 * {@code procedure_channels.csv} and {@code procedures_full.jsonl.gz} (gzipped or plain JSON Lines).
 */
public record CatalogueFiles(String source, byte[] procedures, byte[] channels, byte[] fullRecords) {

	public static final String PROCEDURES = "procedures.csv";
	public static final String CHANNELS = "procedure_channels.csv";
	public static final String FULL_RECORDS = "procedures_full.jsonl.gz";

	public static CatalogueFiles read(String source, InputStream procedures, InputStream channels,
			InputStream fullRecords) throws IOException {
		try (procedures; channels; fullRecords) {
			return new CatalogueFiles(source, procedures.readAllBytes(), channels.readAllBytes(),
					fullRecords.readAllBytes());
		}
	}
}
