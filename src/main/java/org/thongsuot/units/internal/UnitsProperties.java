package org.thongsuot.units.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the units module ({@code thongsuot.units.*}).
 *
 * @param referenceData where the reference CSV files are read from: the copy shipped in the application
 *     by default; an installation may point at a directory ({@code file:/etc/thongsuot/units/}) holding a
 *     newer release of the same files
 */
@ConfigurationProperties("thongsuot.units")
public record UnitsProperties(@DefaultValue("classpath:reference-data/units/") String referenceData) {
}
