-- The official holiday arrangements of 2025 and 2026 for civil servants and public employees
-- (cán bộ, công chức, viên chức) of administrative agencies and public service units, with sources.
-- docs/calendar.md lists the same sources and what could not be confirmed.
--
-- Each block: one arrangement (year, occasion, document, issuer, date, note) and its days.

-- 2025 -----------------------------------------------------------------------------------------

-- Tết Dương lịch 2025: Wednesday 1/1, a weekday; the law fixes it, nothing was arranged.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2025, 'NEW_YEAR', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a', 'Quốc hội', '2019-11-20',
          'Ngày 01/01/2025 là thứ Tư: nghỉ 01 ngày theo luật, không có quyết định hoán đổi.')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day')) AS d (day, kind, name_vi, name_en);

-- Tết Ất Tỵ 2025: Monday 27/1 (28 tháng Chạp) to Friday 31/1 (mùng 3), no swap; with the two
-- weekends 9 days off, 25/1–2/2. (A lead claiming Monday 27/1 was swapped to Saturday 8/2 was not
-- confirmed by any source: the five statutory days fall on Monday–Friday, so no swap was needed.)
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2025, 'LUNAR_NEW_YEAR', 'Thông báo 6150/TB-LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', '2024-12-03',
          'Thực hiện Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (ý kiến Thủ tướng Chính phủ). '
          || 'Ngày ký theo tin của báo SGGP ngày 04/12/2024 ("Minister ... on December 3, signed a detailed plan").')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2025-01-27', 'HOLIDAY', 'Tết Âm lịch (28 tháng Chạp)', 'Lunar New Year (28th day of the 12th lunar month)'),
  ('2025-01-28', 'HOLIDAY', 'Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (29th day of the 12th lunar month)'),
  ('2025-01-29', 'HOLIDAY', 'Tết Âm lịch (mùng 1 tháng Giêng)', 'Lunar New Year (1st day of the 1st lunar month)'),
  ('2025-01-30', 'HOLIDAY', 'Tết Âm lịch (mùng 2 tháng Giêng)', 'Lunar New Year (2nd day of the 1st lunar month)'),
  ('2025-01-31', 'HOLIDAY', 'Tết Âm lịch (mùng 3 tháng Giêng)', 'Lunar New Year (3rd day of the 1st lunar month)')
) AS d (day, kind, name_vi, name_en);

-- Giỗ Tổ Hùng Vương 2025: Monday 7/4, a weekday; the law fixes it.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2025, 'HUNG_KINGS', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d', 'Quốc hội', '2019-11-20',
          '10/3 âm lịch Ất Tỵ là thứ Hai 07/4/2025: nghỉ 01 ngày theo luật, không có quyết định hoán đổi.')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration (10th day of the 3rd lunar month)')
) AS d (day, kind, name_vi, name_en);

-- 30/4 and 1/5/2025: Wednesday 30/4 to Sunday 4/5; Friday 2/5 swapped with Saturday 26/4.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2025, 'REUNIFICATION_AND_LABOUR', 'Thông báo 6150/TB-LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', '2024-12-03',
          'Thực hiện Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ: công chức, viên chức hoán đổi ngày '
          || 'làm việc thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025, nghỉ 05 ngày liên tục 30/4–04/5/2025.')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2025-04-26', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/5/2025', 'Working day, in exchange for Friday 2 May 2025'),
  ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Reunification Day'),
  ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'International Labour Day'),
  ('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Day off, exchanged for Saturday 26 April 2025')
) AS d (day, kind, name_vi, name_en);

-- Quốc khánh 2025: Saturday 30/8 to Tuesday 2/9; the two holidays are Monday 1/9 and Tuesday 2/9.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2025, 'NATIONAL_DAY', 'Thông báo 6150/TB-LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', '2024-12-03',
          'Thực hiện Công văn 8726/VPCP-KGVX ngày 26/11/2024: công chức, viên chức nghỉ từ thứ Bảy 30/8/2025 đến hết '
          || 'thứ Ba 02/9/2025 (02 ngày lễ Quốc khánh và 02 ngày nghỉ hằng tuần).')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'National Day (adjacent day, 1 September)'),
  ('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day')
) AS d (day, kind, name_vi, name_en);

-- 2026 -----------------------------------------------------------------------------------------

