package ma.accesinfo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A client of the REST API, as a script would use it. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** An answer: its status, its headers and its body as JSON (or null when empty or not JSON). */
  public record Reply(int status, HttpResponse<String> raw, JsonNode json) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String text(String field) {
      JsonNode node = json.get(field);
      return node == null || node.isNull() ? null : node.asText();
    }
  }

  /**
   * Someone who signs in with an e-mail and password, or nobody. Staff sign in to a session with
   * their second factor, set up on first use; citizens send their password with each call (Basic).
   */
  public record Caller(String email, String password, boolean staff) {
    public static final Caller ANONYMOUS = new Caller(null, null);

    public Caller(String email, String password) {
      this(email, password, false);
    }
  }

  /** The session token of each member of staff, opened once for the test run. */
  private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

  /** The second-factor secret each member of staff set up. */
  static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

  /** Whether the application is up and answering (after a restart, say). */
  public boolean answers() {
    try {
      return get(Caller.ANONYMOUS, "/api/v1/bodies").status() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public Reply get(Caller caller, String path) {
    return send(caller, "GET", path, null, Map.of());
  }

  public Reply post(Caller caller, String path, Object body) {
    return send(caller, "POST", path, body, Map.of());
  }

  public Reply send(
      Caller caller, String method, String path, Object body, Map<String, String> headers) {
    try {
      String text =
          body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      HttpRequest.Builder request =
          request(
              caller,
              method,
              path,
              text == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
      if (text != null && !headers.containsKey("Content-Type")) {
        request.header("Content-Type", "application/json; charset=UTF-8");
      }
      headers.forEach(request::header);
      return reply(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a file as the body of a POST, with the content type given (or none). */
  public Reply upload(Caller caller, String path, byte[] content, String contentType) {
    HttpRequest.Builder request =
        request(caller, "POST", path, HttpRequest.BodyPublishers.ofByteArray(content));
    request.header("Content-Type", contentType == null ? "application/octet-stream" : contentType);
    return reply(request);
  }

  /** A GET whose answer is kept as bytes (a document, say). */
  public HttpResponse<byte[]> download(Caller caller, String path) {
    try {
      return http.send(
          request(caller, "GET", path, HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(
      Caller caller, String method, String path, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, body);
    if (caller != null && caller.staff()) {
      request.header(
          "Authorization",
          "Bearer " + SESSIONS.computeIfAbsent(caller.email(), e -> signIn(caller)));
    } else if (caller != null && caller.email() != null) {
      String token = caller.email() + ":" + caller.password();
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private Reply reply(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response, parse(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Sets up the second factor of a member of staff (confirming it with the code of this time step)
   * and opens a session with the next step's code, which the server accepts as its clock's
   * neighbour: no wait for a fresh code.
   */
  private String signIn(Caller staff) {
    String secret = setUpSecondFactor(staff);
    Reply session =
        post(
            Caller.ANONYMOUS,
            "/api/v1/sessions",
            Map.of(
                "email", staff.email(),
                "password", staff.password(),
                "code", Totp.code(secret, Totp.step() + 1)));
    expect(session, 201);
    return session.text("token");
  }

  /** Sets up a second factor for the account, once; returns its secret. */
  public String setUpSecondFactor(Caller staff) {
    return SECRETS.computeIfAbsent(
        staff.email(),
        e -> {
          Map<String, String> credentials =
              Map.of("email", staff.email(), "password", staff.password());
          Reply setup = post(Caller.ANONYMOUS, "/api/v1/second-factor", credentials);
          expect(setup, 201);
          String secret = setup.text("secret");
          Map<String, String> confirmation = new java.util.HashMap<>(credentials);
          confirmation.put("code", Totp.code(secret, Totp.step()));
          expect(post(Caller.ANONYMOUS, "/api/v1/second-factor/confirmation", confirmation), 204);
          return secret;
        });
  }

  // --- the set-up most tests need, done through the API as an administrator and a citizen would
  // ---

  public static final Caller ADMIN =
      new Caller(TestSettings.ADMIN_EMAIL, TestSettings.ADMIN_PASSWORD, true);

  /** A new body with a unique code; returns the code. */
  public String createBody(String prefix) {
    String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Reply reply =
        post(
            ADMIN,
            "/api/v1/bodies",
            Map.of(
                "code",
                code,
                "kind",
                "MINISTRY",
                "nameAr",
                "وزارة الاختبار " + code,
                "nameFr",
                "Ministère du test " + code));
    expect(reply, 201);
    return code;
  }

  /**
   * Adds bodies until a search of the catalogue without a text lists as many as it may: a body
   * added after it and coded to sort last is then one of a national catalogue's many that no first
   * page shows.
   */
  public void fillCatalogue() {
    while (get(Caller.ANONYMOUS, "/api/v1/bodies").json().size()
        < ma.accesinfo.application.BodyService.LISTED) {
      createBody("COM");
    }
  }

  /** A body no first page of the catalogue lists (see {@link #fillCatalogue}); its code. */
  public String createBodyBeyondFirstPage() {
    fillCatalogue();
    String code = createBody("ZZ");
    org.assertj.core.api.Assertions.assertThat(
            get(Caller.ANONYMOUS, "/api/v1/bodies").json().findValuesAsText("code"))
        .as("the catalogue's first page")
        .doesNotContain(code);
    return code;
  }

  /** A new staff member holding the role for the body. */
  public Caller createStaff(String role, String bodyCode) {
    return createStaff(java.util.List.of(role), bodyCode);
  }

  /** A new staff member holding the roles for the body. */
  public Caller createStaff(java.util.List<String> roles, String bodyCode) {
    String role = String.join("-", roles);
    String email = role.toLowerCase() + "." + UUID.randomUUID() + "@it.accesinfo.ma";
    String password = "Staff-Passw0rd-" + UUID.randomUUID().toString().substring(0, 6);
    Reply reply =
        post(
            ADMIN,
            "/api/v1/accounts/staff",
            Map.of(
                "email",
                email,
                "password",
                password,
                "firstName",
                "Rachid",
                "lastName",
                "Staff",
                "preferredLanguage",
                "fr",
                "roles",
                roles.stream().map(r -> Map.of("role", r, "bodyCode", bodyCode)).toList()));
    expect(reply, 201);
    return new Caller(email, password, true);
  }

  /** A new member of the Commission, who holds no body. */
  public Caller createCommissionMember() {
    return createStaffWithoutBody("COMMISSION", "cdai", "Samira");
  }

  /** A new routing officer of the single window's central unit, who holds no body. */
  public Caller createRoutingOfficer() {
    return createStaffWithoutBody("ROUTING_OFFICER", "routing", "Youssef");
  }

  /** A new administrator (besides the first one), who holds no body. */
  public Caller createAdministrator() {
    return createStaffWithoutBody("ADMIN", "admin", "Nadia");
  }

  private Caller createStaffWithoutBody(String role, String prefix, String firstName) {
    String email = prefix + "." + UUID.randomUUID() + "@it.accesinfo.ma";
    String password = "Staff-Passw0rd-" + UUID.randomUUID().toString().substring(0, 6);
    Reply reply =
        post(
            ADMIN,
            "/api/v1/accounts/staff",
            Map.of(
                "email",
                email,
                "password",
                password,
                "firstName",
                firstName,
                "lastName",
                role.toLowerCase(),
                "preferredLanguage",
                "fr",
                "roles",
                java.util.List.of(Map.of("role", role))));
    expect(reply, 201);
    return new Caller(email, password, true);
  }

  /** A new citizen who registered themselves. */
  public Caller registerCitizen() {
    String email = "citizen." + UUID.randomUUID() + "@it.accesinfo.ma";
    String password = "Citizen-Passw0rd";
    Reply reply = post(Caller.ANONYMOUS, "/api/v1/accounts", citizen(email, password));
    expect(reply, 201);
    return new Caller(email, password);
  }

  public static Map<String, Object> citizen(String email, String password) {
    return new java.util.HashMap<>(
        Map.of(
            "email", email,
            "password", password,
            "firstName", "Fatima Zahra",
            "lastName", "Ouazzani",
            "nationalId", "AB123456",
            "address", "7, rue Ibn Sina, Fès",
            "preferredLanguage", "ar"));
  }

  public static Map<String, Object> request(String bodyCode) {
    return new java.util.HashMap<>(
        Map.of(
            "bodyCode", bodyCode,
            "subject", "Budget d'entretien des routes 2025",
            "description",
                "Je demande le budget alloué à l'entretien des routes communales en 2025, par arrondissement.",
            "urgent", false,
            "deliveryMode", "EMAIL",
            "language", "fr"));
  }

  /** The same request, declared urgent (Art. 17) for that reason. */
  public static Map<String, Object> urgentRequest(String bodyCode, String reason) {
    Map<String, Object> urgent = request(bodyCode);
    urgent.put("urgent", true);
    urgent.put("urgencyReason", reason);
    return urgent;
  }

  /** A text made safe for a query string. */
  public static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  public static void expect(Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError(
          "expected HTTP " + status + " but got " + reply.status() + ": " + reply.raw().body());
    }
  }
}
