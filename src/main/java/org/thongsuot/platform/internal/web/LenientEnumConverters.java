package org.thongsuot.platform.internal.web;

import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters naming a constant ({@code level=province}) are read regardless of case and
 * surrounding spaces: people type them, and the meaning is not in doubt. An unknown name is still refused.
 */
@Configuration(proxyBeanMethods = false)
class LenientEnumConverters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new StringToEnum());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class StringToEnum implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return source -> {
				String name = source.strip();
				if (name.isEmpty()) {
					return null;
				}
				return (T) Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
			};
		}
	}
}