-- Tết Dương lịch 2026: Thursday 1/1 to Sunday 4/1; Friday 2/1 swapped with Saturday 10/1.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2026, 'NEW_YEAR', 'Công văn 12729/VPCP-KGVX', 'Văn phòng Chính phủ (ý kiến Phó Thủ tướng Phạm Thị Thanh Trà)',
          '2025-12-25',
          'Đồng ý đề xuất của Bộ Nội vụ: công chức, viên chức nghỉ 04 ngày 01/01–04/01/2026, hoán đổi ngày làm việc '
          || 'thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026.')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'New Year''s Day'),
  ('2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'Day off, exchanged for Saturday 10 January 2026'),
  ('2026-01-10', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/01/2026', 'Working day, in exchange for Friday 2 January 2026')
) AS d (day, kind, name_vi, name_en);

-- Tết Bính Ngọ 2026: Monday 16/2 (29 tháng Chạp, the last day of Ất Tỵ) to Friday 20/2 (mùng 4);
-- with the two weekends 9 days off, 14/2–22/2.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2026, 'LUNAR_NEW_YEAR', 'Thông báo 9441/TB-BNV', 'Bộ Nội vụ', '2025-10-16',
          'Thực hiện Công văn 9859/VPCP-KGVX (13/10/2025) của Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng Chính phủ '
          || 'đồng ý đề xuất 8764/BNV-CVL của Bộ Nội vụ.')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2026-02-16', 'HOLIDAY', 'Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (29th day of the 12th lunar month)'),
  ('2026-02-17', 'HOLIDAY', 'Tết Âm lịch (mùng 1 tháng Giêng)', 'Lunar New Year (1st day of the 1st lunar month)'),
  ('2026-02-18', 'HOLIDAY', 'Tết Âm lịch (mùng 2 tháng Giêng)', 'Lunar New Year (2nd day of the 1st lunar month)'),
  ('2026-02-19', 'HOLIDAY', 'Tết Âm lịch (mùng 3 tháng Giêng)', 'Lunar New Year (3rd day of the 1st lunar month)'),
  ('2026-02-20', 'HOLIDAY', 'Tết Âm lịch (mùng 4 tháng Giêng)', 'Lunar New Year (4th day of the 1st lunar month)')
) AS d (day, kind, name_vi, name_en);

-- Giỗ Tổ Hùng Vương 2026: Sunday 26/4, compensated on Monday 27/4 by the law itself; the Ministry
-- of Home Affairs (Cục Việc làm) stated there is no swap this year (CafeF, 06/3/2026).
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2026, 'HUNG_KINGS', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d và khoản 3', 'Quốc hội', '2019-11-20',
          'Bộ Nội vụ (Cục Việc làm) xác nhận không có đề xuất hoán đổi; ngày 10/3 âm lịch rơi vào Chủ nhật 26/4/2026 nên '
          || 'nghỉ bù thứ Hai 27/4/2026 (báo CafeF, 06/3/2026).')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration (10th day of the 3rd lunar month)'),
  ('2026-04-27', 'DAY_IN_LIEU', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'Day in lieu of Hung Kings'' Commemoration')
) AS d (day, kind, name_vi, name_en);

-- 30/4 and 1/5/2026: Thursday and Friday, no swap (same statement of the Ministry of Home Affairs).
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2026, 'REUNIFICATION_AND_LABOUR', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b, c', 'Quốc hội', '2019-11-20',
          'Bộ Nội vụ (Cục Việc làm) xác nhận không có đề xuất hoán đổi: nghỉ thứ Năm 30/4 và thứ Sáu 01/5/2026 '
          || '(báo CafeF, 06/3/2026).')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Reunification Day'),
  ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'International Labour Day')
) AS d (day, kind, name_vi, name_en);

-- Quốc khánh 2026: holidays Tuesday 1/9 and Wednesday 2/9; Monday 31/8 swapped with Saturday 22/8;
-- 5 days off, 29/8–2/9.
WITH a AS (
  INSERT INTO calendar_arrangement (year, occasion, source_document, source_issuer, source_date, source_note)
  VALUES (2026, 'NATIONAL_DAY', 'Thông báo 9441/TB-BNV', 'Bộ Nội vụ', '2025-10-16',
          'Thực hiện Công văn 9859/VPCP-KGVX (13/10/2025): nghỉ 01/9 và 02/9/2026, hoán đổi ngày làm việc thứ Hai '
          || '31/8/2026 sang thứ Bảy 22/8/2026, nghỉ 05 ngày liên tục 29/8–02/9/2026.')
  RETURNING id)
INSERT INTO calendar_arrangement_day (arrangement_id, day, kind, name_vi, name_en)
SELECT id, d.day::date, d.kind, d.name_vi, d.name_en FROM a, (VALUES
  ('2026-08-22', 'WORKING_DAY', 'Làm bù cho thứ Hai 31/8/2026', 'Working day, in exchange for Monday 31 August 2026'),
  ('2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', 'Day off, exchanged for Saturday 22 August 2026'),
  ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'National Day (adjacent day, 1 September)'),
  ('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'National Day')
) AS d (day, kind, name_vi, name_en);
