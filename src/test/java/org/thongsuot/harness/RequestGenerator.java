package org.thongsuot.harness;

import static org.thongsuot.harness.FuzzRequest.header;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.thongsuot.dossiers.DossierFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes malformed requests for the operations of the OpenAPI document, reproducibly from a seed. Each
 * request starts from something plausible (values the schema asks for, real codes and ids of the test
 * data) and then breaks one or more things: a value, the body's syntax, the content type, the method,
 * the path, the credentials.
 */
final class RequestGenerator {

	/** Values that have broken parsers, queries and templates somewhere. */
	static final List<String> NASTY = List.of("", " ", "0", "-1", "2147483648", "-9223372036854775809",
			"99999999999999999999999999", "1.5", "1e308", "-0", "NaN", "Infinity", "true", "null", "undefined", "'", "\"",
			"\\", "' OR '1'='1", "1; DROP TABLE dossier; --", "'); DELETE FROM identity_account; --",
			"1 UNION SELECT password_hash FROM identity_account", "%' AND pg_sleep(5) IS NULL AND '%'='",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${7*7}",
			"#{7*7}", "*{T(java.lang.Runtime).getRuntime().exec('id')}", "__${T(java.lang.Runtime)}__::.x",
			"../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd", "file:///etc/passwd", "%2e%2e%2f",
			"%00", "\u0000", "a\u0000b", "\uFEFF68", "\u202Eevil", "\uD800", "\uDFFF\uD800", "𝕿𝖍𝖔𝖓𝖌 𝕾𝖚𝖔̂́𝖙", "🙂🇻🇳",
			"Đắk Nông", "Ｈà Ｎội", "a\u0301\u0302\u0303\u0304\u0305\u0306", "\r\nX-Injected: 1", "\t\t", "%", "%%",
			"%zz", "+", "&", "=", "?", "#", ";", "/", "//", ".", "..", "{}", "[]", "{\"a\":1}", "a".repeat(300),
			"A".repeat(5000), "9".repeat(400), "Đ".repeat(2000), "2025-02-30", "0000-00-00", "9999-12-31",
			"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2101-01-01", "2025-13-01", "2025-06-31T25:61",
			"2025-07-01T08:00:00+25:00", "68", "01", "00", "999", "X1-251123-0001", "9.960001", "1.004837", "H99",
			"000.00.00.H99", "COMMUNE", "commune", "DISTRICT", "PROVINCE", "SUBMITTED", "ONLINE", "COUNTER");

