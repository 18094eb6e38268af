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

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
}
