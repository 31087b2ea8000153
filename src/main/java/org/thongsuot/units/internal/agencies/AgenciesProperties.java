package org.thongsuot.units.internal.agencies;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agency registry.
 *
 * @param importMaxRows the most data rows a code list may have (a province lists a few thousand agencies)
 */
@ConfigurationProperties("thongsuot.agencies")
public record AgenciesProperties(@DefaultValue("20000") int importMaxRows) {
}
