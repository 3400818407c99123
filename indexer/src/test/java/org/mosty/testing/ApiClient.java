package org.mosty.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for tests against a running Mosty. */
public final class ApiClient {

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	public ApiClient(int port) {
		this(port, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
	}

	private ApiClient(int port, HttpClient http) {
		this.base = "http://localhost:" + port;
		this.http = http;
	}

	/** A client that keeps cookies (a browser session) and does not follow redirects. */
	public static ApiClient browser(int port) {
		return new ApiClient(port, HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	public HttpResponse<String> head(String path, String... credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method("HEAD", HttpRequest.BodyPublishers.noBody());
		auth(request, credentials);
		return send(request.build());
	}

	public HttpResponse<String> put(String path, String jsonBody, String... credentials) {
		return withBody("PUT", path, jsonBody, credentials);
	}

	public HttpResponse<String> post(String path, String jsonBody, String... credentials) {
		return withBody("POST", path, jsonBody, credentials);
	}

	public HttpResponse<String> patch(String path, String jsonBody, String... credentials) {
		return withBody("PATCH", path, jsonBody, credentials);
	}

	public HttpResponse<String> delete(String path, String... credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
		auth(request, credentials);
		return send(request.build());
	}

	/** A form post ({@code application/x-www-form-urlencoded}), as a browser sends it. */
	public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(java.util.stream.Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	/** A multipart post of one file (part {@code file}) to any path, for example a new version. */
	public HttpResponse<String> uploadFile(String path, String fileName, byte[] content, String... credentials) {
		String boundary = "mosty-" + UUID.randomUUID();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, content, null)));
		auth(request, credentials);
		return send(request.build());
	}

	public HttpResponse<byte[]> getBytes(String path, String... credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		auth(request, credentials);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> withBody(String method, String path, String jsonBody, String... credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
		auth(request, credentials);
		return send(request.build());
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public HttpResponse<String> get(String path, String... credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		auth(request, credentials);
		return send(request.build());
	}

	/** A GET with one header (for example {@code Range}), no credentials. */
	public HttpResponse<byte[]> getBytesWithHeader(String path, String name, String value) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).header(name, value).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** A multipart upload of one file and a metadata JSON part. */
	public HttpResponse<String> upload(String fileName, byte[] content, String metadataJson, String... credentials) {
		String boundary = "mosty-" + UUID.randomUUID();
		byte[] body = multipart(boundary, fileName, content, metadataJson);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		auth(request, credentials);
		return send(request.build());
	}

	private static byte[] multipart(String boundary, String fileName, byte[] content, String metadataJson) {
		var out = new java.io.ByteArrayOutputStream();
		StringBuilder head = new StringBuilder();
		if (fileName != null) {
			head.append("--").append(boundary).append("\r\n")
				.append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
				.append("Content-Type: application/octet-stream\r\n\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		if (metadataJson != null) {
			String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
					+ "Content-Type: application/json\r\n\r\n" + metadataJson + "\r\n";
			out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static void auth(HttpRequest.Builder request, String... credentials) {
		if (credentials.length == 2) {
			String token = Base64.getEncoder()
				.encodeToString((credentials[0] + ":" + credentials[1]).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + token);
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
