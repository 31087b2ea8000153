package org.thongsuot.procedures;

/**
 * A way to submit a dossier, with its time and fee as the national catalogue gives them.
 *
 * @param channel the channel as published ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính")
 * @param time the processing time through this channel
 * @param fee the fee as published ("Miễn phí", "50,000 VNĐ")
 * @param description the catalogue's note on time and fee
 */
public record Channel(String channel, ProcessingTime time, String fee, String description) {
}
