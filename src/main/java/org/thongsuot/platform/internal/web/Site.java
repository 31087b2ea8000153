package org.thongsuot.platform.internal.web;

/**
 * The page layout's view of the installation and the current request.
 *
 * @param provinceName      the province, in the page's language
 * @param demo              whether to show the demonstration banner
 * @param language          the page's language ({@code vi} or {@code en})
 * @param otherLanguage     the language the switch leads to
 * @param switchLanguageUrl the same page in the other language
 * @param path              the request path, to mark the current menu entry
 * @param administrator     whether the signed-in user administers the installation (the menu then shows
 *                          the administrators' pages)
 */
public record Site(String provinceName, boolean demo, String language, String otherLanguage,
		String switchLanguageUrl, String path, boolean administrator) {

	public boolean isActive(String prefix) {
		return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
	}
}
