package org.passerelle.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A client of the platform's public HTTP API, as any caller would use it. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Any request; token null = anonymous; body null = none; contentType defaults to JSON. */
    HttpResponse<byte[]> send(String method, String path, String token, String body, String contentType, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request with a binary body (uploads). */
    HttpResponse<byte[]> sendBytes(String method, String path, String token, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in and returns the session token, or fails. */
    String signIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send("POST", "/api/v1/sessions", null,
                JSON.createObjectNode().put("login", login).put("password", password).toString(), null);
        if (response.statusCode() != 201) {
            throw new AssertionError("sign-in of " + login + ": " + response.statusCode() + " " + new String(response.body()));
        }
        return JSON.readTree(response.body()).get("token").asText();
    }

    /** Sends the request, fails unless the status is the expected one, and returns the JSON body (null when empty). */
    JsonNode expect(String method, String path, String token, String body, int expectedStatus) throws IOException, InterruptedException {
        return expect(method, path, token, body, null, expectedStatus);
    }

    JsonNode expect(String method, String path, String token, String body, String contentType, int expectedStatus)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(method, path, token, body, contentType);
        String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(method + " " + path + ": expected " + expectedStatus + ", got " + response.statusCode() + " " + text);
        }
        return text.isEmpty() ? null : JSON.readTree(text);
    }

    /** The id of the entry of a list whose field has the value, or fails. */
    static long idWhere(JsonNode list, String field, String value) {
        for (JsonNode entry : list) {
            if (value.equals(entry.path(field).asText())) {
                return entry.get("id").asLong();
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }

    static JsonNode parse(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    JsonNode json(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError("GET " + path + ": expected " + expectedStatus + ", got " + response.statusCode() + " " + new String(response.body()));
        }
        return JSON.readTree(response.body());
    }

    /** The list entry of a code and version, or null. */
    JsonNode listed(String code, String version) throws IOException, InterruptedException {
        for (JsonNode entry : json("/api/v1/referentials", 200)) {
            if (code.equals(entry.path("code").asText(null)) && version.equals(entry.path("version").asText(null))) {
                return entry;
            }
        }
        return null;
    }

    /** Polls the list every 25 ms until the condition holds; returns the elapsed milliseconds, or fails. */
    long waitUntil(Predicate<JsonNode> condition, long timeoutMillis, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (true) {
            JsonNode list = json("/api/v1/referentials", 200);
            if (condition.test(list)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if ((System.nanoTime() - start) / 1_000_000 > timeoutMillis) {
                throw new AssertionError("Not within " + timeoutMillis + " ms: " + what + ". List: " + list);
            }
            Thread.sleep(25);
        }
    }

    /**
     * A trainer link as {@code GET /api/v1/trainers/{id}/links} shows it, once the condition holds (its e-mail leaves
     * after the commit, on the platform's mail queue), polled every 200 ms; fails after the deadline with the last
     * state seen.
     */
    JsonNode awaitLink(String token, long trainerId, long linkId, Predicate<JsonNode> condition, long timeoutMillis, String what)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        JsonNode link = null;
        while (true) {
            link = null;
            for (JsonNode entry : expect("GET", "/api/v1/trainers/" + trainerId + "/links", token, null, 200)) {
                if (entry.get("id").asLong() == linkId) {
                    link = entry;
                }
            }
            if (link != null && condition.test(link)) {
                return link;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not within " + timeoutMillis + " ms: " + what + ". Link " + linkId + ": " + link);
            }
            Thread.sleep(200);
        }
    }

    /** The link once its e-mail is SENT (fails if it is given up or cancelled meanwhile, or after 60 s). */
    JsonNode awaitSent(String token, long trainerId, long linkId) throws IOException, InterruptedException {
        JsonNode link = awaitLink(token, trainerId, linkId, l -> !"QUEUED".equals(l.get("delivery").asText())
                && !"SENDING".equals(l.get("delivery").asText()) && !"RETRYING".equals(l.get("delivery").asText()), 60_000, "e-mail sent");
        if (!"SENT".equals(link.get("delivery").asText())) {
            throw new AssertionError("the link's e-mail was not sent: " + link);
        }
        return link;
    }

    /** Waits for the health check to answer UP (the platform's own readiness). */
    void waitForHealth(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<byte[]> response = get("/api/v1/health");
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + new String(response.body());
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The platform did not answer UP within " + timeoutMillis + " ms; last answer: " + last);
    }

    static boolean has(JsonNode list, String code, String version, String status) {
        for (JsonNode entry : list) {
            if (code.equals(entry.path("code").asText(null)) && version.equals(entry.path("version").asText(null))
                    && status.equals(entry.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The id of the learner's placement in a list of placements, or fails. */
    static long placementOf(JsonNode placements, long learnerId) {
        for (JsonNode p : placements) {
            if (p.get("learnerId").asLong() == learnerId) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no placement of learner " + learnerId + " in " + placements);
    }

    /**
     * Opens the trainer link of the newest e-mail in the platform's outbox folder (no SMTP server configured: the
     * container writes each message there), as the trainer would by clicking it; returns the session's token.
     */
    String openNewestOutboxLink() throws IOException, InterruptedException {
        java.nio.file.Path outbox = java.nio.file.Path.of(System.getProperty("karaf.data"), "passerelle", "outbox");
        String mail;
        try (var files = java.nio.file.Files.list(outbox)) {
            java.nio.file.Path newest = files.max(java.util.Comparator.comparing(java.nio.file.Path::getFileName)).orElseThrow();
            mail = java.nio.file.Files.readString(newest).replace("=\r\n", "").replace("=\n", "");
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/#/acces/([A-Za-z0-9_-]{43})").matcher(mail);
        if (!token.find()) {
            throw new AssertionError("no access link in:\n" + mail);
        }
        return parse(send("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + token.group(1) + "\"}", null)).get("token").asText();
    }

    /**
     * Drafts and finalises an intermediate competency review of the learner at that date, with one level (C2 « + »), as
     * a teacher does from the dashboard (issue 12): what locks the company reviews met on or before it. Returns it.
     */
    JsonNode finaliseIntermediateReview(String token, long learnerId, String date) throws IOException, InterruptedException {
        JsonNode review = expect("POST", "/api/v1/learners/" + learnerId + "/competency-reviews", token,
                "{\"kind\":\"INTERMEDIATE\",\"date\":\"" + date + "\"}", 201);
        String path = "/api/v1/competency-reviews/" + review.get("id").asLong();
        review = expect("PUT", path, token, "{\"date\":\"" + date + "\",\"levels\":[{\"competency\":\"C2\",\"level\":\"PARTLY_ACQUIRED\",\"objective\":\"INTERMEDIATE\"}],"
                + "\"findings\":\"\",\"advice\":\"\","
                + "\"version\":" + review.get("version").asInt() + "}", 200);
        return expect("POST", path + "/finalisation", token, "{\"confirmation\":\"CONFIRMATION\",\"version\":" + review.get("version").asInt() + "}",
                200);
    }
}
