package org.thongsuot.procedures;

/**
 * The online public service level (Decree 42/2022/NĐ-CP): the whole process online ("toàn trình"), or
 * part of it ("một phần": submitted online, some step in person).
 */
public enum OnlineLevel {
	FULL, PARTIAL
}
