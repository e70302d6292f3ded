package ma.accesinfo.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Citizens filing requests over the API, as fast as the server answers: {@code -Dusers=} clients at
 * once (closed model: each client files, waits for the answer, files again) for {@code -Dseconds=}.
 * Each client signs in once before the measure, as a citizen's application would, so that the
 * figures are those of filing alone. Requests go to every body of the catalogue in turn, in French
 * and Arabic, a few of them urgent.
 *
 * <p>Settings: {@code -Dbase=} the system's address; {@code -Dcitizens=} the e-mail addresses of the
 * citizens who file (comma-separated), {@code -Dpassword=} their password.
 */
public class FilingSimulation extends Simulation {

  private static final String BASE = System.getProperty("base", "http://127.0.0.1:8090");
  private static final int USERS = Integer.getInteger("users", 8);
  private static final int SECONDS = Integer.getInteger("seconds", 30);
  private static final List<String> CITIZENS =
      List.of(
          System.getProperty("citizens", "amina@demo.accesinfo.ma,youssef@demo.accesinfo.ma")
              .split(","));
  private static final String PASSWORD = System.getProperty("password", "Demo-31-13!");

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern BODY_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicLong filed = new AtomicLong();
  private final List<String> bodies = bodies();

  {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      tokens.add(signIn(CITIZENS.get(i % CITIZENS.size())));
    }
    Iterator<Map<String, Object>> clients =
        Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("token", tokens.get(i % tokens.size())))
            .iterator();

    ScenarioBuilder filing =
        scenario("citizens filing")
            .feed(clients)
            .during(Duration.ofSeconds(SECONDS))
            .on(
                exec(
                    http("file a request")
                        .post("/api/v1/requests")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody(this::newRequest))
                        .check(status().is(201))));

    setUp(filing.injectOpen(atOnceUsers(USERS)))
        .protocols(
            http.baseUrl(BASE)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .acceptLanguageHeader("fr"));
  }

  /** A request of the kind citizens file: one body in turn, one in two in Arabic, 2 % urgent. */
  private String newRequest(Session session) {
    long n = filed.incrementAndGet();
    String body = bodies.get((int) (n % bodies.size()));
    boolean arabic = n % 2 == 0;
    boolean urgent = n % 50 == 0;
    String subject =
        arabic ? "ميزانية صيانة الطرق لسنة 2025 رقم " + n : "Budget d'entretien des routes 2025 n° " + n;
    String description =
        arabic
            ? "أطلب الاطلاع على الميزانية المخصصة لصيانة الطرق الجماعية خلال سنة 2025، موزعة حسب"
                + " المقاطعات، وعلى لائحة الصفقات المبرمة لهذا الغرض."
            : "Je demande le budget alloué à l'entretien des routes communales en 2025, par"
                + " arrondissement, et la liste des marchés passés à cette fin.";
    return "{\"bodyCode\":\""
        + body
        + "\",\"subject\":\""
        + subject
        + "\",\"description\":\""
        + description
        + "\",\"urgent\":"
        + urgent
        + (urgent
            ? ",\"urgencyReason\":\"La santé d'un enfant malade dépend de cette information.\""
            : "")
        + ",\"deliveryMode\":\"EMAIL\",\"language\":\""
        + (arabic ? "ar" : "fr")
        + "\"}";
  }

  private List<String> bodies() {
    String json = call(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/bodies")).GET(), 200);
    List<String> codes = new ArrayList<>();
    Matcher m = BODY_CODE.matcher(json);
    while (m.find()) {
      codes.add(m.group(1));
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("no body in the catalogue at " + BASE);
    }
    return codes;
  }

  private String signIn(String email) {
    String json =
        call(
            HttpRequest.newBuilder(URI.create(BASE + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")),
            201);
    Matcher m = TOKEN.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no session token for " + email + ": " + json);
    }
    return m.group(1);
  }

  private String call(HttpRequest.Builder request, int expected) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            "expected " + expected + " but got " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("the system does not answer at " + BASE, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
