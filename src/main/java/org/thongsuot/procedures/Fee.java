package org.thongsuot.procedures;

/**
 * A fee or charge the province collects.
 *
 * @param label what it is for ("Lệ phí cấp bản sao")
 * @param amountVnd the amount in đồng (0: free)
 * @param note a condition or exemption, or empty
 */
public record Fee(String label, long amountVnd, String note) {
}
