package ma.accesinfo.perf;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Citizens filing requests as fast as the server answers, each on a thread of its own, going on
 * through any disruption (a failed call is tried again after 200 ms); every reference the server
 * acknowledged with a 201 is kept.
 */
final class FilingLoad {

  final Set<String> references = ConcurrentHashMap.newKeySet();
  final AtomicLong acknowledged = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final Map<String, Integer> failures = new ConcurrentHashMap<>();

  /** Filings acknowledged by each node. */
  final Map<String, AtomicLong> byNode = new ConcurrentHashMap<>();

  private final List<LocalSystem.Node> nodes;
  private final int clients;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong lastSuccess = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private final List<Latencies> latencies =
      java.util.Collections.synchronizedList(new ArrayList<>());

  FilingLoad(LocalSystem system, int clients) {
    this(List.of(system.node(0)), clients);
  }

  /** Clients spread over these nodes in turn. */
  FilingLoad(List<LocalSystem.Node> nodes, int clients) {
    this.nodes = List.copyOf(nodes);
    this.clients = clients;
  }

  void start() {
    for (int i = 0; i < clients; i++) {
      String citizen = LocalSystem.CITIZENS.get(i % LocalSystem.CITIZENS.size());
      LocalSystem.Node node = nodes.get(i % nodes.size());
      Thread t = new Thread(() -> file(node, citizen), "citizen-" + (i + 1));
      t.start();
      threads.add(t);
    }
  }

  void stop() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join();
    }
  }

  /** The time of each acknowledged filing, once stopped. */
  Latencies latencies() {
    Latencies all = new Latencies();
    synchronized (latencies) {
      latencies.forEach(l -> all.addAll(l.values()));
    }
    return all;
  }

  /** Seconds from the instant to the first filing acknowledged after it. */
  double awaitSuccessAfter(long instant) throws InterruptedException {
    while (lastSuccess.get() < instant) {
      Thread.sleep(50);
    }
    return (lastSuccess.get() - instant) / 1e9;
  }

  private void file(LocalSystem.Node node, String citizen) {
    String token = null;
    long n = 0;
    Latencies own = new Latencies();
    latencies.add(own);
    while (running.get()) {
      String failure;
      try {
        if (token == null) {
          token = node.signIn(citizen);
        }
        long sent = System.nanoTime();
        HttpResponse<String> answer = node.file(token, ++n);
        if (answer.statusCode() == 201) {
          own.add(System.nanoTime() - sent);
          references.add(LocalSystem.reference(answer));
          acknowledged.incrementAndGet();
          byNode.computeIfAbsent(node.name(), k -> new AtomicLong()).incrementAndGet();
          lastSuccess.set(System.nanoTime());
          continue;
        }
        if (answer.statusCode() == 401) {
          token = null;
        }
        failure = "HTTP " + answer.statusCode();
      } catch (IOException e) {
        failure = "no answer";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      failed.incrementAndGet();
      failures.merge(failure, 1, Integer::sum);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
