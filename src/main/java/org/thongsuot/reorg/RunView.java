package org.thongsuot.reorg;

import java.time.Instant;
import java.util.List;

/**
 * A run of a plan and how far it has come.
 *
 * @param mode APPLY or ROLLBACK
 * @param status RUNNING, DONE or FAILED
 * @param phase HANDOVER, COUNT, MOVE, VERIFY, DONE
 * @param progress per subject
 */
public record RunView(long id, long planId, String mode, String status, String phase, Instant startedAt,
		String startedBy, Instant heartbeatAt, Instant finishedAt, String error, List<Progress> progress) {

	public RunView {
		progress = List.copyOf(progress);
	}

	/** Items handled (moved or left undecided) of the items held at the start, in per cent (0–100). */
	public int percent() {
		long total = progress.stream().mapToLong(Progress::total).sum();
		long handled = progress.stream().mapToLong(p -> p.moved() + p.undecided()).sum();
		if ("DONE".equals(status)) {
			return 100;
		}
		return total == 0 ? 0 : (int) Math.min(99, handled * 100 / total);
	}

	public boolean running() {
		return "RUNNING".equals(status);
	}

	/** One subject's progress. */
	public record Progress(String subject, long total, long moved, long undecided, boolean done) {
	}
}
