package org.thongsuot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Vietnamese first, English second, and nothing in between: every message exists in both languages,
 * every key a template uses exists, and no template shows text that is not looked up from the messages.
 */
class TranslationsTests {

	private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
	/** Attributes a person reads: their literal values must come from the messages too. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "value");
	/** Attributes whose text replaces the element's content, so the literal text inside is only a preview. */
	private static final Set<String> CONTENT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	@Test
	void everyMessageExistsInVietnameseAndEnglish() throws IOException {
		Map<String, Properties> vietnamese = bundles("vi");
		Map<String, Properties> english = bundles("en");
		assertThat(english.keySet()).as("message files").isEqualTo(vietnamese.keySet());
		vietnamese.forEach((name, vi) -> {
			Properties en = english.get(name);
			assertThat(en.stringPropertyNames()).as("keys of %s_en missing or extra against %s_vi", name, name)
					.containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
			vi.stringPropertyNames().forEach(key -> {
				assertThat(vi.getProperty(key)).as("%s_vi: %s", name, key).isNotBlank();
				assertThat(en.getProperty(key)).as("%s_en: %s", name, key).isNotBlank();
			});
		});
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> known = new TreeSet<>();
		bundles("vi").values().forEach(p -> known.addAll(p.stringPropertyNames()));
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					missing.add(template.getFilename() + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Resource template : templates()) {
			Document page = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
			for (Element element : page.getAllElements()) {
				if (replacesItsContent(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (isHumanText(text.getWholeText())) {
						offences.add(template.getFilename() + ": <" + element.tagName() + "> \"" + text.text() + "\"");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && isHumanText(attribute.getValue())
							&& !element.hasAttr("th:" + attribute.getKey()) && !element.hasAttr("th:attr")) {
						offences.add(template.getFilename() + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(offences).as("text in templates that does not come from the message files").isEmpty();
	}

	/** An element whose content Thymeleaf replaces, or that sits inside one (its text is a preview). */
	private static boolean replacesItsContent(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : CONTENT_ATTRIBUTES) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
			if ("script".equals(e.tagName()) || "style".equals(e.tagName())) {
				return true;
			}
		}
		return false;
	}

	/** Letters a person would read; inline expressions and punctuation alone are fine. */
	private static boolean isHumanText(String text) {
		String withoutExpressions = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]|[#$*@]\\{.*?}", "");
		return withoutExpressions.codePoints().anyMatch(Character::isLetter);
	}

	private static List<Resource> templates() throws IOException {
		return List.of(RESOURCES.getResources("classpath*:templates/**/*.html"));
	}

	private static Map<String, Properties> bundles(String language) throws IOException {
		Map<String, Properties> bundles = new HashMap<>();
		for (Resource file : RESOURCES.getResources("classpath*:messages/*_" + language + ".properties")) {
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			String name = file.getFilename();
			bundles.put(name.substring(0, name.length() - ("_" + language + ".properties").length()), properties);
		}
		assertThat(bundles).as("message files for %s", language).isNotEmpty();
		return bundles;
	}
}
