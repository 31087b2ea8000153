package org.thongsuot.dossiers.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.Notice;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * An account's notices (an official's deadline warnings, a citizen's news about their dossiers): listing,
 * the unread count, marking read. Only one's own notices.
 */
@Component
public class NoticeBox {

	private final NoticeRepository repository;
	private final Clocks clocks;

	NoticeBox(NoticeRepository repository, Clocks clocks) {
		this.repository = repository;
		this.clocks = clocks;
	}

	public List<Notice> list(CurrentUser user, boolean unreadOnly, int limit) {
		signedIn(user);
		if (limit < 1 || limit > 500) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, "limit")
					.withDetail("problem.INVALID_PARAMETER.dossiers.limit", limit, 500);
		}
		return repository.list(user.username(), unreadOnly, limit);
	}

	public long unread(CurrentUser user) {
		return user.anonymous() ? 0 : repository.unread(user.username());
	}

	public void markRead(CurrentUser user, long id) {
		signedIn(user);
		if (!repository.markRead(user.username(), id, clocks.now())) {
			// Someone else's notice is answered like a missing one: ids reveal nothing.
			throw ApiException.of(ErrorCode.NOTICE_NOT_FOUND, id);
		}
	}

	public int markAllRead(CurrentUser user) {
		signedIn(user);
		return repository.markAllRead(user.username(), clocks.now());
	}

	private static void signedIn(CurrentUser user) {
		if (user.anonymous()) {
			throw ApiException.of(ErrorCode.UNAUTHENTICATED);
		}
	}
}
