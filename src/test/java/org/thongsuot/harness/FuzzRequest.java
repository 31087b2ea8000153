package org.thongsuot.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One generated request. Most go through the JDK's HTTP client; {@code raw} ones are written byte by
 * byte to a socket, for what a client library refuses to send (raw control characters in the target).
 */
record FuzzRequest(String operation, String method, String target, List<Map.Entry<String, String>> headers,
		byte[] body, boolean raw) {

	String describe() {
		StringBuilder out = new StringBuilder(method).append(' ').append(abbreviate(target, 200));
		for (var header : headers) {
			out.append(" [").append(header.getKey()).append(": ").append(abbreviate(header.getValue(), 60)).append(']');
		}
		if (body != null) {
			out.append(" body(").append(body.length).append("): ")
					.append(abbreviate(new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " "), 200));
		}
		return out.toString() + (raw ? " (raw)" : "");
	}

	static String abbreviate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + ")";
	}

	FuzzResponse send(HttpClient client, String base) throws IOException, InterruptedException {
		if (raw) {
			return sendRaw(URI.create(base));
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(60));
		try {
			for (var header : headers) {
				builder.header(header.getKey(), header.getValue());
			}
		}
		catch (IllegalArgumentException refusedByTheClient) {
			// A header value the client will not send (non-ASCII): write it ourselves.
			return sendRaw(URI.create(base));
		}
		builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(body));
		HttpRequest request = builder.build();
		HttpResponse<byte[]> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException staleConnection) {
			// The client reused a kept-alive connection the server had just closed (Tomcat closes after some
			// refusals); nothing reached the server, so send it once more, as browsers do.
			if (!String.valueOf(staleConnection.getMessage()).contains("received no bytes")) {
				throw staleConnection;
			}
			response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		return new FuzzResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				response.body());
	}

	private FuzzResponse sendRaw(URI base) throws IOException {
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(60_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
			request.write(target.getBytes(StandardCharsets.UTF_8));
			request.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
			for (var header : headers) {
				request.write((header.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
				request.write(header.getValue().getBytes(StandardCharsets.UTF_8));
				request.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			}
			byte[] content = body == null ? new byte[0] : body;
			request.write(("Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			request.write(content);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readAllBytes();
			return parse(answer);
		}
	}

	/** Status, content type and body of a raw HTTP/1.1 answer (chunked bodies are left as they are). */
	static FuzzResponse parse(byte[] answer) {
		String text = new String(answer, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String[] lines = head.split("\r\n");
		int status = lines.length > 0 && lines[0].length() >= 12 ? Integer.parseInt(lines[0].substring(9, 12)) : 0;
		String contentType = null;
		boolean chunked = false;
		for (String line : lines) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-type:")) {
				contentType = line.substring(13).trim();
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		byte[] body = end < 0 ? new byte[0] : text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
		if (chunked) {
			body = dechunk(body);
		}
		return new FuzzResponse(status, contentType, body);
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String text = new String(chunked, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < text.length()) {
			int lineEnd = text.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			out.writeBytes(text.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
			at = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	/** What came back. */
	record FuzzResponse(int status, String contentType, byte[] body) {
	}

	static Map.Entry<String, String> header(String name, String value) {
		return Map.entry(name, value);
	}
}
