package org.thongsuot.portal;

import java.util.List;

/** One page of search results, best first, and how many there are in all. */
public record SearchPage(String query, int page, int size, long total, List<SearchHit> items) {

	public int pages() {
		return (int) ((total + size - 1) / size);
	}
}
