package org.thongsuot.procedures.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the procedures module.
 *
 * @param provinceCode the province this installation serves (the code since 2025-07-01); its agencies are
 *     the ones a configuration may name
 * @param referenceData where the shipped national catalogue is read from
 * @param loadReferenceData whether to load it at start (when it changed since the last load)
 */
@ConfigurationProperties("thongsuot.procedures")
public record ProceduresProperties(@DefaultValue("68") String provinceCode,
		@DefaultValue("classpath:reference-data/procedures/") String referenceData,
		@DefaultValue("true") boolean loadReferenceData) {
}