	static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=klingon",
			"application/xml", "text/plain", "text/csv", "text/html", "application/x-www-form-urlencoded",
			"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
			"multipart/mixed; boundary=x", "application/octet-stream", "application/problem+json", "garbage",
			"/", ";;;", "*/*", "application/*", "image/png", "application/json;;;charset=utf-8",
			"text/csv; charset=windows-1258");

	static final List<String> ACCEPTS = List.of("*/*", "application/json", "application/xml", "text/html",
			"text/csv", "image/png", "application/problem+json", "garbage", ";q=x", "application/json;q=0");

	static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE");

	/** Accounts of the test data: the first administrator and the dossier fixture's people. */
	static final List<String[]> ACCOUNTS = List.of(new String[] { "admin", "admin-test-password" },
			new String[] { "recv-a", DossierFixture.PASSWORD }, new String[] { "spec-a", DossierFixture.PASSWORD },
			new String[] { "lead-a", DossierFixture.PASSWORD }, new String[] { "recv-b", DossierFixture.PASSWORD },
			new String[] { "recv-p", DossierFixture.PASSWORD }, new String[] { "citizen-1", DossierFixture.PASSWORD });

	private final Random random;
	private final List<FuzzOperation> operations;
	private final DossierFixture fixture;
	private final JsonNode openApi;
	private final List<String> dossierCodes;
	private final JsonMapper json = JsonMapper.builder().build();
	private final JsonNodeFactory nodes = JsonNodeFactory.instance;
	private final double authenticated;

	RequestGenerator(long seed, List<FuzzOperation> operations, DossierFixture fixture, JsonNode openApi,
			List<String> dossierCodes, double authenticated) {
		this.random = new Random(seed);
		this.operations = operations;
		this.fixture = fixture;
		this.openApi = openApi;
		this.dossierCodes = dossierCodes;
		this.authenticated = authenticated;
	}

	FuzzRequest next(int index) {
		FuzzOperation op = operations.get(random.nextInt(operations.size()));
		String method = op.method();
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		boolean raw = false;

		// The path: each path parameter plausible or nasty; sometimes the path itself mangled.
		String path = op.path();
		for (FuzzOperation.Parameter p : op.parameters()) {
			if (p.in().equals("path")) {
				String value = chance(0.5) ? plausible(p.name(), p.schema()) : nasty();
				path = path.replace("{" + p.name() + "}", encodePath(value));
			}
		}
		if (chance(0.05)) {
			path = mangle(path);
		}

		// The query: declared parameters plausible, nasty, missing or repeated, plus unknown ones.
		StringBuilder query = new StringBuilder();
		for (FuzzOperation.Parameter p : op.parameters()) {
			if (!p.in().equals("query") || (!p.required() && chance(0.4))) {
				continue;
			}
			int times = chance(0.05) ? 2 : 1;
			for (int t = 0; t < times; t++) {
				String value = chance(0.4) ? plausible(p.name(), p.schema()) : nasty();
				query.append(query.isEmpty() ? "?" : "&").append(encodeQuery(p.name())).append('=')
						.append(encodeQuery(value));
			}
		}
		if (chance(0.1)) {
			query.append(query.isEmpty() ? "?" : "&").append(encodeQuery(nasty())).append('=').append(encodeQuery(nasty()));
		}
		if (chance(0.02)) {
			query.append(query.isEmpty() ? "?" : "&").append("a=").append("x".repeat(6000));
		}

		// The body, in one of the declared forms (or none), broken one way or another.
		byte[] body = null;
		String contentType = null;
		if (!op.bodies().isEmpty()) {
			List<String> types = new ArrayList<>(op.bodies().keySet());
			String declared = types.get(random.nextInt(types.size()));
			JsonNode schema = resolve(op.bodies().get(declared));
			if (declared.startsWith("multipart/")) {
				String boundary = "fuzz" + random.nextInt(1_000_000);
				contentType = "multipart/form-data; boundary=" + boundary;
				body = multipart(op, schema, boundary);
			}
			else if (declared.contains("json")) {
				contentType = declared;
				body = jsonBody(op, schema);
			}
			else {
				contentType = declared;
				body = textBody();
			}
		}
		else if (chance(0.1)) {
			contentType = pick(CONTENT_TYPES);
			body = jsonBody(op, nodes.objectNode());
		}
		if (chance(0.1)) {
			contentType = chance(0.2) ? null : pick(CONTENT_TYPES);
		}
		if (contentType != null) {
			headers.add(header("Content-Type", contentType));
		}

		// Wrong methods on a known path.
		if (chance(0.08)) {
			method = pick(METHODS);
			if (method.equals("TRACE") || method.equals("HEAD")) {
				body = null;
			}
		}

		if (chance(0.3)) {
			headers.add(header("Accept", pick(ACCEPTS)));
		}
		if (chance(0.1)) {
			headers.add(header("Accept-Language", pick(List.of("en", "vi", "xx", "*", "en;q=garbage", "vi-VN,vi;q=0.9",
					"a".repeat(200)))));
		}
		if (op.path().equals("/api/dossiers") && chance(0.2)) {
			headers.add(header("Idempotency-Key", pick(List.of("", "k" + random.nextInt(50), "a".repeat(2000),
					"'; DROP TABLE dossier_idempotency; --", "ключ"))));
		}
		authenticate(op, headers);

		// Raw control characters in the request target: the HTTP client refuses to send them.
		String target = path + query;
		if (chance(0.01)) {
			raw = true;
			target = path + "?q=" + pick(List.of("a b", "\u0000", "<script>", "\"", "Đà Lạt", "{", "|", "\\"));
		}
		return new FuzzRequest(op.id(), method, target, headers, body, raw);
	}

	private void authenticate(FuzzOperation op, List<Map.Entry<String, String>> headers) {
		double roll = random.nextDouble();
		if (roll < authenticated) {
			String[] account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
			headers.add(header("Authorization", basic(account[0] + ":" + account[1])));
		}
		else if (roll < authenticated + 0.005) {
			headers.add(header("Authorization", basic("admin:wrong-password")));
		}
		else if (roll < authenticated + 0.05) {
			headers.add(header("Authorization", pick(List.of("Basic", "Basic ", "Basic !!!!", "Basic " + b64("nocolon"),
					"Bearer abc.def.ghi", "Digest username=\"admin\"", "Basic " + b64("\u0000:\u0000"), "basic YWRtaW4=",
					"Basic " + "A".repeat(3000), "Basic " + b64("admin:" + "x".repeat(200) + "é")))));
		}
	}

	static String basic(String credentials) {
		return "Basic " + b64(credentials);
	}

	static String b64(String s) {
		return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
	}

	// ---- bodies

	private byte[] jsonBody(FuzzOperation op, JsonNode schema) {
		int kind = random.nextInt(100);
		JsonNode value = generate(schema, "", 0);
		if (kind < 15) {
			return bytes(value); // plausible as it is
		}
		if (kind < 50) {
			return bytes(corrupt(value, 0)); // one value of the wrong type or size
		}
		if (kind < 65) {
			String text = new String(bytes(value), StandardCharsets.UTF_8);
			int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
			return switch (random.nextInt(6)) {
				case 0 -> text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
				case 1 -> (text.substring(0, cut) + pick(List.of("}", "]", ",", ":", "\"", "\\", "{{", "\u0000"))
						+ text.substring(cut)).getBytes(StandardCharsets.UTF_8);
				case 2 -> (text + "garbage").getBytes(StandardCharsets.UTF_8);
				case 3 -> text.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
				case 4 -> ("{\"a\":" + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8);
				default -> ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
			};
		}
		if (kind < 72) {
			return pick(List.of("", " ", "null", "[]", "\"text\"", "42", "true", "{}", "[{}]", "{\"\":null}"))
					.getBytes(StandardCharsets.UTF_8);
		}
		if (kind < 77) {
			return new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}' };
		}
		if (kind < 82) {
			return ("{\"version\":1,\"version\":\"x\",\"procedureCode\":\"\\u0000\",\"unknownField\":[1,2],"
					+ "\"agencyId\":1e400,\"note\":\"" + "\\ud800" + "\"}").getBytes(StandardCharsets.UTF_8);
		}
		if (kind < 83) {
			// A large body: a long array of strings.
			StringBuilder big = new StringBuilder("{\"files\":[");
			for (int i = 0; i < 20_000; i++) {
				big.append(i == 0 ? "" : ",").append("{\"component\":\"x\",\"fileName\":\"a.pdf\",\"contentBase64\":\"JVBERi0=\"}");
			}
			return big.append("]}").toString().getBytes(StandardCharsets.UTF_8);
		}
		return bytes(corrupt(corrupt(value, 0), 0));
	}

	private byte[] textBody() {
		return pick(List.of("", "\uFEFF", "a,b,c\n1,2", "code,name\n\"unterminated,x\n", "=cmd|' /C calc'!A0,@SUM(1)\n",
				"\u0000\u0001\u0002", "ma_coquan,ten\n" + "x,".repeat(5000), "\"\"\"\n\"\n", "col\n" + "1\n".repeat(3000),
				"<?xml version=\"1.0\"?><a/>", "{\"json\":true}", "from_code,to_level\n1.000001,COMMUNE\n",
				"code;name\r\nH99;'; DROP TABLE units_agency; --\r\n")).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] multipart(FuzzOperation op, JsonNode schema, String boundary) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int kind = random.nextInt(12);
		String dash = "--" + boundary;
		if (kind == 0) {
			return ("--not-the-boundary\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--not-the-boundary--\r\n")
					.getBytes(StandardCharsets.UTF_8);
		}
		if (kind == 1) {
			return (dash + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n\r\n{\"procedureCode\":")
					.getBytes(StandardCharsets.UTF_8); // never closed
		}
		if (kind == 2) {
			return (dash + "--\r\n").getBytes(StandardCharsets.UTF_8);
		}
		if (kind == 3) {
			return (dash + "\r\nContent-Disposition: garbage\r\nContent-Type: ;;;\r\n\r\nx\r\n" + dash + "--\r\n")
					.getBytes(StandardCharsets.UTF_8);
		}
		// Otherwise a well-formed envelope whose parts are plausible or broken.
		var properties = schema.path("properties");
		for (var property : properties.properties()) {
			if (chance(0.15)) {
				continue;
			}
			String name = chance(0.05) ? nasty() : property.getKey();
			JsonNode propertySchema = resolve(property.getValue());
			boolean binary = "binary".equals(propertySchema.path("format").asString())
					|| "binary".equals(resolve(propertySchema.path("items")).path("format").asString());
			int parts = propertySchema.path("type").asString().equals("array") ? 1 + random.nextInt(3) : 1;
			for (int i = 0; i < parts; i++) {
				write(out, dash + "\r\n");
				if (binary) {
					String fileName = chance(0.7) ? pick(List.of("to-khai.pdf", "a.png", "x.jpg")) : nasty();
					write(out, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n");
					write(out, "Content-Type: " + pick(List.of("application/pdf", "image/png", "text/csv", "garbage"))
							+ "\r\n\r\n");
					out.writeBytes(fileContent());
				}
				else if (propertySchema.has("properties") || propertySchema.has("$ref")) {
					write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n");
					write(out, "Content-Type: " + (chance(0.8) ? "application/json" : pick(CONTENT_TYPES)) + "\r\n\r\n");
					JsonNode value = generate(propertySchema, property.getKey(), 0);
					out.writeBytes(chance(0.5) ? bytes(value) : bytes(corrupt(value, 0)));
				}
				else {
					write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
					write(out, chance(0.5) ? plausible(property.getKey(), propertySchema) : nasty());
				}
				write(out, "\r\n");
			}
		}
		if (kind == 4) {
			// Thousands of tiny parts.
			for (int i = 0; i < 2000; i++) {
				write(out, dash + "\r\nContent-Disposition: form-data; name=\"component\"\r\n\r\nx\r\n");
			}
		}
		if (kind != 5) {
			write(out, dash + "--\r\n");
		}
		return out.toByteArray();
	}

	private byte[] fileContent() {
		return switch (random.nextInt(6)) {
			case 0 -> DossierFixture.PDF;
			case 1 -> DossierFixture.PNG;
			case 2 -> new byte[0];
			case 3 -> "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
			case 4 -> "code,name\nH99,x\n".getBytes(StandardCharsets.UTF_8);
			default -> {
				byte[] noise = new byte[random.nextInt(4096)];
				random.nextBytes(noise);
				yield noise;
			}
		};
	}

	private static void write(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
	}

	private byte[] bytes(JsonNode value) {
		return json.writeValueAsBytes(value);
	}

	// ---- values from schemas

	JsonNode resolve(JsonNode schema) {
		for (int i = 0; i < 10 && schema != null && schema.has("$ref"); i++) {
			String ref = schema.path("$ref").asString();
			schema = openApi.at(ref.substring(1));
		}
		return schema == null ? nodes.objectNode() : schema;
	}

	private JsonNode generate(JsonNode schema, String name, int depth) {
		schema = resolve(schema);
		if (depth > 6) {
			return nodes.nullNode();
		}
		String type = schema.path("type").asString();
		if (schema.has("properties") || type.equals("object")) {
			ObjectNode object = nodes.objectNode();
			for (var property : schema.path("properties").properties()) {
				object.set(property.getKey(), generate(property.getValue(), property.getKey(), depth + 1));
			}
			return object;
		}
		if (type.equals("array")) {
			ArrayNode array = nodes.arrayNode();
			int n = random.nextInt(3);
			for (int i = 0; i < n || (name.equals("files") && i < 1); i++) {
				array.add(generate(schema.path("items"), name, depth + 1));
			}
			return array;
		}
		if (type.equals("integer")) {
			return nodes.numberNode(Long.parseLong(plausible(name, schema)));
		}
		if (type.equals("number")) {
			return nodes.numberNode(random.nextDouble() * 10);
		}
		if (type.equals("boolean")) {
			return nodes.booleanNode(random.nextBoolean());
		}
		return nodes.stringNode(plausible(name, schema));
	}

	/** Breaks one value somewhere inside: a wrong type, an extreme size, null, or deep nesting. */
	private JsonNode corrupt(JsonNode value, int depth) {
		if (value instanceof ObjectNode object && object.size() > 0 && depth < 6 && chance(0.7)) {
			List<String> names = new ArrayList<>(object.propertyNames());
			String name = names.get(random.nextInt(names.size()));
			object.set(name, corrupt(object.get(name), depth + 1));
			return object;
		}
		if (value instanceof ArrayNode array && array.size() > 0 && depth < 6 && chance(0.7)) {
			int i = random.nextInt(array.size());
			array.set(i, corrupt(array.get(i), depth + 1));
			return array;
		}
		return switch (random.nextInt(12)) {
			case 0 -> nodes.nullNode();
			case 1 -> nodes.stringNode(nasty());
			case 2 -> nodes.numberNode(random.nextLong());
			case 3 -> nodes.numberNode(new java.math.BigInteger("9".repeat(60)));
			case 4 -> nodes.numberNode(-1.5e300);
			case 5 -> nodes.booleanNode(true);
			case 6 -> nodes.arrayNode().add(nasty()).add(1);
			case 7 -> nodes.objectNode().put("x", nasty());
			case 8 -> nodes.stringNode("x".repeat(100_000));
			case 9 -> {
				JsonNode deep = nodes.stringNode("bottom");
				for (int i = 0; i < 400; i++) {
					deep = nodes.arrayNode().add(deep);
				}
				yield deep;
			}
			case 10 -> nodes.stringNode(b64(nasty()));
			default -> nodes.stringNode("");
		};
	}

	/** A value that fits the parameter's name and schema, taken from the test data where possible. */
	private String plausible(String name, JsonNode schema) {
		schema = resolve(schema);
		JsonNode values = schema.path("enum");
		if (values.isArray() && !values.isEmpty()) {
			return values.get(random.nextInt(values.size())).asString();
		}
		String format = schema.path("format").asString();
		if (format.equals("date")) {
			return pick(List.of("2025-07-01", "2026-01-01", "2025-06-30", "2026-11-23", "1900-01-01"));
		}
		if (format.equals("date-time")) {
			return pick(List.of("2026-11-23T08:00:00+07:00", "2025-07-01T16:30:00+07:00", "2026-02-16T10:00:00Z"));
		}
		String lower = name.toLowerCase();
		if (lower.contains("agency") || lower.equals("id")) {
			return String.valueOf(pick(List.of(fixture.communeA, fixture.communeB, fixture.province, 1L, 2L, 0L)));
		}
		if (lower.equals("version") || lower.equals("limit") || lower.equals("offset") || lower.equals("page")
				|| lower.equals("size") || lower.equals("year") || lower.equals("days") || lower.equals("hours")) {
			return String.valueOf(pick(List.of(0, 1, 2, 5, 10, 2026, 100, 1000)));
		}
		if (lower.contains("procedure") || (lower.equals("code") && chance(0.3))) {
			return pick(List.of(DossierFixture.PROCEDURE, DossierFixture.PROVINCE_PROCEDURE, "1.004837", "1.000001"));
		}
		if (lower.equals("code") && !dossierCodes.isEmpty() && chance(0.5)) {
			return pick(dossierCodes);
		}
		if (lower.equals("code")) {
			return pick(List.of("68", "01", "79", "26734", "00004", "H99"));
		}
		if (lower.contains("idnumber")) {
			return pick(List.of(DossierFixture.CITIZEN_ID, "068190001234", "001099000001", "12345"));
		}
		if (lower.equals("channel")) {
			return pick(List.of("COUNTER", "ONLINE", "POST"));
		}
		if (lower.contains("component")) {
			return DossierFixture.COMPONENT;
		}
		if (lower.contains("base64")) {
			return Base64.getEncoder().encodeToString(chance(0.5) ? DossierFixture.PDF : DossierFixture.PNG);
		}
		if (lower.contains("filename")) {
			return pick(List.of("to-khai.pdf", "a.png", "a.exe"));
		}
		String type = schema.path("type").asString();
		if (type.equals("integer") || type.equals("number")) {
			return String.valueOf(random.nextInt(100));
		}
		if (type.equals("boolean")) {
			return String.valueOf(random.nextBoolean());
		}
		return pick(List.of("Đà Lạt", "Lâm Đồng", "Nguyễn Văn An", "0912345678", "test", "2026", "giám hộ"));
	}

	private String nasty() {
		return NASTY.get(random.nextInt(NASTY.size()));
	}

	/** A path broken in a way routers and firewalls disagree about. */
	private String mangle(String path) {
		return switch (random.nextInt(10)) {
			case 0 -> path + "/";
			case 1 -> path.replace("/api/", "/api//");
			case 2 -> path + "/..;/..;/actuator/env";
			case 3 -> path + ";jsessionid=ABC";
			case 4 -> path + "/%2e%2e/%2e%2e/";
			case 5 -> path + "%2Fextra";
			case 6 -> path + "/%00";
			case 7 -> path + "/" + encodePath(nasty()) + "/" + encodePath(nasty());
			case 8 -> path.toUpperCase();
			default -> path + ".json";
		};
	}

	static String encodePath(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

	static String encodeQuery(String value) {
		return encodePath(value);
	}

	private boolean chance(double p) {
		return random.nextDouble() < p;
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
