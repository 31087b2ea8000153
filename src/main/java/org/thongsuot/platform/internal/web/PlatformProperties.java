package org.thongsuot.platform.internal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this installation, shown in every page's header.
 *
 * @param provinceName   the province's name as its people write it
 * @param provinceNameEn the same in English
 * @param demo           a demonstration installation: every page says so, so that demo data never poses as a real service
 */
@ConfigurationProperties("thongsuot.platform")
record PlatformProperties(
		@DefaultValue("Tỉnh Lâm Đồng") String provinceName,
		@DefaultValue("Lam Dong Province") String provinceNameEn,
		@DefaultValue("true") boolean demo) {
}
