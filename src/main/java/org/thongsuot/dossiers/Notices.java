package org.thongsuot.dossiers;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.dossiers.internal.NoticeBox;
import org.thongsuot.identity.CurrentUser;

/**
 * An account's notices: an official's deadline warnings about the dossiers waiting at their step, a
 * citizen's news about the dossiers they submitted. The bell's unread count, the list, marking read.
 * Each account sees only its own.
 */
@Service
public class Notices {

	private final NoticeBox box;

	Notices(NoticeBox box) {
		this.box = box;
	}

	/** The account's notices, newest first. */
	@Transactional(readOnly = true)
	public List<Notice> list(CurrentUser user, boolean unreadOnly, int limit) {
		return box.list(user, unreadOnly, limit);
	}

	/** How many are unread (0 for an anonymous visitor). */
	@Transactional(readOnly = true)
	public long unread(CurrentUser user) {
		return box.unread(user);
	}

	/** Marks one read; 404 {@code NOTICE_NOT_FOUND} when it is not the user's. Repeating it changes nothing. */
	@Transactional
	public void markRead(CurrentUser user, long id) {
		box.markRead(user, id);
	}

	/** Marks all read; how many were unread. */
	@Transactional
	public int markAllRead(CurrentUser user) {
		return box.markAllRead(user);
	}
}
